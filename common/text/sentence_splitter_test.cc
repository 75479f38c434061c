#include "common/text/sentence_splitter.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace galley::text {
namespace {

using ::testing::ElementsAreArray;

std::vector<std::string> SplitToStrings(const SentenceSplitter& splitter, std::string_view text) {
  std::vector<std::string> out;
  for (const TextSpan& s : splitter.Split(text)) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

struct SplitCase {
  std::string name;
  std::string text;
  std::vector<std::string> sentences;
};
void PrintTo(const SplitCase& c, std::ostream* os) { *os << c.name; }

class KoreanSplitTest : public ::testing::TestWithParam<SplitCase> {};

TEST_P(KoreanSplitTest, Splits) {
  auto splitter = SentenceSplitter::Create("ko");
  ASSERT_TRUE(splitter.ok());
  EXPECT_THAT(SplitToStrings(**splitter, GetParam().text), ElementsAreArray(GetParam().sentences));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, KoreanSplitTest,
    ::testing::Values(
        SplitCase{"TwoSentences", "정부는 3일 발표했다. 시장은 반응하지 않았다.",
                  {"정부는 3일 발표했다.", "시장은 반응하지 않았다."}},
        SplitCase{"DecimalStaysInside", "금리는 3.5%로 올랐다. 물가는 2.1% 상승했다.",
                  {"금리는 3.5%로 올랐다.", "물가는 2.1% 상승했다."}},
        SplitCase{"QuotationGluedToVerb",
                  "그는 “속도가 중요하다. 효율도 중요하다”고 말했다. 회의는 끝났다.",
                  {"그는 “속도가 중요하다. 효율도 중요하다”고 말했다.", "회의는 끝났다."}},
        SplitCase{"StraightQuotesWithRago",
                  "그는 \"문제없다. 반드시 성공한다\"라고 말했다.",
                  {"그는 \"문제없다. 반드시 성공한다\"라고 말했다."}},
        SplitCase{"QuoteFollowedByHamyeo",
                  "그는 \"문제없어. 가서 살펴보자.\" 하며 웃었다.",
                  {"그는 \"문제없어. 가서 살펴보자.\" 하며 웃었다."}},
        SplitCase{"ParenthesesHoldSentences",
                  "고성능 화폐(중앙은행은 국채를 매입한다. 이자율은 하락한다)라고도 한다. 끝.",
                  {"고성능 화폐(중앙은행은 국채를 매입한다. 이자율은 하락한다)라고도 한다.", "끝."}},
        SplitCase{"HeadlineOnItsOwnLine",
                  "서울시, 청년 주거에 1조 투입\n서울시가 3일 밝혔다. 예산이 늘었다.",
                  {"서울시, 청년 주거에 1조 투입", "서울시가 3일 밝혔다.", "예산이 늘었다."}},
        SplitCase{"ParagraphBreak", "첫 문단이다.\n\n둘째 문단이다.", {"첫 문단이다.", "둘째 문단이다."}},
        SplitCase{"EllipsisInside", "긴장이 감돌았다…는 것은 과장이다.", {"긴장이 감돌았다…는 것은 과장이다."}},
        SplitCase{"ReferenceMarksStayWithTheirSentence",
                  "초대 황제이다.[1][2] 또한 왕조의 시조이다.[참고 2] 끝이다.",
                  {"초대 황제이다.[1][2]", "또한 왕조의 시조이다.[참고 2]", "끝이다."}},
        SplitCase{"ListPeriodsAfterNouns",
                  "학생은 국어. 영어. 수학을 평가받는다. 결과는 다음 달 나온다.",
                  {"학생은 국어. 영어. 수학을 평가받는다.", "결과는 다음 달 나온다."}},
        SplitCase{"ClosingQuoteAfterASpace",
                  "그는 “정말 그 영화인가? ”라고 물었다. 감독은 웃었다.",
                  {"그는 “정말 그 영화인가? ”라고 물었다.", "감독은 웃었다."}},
        SplitCase{"StrayQuoteDoesNotPairWithTheNextQuotation",
                  "영화 ‘다크 나이트의 스타가 왔다. 그는 “조사에 협조했다”고 밝혔다.",
                  {"영화 ‘다크 나이트의 스타가 왔다.", "그는 “조사에 협조했다”고 밝혔다."}},
        SplitCase{"UnbalancedQuoteDoesNotSwallow",
                  "그는 \"끝났다. 모두 돌아갔다. 회의는 내일이다.\n새 문단이다.",
                  {"그는 \"끝났다.", "모두 돌아갔다.", "회의는 내일이다.", "새 문단이다."}},
        // Scraped headline lists separate items with a wide gap of no-break spaces.
        SplitCase{"NoBreakSpaceGapBetweenHeadlines",
                  "국방개혁안 우려\u00a0 \u00a0 \u00a02005.10 뉴욕서 추도식 열려",
                  {"국방개혁안 우려", "2005.10 뉴욕서 추도식 열려"}},
        SplitCase{"OneNoBreakSpaceIsJustASpace", "국방개혁안\u00a0우려 커져",
                  {"국방개혁안\u00a0우려 커져"}},
        // A spaced 이 after a quotation is the determiner opening the next sentence.
        SplitCase{"DeterminerAfterAQuotation",
                  "그는 “참여해 왔습니다.” 이 영화는 1위에 올랐습니다.",
                  {"그는 “참여해 왔습니다.”", "이 영화는 1위에 올랐습니다."}},
        SplitCase{"TitleEndingInAnEllipsisStaysInside",
                  "본지 1일 <엄마를 살릴 수만 있다면…> 기사가 보도된 이후 온정이 이어졌다.",
                  {"본지 1일 <엄마를 살릴 수만 있다면…> 기사가 보도된 이후 온정이 이어졌다."}}),
    [](const auto& info) { return info.param.name; });

class EnglishSplitTest : public ::testing::TestWithParam<SplitCase> {};

TEST_P(EnglishSplitTest, Splits) {
  auto splitter = SentenceSplitter::Create("en");
  ASSERT_TRUE(splitter.ok());
  EXPECT_THAT(SplitToStrings(**splitter, GetParam().text), ElementsAreArray(GetParam().sentences));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, EnglishSplitTest,
    ::testing::Values(
        SplitCase{"Abbreviations",
                  "Gen. John Gordon met Dr. Kim at Samsung Electronics Co. on Jan. 29. They "
                  "talked.",
                  {"Gen. John Gordon met Dr. Kim at Samsung Electronics Co. on Jan. 29.",
                   "They talked."}},
        SplitCase{"UsInsideAndAtEnd",
                  "The U.S. Army left. Officials in the U.S. The report said so.",
                  {"The U.S. Army left.", "Officials in the U.S.", "The report said so."}},
        SplitCase{"Initials", "George W. Bush spoke. He left.",
                  {"George W. Bush spoke.", "He left."}},
        SplitCase{"Numbers", "Prices rose 3.5 percent. No. 2 Samsung fell 1.2 percent.",
                  {"Prices rose 3.5 percent.", "No. 2 Samsung fell 1.2 percent."}},
        // English news splits a multi-sentence quotation (Korean keeps it whole).
        SplitCase{"QuotedSentences",
                  "\"We will win. We must,\" he said. The crowd cheered.",
                  {"\"We will win.", "We must,\" he said.", "The crowd cheered."}},
        SplitCase{"LowerCaseAfterATerminal",
                  "Prices rose. analysts said so. Sales in the U.S. rose. He left... then came back.",
                  {"Prices rose.", "analysts said so.", "Sales in the U.S. rose.",
                   "He left... then came back."}},
        SplitCase{"QuestionAndExclamation", "Why now? Because it matters! Yes.",
                  {"Why now?", "Because it matters!", "Yes."}},
        // Layout breaks of scraped and broadcast copy.
        SplitCase{"UrlLineBeforeTheStory",
                  "http://example.com/a.asp?id=3 (CNN) Both men spoke. See www.example.com for more.",
                  {"http://example.com/a.asp?id=3", "(CNN) Both men spoke.",
                   "See www.example.com for more."}},
        SplitCase{"DoubleAcuteAccentAsQuotes",
                  "˝Rain will hit the coast.˝ ˝The typhoon is strong.˝",
                  {"˝Rain will hit the coast.˝", "˝The typhoon is strong.˝"}},
        SplitCase{"EllipsisBeforeAClosingQuote",
                  "“So I'll buy food with it…” “Others say guns are bad.” He went… Home.",
                  {"“So I'll buy food with it…”", "“Others say guns are bad.”", "He went… Home."}},
        SplitCase{"LeadInColonBeforeAQuotation",
                  "Big money at the box office: “Twilight is first.” He said: go.",
                  {"Big money at the box office:", "“Twilight is first.”", "He said: go."}}),
    [](const auto& info) { return info.param.name; });

TEST(SentenceSplitterTest, SpansAreByteOffsetsIntoTheInput) {
  auto splitter = SentenceSplitter::Create("ko");
  ASSERT_TRUE(splitter.ok());
  const std::string text = "  가나다. 라마바.  ";
  const auto spans = (*splitter)->Split(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0], (TextSpan{2, 12}));   // "가나다." = 3 x 3 bytes + '.'
  EXPECT_EQ(spans[1], (TextSpan{13, 23}));
}

TEST(SentenceSplitterTest, EmptyAndBlankTextGiveNoSegments) {
  auto splitter = SentenceSplitter::Create("en");
  ASSERT_TRUE(splitter.ok());
  EXPECT_TRUE((*splitter)->Split("").empty());
  EXPECT_TRUE((*splitter)->Split(" \n\t ").empty());
}

TEST(SentenceSplitterTest, RejectsABadLanguageCode) {
  EXPECT_FALSE(SentenceSplitter::Create("").ok());
  EXPECT_FALSE(SentenceSplitter::Create("not a tag!").ok());
}

TEST(SplitLinesTest, EachNonEmptyLineIsASegment) {
  const std::string text = "first line\r\n\n  second  \nthird";
  const auto spans = SplitLines(text);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].end - spans[0].begin), "first line");
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].end - spans[1].begin), "second");
  EXPECT_EQ(spans[1].begin, 15u);
  EXPECT_EQ(text.substr(spans[2].begin, spans[2].end - spans[2].begin), "third");
}

}  // namespace
}  // namespace galley::text
