#include "common/text/utf8.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>

namespace galley::text {
namespace {

struct Utf8Case {
  std::string bytes;
  std::optional<size_t> first_invalid;
};

TEST(Utf8Test, FindsTheFirstInvalidByte) {
  const Utf8Case cases[] = {
      {"", std::nullopt},
      {"plain ASCII text, long enough for the 8-byte fast path", std::nullopt},
      {"한국어 문장", std::nullopt},
      {"\xF0\x9F\x98\x80 emoji", std::nullopt},
      {std::string("nul\0inside", 10), std::nullopt},
      {"abc\xFF", 3},                  // Never valid.
      {"ab\xC0\x80", 2},               // Overlong NUL.
      {"\xE0\x80\xAF", 0},             // Overlong '/'.
      {"x\xED\xA0\x80", 1},            // UTF-16 surrogate.
      {"\xF4\x90\x80\x80", 0},         // Above U+10FFFF.
      {"한\xEA\xB5", 3},               // Truncated at the end.
      {"12345678\x80", 8},             // Lone continuation byte after the fast path.
      {"가나다\xE1\x80", 9},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(FindInvalidUtf8(c.bytes), c.first_invalid) << "input: " << c.bytes;
  }
}

TEST(Utf8Test, ValidateNamesTheFieldAndOffset) {
  const absl::Status s = ValidateUtf8("ok\xFFno", "source.ko");
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(std::string(s.message()), "source.ko: invalid UTF-8 at byte offset 2 (byte 0xff)");
  EXPECT_TRUE(ValidateUtf8("좋아요", "x").ok());
}

TEST(Utf8Test, DecodesForwardAndBackward) {
  const std::string s = "a한\xF0\x9F\x98\x80";
  size_t pos = 0;
  EXPECT_EQ(DecodeUtf8(s, &pos), U'a');
  EXPECT_EQ(DecodeUtf8(s, &pos), U'한');
  EXPECT_EQ(pos, 4u);
  EXPECT_EQ(DecodeUtf8(s, &pos), U'\U0001F600');
  EXPECT_EQ(pos, s.size());
  size_t start = 0;
  EXPECT_EQ(DecodeUtf8Before(s, s.size(), &start), U'\U0001F600');
  EXPECT_EQ(start, 4u);
  EXPECT_EQ(CountCodePoints(s), 3u);
}

// The ASCII tests replace <cctype>'s on hot paths: they must agree with it in the C locale for
// every byte, UTF-8 lead and continuation bytes (as signed chars) included.
TEST(Utf8Test, AsciiClassesAgreeWithCtypeForEveryByte) {
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    const unsigned char u = static_cast<unsigned char>(b);
    const bool ascii = b < 0x80;
    EXPECT_EQ(IsAsciiAlpha(c), ascii && std::isalpha(u) != 0) << b;
    EXPECT_EQ(IsAsciiAlnum(c), ascii && std::isalnum(u) != 0) << b;
    EXPECT_EQ(IsAsciiUpper(c), ascii && std::isupper(u) != 0) << b;
    EXPECT_EQ(IsAsciiLower(c), ascii && std::islower(u) != 0) << b;
    EXPECT_EQ(IsAsciiDigit(c), ascii && std::isdigit(u) != 0) << b;
    EXPECT_EQ(AsciiToLower(c), ascii ? static_cast<char>(std::tolower(u)) : c) << b;
  }
}

// Every syllable decomposes into its jamo and composes back; 한 is ㅎ (18) ㅏ (0) ㄴ (4).
TEST(Utf8Test, HangulSyllablesDecomposeAndCompose) {
  const HangulJamo han = DecomposeHangul(U'한');
  EXPECT_EQ(han.initial, 18);
  EXPECT_EQ(han.medial, 0);
  EXPECT_EQ(han.final_consonant, 4);
  EXPECT_EQ(ComposeHangul({18, 0, 0}), U'하');
  for (char32_t c = 0xAC00; c <= 0xD7A3; ++c) {
    ASSERT_EQ(ComposeHangul(DecomposeHangul(c)), c);
  }
}

}  // namespace
}  // namespace galley::text
