#include "common/names/english_words.h"

#include <cstddef>
#include <cstdint>

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

}  // namespace galley::names
