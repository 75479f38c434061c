#include "common/names/romanizer.h"

#include <algorithm>
#include <array>
#include <optional>

#include "common/text/utf8.h"

namespace galley::names {
namespace {

constexpr const char* kInitials[19] = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s",
                                       "ss", "",  "j", "jj", "ch", "k", "t", "p", "h"};
constexpr const char* kMedials[21] = {"a",  "ae", "ya", "yae", "eo", "e",  "yeo",
                                      "ye", "o",  "wa", "wae", "oe", "yo", "u",
                                      "wo", "we", "wi", "yu",  "eu", "ui", "i"};
constexpr const char* kFinals[28] = {"",  "k", "k", "k", "n", "n", "n",  "t", "l", "k",
                                     "m", "l", "l", "l", "p", "l", "m",  "p", "p", "t",
                                     "t", "ng", "t", "t", "k", "t", "p", "t"};

std::string RomanizeSyllable(char32_t c) {
  const text::HangulJamo jamo = text::DecomposeHangul(c);
  std::string out = kInitials[jamo.initial];
  out += kMedials[jamo.medial];
  out += kFinals[jamo.final_consonant];
  return out;
}

}  // namespace

std::string RomanizeHangul(std::string_view hangul) {
  std::string out;
  for (size_t pos = 0; pos < hangul.size();) {
    const size_t start = pos;
    const char32_t c = text::DecodeUtf8(hangul, &pos);
    if (text::IsHangulSyllable(c)) {
      out += RomanizeSyllable(c);
    } else {
      out.append(hangul.substr(start, pos - start));
    }
  }
  return out;
}

std::string RomanizePlaceName(std::string_view hangul) {
  enum : int { kNoFinal = 0, kNieun = 4, kRieul = 8, kHieut = 27 };  // Indexes into kFinals.
  // A final's nasal before ㄴ, ㅁ or ㄹ: ng for a k sound, n for a t sound, m for a p sound; the
  // others (ㄴ ㄹ ㅁ ㅇ and the double finals ㄵ ㄶ ㄻ ...) as they are written.
  auto nasal = [](int f) -> std::string_view {
    if (f == 1 || f == 2 || f == 3 || f == 9 || f == 24) return "ng";
    if (f == 7 || f == 19 || f == 20 || f == 22 || f == 23 || f == 25 || f == kHieut) return "n";
    if (f == 14 || f == 17 || f == 18 || f == 26) return "m";
    return kFinals[f];
  };
  // By final: the initial it becomes before a vowel, or null for a double final and ㅇ, which
  // are written as they are.
  static constexpr const char* kCarriedOver[28] = {
      nullptr, "g",     "kk",    nullptr, "n",     nullptr, nullptr, "d", "r",     nullptr,
      nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, "m",     "b", nullptr, "s",
      "ss",    nullptr, "j",     "ch",    "k",     "t",     "p",     ""};
  // Initial jamo indexes: ㄴ 2, ㄹ 5, ㅁ 6, ㅇ (no consonant) 11.
  enum : int { kInitialNieun = 2, kInitialRieul = 5, kInitialMieum = 6, kInitialNone = 11 };
  std::string out;
  // The current syllable's initial as the one before changed it, if it did.
  std::optional<std::string_view> changed_initial;
  for (size_t pos = 0; pos < hangul.size();) {
    const size_t start = pos;
    const char32_t c = text::DecodeUtf8(hangul, &pos);
    if (!text::IsHangulSyllable(c)) {
      out.append(hangul.substr(start, pos - start));
      changed_initial.reset();
      continue;
    }
    const text::HangulJamo jamo = text::DecomposeHangul(c);
    const int final_jamo = jamo.final_consonant;
    out += changed_initial.value_or(kInitials[jamo.initial]);
    out += kMedials[jamo.medial];
    changed_initial.reset();
    // The next syllable, if Hangul, decides how this one ends and how it begins.
    size_t next_pos = pos;
    const char32_t next = pos < hangul.size() ? text::DecodeUtf8(hangul, &next_pos) : 0;
    if (!text::IsHangulSyllable(next) || final_jamo == kNoFinal) {
      out += kFinals[final_jamo];
      continue;
    }
    const int next_initial = text::DecomposeHangul(next).initial;
    std::string_view final_out = kFinals[final_jamo];
    if (next_initial == kInitialNone) {
      if (const char* moved = kCarriedOver[final_jamo]) {
        final_out = "";
        changed_initial = moved;
      }
    } else if (next_initial == kInitialRieul) {
      // ㄹ after ㄴ or ㄹ is ll; after any other final it is read ㄴ, and the final nasal.
      if (final_jamo == kNieun || final_jamo == kRieul) {
        final_out = "l";
        changed_initial = "l";
      } else {
        final_out = nasal(final_jamo);
        changed_initial = "n";
      }
    } else if (next_initial == kInitialNieun || next_initial == kInitialMieum) {
      if (final_jamo == kRieul && next_initial == kInitialNieun) changed_initial = "l";  // 설날.
      final_out = nasal(final_jamo);
    }
    out += final_out;
  }
  return out;
}

std::vector<std::string> RomanizeSyllables(std::string_view hangul) {
  std::vector<std::string> out;
  for (size_t pos = 0; pos < hangul.size();) {
    const char32_t c = text::DecodeUtf8(hangul, &pos);
    if (text::IsHangulSyllable(c)) out.push_back(RomanizeSyllable(c));
  }
  return out;
}

std::string PhoneticKey(std::string_view latin) {
  std::string lower;
  lower.reserve(latin.size());
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  for (size_t i = 0; i < latin.size(); ++i) {
    char c = latin[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') continue;
    // An h that ends a syllable after its vowel is silent, as names write an open syllable (Ah-in
    // for 아인, Oh for 오): before a hyphen or the end of the word.
    const bool syllable_end = i + 1 == latin.size() || latin[i + 1] == '-';
    if (c == 'h' && syllable_end && !lower.empty() && vowel(lower.back())) continue;
    // A syllable that opens with wh is hw, as older spellings of 화 and 환 write it (Kang
    // Kyung-wha for 강경화, Kim Whan-ki for 김환기).
    const bool syllable_start = i == 0 || latin[i - 1] == '-';
    if (c == 'w' && syllable_start && i + 1 < latin.size() && (latin[i + 1] | 0x20) == 'h') {
      lower += "hw";
      ++i;
      continue;
    }
    lower.push_back(c);
  }
  // One left-to-right pass, two-letter spellings before single letters, each rewritten straight
  // to its final class (oo -> u -> o is written oo -> o).
  static constexpr struct {
    char a, b, out;
  } kPairs[] = {{'k', 'k', 'g'}, {'t', 't', 'd'}, {'p', 'p', 'b'}, {'s', 's', 's'}, {'j', 'j', 'j'},
                {'c', 'h', 'j'}, {'s', 'h', 's'}, {'e', 'o', 'o'}, {'o', 'u', 'o'}, {'o', 'o', 'o'},
                {'e', 'e', 'i'}, {'a', 'e', 'e'}, {'a', 'i', 'e'}, {'e', 'u', 'o'}, {'u', 'i', 'i'},
                {'e', 'i', 'e'}, {'w', 'o', 'o'}, {'o', 'i', 'e'}, {'o', 'e', 'e'}};
  // kPairs by its two letters (0: no pair), looked up for every letter of every name.
  static constexpr auto kPairTable = [] {
    std::array<std::array<char, 26>, 26> table{};
    for (const auto& pair : kPairs) table[pair.a - 'a'][pair.b - 'a'] = pair.out;
    return table;
  }();
  std::string key;
  key.reserve(lower.size());
  for (size_t i = 0; i < lower.size();) {
    char out = 0;
    // 의 as names spell it, Eui (Chung Eui-sun, Kim Eui-kyum), is the ui of the Revised
    // Romanization; and 세 spelled Sei (Kim Sei-young) its se (the pair ei of kPairs); 외 and 회
    // spelled oi (Lee Hoi-chang) are the Revised Romanization's oe (the pairs oi and oe).
    if (i + 2 < lower.size() && lower[i] == 'e' && lower[i + 1] == 'u' && lower[i + 2] == 'i') {
      i += 3;
      if (key.empty() || key.back() != 'i') key.push_back('i');
      continue;
    }
    // An a before ck is the English a of "back", the vowel ㅐ (Ahn Gyu-back for 안규백).
    if (lower[i] == 'a' && lower.compare(i + 1, 2, "ck") == 0) {
      ++i;
      if (key.empty() || key.back() != 'e') key.push_back('e');
      continue;
    }
    if (i + 1 < lower.size()) out = kPairTable[lower[i] - 'a'][lower[i + 1] - 'a'];  // a-z only.
    if (out != 0) {
      i += 2;
    } else {
      switch (lower[i]) {
        case 'k': case 'c': case 'q': out = 'g'; break;
        case 't': out = 'd'; break;
        case 'p': case 'f': case 'v': out = 'b'; break;
        case 'r': out = 'l'; break;
        case 'u': out = 'o'; break;
        case 'x': out = 's'; break;
        case 'z': out = 'j'; break;
        default: out = lower[i]; break;
      }
      ++i;
    }
    // Doubled letters carry no distinction in romanized names.
    if (key.empty() || key.back() != out) key.push_back(out);
  }
  return key;
}

int EditDistance(std::string_view a, std::string_view b) {
  std::vector<int> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      const int up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

}  // namespace galley::names
