// A text decoded to code points with their byte offsets, for the quantity readers' scanning.
#ifndef GALLEY_COMMON_NUMBERS_CODE_POINTS_H_
#define GALLEY_COMMON_NUMBERS_CODE_POINTS_H_

#include <string_view>
#include <vector>

#include "common/text/utf8.h"

namespace galley::numbers {

// cp[i] is the i-th code point; offset[i] its byte offset (offset has one extra entry: the size).
// Out-of-range reads return 0, which matches nothing, so scanners need no bounds checks.
struct CodePoints {
  explicit CodePoints(std::string_view text) {
    cp.reserve(text.size());
    offset.reserve(text.size() + 1);
    for (size_t pos = 0; pos < text.size();) {
      offset.push_back(static_cast<uint32_t>(pos));
      cp.push_back(text::DecodeUtf8(text, &pos));
    }
    offset.push_back(static_cast<uint32_t>(text.size()));
  }
  char32_t at(size_t i) const { return i < cp.size() ? cp[i] : 0; }
  size_t size() const { return cp.size(); }
  // Whether the code points at i spell `word` (UTF-32).
  bool Matches(size_t i, std::u32string_view word) const {
    if (i + word.size() > cp.size()) return false;
    for (size_t k = 0; k < word.size(); ++k) {
      if (cp[i + k] != word[k]) return false;
    }
    return true;
  }
  std::vector<char32_t> cp;
  std::vector<uint32_t> offset;
};

}  // namespace galley::numbers

#endif  // GALLEY_COMMON_NUMBERS_CODE_POINTS_H_
