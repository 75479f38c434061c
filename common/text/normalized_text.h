// Unicode normalization that remembers where every byte came from.
#ifndef GALLEY_COMMON_TEXT_NORMALIZED_TEXT_H_
#define GALLEY_COMMON_TEXT_NORMALIZED_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace galley::text {

enum class NormalizationForm {
  kNfc,   // Canonical composition: decomposed Hangul jamo become syllables.
  kNfkc,  // Compatibility composition as well: full-width digits and letters become ASCII.
};

// A normalized copy of a text plus a map from its byte offsets back to byte offsets of the
// original. Galley compares normalized text but reports original offsets, so normalization never
// moves an offset that a user sees.
//
// Offset mapping: a byte of the normalized text that came from an unchanged run maps to its
// original byte; a byte produced by rewriting a unit (e.g. three jamo composed into one syllable)
// maps to that unit's first original byte for a begin offset, and past its last for an end offset.
//
// Immutable after construction; safe to share across threads.
class NormalizedText {
 public:
  // REQUIRES: `original` is valid UTF-8 (see ValidateUtf8); otherwise INVALID_ARGUMENT.
  static absl::StatusOr<NormalizedText> Create(std::string_view original, NormalizationForm form);

  const std::string& text() const { return text_; }

  // Original byte offset of the normalized byte offset `begin` (0 <= begin <= text().size()).
  uint32_t OriginalBegin(size_t begin) const {
    return identity_ ? static_cast<uint32_t>(begin) : begin_map_[begin];
  }
  // Original byte offset (exclusive) of the normalized end offset `end` (0 <= end <= size()).
  uint32_t OriginalEnd(size_t end) const {
    return identity_ ? static_cast<uint32_t>(end) : end_map_[end];
  }
  // True when normalization changed nothing, so offsets are the same in both texts.
  bool is_identity() const { return identity_; }

 private:
  std::string text_;
  bool identity_ = true;
  // Both have text_.size() + 1 entries when !identity_.
  std::vector<uint32_t> begin_map_;
  std::vector<uint32_t> end_map_;
};

}  // namespace galley::text

#endif  // GALLEY_COMMON_TEXT_NORMALIZED_TEXT_H_
