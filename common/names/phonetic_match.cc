#include "common/names/phonetic_match.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "common/text/utf8.h"

namespace galley::names {
namespace {

// Initial consonants in jamo order: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ.
constexpr char kInitial[19] = {'K', 'K', 'N', 'T', 'T', 'L', 'M', 'P', 'P', 'S',
                               'S', 0,   'J', 'J', 'J', 'K', 'T', 'P', 'H'};
// Vowels in jamo order: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ, each with its glide
// (w or y, or none). ㅓ (written 3) is English's schwa, short o and -er (London 런던, Walker 워커).
constexpr char kMedial[21] = {'a', 'e', 'a', 'e', '3', 'e', '3', 'e', 'o', 'a', 'e',
                              'e', 'o', 'u', '3', 'e', 'i', 'u', '@', 'i', 'i'};
constexpr char kGlide[21] = {0, 0, 'y', 'y', 0, 0, 'y', 'y', 0, 'w', 'w',
                             'w', 'y', 0, 'w', 'w', 'w', 'y', 0, 0, 0};
// Finals: none ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ. A final ㅅ
// is a t in loanwords (로봇 robot, 인터넷 internet).
constexpr char kFinal[28] = {0,   'K', 'K', 'K', 'N', 'N', 'N', 'T', 'L', 'K',
                             'M', 'L', 'L', 'L', 'P', 'L', 'M', 'P', 'P', 'T',
                             'T', 'G', 'T', 'T', 'K', 'T', 'P', 'T'};

bool IsVowel(char p) {
  return p == 'a' || p == 'e' || p == 'i' || p == 'o' || p == 'u' || p == '@' || p == '3';
}

// A string being built, on the stack for ordinary words: the phoneme readers run for every word of
// a sentence, and std::string's push_back (a capacity check and a terminator each) cost more than
// the reading. `capacity` bounds what is pushed. Not copyable (it may point into itself).
class PhonemeBuffer {
 public:
  explicit PhonemeBuffer(size_t capacity) {
    if (capacity > kStack) {
      heap_.resize(capacity);
      data_ = heap_.data();
    }
  }
  PhonemeBuffer(const PhonemeBuffer&) = delete;
  PhonemeBuffer& operator=(const PhonemeBuffer&) = delete;
  void push_back(char c) { data_[size_++] = c; }
  bool empty() const { return size_ == 0; }
  char back() const { return data_[size_ - 1]; }
  void set_back(char c) { data_[size_ - 1] = c; }
  size_t size() const { return size_; }
  char operator[](size_t i) const { return data_[i]; }
  std::string str() const { return std::string(data_, size_); }

 private:
  static constexpr size_t kStack = 96;
  char stack_[kStack];
  char* data_ = stack_;
  std::vector<char> heap_;
  size_t size_ = 0;
};

// Appends a phoneme, merging a consonant with the same one before it (할리우드: final ㄹ + initial
// ㄹ is one l; 맥케인: ㄱ + ㅋ one k).
void Push(char p, PhonemeBuffer* out) {
  if (p == 0) return;
  if (!IsVowel(p) && !out->empty() && out->back() == p) return;
  out->push_back(p);
}

// Cost of deleting or inserting phoneme `p`.
double IndelCost(char p) {
  switch (p) {
    case '@': return 0.1;   // Korean's epenthetic ㅡ.
    case 'R': return 0.25;  // English r that Korean leaves out.
    case 'H': return 0.45;  // h inside words is weak on both sides.
    case 'w': case 'y': return 0.3;  // Glides come and go (Walker 워커, Jackson 잭슨).
    case 'a': case 'e': case 'i': case 'o': case 'u': case '3': return 0.35;
    default: return 1.0;
  }
}

double SubstitutionCost(char a, char b) {
  if (a == b) return 0;
  const bool va = IsVowel(a), vb = IsVowel(b);
  if (va && vb) return (a == '3' || b == '3') ? 0.1 : (a == '@' || b == '@') ? 0.15 : 0.25;
  auto pair_is = [&](char x, char y) { return (a == x && b == y) || (a == y && b == x); };
  if (pair_is('J', 'y')) return 0.4;  // A j read as y: Sarajevo 사라예보, Jordan 요르단.
  if (pair_is('y', 'i')) return 0.1;
  if (pair_is('w', 'u')) return 0.1;  // Likewise u for w: Huang 황, Guatemala 과테말라.
  // A v or w that one language reads as a consonant and another as a vowel or glide: Avdiivka
  // 아우디이우카, Kyiv 키이우; Wagner 바그너.
  if (pair_is('P', 'u') || pair_is('P', 'w')) return 0.7;
  const bool ga = a == 'w' || a == 'y', gb = b == 'w' || b == 'y';
  if (ga || gb) return ga && gb ? 0.3 : 2.0;
  if (va != vb) return 2.0;  // Never better than a deletion and an insertion.
  if (pair_is('L', 'R')) return 0;
  if (pair_is('Q', 'T') || pair_is('Q', 'S')) return 0.15;  // th: Smith 스미스, Thatcher 대처.
  if (pair_is('J', 'H')) return 0.5;  // Spanish j: Jorge 호르헤, Juan 후안.
  // A g or c before e, i or y is hard or soft by the word's origin, which the spelling does not
  // tell (Gibson 깁슨, George 조지; Rangers 레인저스, Ringer 링거): k for j is a half step.
  if (pair_is('K', 'J')) return 0.5;
  if (pair_is('S', 'J')) return 0.35;  // Disney 디즈니, Jersey 저지.
  if (pair_is('N', 'G')) return 0.4;
  if (pair_is('T', 'J') || pair_is('T', 'S')) return 0.6;  // ts, -tion.
  if (pair_is('K', 'H') || pair_is('K', 'G')) return 0.6;
  if (pair_is('N', 'L') || pair_is('N', 'M')) return 0.7;
  return 1.0;
}

}  // namespace

double PhonemeWeight(std::string_view phonemes) {
  double w = 0;
  for (char p : phonemes) w += IndelCost(p);
  return w;
}

std::string HangulPhonemes(std::string_view hangul) {
  PhonemeBuffer out(hangul.size() / 3 * 4);  // At most four phonemes a three-byte syllable.
  for (size_t pos = 0; pos < hangul.size();) {
    const char32_t c = text::DecodeUtf8(hangul, &pos);
    if (!text::IsHangulSyllable(c)) continue;
    const text::HangulJamo jamo = text::DecomposeHangul(c);
    Push(kInitial[jamo.initial], &out);
    if (kGlide[jamo.medial] != 0) out.push_back(kGlide[jamo.medial]);
    out.push_back(kMedial[jamo.medial]);
    Push(kFinal[jamo.final_consonant], &out);
  }
  return out.str();
}

namespace {

// How Korean reads each Latin letter by its English name (에이, 비, 시, ... 제트), spelled so that
// LatinPhonemes gives those phonemes.
constexpr std::string_view kLetterNames[26] = {
    "ei", "bi", "si", "di",  "i",  "ef", "ji", "eichi", "ai",  "jei",      "kei", "el",  "em",
    "en", "o",  "pi", "kyu", "al", "es", "ti", "yu",    "bui", "dabeulyu", "eks", "wai", "jet"};

}  // namespace

std::string LatinPhonemes(std::string_view latin) {
  // A letter joined to a word by a hyphen is read by its name: J-Hope 제이홉, K-pop 케이팝,
  // T-Mobile 티모바일, E-mart 이마트.
  if (latin.size() >= 3 && latin[1] == '-' && text::IsAsciiAlpha(latin[0]) &&
      text::IsAsciiAlpha(latin[2])) {
    std::string spelled(kLetterNames[(latin[0] | 0x20) - 'a']);
    spelled.append(latin.substr(2));
    return LatinPhonemes(spelled);
  }
  // The letters, lower case, a doubled one once (but ee and oo); `doubled` says which were ('d').
  PhonemeBuffer w(latin.size()), doubled(latin.size());
  for (char c : latin) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') continue;
    if (w.empty() || w.back() != c || c == 'e' || c == 'o') {
      w.push_back(c);
      doubled.push_back(' ');
    } else {
      doubled.set_back('d');
    }
  }
  PhonemeBuffer out(2 * w.size());  // At most two phonemes a letter (x: ks).
  const size_t n = w.size();
  auto at = [&](size_t i) { return i < n ? w[i] : '\0'; };
  auto vowel_letter = [](char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  };
  for (size_t i = 0; i < n; ++i) {
    const char c = w[i], next = at(i + 1);
    switch (c) {
      case 'e':
        // French eau is o (Moreau 모로, Rousseau 루소).
        if (next == 'a' && at(i + 2) == 'u') {
          out.push_back('o');
          i += 2;
          break;
        }
        // ew not before a vowel is yu (Pew 퓨, Andrew 앤드루, New 뉴); nor before a y that is a
        // glide, as in two names run together (NewYork 뉴욕).
        if (next == 'w' && (!vowel_letter(at(i + 2)) ||
                            (at(i + 2) == 'y' && vowel_letter(at(i + 3)) && at(i + 3) != 'y'))) {
          out.push_back('y');
          out.push_back('u');
          ++i;
          break;
        }
        out.push_back(c);
        break;
      case 'a':
        // French final -ault is o, its l and t silent (Renault 르노, Foucault 푸코, Arnault
        // 아르노); not English fault, vault, default, assault, whose -ault is 올트 (폴트).
        if (next == 'u' && at(i + 2) == 'l' && at(i + 3) == 't' && i + 4 == n && i >= 2 &&
            w[i - 1] != 'f' && w[i - 1] != 'v' && w[i - 1] != 's') {
          out.push_back('o');
          i += 3;
          break;
        }
        // English air before a consonant or at the end is 에어 (Air 에어, Blair 블레어, Fairfax
        // 페어팩스), and so is a final aire (Claire 클레어); before a vowel a and i (Cairo 카이로,
        // Nairobi 나이로비).
        if (next == 'i' && at(i + 2) == 'r' &&
            (!vowel_letter(at(i + 3)) || (at(i + 3) == 'e' && i + 4 == n))) {
          out.push_back('e');
          out.push_back('3');
          if (at(i + 3) == 'e') {  // The final e is silent.
            Push('R', &out);
            i += 3;
          } else {
            ++i;  // The r is read next.
          }
          break;
        }
        out.push_back(c);
        break;
      case 'o':
        // English oo is one u (Hood 후드, Cooper 쿠퍼, Roosevelt 루스벨트), and so it is in the
        // romanizations Korean companies and persons keep (Doosan 두산, Hankook 한국, Poongsan
        // 풍산).
        if (next == 'o') {
          out.push_back('u');
          ++i;
          break;
        }
        out.push_back(c);
        break;
      case 'u':
        out.push_back(c);
        break;
      case 'i':
      case 'y':
        if (c == 'y' && vowel_letter(next)) {
          out.push_back('y');  // A glide before a vowel (Yale, Goya).
          break;
        }
        // English long i, written i or y before one consonant and a final e, er, es or ed
        // (Nike 나이키, Tiger 타이거, Tyler 타일러): 아이. Not before a doubled consonant
        // (clipper, Gilles) nor elsewhere (Kennedy, Lynne).
        if (i > 0 && next != '\0' && !vowel_letter(next) && doubled[i + 1] != 'd' &&
            at(i + 2) == 'e' &&
            (i + 3 == n ||
             ((at(i + 3) == 'r' || at(i + 3) == 's' || at(i + 3) == 'd') && i + 4 == n) ||
             (at(i + 3) == 'r' && at(i + 4) == 's' && i + 5 == n))) {
          out.push_back('a');
        }
        out.push_back('i');
        break;
      case 'w':
        // A glide before a vowel (Walker 워커, Edwards 에드워즈); part of a vowel elsewhere (Shaw).
        if (vowel_letter(next)) out.push_back('w');
        break;
      case 'h':
        Push('H', &out);
        break;
      case 'c':
        if (next == 'h') {
          // Greek ch is k before r and l and in -chael (Christopher, Michael); ch elsewhere.
          const char after = at(i + 2);
          const bool greek = after == 'r' || after == 'l' ||
                             (after == 'a' && at(i + 3) == 'e' && at(i + 4) == 'l');
          Push(greek ? 'K' : 'J', &out);
          ++i;
        } else if (next == 'k' || next == 'q') {
          Push('K', &out);
          ++i;
        } else if (next == 'z') {  // Polish cz.
          Push('J', &out);
          ++i;
        } else {
          Push(next == 'e' || next == 'i' || next == 'y' ? 'S' : 'K', &out);
        }
        break;
      case 'g':
        if (next == 'h') {
          // Silent after i, ou, au (Knight, Vaughan, Hugh); hard elsewhere (Baghdad, Ghana).
          const char before = i > 0 ? w[i - 1] : '\0';
          if (i == 0 || !vowel_letter(before)) Push('K', &out);
          ++i;
        } else if (next == 'n' && i > 0 && w[i - 1] == 'i' &&
                   (i + 2 == n || at(i + 2) == 'e' || at(i + 2) == 'i' || at(i + 2) == 's')) {
          // English -ign is ine: design, sign, reign, foreign (디자이너 Designer).
        } else {
          Push(next == 'e' || next == 'i' || next == 'y' ? 'J' : 'K', &out);
        }
        break;
      case 'k':
        if (i == 0 && next == 'n') break;  // Knight.
        Push('K', &out);
        break;
      case 'q':
        // French -quet ends in 케, its t silent (Fouquet 푸케, Bouquet 부케).
        if (next == 'u' && at(i + 2) == 'e' && at(i + 3) == 't' && i + 4 == n) {
          Push('K', &out);
          out.push_back('e');
          i += 3;
          break;
        }
        // Pinyin q is ㅊ (Qian 첸, Qing 칭); Arabic and English q a k (Iraq 이라크, Qatar 카타르).
        Push(next == 'i' ? 'J' : 'K', &out);
        break;
      case 'x':
        // Initial x is s in Chinese names, where i or u follows it (Xinhua 신화, Xu 쉬), and z
        // in English before another vowel (Xavier 제이비어, Xerox 제록스); elsewhere ks (Texas
        // 텍사스).
        if (i == 0 && (next == 'a' || next == 'e' || next == 'o' || next == 'y')) {
          Push('J', &out);
          break;
        }
        if (i != 0) Push('K', &out);
        Push('S', &out);
        break;
      case 't':
        if (next == 'h') {
          Push('Q', &out);
          ++i;
        } else if (i > 0 && next == 'u' && at(i + 2) == 'r' && at(i + 3) == 'e' &&
                   (i + 4 == n || ((at(i + 4) == 's' || at(i + 4) == 'd') && i + 5 == n))) {
          // A final -ture is 처: Nature 네이처, Venture 벤처, Culture 컬처, Capture 캡처.
          Push('J', &out);
          out.push_back('3');
          i += 3;
        } else if (next == 's' && i > 0 &&
                   (at(i + 2) == 'p' || at(i + 2) == 't' ||
                    (at(i + 2) == 'c' && at(i + 3) != 'h'))) {
          // But a t before s that opens a cluster ends a syllable, the s opening the next: Hotspur
          // 홋스퍼, Wheatstone 휘트스톤, Netscape 넷스케이프 (not -tsky: Trotsky 트로츠키).
          Push('T', &out);
        } else if (next == 's' || next == 'z' || (next == 'c' && at(i + 2) == 'h')) {
          Push('J', &out);  // Tsvangirai 창기라이, Mozart 모차르트, Fitch 피치.
          i += next == 'c' ? 2 : 1;
        } else {
          Push('T', &out);
        }
        break;
      case 'd':
        if (next == 'g' && (at(i + 2) == 'e' || at(i + 2) == 'i')) break;  // Bridge: dg is j.
        // ds is ㅈ at a word's end and after n, where the d is barely heard (Edwards 에드워즈,
        // Leeds 리즈, Windsor 윈저, Lindsay 린지); a d and an s apart elsewhere (Hudson 허드슨).
        if (next == 's' && (i + 2 == n || (i > 0 && w[i - 1] == 'n'))) {
          Push('J', &out);
          ++i;
          break;
        }
        Push('T', &out);
        break;
      case 'p':
        if (next == 'h') ++i;
        Push('P', &out);
        break;
      case 'b': case 'f': case 'v':
        Push('P', &out);
        break;
      case 's':
        if (next == 'h') {
          ++i;
        } else if (next == 'c' && at(i + 2) == 'h') {
          // German sch (Schmidt 슈미트); English sch before o is sk (school 스쿨).
          if (at(i + 3) == 'o') {
            Push('S', &out);
            Push('K', &out);
            i += 2;
            break;
          }
          i += 2;
        } else if (next == 'z') {  // Polish sz.
          ++i;
        }
        Push('S', &out);
        break;
      case 'j': case 'z':
        Push('J', &out);
        break;
      case 'l':
        // Silent in -alk, -olk, -ould (Walker 워커, Folkestone, Gould 굴드).
        if (i > 0 && (w[i - 1] == 'a' || w[i - 1] == 'o') &&
            (next == 'k' || (next == 'd' && i >= 2 && w[i - 2] == 'o' && w[i - 1] == 'u'))) {
          break;
        }
        Push('L', &out);
        break;
      case 'r':
        Push('R', &out);
        break;
      case 'm':
        Push('M', &out);
        break;
      case 'n':
        if (next == 'g' && at(i + 2) == 'e' &&
            (i + 3 == n || (at(i + 3) == 'l' && i > 0 && (w[i - 1] == 'a' || w[i - 1] == 'o')))) {
          // English soft g after n: a final -nge (Ange 앤지, orange 오렌지, range 레인지) and
          // -angel- (Angela 앤젤라, Los Angeles 로스앤젤레스); German Engel keeps its ng (엥겔).
          Push('N', &out);
          Push('J', &out);
          ++i;
        } else if (next == 'g') {
          // ng is ㅇ (Kunming 쿤밍); before a vowel Korean adds a g (England 잉글랜드).
          Push('G', &out);
          ++i;
          if (vowel_letter(at(i + 1)) || at(i + 1) == 'l' || at(i + 1) == 'r') Push('K', &out);
        } else if (next == 'k') {
          Push('G', &out);  // Frank 프랭크.
        } else {
          Push('N', &out);
        }
        break;
      default:
        break;
    }
  }
  return out.str();
}

namespace {

// The phoneme alphabet, with the costs above tabulated by symbol: the edit distance's inner loop
// looks costs up instead of branching.
constexpr std::string_view kAlphabet = "KTPSJLRMNGQHwyaeiou3@";
constexpr std::string_view kConsonants = "KTPSJLRMNGQH";
// Costs are multiples of 0.05: tabulated as integers in twentieths, so that the table's inner loop
// is integer adds and minimums (a float chain's latency made it four times slower) and exact.
// Indexed by the phoneme characters themselves (anything outside the alphabet counts as K), so
// that strings need no translating first.
constexpr double kCostUnit = 20;
struct CostTables {
  std::array<int32_t, 128> indel{};
  // The indel costs of the consonant-only lower bound (EditCost): a consonant that the full
  // alignment pairs with a vowel or glide is deleted there, so its cost is at most the cheapest
  // such pairing (J for y: 0.4; every other one costs 2).
  std::array<int32_t, 128> consonant_indel{};
  std::array<bool, 128> consonant{};
  std::array<std::array<uint8_t, 128>, 128> substitution{};  // Costs up to 2: 40 units.
  CostTables() {
    auto units = [](double cost) { return static_cast<int32_t>(cost * kCostUnit + 0.5); };
    // Each character's row of the alphabet: its own, or K's.
    std::array<size_t, 128> row{};
    for (size_t c = 0; c < 128; ++c) {
      const size_t at = kAlphabet.find(static_cast<char>(c));
      row[c] = at == std::string_view::npos ? 0 : at;
    }
    std::array<std::array<int32_t, kAlphabet.size()>, kAlphabet.size()> costs{};
    for (size_t i = 0; i < kAlphabet.size(); ++i) {
      for (size_t j = 0; j < kAlphabet.size(); ++j) {
        costs[i][j] = units(SubstitutionCost(kAlphabet[i], kAlphabet[j]));
      }
    }
    for (size_t c = 0; c < 128; ++c) {
      const char a = kAlphabet[row[c]];
      indel[c] = units(IndelCost(a));
      consonant[c] = row[c] < kConsonants.size();
      int32_t cheapest_with_non_consonant = indel[c];
      for (size_t j = kConsonants.size(); j < kAlphabet.size(); ++j) {
        cheapest_with_non_consonant = std::min(cheapest_with_non_consonant, costs[row[c]][j]);
      }
      consonant_indel[c] = cheapest_with_non_consonant;
      for (size_t d = 0; d < 128; ++d) {
        substitution[c][d] = static_cast<uint8_t>(costs[row[c]][row[d]]);
      }
    }
  }
};
static_assert(kAlphabet.substr(0, kConsonants.size()) == kConsonants);
const CostTables& Tables() {
  static const CostTables* tables = new CostTables();
  return *tables;
}

size_t Symbol(char c) { return static_cast<unsigned char>(c) & 0x7f; }

// The weighted edit distance of phoneme strings a and b in whole cost units, with `indel` as the
// deletion and insertion costs, or a value above `limit` as soon as every alignment costs more
// than that (each row's minimum never decreases).
int32_t EditUnits(std::string_view a, std::string_view b, const std::array<int32_t, 128>& indel,
                  int32_t limit) {
  const CostTables& t = Tables();
  // Two rows of the edit-distance table; on the stack for ordinary words.
  constexpr size_t kStack = 48;
  std::array<int32_t, 2 * (kStack + 1)> rows_stack;
  std::vector<int32_t> rows_heap;
  int32_t* previous = rows_stack.data();
  if (b.size() > kStack) {
    rows_heap.resize(2 * (b.size() + 1));
    previous = rows_heap.data();
  }
  int32_t* current = previous + b.size() + 1;
  previous[0] = 0;
  for (size_t j = 1; j <= b.size(); ++j) previous[j] = previous[j - 1] + indel[Symbol(b[j - 1])];
  for (size_t i = 1; i <= a.size(); ++i) {
    const auto& substitution = t.substitution[Symbol(a[i - 1])];
    const int32_t delete_a = indel[Symbol(a[i - 1])];
    int32_t left = previous[0] + delete_a;
    current[0] = left;
    int32_t row_min = left;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t bj = Symbol(b[j - 1]);
      const int32_t from_above = std::min(previous[j - 1] + substitution[bj],
                                          previous[j] + delete_a);
      left = std::min(from_above, left + indel[bj]);
      current[j] = left;
      row_min = std::min(row_min, left);
    }
    if (row_min > limit) return row_min;
    std::swap(previous, current);
  }
  return previous[b.size()];
}

// The weighted edit distance of a and b, or a value above `max_cost` as soon as every alignment
// costs more than that. First the distance of their consonants alone, which never exceeds the full
// one (any alignment of a and b, kept to its consonants, is one of theirs that costs no more: a
// consonant the full alignment pairs with a vowel or glide is deleted there at consonant_indel, no
// dearer than that pairing). It fills a quarter of the cells, and most comparisons of a name with
// a sentence's words fail on it alone.
double EditCost(std::string_view a, std::string_view b, double max_cost) {
  const CostTables& t = Tables();
  const int32_t limit = static_cast<int32_t>(max_cost * kCostUnit + 1e-4);  // Costs are whole units.
  constexpr size_t kStack = 48;
  if (a.size() <= kStack && b.size() <= kStack) {
    std::array<char, kStack> a_consonants, b_consonants;
    size_t an = 0, bn = 0;
    for (char c : a) {
      a_consonants[an] = c;
      an += t.consonant[Symbol(c)];
    }
    for (char c : b) {
      b_consonants[bn] = c;
      bn += t.consonant[Symbol(c)];
    }
    const int32_t bound = EditUnits({a_consonants.data(), an}, {b_consonants.data(), bn},
                                    t.consonant_indel, limit);
    if (bound > limit) return bound / kCostUnit;
  }
  return EditUnits(a, b, t.indel, limit) / kCostUnit;
}

}  // namespace

double PhonemeSimilarity(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return 0;
  const double weight = std::max(PhonemeWeight(a), PhonemeWeight(b));
  const double cost = EditCost(a, b, weight);
  return weight <= 0 ? 0 : std::max(0.0, 1.0 - cost / weight);
}

bool PhonemesMatch(std::string_view a, std::string_view b, double threshold) {
  return PhonemesMatch(a, PhonemeWeight(a), b, PhonemeWeight(b), threshold);
}

bool PhonemesMatch(std::string_view a, double a_weight, std::string_view b, double b_weight,
                   double threshold) {
  return PhonemeMatchSimilarity(a, a_weight, b, b_weight, threshold) >= 0;
}

double PhonemeMatchSimilarity(std::string_view a, double a_weight, std::string_view b,
                              double b_weight, double threshold) {
  if (a.empty() || b.empty()) return -1;

  // A Hangul transliteration weighs 0.67 to 1.9 times its original (99.8% of the matching pairs
  // of the public name lists; bench/translit_ranking): outside [0.6, 2] is a quick no.
  if (a_weight < 0.6 * b_weight || a_weight > 2.0 * b_weight) return -1;
  const double weight = std::max(a_weight, b_weight);
  const double max_cost = (1.0 - threshold) * weight;
  const double cost = EditCost(a, b, max_cost);
  if (cost > max_cost + 1e-6) return -1;  // Costs are whole twentieths.
  return std::max(0.0, 1.0 - cost / weight);
}

double TransliterationSimilarity(std::string_view hangul, std::string_view latin) {
  return PhonemeSimilarity(HangulPhonemes(hangul), LatinPhonemes(latin));
}

}  // namespace galley::names
