#include "common/names/english_words.h"

#include <cstddef>
#include <cstdint>
#include <string>

#include "common/names/word_table.h"

namespace galley::names {

extern const uint32_t kEnglishWordsSlots[];
extern const size_t kEnglishWordsSlotCount;

bool IsEnglishDictionaryWord(std::string_view word) {
  if (word.empty()) return false;
  // The list's entries are lower case: hash the word as if lower-cased, letter by letter.
  uint64_t h = word_table::kFnvOffset;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    } else if (c < 'a' || c > 'z') {
      return false;
    }
    h ^= static_cast<unsigned char>(c);
    h *= word_table::kFnvPrime;
  }
  return word_table::Has(kEnglishWordsSlots, kEnglishWordsSlotCount, h);
}

namespace {

// The ASCII letters of U+00C0 + i: one, two, or none (×, ÷, Ŋ, Ŧ and the like stay as they are).
// As the letter sounds where it is most written: ç an s (François 프랑수아, Gonçalves), ñ ny
// (Peña 페냐), ş sh (Turkish).
constexpr std::string_view kLatinFolds[192] = {
    "A", "A", "A", "A", "A", "A", "Ae", "S",  // U+00C0
    "E", "E", "E", "E", "I", "I", "I", "I",  // U+00C8
    "D", "Ny", "O", "O", "O", "O", "O", "",  // U+00D0
    "O", "U", "U", "U", "U", "Y", "Th", "ss",  // U+00D8
    "a", "a", "a", "a", "a", "a", "ae", "s",  // U+00E0
    "e", "e", "e", "e", "i", "i", "i", "i",  // U+00E8
    "d", "ny", "o", "o", "o", "o", "o", "",  // U+00F0
    "o", "u", "u", "u", "u", "y", "th", "y",  // U+00F8
    "A", "a", "A", "a", "A", "a", "C", "c",  // U+0100
    "C", "c", "C", "c", "C", "c", "D", "d",  // U+0108
    "D", "d", "E", "e", "E", "e", "E", "e",  // U+0110
    "E", "e", "E", "e", "G", "g", "G", "g",  // U+0118
    "G", "g", "G", "g", "H", "h", "H", "h",  // U+0120
    "I", "i", "I", "i", "I", "i", "I", "i",  // U+0128
    "I", "i", "Ij", "ij", "J", "j", "K", "k",  // U+0130
    "k", "L", "l", "L", "l", "L", "l", "L",  // U+0138
    "l", "L", "l", "N", "n", "N", "n", "N",  // U+0140
    "n", "n", "", "", "O", "o", "O", "o",  // U+0148
    "O", "o", "Oe", "oe", "R", "r", "R", "r",  // U+0150
    "R", "r", "S", "s", "S", "s", "Sh", "sh",  // U+0158
    "S", "s", "T", "t", "T", "t", "", "",  // U+0160
    "U", "u", "U", "u", "U", "u", "U", "u",  // U+0168
    "U", "u", "U", "u", "W", "w", "Y", "y",  // U+0170
    "Y", "Z", "z", "Z", "z", "Z", "z", "s",  // U+0178
};

// The folding of the two-byte UTF-8 sequence at text[i], or empty.
std::string_view FoldAt(std::string_view text, size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  if (lead < 0xC3 || lead > 0xC5 || i + 1 >= text.size()) return {};
  const auto trail = static_cast<unsigned char>(text[i + 1]);
  if ((trail & 0xC0) != 0x80) return {};
  const size_t code_point = (static_cast<size_t>(lead & 0x1F) << 6) | (trail & 0x3F);
  if (code_point < 0xC0 || code_point >= 0x180) return {};
  return kLatinFolds[code_point - 0xC0];
}

}  // namespace

bool HasLatinLettersToFold(std::string_view text) {
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    // Asked of every English sentence: one comparison a byte for the lead bytes C3-C5.
    if (static_cast<unsigned char>(static_cast<unsigned char>(text[i]) - 0xC3) > 2) continue;
    if (!FoldAt(text, i).empty()) return true;
  }
  return false;
}

std::string FoldLatinLetters(std::string_view text) {
  std::string out(text);
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    const std::string_view fold = FoldAt(text, i);
    if (fold.empty()) continue;
    out[i] = fold[0];
    // A letter that folds to one is written twice, the second in lower case: English phonetics
    // reads a doubled letter once, and the word stays one run of letters for every scanner.
    out[i + 1] = fold.size() == 2 ? fold[1]
                                  : static_cast<char>(fold[0] >= 'A' && fold[0] <= 'Z'
                                                          ? fold[0] - 'A' + 'a'
                                                          : fold[0]);
    ++i;
  }
  return out;
}

}  // namespace galley::names
