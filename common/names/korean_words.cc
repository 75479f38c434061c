#include "common/names/korean_words.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "common/names/word_table.h"
#include "common/text/utf8.h"

namespace galley::names {

extern const char kLoanwordSyllablesTsv[];  // data/loanword_syllables.tsv, compiled in.

namespace {

constexpr int kHangulSyllables = 11172;

// Loanword log-odds per Hangul syllable, indexed by code point - U+AC00; 0 for syllables the
// table leaves out. Parsed once from the compiled-in TSV.
const std::array<float, kHangulSyllables>& LoanwordOdds() {
  static const auto* table = [] {
    auto* t = new std::array<float, kHangulSyllables>{};
    std::string_view tsv(kLoanwordSyllablesTsv);
    while (!tsv.empty()) {
      const size_t eol = tsv.find('\n');
      const std::string_view line = tsv.substr(0, eol);
      tsv = eol == std::string_view::npos ? std::string_view() : tsv.substr(eol + 1);
      const size_t tab = line.find('\t');
      if (line.empty() || line[0] == '#' || tab == std::string_view::npos) continue;
      size_t pos = 0;
      const char32_t c = text::DecodeUtf8(line.substr(0, tab), &pos);
      if (!text::IsHangulSyllable(c)) continue;
      (*t)[c - 0xAC00] = std::strtof(std::string(line.substr(tab + 1)).c_str(), nullptr);
    }
    return t;
  }();
  return *table;
}

}  // namespace

double LoanwordScore(std::string_view word) {
  const auto& odds = LoanwordOdds();
  double sum = 0;
  int syllables = 0;
  for (size_t pos = 0; pos < word.size();) {
    const char32_t c = text::DecodeUtf8(word, &pos);
    if (!text::IsHangulSyllable(c)) continue;
    sum += odds[c - 0xAC00];
    ++syllables;
  }
  return syllables == 0 ? 0 : sum / syllables;
}

namespace {

// Whether the Hangul run `word`, glued to the closing quotation mark or bracket before it, is only
// the particle or copula ending of the quoted or bracketed words ("국제법 위반"이라고, (EPL)에서,
// '오징어 게임'의): no word of its own, though 이라고 sounds like "Iraq" to a transliteration.
bool IsEndingAfterClosingMark(std::string_view text, size_t begin, std::string_view word) {
  if (begin == 0) return false;
  const char32_t before = text::DecodeUtf8Before(text, begin);
  if (before != '"' && before != '\'' && before != ')' && before != ']' && before != U'”' &&
      before != U'’' && before != U'」' && before != U'』' && before != U'》' && before != U'〉') {
    return false;
  }
  static constexpr std::string_view kEndings[] = {
      "이라고", "라고", "이라는", "라는", "이라며", "라며", "이라면서", "라면서", "이란", "란",
      "이라", "라", "이다", "다", "이었다", "였다", "이며", "며", "이고", "고", "인", "이나",
      "나", "이지만", "지만", "에서는", "으로는", "에서", "에게", "으로", "까지", "부터", "처럼",
      "보다", "에는", "에도", "로서", "은", "는", "이", "가", "을", "를", "의", "에", "와",
      "과", "로", "도", "만", "와의", "과의", "에서의", "로의", "으로의"};
  return std::find(std::begin(kEndings), std::end(kEndings), word) != std::end(kEndings);
}

}  // namespace

std::vector<HangulWord> HangulWords(std::string_view text) {
  std::vector<HangulWord> out;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = i;
    while (j < text.size()) {
      size_t next = j;
      if (!text::IsHangulSyllable(text::DecodeUtf8(text, &next))) break;
      j = next;
    }
    if (j == i) {
      size_t next = i;
      text::DecodeUtf8(text, &next);
      i = next;
      continue;
    }
    const std::string_view word = text.substr(i, j - i);
    if (!IsEndingAfterClosingMark(text, i, word)) {
      out.push_back({{static_cast<uint32_t>(i), static_cast<uint32_t>(j)}, StripKoreanParticle(word)});
    }
    i = j;
  }
  return out;
}

namespace {

// The Han characters of Korean headlines (countries, parties and institutions, and the surnames of
// the persons they name most) and the Hangul words they stand for. Not 韓 as a surname (韓 is
// Korea far more often), nor characters as often another word (加, 伊, 前).
struct HanjaEntry {
  char32_t han;
  std::string_view hangul;
};
constexpr HanjaEntry kHeadlineHanja[] = {
    {U'美', "미국"}, {U'中', "중국"},   {U'日', "일본"}, {U'北', "북한"},   {U'韓', "한국"},
    {U'英', "영국"}, {U'佛', "프랑스"}, {U'獨', "독일"}, {U'露', "러시아"}, {U'印', "인도"},
    {U'與', "여당"}, {U'野', "야당"},   {U'檢', "검찰"}, {U'警', "경찰"},   {U'靑', "청와대"},
    {U'軍', "군"},   {U'尹', "윤"},     {U'文', "문"},   {U'李', "이"},     {U'朴', "박"},
    {U'盧', "노"},   {U'金', "김"},     {U'崔', "최"},   {U'鄭', "정"},     {U'趙', "조"},
    {U'曺', "조"},   {U'安', "안"},     {U'洪', "홍"},   {U'黃', "황"},     {U'姜', "강"},
    {U'吳', "오"},   {U'宋', "송"},     {U'秋', "추"},
};

std::string_view HeadlineHanjaReading(char32_t c) {
  for (const HanjaEntry& e : kHeadlineHanja) {
    if (e.han == c) return e.hangul;
  }
  return {};
}

bool IsHanCharacter(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF);
}

}  // namespace

std::vector<HanjaAbbreviation> HanjaAbbreviations(std::string_view text) {
  std::vector<HanjaAbbreviation> out;
  size_t i = 0;
  while (i < text.size()) {
    // Han characters' UTF-8 begins with E3 to E9 or EF; Hangul syllables' with EA to ED. Any
    // other character is passed over by its lead byte alone (the text is valid UTF-8).
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0xE3 || (lead > 0xE9 && lead != 0xEF)) {
      i += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      continue;
    }
    // A run of Han characters, all of the table, after neither a letter nor an opening '('
    // glossing the word before.
    const size_t run_begin = i;
    size_t j = i;
    std::vector<HanjaAbbreviation> run;
    bool all_known = true;
    while (j < text.size()) {
      size_t next = j;
      const char32_t c = text::DecodeUtf8(text, &next);
      if (!IsHanCharacter(c)) break;
      const std::string_view hangul = HeadlineHanjaReading(c);
      if (hangul.empty()) all_known = false;
      run.push_back({{static_cast<uint32_t>(j), static_cast<uint32_t>(next)}, hangul});
      j = next;
    }
    if (j == i) {
      text::DecodeUtf8(text, &i);
      continue;
    }
    bool free_standing = true;
    if (run_begin > 0) {
      size_t before_start = 0;
      const char32_t before = text::DecodeUtf8Before(text, run_begin, &before_start);
      free_standing =
          !text::IsHangulSyllable(before) && !text::IsAsciiAlnum(before) && before != U'(';
    }
    if (all_known && free_standing) out.insert(out.end(), run.begin(), run.end());
    i = j;
  }
  return out;
}

namespace {

// The plural suffix 들 that particles follow (오스트리아인들이, 사람들의), keeping two syllables.
std::string_view StripPlural(std::string_view word) {
  constexpr std::string_view kPlural = "들";
  if (word.size() >= kPlural.size() + 6 && word.substr(word.size() - kPlural.size()) == kPlural) {
    return word.substr(0, word.size() - kPlural.size());
  }
  return word;
}

// The last three bytes of `word` (a Hangul syllable in UTF-8) as one integer.
uint32_t LastSyllableKey(std::string_view word) {
  const auto* b = reinterpret_cast<const unsigned char*>(word.data() + word.size() - 3);
  return (uint32_t{b[0]} << 16) | (uint32_t{b[1]} << 8) | b[2];
}

// Hangul endings (particles, name suffixes) grouped by their last syllable, because the lookups
// run for every word of every sentence and most words end in none of them. Immutable.
class SuffixTable {
 public:
  // `suffixes`: Hangul, in priority order (longest first where one ends another).
  explicit SuffixTable(std::initializer_list<std::string_view> suffixes) {
    for (std::string_view suffix : suffixes) {
      const uint32_t key = LastSyllableKey(suffix);
      auto it = std::find_if(groups_.begin(), groups_.end(),
                             [&](const Group& g) { return g.last == key; });
      if (it == groups_.end()) it = groups_.insert(groups_.end(), Group{key, {}});
      it->suffixes.push_back(suffix);
    }
    std::sort(groups_.begin(), groups_.end(),
              [](const Group& a, const Group& b) { return a.last < b.last; });
  }

  // The byte length of the first suffix `word` ends with that leaves at least two syllables, or
  // 0. REQUIRES: word.size() >= 3.
  size_t Match(std::string_view word) const {
    const uint32_t key = LastSyllableKey(word);
    const auto it = std::lower_bound(groups_.begin(), groups_.end(), key,
                                     [](const Group& g, uint32_t k) { return g.last < k; });
    if (it == groups_.end() || it->last != key) return 0;
    for (std::string_view suffix : it->suffixes) {
      if (word.size() >= suffix.size() + 6 && word.substr(word.size() - suffix.size()) == suffix) {
        return suffix.size();
      }
    }
    return 0;
  }

 private:
  struct Group {
    uint32_t last;  // The last syllable's three bytes.
    std::vector<std::string_view> suffixes;
  };
  std::vector<Group> groups_;
};

}  // namespace

std::string_view StripKoreanParticle(std::string_view word) {
  // Longest first where one is a suffix of another. The first row: the copula after a noun
  // (원촨현이다 'is Wenchuan County', 회장이며); not 였다, which ends verbs too (발표하였다), nor
  // 이고, which ends names (샌디에이고 San Diego).
  // clang-format off
  static const SuffixTable particles({
      "이었다", "이지만", "입니다", "이라며", "이다", "이며",
      "에서는", "에게서", "으로는", "이라는", "이라고", "으로서", "에서의", "으로의", "에게는",
      "에서부터", "으로부터", "에서처럼", "에서만", "에게만", "으로만", "까지만", "에게도", "으로도",
      "까지도", "이라도", "로부터", "만큼", "조차", "마저", "에만",
      "에서도", "까지는", "부터는", "과의", "와의", "로의", "과는", "와는", "과도", "와도", "에서",
      "에게", "으로", "까지", "부터", "처럼", "보다", "께서", "라는", "라고", "에선", "에는",
      "에도", "로서", "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "로", "도",
      "만", "측", "께"});
  // clang-format on
  if (word.size() < 9) return word;  // One or two syllables: nothing to strip.
  // A province's name ends in 도 (경상북도, 전라남도): no particle 'also' after a word of four
  // syllables or more ending in 북 or 남 (north, south).
  constexpr size_t kSyllable = 3;
  if (word.size() >= 4 * kSyllable && (word.substr(word.size() - 2 * kSyllable) == "북도" ||
                                       word.substr(word.size() - 2 * kSyllable) == "남도")) {
    return word;
  }
  const size_t length = particles.Match(word);
  return StripPlural(length ? word.substr(0, word.size() - length) : word);
}

bool IsSyllableAndParticle(std::string_view word) {
  constexpr size_t kSyllable = 3;
  static constexpr std::string_view kOneSyllableParticles[] = {"은", "는", "이", "가", "을", "를",
                                                               "의", "에", "와", "과", "도", "만"};
  return word.size() == 2 * kSyllable &&
         std::find(std::begin(kOneSyllableParticles), std::end(kOneSyllableParticles),
                   word.substr(kSyllable)) != std::end(kOneSyllableParticles);
}

std::string_view StripNameSuffix(std::string_view word) {
  static const SuffixTable suffixes(
      {"항공", "공항", "대학교", "대학", "공화국", "왕국", "반도",   "제도", "연방", "그룹",
       "통신", "해협", "공대",   "신문", "방송",   "성당", "주의자", "주의", "공단", "궁",
       "주",   "시",   "도",     "군",   "섬",     "강",   "산",     "국",   "인",   "족",
       "어",   "당",   "사",     "항",   "역",     "호",   "만",     "해",   "교",   "파",
       "측",   "팀",   "가",     "성",   "현",     "구",   "병",     "천"});
  if (word.size() < 9) return word;
  const size_t length = suffixes.Match(word);
  return length ? word.substr(0, word.size() - length) : word;
}

namespace {

bool IsTenseInitial(int initial) { return initial == 1 || initial == 4 || initial == 8 || initial == 13; }

bool HasTenseConsonant(std::string_view word) {
  for (size_t pos = 0; pos < word.size();) {
    const char32_t c = text::DecodeUtf8(word, &pos);
    if (text::IsHangulSyllable(c) && IsTenseInitial(text::DecomposeHangul(c).initial)) {
      return true;
    }
  }
  return false;
}

// Whether a word ends like a predicate: in one of `endings`, except that 다 and 고 end names too
// (도쿠다, 플로리다, 시카고, 콩고) and count only after what ends verbs: a past ㅆ (했다, 밝혔다고) or
// a common verb or adjective stem (한다, 이다, 있다, 하고, 했다고's 다).
bool EndsLikePredicate(std::string_view word, std::u32string_view endings) {
  if (word.empty()) return false;
  size_t last_start = 0;
  const char32_t last = text::DecodeUtf8Before(word, word.size(), &last_start);
  if (endings.find(last) == std::u32string_view::npos) return false;
  // A future adnominal of a noun made a verb (참석할, 발표할), the noun an entry; not a name that
  // ends in 할 (카르바할 Carvajal, 타지마할 the Taj Mahal).
  if (last == U'할' && last_start > 3) return IsKoreanDictionaryWord(word.substr(0, last_start));
  if (last != U'다' && last != U'고') return true;
  if (last_start == 0) return true;
  size_t previous_start = 0;
  const char32_t previous = text::DecodeUtf8Before(word, last_start, &previous_start);
  if (!text::IsHangulSyllable(previous)) return true;
  constexpr int kSsangSiot = 20;  // Final ㅆ.
  if (text::DecomposeHangul(previous).final_consonant == kSsangSiot) return true;
  static constexpr std::u32string_view kStems = U"하이있없되된한는같않다라보받주가오싶많좋크작높낮지";
  return kStems.find(previous) != std::u32string_view::npos;
}

}  // namespace

// Mean loanword log-odds from which a word counts as transliterated without an epenthetic ㅡ
// (잭슨, 오바마, 워싱턴): e^1, the word's syllables are on average 2.7 times likelier in loanwords.
constexpr double kLoanwordThreshold = 1.0;

bool LooksTransliterated(std::string_view stem) {
  int syllables = 0;
  bool foreign = false;
  // The syllable before, when it ends in ㅅ and loanwords have it at least as often as native
  // words (홋, 삿, 넷; not 것, 첫, 옷, 맛).
  bool previous_foreign_siot = false;
  for (size_t pos = 0; pos < stem.size();) {
    const size_t start = pos;
    const char32_t c = text::DecodeUtf8(stem, &pos);
    if (!text::IsHangulSyllable(c)) continue;
    const auto [initial, medial, final] = text::DecomposeHangul(c);
    constexpr int kEu = 18, kE = 5, kAe = 1, kEo = 4, kI = 20;
    constexpr int kRieul = 5, kChieut = 14, kKieuk = 15, kTieut = 16, kPieup = 17;
    // A final ㅅ before an aspirated ㅊ ㅋ ㅌ ㅍ: Korean spelling writes no 사이시옷 before a
    // consonant already strong, and transliteration writes Japanese ッ (홋카이도 Hokkaido, 삿포로
    // Sapporo, 닛케이) and an English final t (넷플릭스, 핫케이크) so.
    if (previous_foreign_siot &&
        (initial == kChieut || initial == kKieuk || initial == kTieut || initial == kPieup)) {
      foreign = true;
    }
    constexpr int kFinalSiot = 19;
    previous_foreign_siot =
        final == kFinalSiot && LoanwordScore(stem.substr(start, pos - start)) >= 0;
    // 스 트 르 즈 크 프 브 드 그 츠: ㅡ without a final after a consonant. Not a first 그 or 쓰,
    // which open native words by the hundred (그는, 그러나, 그동안, 그들; 쓰여진, 쓰레기).
    constexpr int kGiyeok = 0, kSsangsios = 10;
    const bool native_opening = syllables == 0 && (initial == kGiyeok || initial == kSsangsios);
    if (medial == kEu && final == 0 && initial != 11 /* ㅇ */ && initial != 18 /* ㅎ */ &&
        !native_opening) {
      foreign = true;
    }
    if (syllables == 0 && initial == kRieul) foreign = true;
    // Transliteration does not write the tense ㄲ ㄸ ㅃ ㅉ (이끄는, 따르), so a word with one is
    // native.
    if (IsTenseInitial(initial)) return false;
    (void)kE, (void)kAe, (void)kEo, (void)kI;
    ++syllables;
  }
  // Predicates (그렇지, 상태다, 이끄는) end like verbs; names do not.
  if (EndsLikePredicate(stem, U"다고며지게서면니요죠까는된될할했")) return false;
  return syllables >= 2 && (foreign || LoanwordScore(stem) >= kLoanwordThreshold);
}

bool MayBeTransliterated(std::string_view stem, double min_score) {
  return LooksTransliterated(stem) || ScoresAsTransliterated(stem, min_score);
}

bool ScoresAsTransliterated(std::string_view stem, double min_score) {
  if (HasTenseConsonant(stem)) return false;  // 이끄, 모르고's kin: see LooksTransliterated.
  if (stem.size() < 6) return false;  // One syllable: too little to go on.
  // Predicate endings, and the adnominal and past ones no foreign name ends in (하는, 돌아갈, 된);
  // not 니 and 지, which end many names (탈라바니, 디즈니, 조지).
  if (EndsLikePredicate(stem, U"다고며게서면요죠까는될할된했겠었았습")) return false;
  const std::string_view bare = StripNameSuffix(stem);
  return LoanwordScore(stem) >= min_score || (bare.size() >= 6 && LoanwordScore(bare) >= min_score);
}

extern const uint32_t kKoreanDictionarySlots[];
extern const size_t kKoreanDictionarySlotCount;

namespace {

// Whether the word of FNV-1a hash `h` is in the Korean dictionary (word_table.h).
bool IsDictionaryHash(uint64_t h) {
  return word_table::Has(kKoreanDictionarySlots, kKoreanDictionarySlotCount, h);
}

// IsKoreanDictionaryWord(head + tail), without building the word (asked for every word of a
// sentence: 무너지 + 다, 노조 + 이).
bool IsDictionaryWordOfParts(std::string_view head, std::string_view tail) {
  return IsDictionaryHash(word_table::Fnv1a64(tail, word_table::Fnv1a64(head)));
}

}  // namespace

bool IsKoreanDictionaryWord(std::string_view word) {
  return IsDictionaryHash(word_table::Fnv1a64(word));
}

void PrefetchKoreanDictionaryWord(std::string_view word) {
  word_table::Prefetch(kKoreanDictionarySlots, kKoreanDictionarySlotCount,
                       word_table::Fnv1a64(word));
}

namespace {

// `word` with its last syllable's final consonant removed (보인 -> 보이, 갈 -> 가), or "" when
// the last character is not a Hangul syllable with a final.
std::string WithoutLastFinal(std::string_view word) {
  size_t start = 0;
  const char32_t last = word.empty() ? 0 : text::DecodeUtf8Before(word, word.size(), &start);
  if (!text::IsHangulSyllable(last)) return {};
  text::HangulJamo jamo = text::DecomposeHangul(last);
  if (jamo.final_consonant == 0) return {};
  jamo.final_consonant = 0;
  std::string out(word.substr(0, start));
  text::AppendUtf8(text::ComposeHangul(jamo), &out);
  return out;
}

bool IsEntryWithDa(std::string_view stem) { return IsDictionaryWordOfParts(stem, "다"); }

}  // namespace

namespace {

constexpr size_t kSyllable = 3;  // UTF-8 bytes of a Hangul syllable.

// Two entries of two syllables or more run together (one-syllable entries are too many: 포 +
// 사다 would make 포사다 Posada ordinary).
bool IsCompoundOfEntries(std::string_view stem) {
  for (size_t split = 2 * kSyllable; split + 2 * kSyllable <= stem.size(); split += kSyllable) {
    if (IsKoreanDictionaryWord(stem.substr(split)) && IsKoreanDictionaryWord(stem.substr(0, split))) {
      return true;
    }
  }
  return false;
}

bool EndsWith(std::string_view word, std::string_view tail) {
  return word.size() > tail.size() && word.substr(word.size() - tail.size()) == tail;
}

}  // namespace

bool IsKoreanPredicateForm(std::string_view stem) {
  if (IsUnmistakablyPredicateForm(stem)) return true;
  if (stem.size() < 2 * kSyllable) return false;
  const std::string_view head = stem.substr(0, stem.size() - kSyllable);
  const std::string_view last = stem.substr(stem.size() - kSyllable);
  // An ending after the stem of an entry's dictionary form (X + 다).
  static constexpr std::string_view kEndings[] = {"다", "고", "지", "는", "은", "며", "면", "서",
                                                  "게", "니", "요", "죠", "기", "자", "던", "든",
                                                  "려", "러", "나", "도", "어", "아", "여", "길"};
  if (std::find(std::begin(kEndings), std::end(kEndings), last) != std::end(kEndings)) {
    if (IsEntryWithDa(head)) return true;
    const std::string bare = WithoutLastFinal(head);  // 보인다: 보이 + ㄴ다.
    if (!bare.empty() && IsEntryWithDa(bare)) return true;
  }
  // An adnominal or future form: the stem's last syllable with ㄴ or ㄹ (돌아갈, 알려진's kin).
  const std::string bare = WithoutLastFinal(stem);
  return !bare.empty() && IsEntryWithDa(bare);
}

namespace {

// A verb in its -어 form with an auxiliary verb's adnominal after it (사귀어온: 사귀다 + 어 + 오다;
// 살아간, 지켜본: 지키다, 가져온: 가지다): the syllable before the auxiliary is 어, 아 or 여 after
// the verb's stem, or the stem's last syllable merged with it (져 for 지 + 어, 워 for 우 + 어, 와
// for 오 + 아, 돼 for 되 + 어; 서 and 가 unchanged), in three syllables or more.
bool IsVerbWithAuxiliary(std::string_view stem) {
  static constexpr std::string_view kAuxiliaries[] = {"온", "간", "준", "본", "둔"};
  if (stem.size() < 2 * kSyllable) return false;
  const std::string_view auxiliary = stem.substr(stem.size() - kSyllable);
  if (std::find(std::begin(kAuxiliaries), std::end(kAuxiliaries), auxiliary) ==
      std::end(kAuxiliaries)) {
    return false;
  }
  const std::string_view head = stem.substr(0, stem.size() - 2 * kSyllable);
  const std::string_view linking = stem.substr(stem.size() - 2 * kSyllable, kSyllable);
  if (!head.empty() && (linking == "어" || linking == "아" || linking == "여")) {
    return IsEntryWithDa(head);
  }
  if (head.empty()) return false;  // Two syllables: 사본, 기간 are nouns, and names may be so short.
  size_t pos = 0;
  const char32_t merged = text::DecodeUtf8(linking, &pos);
  if (!text::IsHangulSyllable(merged)) return false;
  const auto [initial, medial, final_consonant] = text::DecomposeHangul(merged);
  if (final_consonant != 0) return false;
  // The verb stem's last vowel by the merged one: ㅕ ㅣ, ㅝ ㅜ, ㅘ ㅗ, ㅙ ㅚ; ㅏ ㅓ ㅐ ㅔ themselves
  // (가, 서, 내, 세), ㅏ and ㅓ for a dropped ㅡ too (아파 아프, 써 쓰), ㅐ ㅏ after ㅎ (해 하).
  constexpr int kA = 0, kAe = 1, kEo = 4, kE = 5, kYeo = 6, kWa = 9, kWae = 10, kOe = 11, kO = 8,
                kWeo = 14, kU = 13, kEu = 18, kI = 20, kHieut = 18;
  int candidates[2] = {-1, -1};
  switch (medial) {
    case kYeo: candidates[0] = kI; break;
    case kWeo: candidates[0] = kU; break;
    case kWa: candidates[0] = kO; break;
    case kWae: candidates[0] = kOe; break;
    case kA: case kEo: candidates[0] = medial; candidates[1] = kEu; break;
    case kAe: candidates[0] = kAe; if (initial == kHieut) candidates[1] = kA; break;
    case kE: candidates[0] = kE; break;
    default: return false;
  }
  for (int stem_medial : candidates) {
    if (stem_medial < 0) continue;
    std::string verb(head);
    text::AppendUtf8(text::ComposeHangul({initial, stem_medial, 0}), &verb);
    if (IsEntryWithDa(verb)) return true;
  }
  return false;
}

}  // namespace

bool IsVerbStem(std::string_view stem) { return IsEntryWithDa(stem); }

bool IsUnmistakablyPredicateForm(std::string_view stem) {
  if (stem.size() < 2 * kSyllable) return false;
  if (IsVerbWithAuxiliary(stem)) return true;
  // A stem whose ending was taken for a particle (무너지는 -> 무너지: 무너지다). Not one syllable:
  // a one-syllable stem + 다 is a verb far too often.
  if (IsEntryWithDa(stem)) return true;
  // Endings no foreign name ends in: not 러, 니, 지, 나, 도 or an added ㄴ or ㄹ (밀러, 베일, 보잉
  // and 바란 are verbs' forms too).
  static constexpr std::string_view kEndings[] = {"다", "고", "며", "면", "서", "게", "는", "던",
                                                  "길", "요", "죠"};
  const std::string_view last = stem.substr(stem.size() - kSyllable);
  if (std::find(std::begin(kEndings), std::end(kEndings), last) != std::end(kEndings) &&
      IsEntryWithDa(stem.substr(0, stem.size() - kSyllable))) {
    return true;
  }
  // A verb made a noun by 기 (담그기 making, 지키기 keeping): after a stem of two syllables or
  // more only, as one of one is a name's syllable as often (매기 Maggie: 매다).
  if (stem.size() >= 3 * kSyllable && last == "기" &&
      IsEntryWithDa(stem.substr(0, stem.size() - kSyllable))) {
    return true;
  }
  for (std::string_view light_verb : {std::string_view("시키"), std::string_view("하"),
                                      std::string_view("되")}) {
    if (EndsWith(stem, light_verb) && stem.size() - light_verb.size() >= 2 * kSyllable &&
        IsKoreanDictionaryWord(stem.substr(0, stem.size() - light_verb.size()))) {
      return true;
    }
  }
  return false;
}

bool IsOrdinaryKoreanWord(std::string_view stem) {
  if (IsKoreanDictionaryWord(stem)) return true;
  if (stem.size() < 2 * kSyllable) return false;
  const std::string_view head = stem.substr(0, stem.size() - kSyllable);
  const std::string_view last = stem.substr(stem.size() - kSyllable);
  // An entry (or two run together) and a particle or suffix (영토나, 톤당, 페이지별, 얼마전,
  // 단체인).
  static constexpr std::string_view kTails[] = {"에", "로", "은", "는", "이", "가", "을", "를", "의",
                                                "와", "과", "도", "들", "적", "인", "한", "된", "만",
                                                "나", "당", "별", "분", "전", "씩", "쯤", "상", "중",
                                                "용", "식", "급", "측", "간", "내"};
  if (std::find(std::begin(kTails), std::end(kTails), last) != std::end(kTails) &&
      (IsKoreanDictionaryWord(head) || IsCompoundOfEntries(head))) {
    return true;
  }
  // A noun ending in 이 whose 이 was taken for the subject particle.
  if (IsDictionaryWordOfParts(stem, "이")) return true;
  // A Sino-Korean prefix before an entry (핵시설 a nuclear facility, 친환경, 범정부, 초고속): of
  // the prefixes no surname is and almost no transliterated name begins with (none of the public
  // name lists' 31,000 but for 반고흐 and the like, which leaves 반 out; so 비, 대, 고, 저).
  static constexpr std::string_view kPrefixes[] = {"핵", "총", "친", "초", "외", "준", "범"};
  if (stem.size() >= 3 * kSyllable &&
      std::find(std::begin(kPrefixes), std::end(kPrefixes), stem.substr(0, kSyllable)) !=
          std::end(kPrefixes) &&
      IsKoreanDictionaryWord(stem.substr(kSyllable))) {
    return true;
  }
  return IsKoreanPredicateForm(stem) || IsCompoundOfEntries(stem);
}

size_t CompoundSplit(std::string_view stem) {
  constexpr size_t kSyllable = 3;
  if (stem.size() < 4 * kSyllable || IsKoreanDictionaryWord(stem)) return 0;
  // The longest dictionary tail that leaves two syllables or more in front.
  for (size_t split = 2 * kSyllable; split + 2 * kSyllable <= stem.size(); split += kSyllable) {
    if (IsKoreanDictionaryWord(stem.substr(split))) return split;
  }
  return 0;
}

}  // namespace galley::names
