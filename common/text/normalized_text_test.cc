#include "common/text/normalized_text.h"

#include <gtest/gtest.h>

namespace galley::text {
namespace {

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
