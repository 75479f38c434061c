#include "common/checks/pair_context.h"

#include <algorithm>
#include <functional>
#include <string>

#include "common/base/status_macros.h"

namespace galley::checks {

namespace {
uint64_t LowerHash(std::string_view word) {
  std::string lower(word);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return std::hash<std::string_view>{}(lower);
}
bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiLetter(char c) { return IsLowerAscii(c) || (c >= 'A' && c <= 'Z'); }
}  // namespace

bool LowerCaseWords::Contains(std::string_view word) const {
  // Hashes in an open-addressing table at most half full (0 marks an empty slot): built in one
  // pass over the text, no sort; most documents are asked only a few dozen times.
  if (!read_) {
    read_ = true;
    std::vector<uint64_t> found;
    const std::string_view text = text_;
    for (size_t i = 0; i < text.size();) {
      if (!IsAsciiLetter(text[i])) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < text.size() && IsAsciiLetter(text[j])) ++j;
      const std::string_view w = text.substr(i, j - i);
      if (w.size() >= 3 && std::all_of(w.begin(), w.end(), IsLowerAscii)) {
        found.push_back(std::hash<std::string_view>{}(w) | 1);
      }
      i = j;
    }
    size_t size = 16;
    while (size < 2 * found.size()) size <<= 1;
    hashes_.assign(size, 0);
    for (uint64_t h : found) {
      for (size_t slot = h & (size - 1);; slot = (slot + 1) & (size - 1)) {
        if (hashes_[slot] == h) break;
        if (hashes_[slot] == 0) {
          hashes_[slot] = h;
          break;
        }
      }
    }
  }
  const uint64_t h = LowerHash(word) | 1;
  const size_t mask = hashes_.size() - 1;
  for (size_t slot = h & mask;; slot = (slot + 1) & mask) {
    if (hashes_[slot] == h) return true;
    if (hashes_[slot] == 0) return false;
  }
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
