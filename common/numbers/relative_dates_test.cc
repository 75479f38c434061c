#include "common/numbers/relative_dates.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace galley::numbers {
namespace {

// Each date read, as "text=description".
std::vector<std::string> Read(std::string_view text, bool korean) {
  std::vector<std::string> out;
  for (const RelativeDate& d :
       korean ? ReadKoreanRelativeDates(text) : ReadEnglishRelativeDates(text)) {
    out.push_back(std::string(text.substr(d.span.begin, d.span.end - d.span.begin)) + "=" +
                  DescribeRelativeDate(d));
  }
  return out;
}

TEST(RelativeDatesTest, KoreanWordsWithTheirParticles) {
  EXPECT_THAT(Read("지난해 매출은 올해보다 적었고 내년에는 늘어난다.", true),
              ::testing::ElementsAre("지난해=last year", "올해=this year", "내년=next year"));
  EXPECT_THAT(Read("지난 달 테러에 이어 이달 말 회담이 열린다.", true),
              ::testing::ElementsAre("지난 달=last month", "이달=this month"));
  EXPECT_THAT(Read("어제 도착해 오늘부터 내일까지 머문다.", true),
              ::testing::ElementsAre("어제=yesterday", "오늘=today", "내일=tomorrow"));
  EXPECT_THAT(Read("재작년과 다음 주, 그저께.", true),
              ::testing::ElementsAre("재작년=the year before last", "다음 주=next week",
                                     "그저께=the day before yesterday"));
}

TEST(RelativeDatesTest, KoreanWordsThatOnlyBeginLikeOne) {
  // 'nowadays', 'only then', 'to dash', a name, last weekend, the 3rd of this month, recent days.
  EXPECT_THAT(Read("오늘날 그제야 내달려 모레노 지난 주말 지난 3일 어제오늘", true),
              ::testing::IsEmpty());
}

TEST(RelativeDatesTest, EnglishPhrases) {
  EXPECT_THAT(
      Read("Sales rose last year and will this year, analysts said yesterday.", false),
      ::testing::ElementsAre("last year=last year", "this year=this year", "yesterday=yesterday"));
  EXPECT_THAT(
      Read("Last month, talks began. Today's talks end next week.", false),
      ::testing::ElementsAre("Last month=last month", "Today=today", "next week=next week"));
}

TEST(RelativeDatesTest, EnglishPhrasesThatAreNoDate) {
  // A span of time, a weekend, a newspaper's name, a word that begins like one.
  EXPECT_THAT(Read("over the last year, last weekend, USA Today, todays, the next week", false),
              ::testing::IsEmpty());
}

}  // namespace
}  // namespace galley::numbers
