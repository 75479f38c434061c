// UTF-8 validation and decoding. All offsets are byte offsets.
#ifndef GALLEY_COMMON_TEXT_UTF8_H_
#define GALLEY_COMMON_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "absl/status/status.h"

namespace galley::text {

// Returns the byte offset of the first byte that does not start a well-formed UTF-8 sequence
// (overlong forms, surrogates and values above U+10FFFF are ill-formed), or nullopt if `text` is
// valid. NUL bytes are valid UTF-8 and accepted.
std::optional<size_t> FindInvalidUtf8(std::string_view text);

// OK if `text` is valid UTF-8; otherwise INVALID_ARGUMENT naming `what` (a field or file name)
// and the byte offset of the first invalid byte.
absl::Status ValidateUtf8(std::string_view text, std::string_view what);

// Decodes the code point starting at `*pos` and advances `*pos` past it.
// REQUIRES: `text` is valid UTF-8 and *pos < text.size() is at a code point boundary.
inline char32_t DecodeUtf8(std::string_view text, size_t* pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t i = *pos;
  unsigned char c = s[i];
  if (c < 0x80) {
    *pos = i + 1;
    return c;
  }
  if (c < 0xE0) {
    *pos = i + 2;
    return ((c & 0x1F) << 6) | (s[i + 1] & 0x3F);
  }
  if (c < 0xF0) {
    *pos = i + 3;
    return ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
  }
  *pos = i + 4;
  return ((c & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) |
         (s[i + 3] & 0x3F);
}

// Decodes the code point that ends just before `pos`. REQUIRES: valid UTF-8, 0 < pos <= size.
char32_t DecodeUtf8Before(std::string_view text, size_t pos, size_t* start = nullptr);

// Number of code points in valid UTF-8 `text`.
size_t CountCodePoints(std::string_view text);

inline bool IsHangulSyllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
// The jamo of a Hangul syllable, as indexes in Unicode's order: initial 0-18 (ㄱ ㄲ ㄴ ... ㅎ; 11
// is ㅇ, no consonant), medial 0-20 (ㅏ ... ㅣ), final 0-27 (0 none). REQUIRES:
// IsHangulSyllable(c).
struct HangulJamo {
  int initial, medial, final_consonant;
};
inline HangulJamo DecomposeHangul(char32_t c) {
  const int index = static_cast<int>(c - 0xAC00);
  return {index / (21 * 28), (index / 28) % 21, index % 28};
}
// The syllable of jamo indexes `j` (DecomposeHangul's inverse). REQUIRES: each index in range.
inline char32_t ComposeHangul(HangulJamo j) {
  return static_cast<char32_t>(0xAC00 + (j.initial * 21 + j.medial) * 28 + j.final_consonant);
}
// Hangul syllables, conjoining jamo and compatibility jamo.
inline bool IsHangul(char32_t c) {
  return IsHangulSyllable(c) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F) ||
         (c >= 0xA960 && c <= 0xA97F) || (c >= 0xD7B0 && c <= 0xD7FF);
}
inline bool IsAsciiAlpha(char32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiUpper(char32_t c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char32_t c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiAlnum(char32_t c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
// ASCII letters lowered, every other byte unchanged: std::tolower without its locale and call.
inline char AsciiToLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
// A-Z to a-z; every other byte unchanged (UTF-8 safe, and inline unlike std::tolower).
inline char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
// ASCII and Unicode spaces that separate words (not line or paragraph breaks).
// Inline: these run for every code point of every text.
inline bool IsHorizontalSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t';
  return c == 0xA0 || c == 0x3000 || c == 0x202F || c == 0x205F || (c >= 0x2000 && c <= 0x200A) ||
         c == 0xFEFF;
}
inline bool IsLineBreak(char32_t c) {
  if (c < 0x80) return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C;
  return c == 0x85 || c == 0x2028 || c == 0x2029;
}
inline bool IsSpace(char32_t c) { return IsHorizontalSpace(c) || IsLineBreak(c); }

// Appends the UTF-8 encoding of `c` to `out`.
void AppendUtf8(char32_t c, std::string* out);

}  // namespace galley::text

#endif  // GALLEY_COMMON_TEXT_UTF8_H_
