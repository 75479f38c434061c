#include "common/names/name_finder.h"

#include <algorithm>
#include <unordered_map>

#include "common/names/english_words.h"
#include "common/names/korean_words.h"
#include "common/names/romanizer.h"
#include "common/text/utf8.h"
#include "common/text/word_set.h"

namespace galley::names {
namespace {

using text::DecodeUtf8;
using text::DecodeUtf8Before;
using text::IsHangulSyllable;
using text::TextSpan;

// Usual English spellings of common Korean surnames (newspaper usage first).
const std::unordered_map<std::string_view, std::vector<std::string_view>>& SurnameTable() {
  // Two columns, as the table reads best.
  // clang-format off
  static const auto* table = new std::unordered_map<std::string_view, std::vector<std::string_view>>{
      {"김", {"Kim", "Gim"}},             {"이", {"Lee", "Yi", "Rhee", "Rhie", "Ri", "I"}},
      {"박", {"Park", "Pak", "Bak"}},     {"최", {"Choi", "Choe", "Chey"}},
      {"정", {"Jung", "Jeong", "Chung", "Chong", "Jeung"}},
      {"강", {"Kang", "Gang"}},           {"조", {"Cho", "Jo", "Joh", "Jho"}},
      {"윤", {"Yoon", "Yun", "Youn"}},    {"장", {"Jang", "Chang"}},
      {"임", {"Lim", "Im", "Yim", "Rim"}}, {"림", {"Rim", "Lim"}},
      {"한", {"Han", "Hahn"}},            {"오", {"Oh", "O"}},
      {"서", {"Seo", "Suh", "Su"}},       {"신", {"Shin", "Sin"}},
      {"권", {"Kwon", "Gwon", "Kweon"}},  {"황", {"Hwang"}},
      {"안", {"Ahn", "An"}},              {"송", {"Song"}},
      {"류", {"Ryu", "Yoo", "Yu", "Rhyu", "Ryoo"}},
      {"유", {"Yoo", "Yu", "You", "Ryu", "Ryoo", "Rhyu"}},
      {"전", {"Jeon", "Chun", "Jun", "Chon"}},
      {"홍", {"Hong"}},                   {"고", {"Ko", "Koh", "Go", "Goh"}},
      {"문", {"Moon", "Mun"}},            {"양", {"Yang"}},
      {"손", {"Son", "Sohn"}},            {"배", {"Bae", "Pae"}},
      {"백", {"Baek", "Paik", "Paek", "Baik"}},
      {"허", {"Heo", "Huh", "Hur"}},      {"남", {"Nam"}},
      {"심", {"Shim", "Sim"}},            {"노", {"Noh", "Roh", "No", "Ro", "Rho"}},
      {"로", {"Roh", "Ro"}},              {"하", {"Ha"}},
      {"곽", {"Kwak", "Gwak"}},           {"성", {"Sung", "Seong"}},
      {"차", {"Cha"}},                    {"주", {"Joo", "Ju", "Chu"}},
      {"우", {"Woo", "U"}},               {"구", {"Koo", "Ku", "Gu", "Goo"}},
      {"민", {"Min"}},                    {"진", {"Jin", "Chin"}},
      {"나", {"Na", "Ra"}},               {"지", {"Ji", "Chi", "Jee"}},
      {"엄", {"Eom", "Um", "Uhm", "Eum"}},
      {"채", {"Chae", "Chai"}},           {"원", {"Won"}},
      {"천", {"Cheon", "Chun"}},          {"방", {"Bang"}},
      {"공", {"Kong", "Gong"}},           {"현", {"Hyun", "Hyeon"}},
      {"함", {"Ham", "Hahm"}},            {"변", {"Byun", "Byeon"}},
      {"염", {"Yeom", "Yum", "Youm"}},    {"여", {"Yeo", "Yuh"}},
      {"추", {"Choo", "Chu"}},            {"도", {"Do", "Doh"}},
      {"소", {"So", "Soh"}},              {"석", {"Seok", "Suk"}},
      {"선", {"Sun", "Seon"}},            {"설", {"Seol", "Sul"}},
      {"마", {"Ma"}},                     {"길", {"Gil", "Kil"}},
      {"연", {"Yeon", "Youn", "Yeun", "Yun"}},
      {"표", {"Pyo"}},                    {"명", {"Myung", "Myeong", "Myoung"}},
      {"기", {"Ki", "Gi", "Kee"}},        {"반", {"Ban", "Bahn"}},
      {"왕", {"Wang"}},                   {"금", {"Keum", "Geum", "Kum"}},
      {"옥", {"Ok", "Ock"}},              {"육", {"Yook", "Yuk", "Youk"}},
      {"인", {"In"}},                     {"맹", {"Maeng"}},
      {"제", {"Je"}},                     {"모", {"Mo"}},
      {"탁", {"Tak"}},                    {"국", {"Kook", "Kuk", "Guk", "Gook"}},
      {"은", {"Eun"}},                    {"봉", {"Bong"}},
      {"용", {"Yong"}},                   {"남궁", {"Namgoong", "Namkung"}},
      {"황보", {"Hwangbo"}},              {"제갈", {"Jegal"}},
      {"선우", {"Sunwoo"}},               {"독고", {"Dokgo"}},
      {"사공", {"Sagong"}},
      // North Korea keeps the initial r (ㄹ) that the South drops (리설주 Ri Sol-ju, 림 Rim,
      // 량 Ryang, 렴 Ryom, 려 Ryo).
      {"리", {"Ri", "Lee", "Li", "Rhee"}},  {"량", {"Ryang", "Yang"}},
      {"렴", {"Ryom", "Yeom"}},             {"려", {"Ryo", "Yeo"}}};
  // clang-format on
  return *table;
}

// Words that follow a person's name in Korean news: titles, roles and the honorific 씨.
constexpr std::string_view kTitles[] = {
    "대통령", "장관", "의원", "회장", "부회장", "대표", "주필", "교수", "씨", "총리", "장군",
    "사장", "부사장", "위원장", "대변인", "기자", "감독", "선수", "차관", "총장", "원장", "시장",
    "지사", "청장", "실장", "국장", "대사", "판사", "검사", "변호사", "의장", "후보", "박사",
    "이사장", "총재", "소장", "단장", "위원", "연구원", "작가", "부장", "상무", "전무", "이사",
    "원내대표", "비서실장", "수석", "특파원", "논설위원", "코치", "대법원장", "검찰총장", "여사",
    "목사", "신부", "스님", "연구위원", "애널리스트",
    // Foreign and North Korean offices (박의춘 외무상, 힐 차관보, 체니 부통령).
    "외무상", "부통령", "차관보", "특사", "사령관", "국왕", "여왕", "왕세자", "교황", "추기경",
    "대주교", "주석", "총비서", "최고경영자", "영사", "총영사", "군수"};

// Occupations Korean news writes before a person's name, not after it (배우 송강호, 가수 아이유).
constexpr std::string_view kOccupationsBeforeNames[] = {
    "배우",           "가수",     "소설가", "작가",   "시인",    "방송인",
    "개그맨",         "코미디언", "모델",   "화가",   "작곡가",  "피아니스트",
    "바이올리니스트", "첼리스트", "지휘자", "성악가", "무용가",  "안무가",
    "영화감독",       "사진작가", "만화가", "골퍼",   "프로골퍼"};

// Syllables that end Korean verb forms and have no Sino-Korean reading, so that no given name
// (written in Chinese characters, its syllables their readings) ends in one: 기소된 조현준 회장 is
// "the indicted Chairman Cho Hyun-joon", no 기소된 (Ki So-doen).
constexpr std::string_view kVerbEndingSyllables[] = {"된", "됐", "될", "했", "겠", "었", "았",
                                                     "였", "는", "던", "셨", "졌", "렸"};

bool EndsWithVerbEnding(std::string_view given) {
  return given.size() >= 3 &&
         std::find(std::begin(kVerbEndingSyllables), std::end(kVerbEndingSyllables),
                   given.substr(given.size() - 3)) != std::end(kVerbEndingSyllables);
}

const text::WordSet& TitleSet() {
  static const auto* set = new text::WordSet(kTitles);
  return *set;
}

// Titles are 1 to 6 syllables of 3 bytes each: test the word's suffixes (prefixes) of those sizes.
constexpr size_t kMaxTitleBytes = 6 * 3;

// Which Hangul syllables end (start) some title: a word whose last (first) syllable is none of
// them needs no lookups. Asked for nearly every word of a Korean text.
struct TitleEdges {
  std::vector<bool> last = std::vector<bool>(11172), first = std::vector<bool>(11172);
};
const TitleEdges& TitleEdgeSyllables() {
  static const auto* edges = [] {
    auto* e = new TitleEdges;
    for (std::string_view title : kTitles) {
      size_t pos = 0;
      e->first[DecodeUtf8(title, &pos) - 0xAC00] = true;
      e->last[DecodeUtf8Before(title, title.size()) - 0xAC00] = true;
    }
    return e;
  }();
  return *edges;
}
bool MayEndWithTitle(std::string_view w) {
  if (w.size() < 3) return false;
  const char32_t c = DecodeUtf8Before(w, w.size());
  return IsHangulSyllable(c) && TitleEdgeSyllables().last[c - 0xAC00];
}

bool EndsWithTitle(std::string_view word) {
  const auto ends_with_title = [](std::string_view w) {
    if (!MayEndWithTitle(w)) return false;
    const auto& titles = TitleSet();
    for (size_t len = 3; len <= std::min(w.size(), kMaxTitleBytes); len += 3) {
      if (titles.contains(w.substr(w.size() - len))) return true;
    }
    return false;
  };
  if (ends_with_title(word)) return true;
  const std::string_view stem = StripKoreanParticle(word);  // Only when needed: it is not free.
  // Not a title made plural (기자들과 "with reporters"), which no one person's name stands before:
  // 이어 기자들과 is "then with reporters", no reporter Lee Eo.
  if (word.substr(stem.size()).starts_with("들")) return false;
  if (stem.size() != word.size() && ends_with_title(stem)) return true;
  // A title of one syllable with a particle (씨는, 씨가).
  return IsSyllableAndParticle(word) && TitleSet().contains(word.substr(0, 3));
}

bool StartsWithTitle(std::string_view rest) {
  size_t pos = 0;
  const char32_t c = rest.empty() ? 0 : DecodeUtf8(rest, &pos);
  if (!IsHangulSyllable(c) || !TitleEdgeSyllables().first[c - 0xAC00]) return false;
  const auto& titles = TitleSet();
  for (size_t len = 3; len <= std::min(rest.size(), kMaxTitleBytes); len += 3) {
    if (titles.contains(rest.substr(0, len))) return true;
  }
  return false;
}

// Where the word at the start of `text` ends: its first space, comma, period or line break, or
// its end. (string_view::find_first_of calls memchr once a byte; this is asked for every word.)
size_t WordEnd(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == ',' || c == '.' || c == '\n') return i;
  }
  return text.size();
}

// Whether `rest` (the text after a word and its space) starts with a Korean name of three
// syllables, a surname's first, and its title right after it (이상엽 교수는).
bool NameAndTitleStart(std::string_view rest) {
  constexpr size_t kSyllable = 3;
  const size_t end = WordEnd(rest);
  if (end != 3 * kSyllable || end >= rest.size() || rest[end] != ' ') return false;
  for (size_t k = 0; k < end; k += kSyllable) {
    size_t pos = k;
    if (!IsHangulSyllable(DecodeUtf8(rest, &pos))) return false;
  }
  if (SurnameSpellings(rest.substr(0, kSyllable)).empty() || EndsWithTitle(rest.substr(0, end))) {
    return false;
  }
  const std::string_view after = rest.substr(end + 1);
  return EndsWithTitle(after.substr(0, WordEnd(after)));
}

}  // namespace

bool TitleFollows(std::string_view rest) {
  for (int word = 0; word < 3 && !rest.empty(); ++word) {
    const size_t end = WordEnd(rest);
    if (EndsWithTitle(rest.substr(0, end))) return true;
    if (end >= rest.size() || rest[end] != ' ') return false;
    rest.remove_prefix(end + 1);
  }
  return false;
}

namespace {

struct Word {
  size_t begin, end;
};

// Words of English text: runs of letters, hyphens and apostrophes.
std::vector<Word> EnglishWords(std::string_view s) {
  std::vector<Word> out;
  size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    const bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    if (!letter) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && (((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z') ||
                            ((s[j] == '-' || s[j] == '\'') && j + 1 < s.size() &&
                             ((s[j + 1] | 0x20) >= 'a' && (s[j + 1] | 0x20) <= 'z')))) {
      ++j;
    }
    out.push_back({i, j});
    i = j;
  }
  return out;
}

// Whether one of `words` (letters, case as given) may be a word of EnglishWords(text) without a
// possessive: it occurs in `text` with no letter on either side. (A superset: "Lee" of "X-Lee"
// passes, though EnglishWords reads one word there.)
bool MayHaveWord(std::string_view text, const std::vector<std::string_view>& words) {
  auto letter = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
  for (const std::string_view word : words) {
    if (word.empty()) continue;
    for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
      const size_t end = at + word.size();
      if ((at == 0 || !letter(text[at - 1])) && (end == text.size() || !letter(text[end]))) {
        return true;
      }
    }
  }
  return false;
}

bool IsCapitalized(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// Whether an English word has the shape of one romanized Korean syllable, as North Korean names
// are written (Pak Ui Chun, Kim Jong Il): an initial consonant or none, a vowel, a final n, ng, m,
// l, k, p, t or none.
bool IsRomanizedSyllable(std::string_view word) {
  if (word.size() < 2 || word.size() > 6) return false;
  std::string s;
  for (char c : word) s.push_back(text::AsciiLower(c));
  static constexpr std::string_view kInitials[] = {"ch", "kk", "tt", "pp", "ss", "jj", "sh", "b",
                                                   "c",  "d",  "g",  "h",  "j",  "k",  "l",  "m",
                                                   "n",  "p",  "r",  "s",  "t",  "w",  "y"};
  static constexpr std::string_view kVowels[] = {"yeo", "yae", "wae", "wa", "wo", "we", "wi", "ya",
                                                 "yo",  "yu",  "ye",  "eo", "eu", "ae", "oe", "ui",
                                                 "oo",  "ou",  "a",   "e",  "i",  "o",  "u"};
  static constexpr std::string_view kFinals[] = {"", "ng", "n", "m", "l", "k", "p", "t"};
  std::string_view rest = s;
  for (std::string_view initial : kInitials) {
    if (rest.starts_with(initial)) {
      rest.remove_prefix(initial.size());
      break;
    }
  }
  const auto vowel = std::find_if(std::begin(kVowels), std::end(kVowels),
                                  [&](std::string_view v) { return rest.starts_with(v); });
  if (vowel == std::end(kVowels)) return false;
  rest.remove_prefix(vowel->size());
  return std::find(std::begin(kFinals), std::end(kFinals), rest) != std::end(kFinals);
}

// Whether the vowel letters of romanized syllable `latin` (after its initial consonants: "oo" of
// "hoo", "yeo" of "Hyeon") may spell the vowel of Hangul syllable `syllable`. Phonetic keys merge
// o and u, as ㅓ is written both ways (Jung, Jong-un for 정); but spellings keep ㅗ and ㅜ apart in
// a syllable without a final (이정후 is never Jung-ho, a name of 호), ㅐ from a bare a there (주애
// is never Ju-a), and ㅏ from e, ㅑ from yeo, yu and yo, ㅕ from ya, ㅛ from yeo, yu and yoo, ㅝ
// from woo, u and oo, ㅠ from yo anywhere. Before a final, passports write ㅐ as a (Back for 백,
// 11% of them), ㅗ as oo (Koock for 곡) and ㅜ as o (Mok for 묵); in the other cases fewer than 1%
// of passport spellings of a surname part (ko_surnames.tsv), and none over 0.3% but 두 as Do.
bool VowelSpellingFits(char32_t syllable, std::string_view latin) {
  size_t begin = 0;
  auto vowel_letter = [](char c) {
    c = static_cast<char>(c | 0x20);
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'w' || c == 'y';
  };
  while (begin < latin.size() && !vowel_letter(latin[begin])) ++begin;
  size_t end = begin;
  while (end < latin.size() && vowel_letter(latin[end])) ++end;
  std::string vowels(latin.substr(begin, end - begin));
  for (char& c : vowels) c = static_cast<char>(c | 0x20);
  constexpr int kA = 0, kAe = 1, kYa = 2, kYeo = 6, kO = 8, kYo = 12, kU = 13, kWo = 14, kYu = 17;
  const text::HangulJamo jamo = text::DecomposeHangul(syllable);
  const bool open = jamo.final_consonant == 0;
  auto one_of = [&](std::initializer_list<std::string_view> spellings) {
    return std::find(spellings.begin(), spellings.end(), vowels) != spellings.end();
  };
  switch (jamo.medial) {
    case kA:
      return !one_of({"ae", "ai", "e", "ea"});
    case kAe:
      return !open || !one_of({"a"});
    case kYa:
      return !one_of({"yeo", "yu", "yo", "you"});
    case kYeo:
      return !one_of({"ya"});
    case kO:
      return !open || !one_of({"u", "oo"});
    case kYo:
      return !one_of({"yeo", "yu", "yoo"});
    case kU:
      return !open || !one_of({"o", "wo"});
    case kWo:
      return !one_of({"woo", "u", "oo"});
    case kYu:
      return !one_of({"yo"});
    default:
      return true;
  }
}

// Whether a part of a given name spelled apart begins and ends where its Hangul syllable does:
// a part that opens with a vowel or y is a syllable without an initial consonant (은 Eun, 영
// Young), and one without a final consonant ends in a vowel, or h, w or y (하 Ha, never Hak). A
// hyphen in the wrong place makes another name: "Hak-yung" is 학융, not 하경 (Ha-kyung).
bool SyllableEdgesFit(char32_t syllable, std::string_view part) {
  if (part.empty()) return false;
  const text::HangulJamo jamo = text::DecomposeHangul(syllable);
  constexpr int kNoInitial = 11;  // ㅇ.
  const auto one_of = [](char c, std::string_view letters) {
    return letters.find(text::AsciiToLower(c)) != std::string_view::npos;
  };
  if (jamo.initial != kNoInitial && one_of(part.front(), "aeiouy")) return false;
  if (jamo.final_consonant == 0 && !one_of(part.back(), "aeiouhwy")) return false;
  return true;
}

// Whether the syllables of a given name spelled apart (`english` hyphenated, or one syllable)
// each spell the vowel of their Hangul syllable of `given_hangul` (VowelSpellingFits) and begin
// and end where it does (SyllableEdgesFit). A name run together (Jaemyung) is not split, and
// passes.
bool GivenNameVowelsFit(std::string_view given_hangul, std::string_view english) {
  std::vector<char32_t> hangul;
  for (size_t pos = 0; pos < given_hangul.size();) hangul.push_back(DecodeUtf8(given_hangul, &pos));
  std::vector<std::string_view> parts;
  for (size_t start = 0; start <= english.size();) {
    const size_t end = std::min(english.find('-', start), english.size());
    parts.push_back(english.substr(start, end - start));
    start = end + 1;
  }
  if (parts.size() != hangul.size()) return true;
  for (size_t k = 0; k < parts.size(); ++k) {
    if (!IsHangulSyllable(hangul[k]) || !VowelSpellingFits(hangul[k], parts[k]) ||
        !SyllableEdgesFit(hangul[k], parts[k])) {
      return false;
    }
  }
  return true;
}

// The PhoneticKeys of a Korean given name: romanized syllable by syllable, as names are mostly
// written, and as spoken, where that differs: a final ㅇ or ㅁ makes the next syllable's ㄹ an n
// (박경리 Park Kyung-ni), as RomanizePlaceName writes it.
struct GivenNameKeys {
  std::string written;
  std::string spoken;  // Empty when the same as `written`.
};

// Phonetic keys already merge the usual spelling variants, so what remains must be nearly equal:
// one letter more or less (a dropped "h" or "w"), never a different letter (Min-jung vs Min-young),
// and the vowels as GivenNameVowelsFit (`given_hangul`: the given name in Hangul).
bool GivenNameMatches(const GivenNameKeys& given_keys, std::string_view given_hangul,
                      std::string_view english) {
  const std::string key = PhoneticKey(english);
  if (key.empty()) return false;
  if (!GivenNameVowelsFit(given_hangul, english)) return false;
  auto matches = [&](std::string_view given_key) {
    if (key == given_key) return true;
    // One "h" or "w" more or less: Kyung-wa for 경화, Hoon for 훈 spelled "Hun".
    const std::string_view longer =
        key.size() > given_key.size() ? std::string_view(key) : given_key;
    const std::string_view shorter =
        key.size() > given_key.size() ? given_key : std::string_view(key);
    if (longer.size() != shorter.size() + 1) return false;
    for (size_t i = 0; i < longer.size(); ++i) {
      if ((longer[i] == 'h' || longer[i] == 'w') && longer.substr(0, i) == shorter.substr(0, i) &&
          longer.substr(i + 1) == shorter.substr(i)) {
        return true;
      }
    }
    return false;
  };
  return matches(given_keys.written) || (!given_keys.spoken.empty() && matches(given_keys.spoken));
}

// Whether the spoken romanization of a given name can differ from the written one by a ㄹ after
// a final ㅇ or ㅁ (경리, 성룡): the only sound change GivenNameKeys::spoken is read for.
bool HasNasalizedRieul(std::string_view given_hangul) {
  constexpr int kRieul = 5;                       // ㄹ among the initials.
  constexpr int kFinalMieum = 16, kFinalNg = 21;  // ㅁ and ㅇ among the finals.
  int previous_final = -1;
  for (size_t pos = 0; pos < given_hangul.size();) {
    const char32_t c = DecodeUtf8(given_hangul, &pos);
    if (!IsHangulSyllable(c)) return false;
    const text::HangulJamo jamo = text::DecomposeHangul(c);
    if (jamo.initial == kRieul && (previous_final == kFinalMieum || previous_final == kFinalNg)) {
      return true;
    }
    previous_final = jamo.final_consonant;
  }
  return false;
}

}  // namespace

bool IsCommonCapitalizedWord(std::string_view word) {
  // Grouped by kind, one group a paragraph.
  // clang-format off
  static constexpr std::string_view kWords[] = {
      "The", "A", "An", "In", "On", "At", "For", "But", "And", "He", "She", "It", "They", "We",
      "I", "This", "That", "These", "Those", "There", "His", "Her", "Its", "Their", "Our", "If",
      "When", "While", "However", "Meanwhile", "After", "Before", "As", "Some", "Many", "Most",
      "According", "Yet", "So", "Still", "Also", "Both", "Other", "Such", "Since", "Because",
      "Although", "During", "Under", "Over", "About", "From", "With", "Without", "What", "Where",
      "Who", "Why", "How", "One", "Two", "Three", "Last", "Now", "Then", "Mr", "Mrs", "Ms", "Dr",
      "Prof", "President", "Prime", "Minister", "Secretary", "General", "Gen", "Sen", "Rep", "Gov",
      "Chairman", "Chief", "Director", "Professor", "Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar",
      "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Mayor", "Governor",
      "Senator", "Lt", "Col", "Capt", "Sgt", "Adm", "Rev", "Reverend", "Vice", "Deputy", "Foreign",
      "Defense",
      "Ministry", "Department", "Agency", "Office", "Committee", "Council", "Court", "House",
      "Party", "University", "Institute", "Association", "Center", "Centre", "National",
      "International", "Company", "Corp", "Inc", "Co", "Ltd", "Group", "Union", "Federation",
      "Organization", "Organisation",
      "Assembly", "Congress", "Parliament", "Government", "Republic", "Kingdom", "State",
      "States", "City", "Province", "County", "Island", "River", "Mountain", "Sea", "Ocean",
      "Street", "Avenue", "Square", "Hall", "Hotel", "Hospital", "School", "Airport", "Station",
      "Terminal",
      "Bank", "Times", "News", "Post", "Journal", "Daily", "Herald", "Service", "Services",
      "Force", "Forces", "Army", "Navy", "Police", "Fire", "Emergency", "Health", "Education",
      "Justice", "Energy", "Security", "Affairs", "Development", "Economic", "Economy",
      "Trade", "Industry", "Commerce", "Culture", "Sports", "Tourism", "Environment",
      "Yes", "No", "Oh", "Mr.", "Ms.", "Dr.", "St", "Saint", "Lord", "Sir", "Jr", "Sr",
      "Christmas", "Easter", "North", "South", "Games", "Cup", "World",
      "Prize", "Award", "Awards", "Festival", "Summit", "Conference", "Forum", "Day", "Year", "War",
      "Age", "Act", "Bill", "Law", "Treaty", "Agreement", "Declaration", "Plan", "Project",
      "I've", "I'm", "I'll", "I'd", "Category", "Village", "Op-Ed",
      // A stream after its name (Cheonggye Stream for 청계천), as River is. (Not every kind of
      // place: Valley, Strait or Peninsula put in the place of a name must still be reported.)
      "Stream",
      // Common nouns news style capitalizes ("Web site", "the Internet", "35 degrees Celsius").
      "Web", "Internet", "Celsius", "Fahrenheit",
      // Function words and sentence openers that start quoted speech and headlines.
      "By", "To", "Of", "Not", "All", "Any", "Even", "Just", "Only", "Please", "Here", "Let",
      "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Be", "Has", "Have", "Had", "Will",
      "Would", "Can", "Could", "Should", "May", "Might", "Must", "You", "Your", "My", "Me", "Us",
      "Him", "Them", "Every", "Each", "No", "Nothing", "Everyone", "Nobody", "Thank", "Thanks",
      "Well", "Again", "Today", "Tonight", "Tomorrow", "Yesterday", "Late", "Early", "First",
      "Next", "Until", "Unlike", "Like", "Despite", "Amid", "Among", "Between", "Through",
      "Whether", "Which", "Whose", "Whom", "Once", "Instead", "Though", "Or", "Nor", "Than"};
  // clang-format on
  static const auto* set = new text::WordSet(kWords);
  return set->contains(word);
}

bool IsTitleAbbreviation(std::string_view word) {
  static constexpr std::string_view kTitles[] = {"Mr", "Mrs", "Ms", "Dr", "Sen", "Gen", "Gov",
                                                 "Rep", "Lt", "Col", "Capt", "Sgt", "Adm", "Rev",
                                                 "St", "Jr", "Sr", "Prof", "Mt", "Ft", "Cpl", "Maj"};
  return std::find(std::begin(kTitles), std::end(kTitles), word) != std::end(kTitles);
}

bool MayNameAtSentenceStart(std::string_view word) {
  // A possessive's word is the name (Samsung's); any other apostrophe makes a contraction (Don't,
  // It'll), and a hyphen a compound of words (Well-known) unless some part is no word (Kim-led).
  for (std::string_view suffix : {std::string_view("'s"), std::string_view("'")}) {
    if (word.size() > suffix.size() && word.substr(word.size() - suffix.size()) == suffix) {
      word.remove_suffix(suffix.size());
      break;
    }
  }
  if (word.size() < 3 || word.find_first_of("'-") != std::string_view::npos) return false;
  for (size_t start = 0; start < word.size();) {
    const size_t end = std::min(word.find('-', start), word.size());
    const std::string_view part = word.substr(start, end - start);
    if (part.size() >= 2 && !IsEnglishDictionaryWord(part) && !IsCommonCapitalizedWord(part)) {
      return true;
    }
    start = end + 1;
  }
  return false;
}

size_t ArabicArticleLength(std::string_view word) {
  static constexpr std::string_view kArticles[] = {"al-", "el-", "ad-", "ash-", "as-",
                                                   "an-", "ar-", "at-", "az-",  "ul-"};
  for (std::string_view article : kArticles) {
    if (word.size() > article.size() + 1 && word.starts_with(article) &&
        word[article.size()] >= 'A' && word[article.size()] <= 'Z') {
      return article.size();
    }
  }
  return 0;
}

std::vector<EnglishName> FindEnglishNames(std::string_view s) {
  std::vector<EnglishName> out;
  auto is_letter = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
  // Words with their spans and whether each starts a sentence.
  struct W {
    size_t begin, end;
    bool sentence_start;
  };
  std::vector<W> words;
  words.reserve(s.size() / 4);  // About one word in six bytes of English.
  bool sentence_start = true;
  for (size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (!is_letter(c)) {
      // A straight quotation mark after a comma closes a quotation the sentence goes on after
      // ("It is new," Moon said).
      const bool quote_goes_on = c == '"' && i > 0 && s[i - 1] == ',';
      if ((c == '.' || c == '?' || c == '!' || c == '"' || c == '\n' || c == ':') &&
          !quote_goes_on) {
        // A new sentence after a terminal (not an initial or abbreviation: U.S. Army, Sen. Obama).
        if (c != '.' || (i + 1 < s.size() && s[i + 1] == ' ' && i >= 2 && is_letter(s[i - 1]) &&
                         is_letter(s[i - 2]) && !(!words.empty() && words.back().end == i &&
                                                  IsTitleAbbreviation(s.substr(
                                                      words.back().begin, i - words.back().begin))))) {
          sentence_start = true;
        }
      } else if (c != ' ' && c != '(' && c != '\'' && c != '`' &&
                 static_cast<unsigned char>(c) < 0x80) {
        // Quotation marks and spaces keep a sentence's start, the non-ASCII ones (“ ’) too.
        sentence_start = false;
      }
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && (is_letter(s[j]) || ((s[j] == '-' || s[j] == '\'') && j + 1 < s.size() &&
                                                is_letter(s[j + 1])))) {
      ++j;
    }
    words.push_back({i, j, sentence_start});
    sentence_start = false;
    i = j;
  }
  static constexpr std::string_view kParticles[] = {"of", "de", "van", "von", "al", "bin",
                                                    "la", "le", "du", "del", "da", "der"};
  auto capitalized = [&](const W& w) {
    std::string_view t = s.substr(w.begin, w.end - w.begin);
    // An Arabic name after its article (al-Maliki, el-Sisi, ash-Sharaa) is a name as well.
    if (const size_t skip = ArabicArticleLength(t); skip > 0) t.remove_prefix(skip);
    if (t.size() < 2 || !(t[0] >= 'A' && t[0] <= 'Z')) return false;
    // Acronyms (IOC, NATO) and words in capitals are not checked here.
    return !(t[1] >= 'A' && t[1] <= 'Z');
  };
  for (size_t k = 0; k < words.size();) {
    if (!capitalized(words[k])) {
      ++k;
      continue;
    }
    EnglishName name;
    name.words.push_back({static_cast<uint32_t>(words[k].begin), static_cast<uint32_t>(words[k].end)});
    size_t last = k;
    size_t next = k + 1;
    while (next < words.size()) {
      // One space apart, or a dot and a space after an initial (W. Bush).
      const bool after_dotted_initial = words[last].end - words[last].begin == 1 &&
                                        words[last].end < s.size() && s[words[last].end] == '.';
      const bool adjacent = words[next].begin == words[last].end + (after_dotted_initial ? 2 : 1);
      if (adjacent && capitalized(words[next])) {
        name.words.push_back(
            {static_cast<uint32_t>(words[next].begin), static_cast<uint32_t>(words[next].end)});
        last = next++;
        continue;
      }
      const std::string_view t = s.substr(words[next].begin, words[next].end - words[next].begin);
      if (adjacent && next + 1 < words.size() && capitalized(words[next + 1]) &&
          words[next + 1].begin == words[next].end + 1 &&
          std::find(std::begin(kParticles), std::end(kParticles), t) != std::end(kParticles)) {
        last = next++;  // "Department of Energy": the particle glues the next word on.
        continue;
      }
      // A middle initial, with or without its dot: "George W. Bush", "Andrew H Bass".
      const bool dotted = words[next].end < s.size() && s[words[next].end] == '.';
      if (adjacent && t.size() == 1 && t[0] >= 'A' && t[0] <= 'Z' && next + 1 < words.size() &&
          capitalized(words[next + 1]) &&
          words[next + 1].begin == words[next].end + (dotted ? 2 : 1)) {
        name.words.push_back(
            {static_cast<uint32_t>(words[next].begin), static_cast<uint32_t>(words[next].end)});
        last = next++;
        continue;
      }
      break;
    }
    name.span = {name.words.front().begin, name.words.back().end};
    name.starts_sentence = words[k].sentence_start;
    out.push_back(std::move(name));
    k = last + 1;
  }
  return out;
}

bool IsKoreanSurnameSpelling(std::string_view word) {
  static const auto* spellings = [] {
    auto* set = new text::WordSet;
    for (const auto& [hangul, list] : SurnameTable()) {
      for (std::string_view spelling : list) set->Add(spelling);
    }
    return set;
  }();
  return spellings->contains(word);
}

const std::vector<std::string_view>& SurnameSpellings(std::string_view surname_hangul) {
  static const std::vector<std::string_view> kNone;
  // One-syllable surnames, nearly all, through a dense index by syllable: this is asked for the
  // first syllable of every Hangul word.
  static const auto* one_syllable = [] {
    auto* index = new std::vector<const std::vector<std::string_view>*>(11172, &kNone);
    for (const auto& [hangul, spellings] : SurnameTable()) {
      size_t pos = 0;
      const char32_t c = DecodeUtf8(hangul, &pos);
      if (pos == hangul.size() && IsHangulSyllable(c)) (*index)[c - 0xAC00] = &spellings;
    }
    return index;
  }();
  if (surname_hangul.size() == 3) {
    size_t pos = 0;
    const char32_t c = DecodeUtf8(surname_hangul, &pos);
    if (IsHangulSyllable(c)) return *(*one_syllable)[c - 0xAC00];
  }
  const auto& table = SurnameTable();
  const auto it = table.find(surname_hangul);
  return it == table.end() ? kNone : it->second;
}

std::vector<KoreanPersonName> FindKoreanPersonNames(std::string_view korean) {
  std::vector<KoreanPersonName> out;
  std::vector<size_t> syllable_starts;  // Of the current word; reused across words.
  size_t i = 0;
  while (i < korean.size()) {
    // A Hangul word: [i, j).
    size_t j = i;
    syllable_starts.clear();
    while (j < korean.size()) {
      size_t next = j;
      if (!IsHangulSyllable(DecodeUtf8(korean, &next))) break;
      syllable_starts.push_back(j);
      j = next;
    }
    if (j == i) {
      size_t next = i;
      DecodeUtf8(korean, &next);
      i = next;
      continue;
    }
    const size_t n = syllable_starts.size();
    const bool word_start = i == 0 || !IsHangulSyllable(text::DecodeUtf8Before(korean, i));
    syllable_starts.push_back(j);
    // The name is the whole word (3 syllables, or 2 / 4 with a compound surname) followed by a
    // space and a title, or a 3-syllable name with a title glued on (이하경씨).
    auto try_name = [&](size_t name_syllables, std::string_view rest, bool glued) {
      if (glued ? !StartsWithTitle(rest) : !TitleFollows(rest)) return false;
      // The title is the next word's, a name's, and this word an ordinary one before it: 연구를
      // 이끈 이상엽 교수 is "Prof. Lee Sang-yup, who led the research", no 이끈 (Lee Kkeun). Not
      // 반기문 유엔 사무총장, which no dictionary has.
      if (!glued && NameAndTitleStart(rest) &&
          IsOrdinaryKoreanWord(korean.substr(i, syllable_starts[name_syllables] - i))) {
        return false;
      }
      // A body's name before its head's title (이사회 의장 the board's chairman, 이사회 'board'):
      // an ordinary word ending in 회 'society, board, committee'. Not a name the dictionary lacks
      // (김영회).
      if (!glued && name_syllables == 3 &&
          korean.substr(syllable_starts[2], syllable_starts[3] - syllable_starts[2]) == "회" &&
          IsOrdinaryKoreanWord(korean.substr(i, syllable_starts[3] - i))) {
        return false;
      }
      // An ordinary word that only looks like a name with a title glued on: 정상회의장 is
      // 정상회의 + 장 (a summit's venue), no 정상회 + 의장 (chairman).
      if (glued && syllable_starts.size() > name_syllables + 1 &&
          IsOrdinaryKoreanWord(korean.substr(i, syllable_starts[name_syllables + 1] - i))) {
        return false;
      }
      for (size_t surname_len : {size_t{2}, size_t{1}}) {
        if (name_syllables <= surname_len || name_syllables - surname_len > 2) continue;
        const std::string_view surname =
            korean.substr(i, syllable_starts[surname_len] - i);
        if (SurnameSpellings(surname).empty()) continue;
        if (surname_len == 2 && name_syllables != 4) continue;
        if (EndsWithVerbEnding(korean.substr(i, syllable_starts[name_syllables] - i))) continue;
        // Nor a word of two syllables and a particle (이들은 검사와: "they ... prosecutors").
        if (name_syllables == 3 && surname_len == 1) {
          const std::string_view whole = korean.substr(i, syllable_starts[3] - i);
          const std::string_view stem = StripKoreanParticle(whole);
          if (stem.size() < whole.size() && IsOrdinaryKoreanWord(stem)) continue;
        }
        KoreanPersonName name;
        name.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(syllable_starts[name_syllables])};
        name.surname = std::string(surname);
        name.given = std::string(korean.substr(syllable_starts[surname_len],
                                               syllable_starts[name_syllables] -
                                                   syllable_starts[surname_len]));
        out.push_back(std::move(name));
        return true;
      }
      return false;
    };
    // Only a word that starts with a surname can be a name (a cheap test, so it goes first). A
    // title with a particle (주필은) is not a name, though 주 is a surname.
    const std::string_view word = korean.substr(i, j - i);
    const bool surname_first =
        n >= 2 && (!SurnameSpellings(word.substr(0, syllable_starts[1] - i)).empty() ||
                   (n >= 4 && !SurnameSpellings(word.substr(0, syllable_starts[2] - i)).empty()));
    const auto whole_title = [](std::string_view w) {
      return MayEndWithTitle(w) && TitleSet().contains(w);
    };
    const bool is_title = !surname_first || whole_title(word) ||
                          whole_title(StripKoreanParticle(word));
    // An occupation written before the name (배우 송강호는, 가수 아이유), a three-syllable name
    // with a particle or none.
    const bool after_occupation = [&] {
      if (is_title || !word_start || i < 2 || korean[i - 1] != ' ') return false;
      const size_t previous_end = i - 1;
      size_t previous_start = previous_end;
      while (previous_start > 0 &&
             IsHangulSyllable(text::DecodeUtf8Before(korean, previous_start))) {
        previous_start -= 3;
      }
      const std::string_view previous =
          korean.substr(previous_start, previous_end - previous_start);
      return std::find(std::begin(kOccupationsBeforeNames), std::end(kOccupationsBeforeNames),
                       previous) != std::end(kOccupationsBeforeNames) &&
             StripKoreanParticle(word).size() == 9;
    }();
    if (is_title) {
      // Nothing: fall through to the next word.
    } else if (after_occupation) {
      const std::string_view surname = word.substr(0, syllable_starts[1] - i);
      if (!SurnameSpellings(surname).empty()) {
        KoreanPersonName name;
        name.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(syllable_starts[3])};
        name.surname = std::string(surname);
        name.given =
            std::string(korean.substr(syllable_starts[1], syllable_starts[3] - syllable_starts[1]));
        name.after_occupation = true;
        out.push_back(std::move(name));
      }
    } else if (word_start && n >= 2 && n <= 4 && j < korean.size() && korean[j] == ' ') {
      try_name(n, korean.substr(j + 1), /*glued=*/false);
    } else if (word_start && n >= 4 && !StartsWithTitle(korean.substr(syllable_starts[2]))) {
      // A name of three syllables with a title glued on (이하경씨), unless a title starts within
      // the three: 국무위원장 is 국무 + 위원장, no 국무위 + 원장.
      try_name(3, korean.substr(syllable_starts[3]), /*glued=*/true);
    }
    i = j;
  }
  return out;
}

std::vector<TextSpan> FindLatinNames(std::string_view korean) {
  static constexpr std::string_view kCommon[] = {
      "CEO", "IT", "TV", "PC", "AI", "CCTV", "SNS", "PD", "DJ", "OK", "VS", "vs", "MC",
      "CF", "PR", "GDP", "GNP", "MOU", "TF", "KTX", "DNA", "PCR", "CD", "DVD", "IQ", "No"};
  std::vector<TextSpan> out;
  size_t i = 0;
  while (i < korean.size()) {
    const char c = korean[i];
    const bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    if (!letter) {
      ++i;
      continue;
    }
    size_t j = i;
    bool capital = false;
    while (j < korean.size() &&
           (((korean[j] | 0x20) >= 'a' && (korean[j] | 0x20) <= 'z') ||
            (korean[j] >= '0' && korean[j] <= '9') || korean[j] == '&' ||
            (korean[j] == '.' && j + 1 < korean.size() && korean[j + 1] >= 'A' &&
             korean[j + 1] <= 'Z'))) {
      capital |= korean[j] >= 'A' && korean[j] <= 'Z';
      ++j;
    }
    const std::string_view token = korean.substr(i, j - i);
    const bool common = std::find(std::begin(kCommon), std::end(kCommon), token) != std::end(kCommon);
    if (capital && j - i >= 2 && !common) {
      out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j)});
    }
    i = j;
  }
  return out;
}

PersonNameMatch MatchPersonName(const KoreanPersonName& name, std::string_view english) {
  PersonNameMatch result;
  const auto& spellings = SurnameSpellings(name.surname);
  const std::vector<std::string> given_syllables = RomanizeSyllables(name.given);
  std::string given_rr;
  for (const auto& s : given_syllables) given_rr += s;
  GivenNameKeys given_key{PhoneticKey(given_rr), {}};
  std::string display_given;
  for (size_t k = 0; k < given_syllables.size(); ++k) {
    std::string s = given_syllables[k];
    if (k == 0 && !s.empty()) s[0] = static_cast<char>(s[0] - 'a' + 'A');
    display_given += (k ? "-" : "") + s;
  }
  result.expected =
      std::string(spellings.empty() ? RomanizeHangul(name.surname) : spellings.front()) + " " +
      display_given;
  // 모 ("a certain") stands for a given name a report withholds (박모 전 대표, 김모씨: "a former
  // CEO surnamed Park"): the surname alone is the whole name.
  const bool withheld_given_name = name.given == "모";
  if (withheld_given_name) {
    result.expected = spellings.empty() ? RomanizeHangul(name.surname) : spellings.front();
  }
  // Every outcome but kAbsent needs a word of the English that is a spelling of the surname, or a
  // hyphenated given name: most sentences have neither, and are answered without reading words.
  const bool hyphenated_given_name_possible =
      !withheld_given_name && english.find('-') != std::string_view::npos;
  if (!hyphenated_given_name_possible && !MayHaveWord(english, spellings)) return result;
  if (HasNasalizedRieul(name.given)) {
    given_key.spoken = PhoneticKey(RomanizePlaceName(name.given));
    if (given_key.spoken == given_key.written) given_key.spoken.clear();
  }

  const std::vector<Word> words = EnglishWords(english);
  // A word without its possessive ("Jae-myung's": the given name is Jae-myung).
  auto word = [&](size_t k) {
    std::string_view w = english.substr(words[k].begin, words[k].end - words[k].begin);
    if (w.size() > 2 && w.substr(w.size() - 2) == "'s") w.remove_suffix(2);
    return w;
  };
  auto is_surname = [&](std::string_view w) {
    return std::find(spellings.begin(), spellings.end(), w) != spellings.end();
  };
  // The given name next to position k: one hyphenated word, or two capitalized words joined.
  auto given_after = [&](size_t k, std::string* joined, size_t* end_word) {
    if (k >= words.size() || !IsCapitalized(word(k))) return false;
    *joined = std::string(word(k));
    *end_word = k;
    if (given_syllables.size() == 2 && word(k).find('-') == std::string_view::npos &&
        k + 1 < words.size() && IsCapitalized(word(k + 1)) &&
        words[k + 1].begin == words[k].end + 1 &&
        !GivenNameMatches(given_key, name.given, *joined)) {
      *joined += word(k + 1);
      *end_word = k + 1;
    }
    return true;
  };

  if (withheld_given_name) {
    for (size_t k = 0; k < words.size(); ++k) {
      if (!is_surname(word(k))) continue;
      result.outcome = PersonNameMatch::Outcome::kMatched;
      result.english_span = {static_cast<uint32_t>(words[k].begin),
                             static_cast<uint32_t>(words[k].end)};
      return result;
    }
    return result;
  }
  bool surname_seen = false;
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string_view w = word(k);
    if (is_surname(w)) {
      surname_seen = true;
      std::string given;
      size_t end_word;
      // Surname first: "Lee Ha-kyung"; given name first: "Ha-kyung Lee".
      if (k + 1 < words.size() && words[k + 1].begin == words[k].end + 1 &&
          given_after(k + 1, &given, &end_word)) {
        // A given name of one syllable spelled as that syllable is as a surname (왕이 Wang Yi,
        // 조현 Cho Hyun).
        auto spelled_as_surname = [&] {
          if (given_syllables.size() != 1) return false;
          const std::vector<std::string_view>& spellings = SurnameSpellings(name.given);
          return std::find(spellings.begin(), spellings.end(), given) != spellings.end();
        };
        if (GivenNameMatches(given_key, name.given, given) || spelled_as_surname()) {
          result.outcome = PersonNameMatch::Outcome::kMatched;
          result.english_span = {static_cast<uint32_t>(words[k].begin),
                                 static_cast<uint32_t>(words[end_word].end)};
          return result;
        }
        // Another given name in Korean-name shape (hyphenated or two syllable-like words; one
        // for a given name of one syllable: "Cho Hyung" for 조현).
        const bool two_syllable_words = end_word == k + 2 && IsRomanizedSyllable(word(k + 1)) &&
                                        IsRomanizedSyllable(word(k + 2));
        const bool one_syllable_word =
            given_syllables.size() == 1 && end_word == k + 1 && IsRomanizedSyllable(word(k + 1));
        if (given.find('-') != std::string::npos || two_syllable_words || one_syllable_word) {
          result.outcome = PersonNameMatch::Outcome::kGivenDiffers;
          result.english_span = {static_cast<uint32_t>(words[k].begin),
                                 static_cast<uint32_t>(words[end_word].end)};
        }
      }
      if (k > 0 && words[k].begin == words[k - 1].end + 1 && IsCapitalized(word(k - 1)) &&
          GivenNameMatches(given_key, name.given, word(k - 1))) {
        result.outcome = PersonNameMatch::Outcome::kMatched;
        result.english_span = {static_cast<uint32_t>(words[k - 1].begin),
                               static_cast<uint32_t>(words[k].end)};
        return result;
      }
    } else if (IsCapitalized(w) && w.find('-') != std::string_view::npos &&
               GivenNameMatches(given_key, name.given, w) && k > 0 && IsCapitalized(word(k - 1)) &&
               result.outcome == PersonNameMatch::Outcome::kAbsent) {
      // "Kim Ha-kyung" for 이하경: the given name under another surname.
      result.outcome = PersonNameMatch::Outcome::kSurnameDiffers;
      result.english_span = {static_cast<uint32_t>(words[k - 1].begin),
                             static_cast<uint32_t>(words[k].end)};
    }
  }
  if (result.outcome == PersonNameMatch::Outcome::kAbsent && surname_seen) {
    result.outcome = PersonNameMatch::Outcome::kSurnameOnly;
  }
  return result;
}

}  // namespace galley::names
