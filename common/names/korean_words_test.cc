#include "common/names/korean_words.h"

#include <gtest/gtest.h>

namespace galley::names {
namespace {

TEST(KoreanWordsTest, TransliteratedNamesAndLoanwordsLookTransliterated) {
  // With an epenthetic ㅡ (알프스, 크리스토퍼) or by their syllables alone (잭슨, 워싱턴, 오바마).
  for (const char* word : {"알프스", "크리스토퍼", "잭슨", "워싱턴", "오바마", "모리오카", "랭킹"}) {
    EXPECT_TRUE(LooksTransliterated(word)) << word << " " << LoanwordScore(word);
  }
}

TEST(KoreanWordsTest, NativeAndSinoKoreanWordsDoNot) {
  // Including words that open with 그 or 쓰, whose ㅡ is native, and predicates.
  for (const char* word : {"대통령", "정부", "관계자", "가능성", "그러나", "그동안", "그들",
                           "쓰여진", "발표했다", "그렇지"}) {
    EXPECT_FALSE(LooksTransliterated(word)) << word << " " << LoanwordScore(word);
  }
}

TEST(KoreanWordsTest, LoanwordScoreOrdersWords) {
  EXPECT_GT(LoanwordScore("워싱턴"), 1.0);
  EXPECT_LT(LoanwordScore("대통령"), -1.0);
  EXPECT_EQ(LoanwordScore(""), 0.0);
  EXPECT_EQ(LoanwordScore("IBM"), 0.0);  // No Hangul: no evidence either way.
}

TEST(KoreanWordsTest, StripsParticlesAndThePluralBeforeThem) {
  EXPECT_EQ(StripKoreanParticle("오스트리아인들이"), "오스트리아인");
  EXPECT_EQ(StripKoreanParticle("요르단에선"), "요르단");
  EXPECT_EQ(StripKoreanParticle("사람들"), "사람");
  EXPECT_EQ(StripKoreanParticle("그들"), "그들");    // Two syllables stay.
  EXPECT_EQ(StripKoreanParticle("정부는"), "정부");
}

TEST(KoreanWordsTest, HangulWordsStripParticles) {
  const auto words = HangulWords("오바마는 IBM과 워싱턴에서 만났다.");
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(words[0].stem, "오바마");
  EXPECT_EQ(words[1].stem, "과");
  EXPECT_EQ(words[2].stem, "워싱턴");
}

}  // namespace
}  // namespace galley::names
