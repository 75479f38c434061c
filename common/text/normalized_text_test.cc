#include "common/text/normalized_text.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <vector>

namespace galley::text {
namespace {

// Create skips ICU for text made only of ASCII, Hangul syllables and a few punctuation marks,
// taking them to be NFC and NFKC in any company. Checked with ICU here: each such character
// between an ASCII letter and a Hangul syllable, on both sides, is left as it is by both forms.
TEST(NormalizedTextTest, TheCharactersThatSkipIcuAreStableUnderBothForms) {
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(error);
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(error);
  ASSERT_TRUE(U_SUCCESS(error));
  std::vector<UChar32> stable = {0xB7, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D};
  for (UChar32 c = 0x20; c < 0x7F; ++c) stable.push_back(c);
  for (UChar32 c = 0xAC00; c <= 0xD7A3; c += 7) stable.push_back(c);  // Every 7th syllable.
  stable.push_back(0xD7A3);
  for (UChar32 c : stable) {
    icu::UnicodeString text("a");
    text.append(c).append(static_cast<UChar32>(0xAC00)).append(c).append(UChar32{'b'});
    EXPECT_TRUE(nfc->isNormalized(text, error)) << std::hex << c;
    EXPECT_TRUE(nfkc->isNormalized(text, error)) << std::hex << c;
  }
  ASSERT_TRUE(U_SUCCESS(error));
  // And text with anything else still goes through ICU: a full-width letter is mapped.
  auto mapped = NormalizedText::Create("\xEA\xB0\x80\xEF\xBC\xA1", NormalizationForm::kNfkc);
  ASSERT_TRUE(mapped.ok());
  EXPECT_EQ(mapped->text(), "\xEA\xB0\x80" "A");
}

TEST(NormalizedTextTest, AlreadyNormalTextKeepsItsOffsets) {
  auto n = NormalizedText::Create("서울 12,000명", NormalizationForm::kNfkc);
  ASSERT_TRUE(n.ok());
  EXPECT_TRUE(n->is_identity());
  EXPECT_EQ(n->text(), "서울 12,000명");
  EXPECT_EQ(n->OriginalBegin(7), 7u);
}

TEST(NormalizedTextTest, ComposesDecomposedHangulAndMapsBack) {
  // "한국" as conjoining jamo: ᄒ ᅡ ᆫ ᄀ ᅮ ᆨ, three bytes each = 18 bytes, then " 1".
  const std::string decomposed =
      "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB\xE1\x84\x80\xE1\x85\xAE\xE1\x86\xA8 1";
  auto n = NormalizedText::Create(decomposed, NormalizationForm::kNfc);
  ASSERT_TRUE(n.ok());
  EXPECT_FALSE(n->is_identity());
  EXPECT_EQ(n->text(), "한국 1");
  // 한 is normalized bytes [0, 3) and came from original bytes [0, 9).
  EXPECT_EQ(n->OriginalBegin(0), 0u);
  EXPECT_EQ(n->OriginalEnd(3), 9u);
  // 국 is [3, 6) from [9, 18).
  EXPECT_EQ(n->OriginalBegin(3), 9u);
  EXPECT_EQ(n->OriginalEnd(6), 18u);
  // The space and the digit are unchanged: normalized 6, 7 -> original 18, 19.
  EXPECT_EQ(n->OriginalBegin(6), 18u);
  EXPECT_EQ(n->OriginalBegin(7), 19u);
  EXPECT_EQ(n->OriginalEnd(8), 20u);
}

TEST(NormalizedTextTest, FullWidthDigitsBecomeAsciiUnderNfkc) {
  // "１２,０００명": full-width digits are 3 bytes each.
  const std::string full = "\xEF\xBC\x91\xEF\xBC\x92,\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x90명";
  auto n = NormalizedText::Create(full, NormalizationForm::kNfkc);
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(n->text(), "12,000명");
  EXPECT_EQ(n->OriginalBegin(0), 0u);
  EXPECT_EQ(n->OriginalEnd(1), 3u);
  EXPECT_EQ(n->OriginalBegin(2), 6u);   // ','
  EXPECT_EQ(n->OriginalBegin(3), 7u);   // first ０
  EXPECT_EQ(n->OriginalEnd(6), 16u);    // after the last ０
  EXPECT_EQ(n->OriginalBegin(6), 16u);  // 명
  EXPECT_EQ(n->OriginalEnd(9), full.size());
  // NFC leaves full-width digits alone.
  auto c = NormalizedText::Create(full, NormalizationForm::kNfc);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->text(), full);
}

}  // namespace
}  // namespace galley::text
