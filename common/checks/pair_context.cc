#include "common/checks/pair_context.h"

#include <algorithm>
#include <string>

#include "common/base/status_macros.h"

namespace galley::checks {

namespace {

// FNV-1a, folded to the table's slots by its high bits too; bit 0 set (0 marks an empty slot).
constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL, kFnvPrime = 0x100000001b3ULL;
uint64_t FinishHash(uint64_t h) { return (h ^ (h >> 32)) | 1; }

uint64_t LowerHash(std::string_view word) {
  uint64_t h = kFnvOffset;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
  }
  return FinishHash(h);
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
  // One pass that hashes each word (case folded) as it reads it.
  std::vector<uint64_t> lower_case, capitalized;
  const std::string_view text = text_;
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    const bool lower = c >= 'a' && c <= 'z';
    if (!lower && !(c >= 'A' && c <= 'Z')) {
      ++i;
      continue;
    }
    // A word: its hash, and whether every letter is lower case.
    uint64_t h = kFnvOffset;
    bool all_lower = true;
    const size_t begin = i;
    for (; i < text.size(); ++i) {
      const char d = text[i];
      if (d >= 'a' && d <= 'z') {
        h = (h ^ static_cast<unsigned char>(d)) * kFnvPrime;
      } else if (d >= 'A' && d <= 'Z') {
        all_lower = false;
        h = (h ^ static_cast<unsigned char>(d - 'A' + 'a')) * kFnvPrime;
      } else {
        break;
      }
    }
    if (i - begin < 3) continue;
    if (all_lower) {
      lower_case.push_back(FinishHash(h));
    } else if (!lower && text[begin + 1] >= 'a' && text[begin + 1] <= 'z' && begin >= 2 &&
               text[begin - 1] == ' ') {
      // Capitalized, not in capitals, after a word that goes on the sentence.
      const char before = text[begin - 2];
      if ((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9') || before == ',' ||
          before == ';') {
        capitalized.push_back(FinishHash(h));
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
