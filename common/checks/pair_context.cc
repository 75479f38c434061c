#include "common/checks/pair_context.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <string>

#include "common/base/status_macros.h"

namespace galley::checks {

namespace {

// The hash of a word, its ASCII letters case folded, eight bytes at a time: a letter's case is its
// 0x20 bit, which the fold sets. The words the tables hold are letters only, and no other byte
// folds into a letter, so a word with other bytes in it finds none of them. Bit 0 set (0 marks an
// empty slot).
uint64_t Mix(uint64_t h) {
  h *= 0xff51afd7ed558ccdULL;
  return h ^ (h >> 33);
}
// `readable`: how many bytes from `p` on may be read (at least `n`); with eight, the last
// chunk is one load, masked, rather than bytes copied one by one (which stalls the load after).
uint64_t FoldedHash(const char* p, size_t n, size_t readable) {
  constexpr uint64_t kFold = 0x2020202020202020ULL;
  uint64_t h = 0x9e3779b97f4a7c15ULL ^ n;
  for (; n >= 8; p += 8, n -= 8, readable -= 8) {
    uint64_t chunk;
    std::memcpy(&chunk, p, 8);
    h = Mix(h ^ (chunk | kFold));
  }
  if (n > 0) {
    uint64_t chunk = 0;
    if (readable >= 8) {
      std::memcpy(&chunk, p, 8);
      chunk &= (uint64_t{1} << (8 * n)) - 1;  // The bytes of the word: the first n in memory.
      static_assert(std::endian::native == std::endian::little);
    } else {
      std::memcpy(&chunk, p, n);
    }
    h = Mix(h ^ (chunk | (kFold >> (8 * (8 - n)))));
  }
  return (h ^ (h >> 32)) | 1;
}

uint64_t LowerHash(std::string_view word) {
  return FoldedHash(word.data(), word.size(), word.size());
}

// Hashes in an open-addressing table at most half full (built without a sort: most documents are
// asked only a few dozen times).
std::vector<uint64_t> HashTable(const std::vector<uint64_t>& hashes) {
  size_t size = 16;
  while (size < 2 * hashes.size()) size <<= 1;
  std::vector<uint64_t> table(size, 0);
  for (uint64_t h : hashes) {
    for (size_t slot = h & (size - 1);; slot = (slot + 1) & (size - 1)) {
      if (table[slot] == h) break;
      if (table[slot] == 0) {
        table[slot] = h;
        break;
      }
    }
  }
  return table;
}

bool InTable(const std::vector<uint64_t>& table, uint64_t h) {
  const size_t mask = table.size() - 1;
  for (size_t slot = h & mask;; slot = (slot + 1) & mask) {
    if (table[slot] == h) return true;
    if (table[slot] == 0) return false;
  }
}

}  // namespace

void EnglishWordCases::Read() const {
  read_ = true;
  // One pass over the words, each hashed case folded.
  std::vector<uint64_t> lower_case, capitalized;
  lower_case.reserve(text_.size() / 6);  // About a word in six bytes of English.
  const std::string_view text = text_;
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    const bool lower = c >= 'a' && c <= 'z';
    if (!lower && !(c >= 'A' && c <= 'Z')) {
      ++i;
      continue;
    }
    // A word, and whether every letter is lower case.
    bool all_lower = true;
    const size_t begin = i;
    for (; i < text.size(); ++i) {
      const char d = text[i];
      if (static_cast<unsigned char>((d | 0x20) - 'a') >= 26) break;  // Not a letter.
      all_lower = all_lower && d >= 'a';
    }
    if (i - begin < 3) continue;
    const uint64_t h = FoldedHash(text.data() + begin, i - begin, text.size() - begin);
    if (all_lower) {
      lower_case.push_back(h);
    } else if (!lower && text[begin + 1] >= 'a' && text[begin + 1] <= 'z' && begin >= 2 &&
               text[begin - 1] == ' ') {
      // Capitalized, not in capitals, after a word that goes on the sentence.
      const char before = text[begin - 2];
      if ((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9') || before == ',' ||
          before == ';') {
        capitalized.push_back(h);
      }
    }
  }
  lower_case_ = HashTable(lower_case);
  capitalized_ = HashTable(capitalized);
}

bool EnglishWordCases::InLowerCase(std::string_view word) const {
  if (!read_) Read();
  return InTable(lower_case_, LowerHash(word));
}

bool EnglishWordCases::CapitalizedWithinSentence(std::string_view word) const {
  if (!read_) Read();
  return InTable(capitalized_, LowerHash(word));
}

absl::StatusOr<PairSide> PairSide::Create(std::string_view document, uint32_t begin, uint32_t end) {
  PairSide side;
  side.base_ = begin;
  side.original_ = document.substr(begin, end - begin);
  ASSIGN_OR_RETURN(side.normalized_, text::NormalizedText::Create(
                                         side.original_, text::NormalizationForm::kNfkc));
  return side;
}

std::string Quote(std::string_view text, text::TextSpan span) {
  std::string_view s = text.substr(span.begin, span.end - span.begin);
  if (s.size() <= 48) return std::string(s);
  size_t cut = 40;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "…";
}

}  // namespace galley::checks
