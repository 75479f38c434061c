// Whole checks through the Engine: the number check, omissions and additions, bad input.
#include "common/checks/engine.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/checks/engine_test_fixture.h"

namespace galley::checks {
namespace {

using ::testing::HasSubstr;

// A vague magnitude rendered as another (수백 as "thousands", 수십만 as "tens of thousands") is a
// number mismatch; one of the same order, or an exact number for it, is none.
TEST_F(EngineTest, VagueMagnitudesMustAgreeInOrder) {
  const Report report = CheckLines("수백 명이 다쳤다.", "Thousands were injured.");
  ASSERT_EQ(report.findings.size(), 1u);
  EXPECT_EQ(report.findings[0].message,
            "Korean says hundreds (수백 명); English says thousands (Thousands)");
  EXPECT_THAT(Codes(CheckLines("수십만 명이 모였다.", "Tens of thousands gathered.")),
              ::testing::ElementsAre("NUMBER_MISMATCH"));
  EXPECT_THAT(Codes(CheckLines("수십만 명이 모였다.", "Hundreds of thousands gathered.")),
              ::testing::IsEmpty());
  // The English scale alone matches the Korean amount's order (billions: 수십억); "tens of" makes
  // it ten times more.
  const Report billions =
      CheckLines("수십억 달러가 들었다.", "It cost tens of billions of dollars.");
  ASSERT_EQ(billions.findings.size(), 1u);
  EXPECT_EQ(billions.findings[0].message,
            "Korean says billions (수십억 달러); English says tens of billions (tens of billions)");
  EXPECT_THAT(Codes(CheckLines("수백억 원이 들었다.", "It cost tens of billions of won.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("수만 명이 모였다.", "Tens of thousands gathered.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("수십 명이 다쳤다.", "Dozens were injured.")), ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("수백 명이 다쳤다.", "About 300 people were injured.")),
              ::testing::IsEmpty());
}

// A fraction rendered as another (3분의 1 as "a quarter") is a number mismatch that names both;
// the same fraction in other words ("one in three", "1/3", "33 percent", "about a third" for
// 30%) is none, and neither is the ordinal of "a third consecutive".
TEST_F(EngineTest, FractionsMustAgree) {
  const Report report = CheckLines("주민의 3분의 1이 떠났다.", "A quarter of the residents left.");
  ASSERT_EQ(report.findings.size(), 1u);
  EXPECT_EQ(report.findings[0].code, "NUMBER_MISMATCH");
  EXPECT_EQ(report.findings[0].message, "Korean says 1/3 (3분의 1); English says 1/4 (A quarter)");
  EXPECT_THAT(Codes(CheckLines("3분의 2가 찬성했다.", "Three-quarters voted in favor.")),
              ::testing::ElementsAre("NUMBER_MISMATCH"));
  EXPECT_THAT(Codes(CheckLines("10분의 1 수준이다.", "It is one-fifth of the level.")),
              ::testing::ElementsAre("NUMBER_MISMATCH"));
  EXPECT_THAT(Codes(CheckLines("주민의 절반이 떠났다.", "A third of the residents left.")),
              ::testing::ElementsAre("NUMBER_MISMATCH"));
  for (const char* same : {"A third of the residents left.", "One-third of the residents left.",
                           "One in three residents left.", "Nearly 1/3 of the residents left.",
                           "33 percent of the residents left."}) {
    EXPECT_THAT(Codes(CheckLines("주민의 3분의 1이 떠났다.", same)), ::testing::IsEmpty()) << same;
  }
  EXPECT_THAT(Codes(CheckLines("3분의 2가 찬성했다.", "Two-thirds voted in favor.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("지지율은 30%를 웃돌았다.", "Just a third support him.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("사흘째 시위가 이어졌다.", "Protests went on for a third day.")),
              ::testing::IsEmpty());
}

// A share Korean gives by two counts of a whole (10명 중 3명) matches the same share as a fraction
// or a percentage ("three in 10", "30 percent") or by the same two counts ("three of the 10");
// a different fraction is one mismatch that quotes both counts, a different count is reported as
// counts are.
TEST_F(EngineTest, ASharesCountsMatchItsFraction) {
  const std::string ko = "국민 10명 중 3명이 반대했다.";
  for (const char* same :
       {"Three in 10 citizens opposed it.", "Three out of 10 citizens opposed it.",
        "30 percent of citizens opposed it.", "Three of the 10 citizens polled opposed it."}) {
    EXPECT_THAT(Codes(CheckLines(ko, same)), ::testing::IsEmpty()) << same;
  }
  const Report other = CheckLines("성인 5명 중 1명은 비만이다.", "One in four adults is obese.");
  ASSERT_EQ(other.findings.size(), 1u);
  EXPECT_EQ(other.findings[0].message,
            "Korean says 1/5 (5명 중 1명); English says 1/4 (One in four)");
  EXPECT_THAT(
      Codes(CheckLines("사망자 10명 중 3명은 어린이였다.", "Of the 10 dead, four were children.")),
      ::testing::ElementsAre("NUMBER_MISMATCH"));
}

// A relative date rendered as another (지난해 as "this year") is a number mismatch; one side's
// relative date against the other's absolute one, or both dates on both sides in another order,
// is none.
TEST_F(EngineTest, RelativeDatesMustAgree) {
  EXPECT_THAT(Codes(CheckLines("지난해 매출은 늘었다.", "Sales rose this year.")),
              ::testing::ElementsAre("NUMBER_MISMATCH"));
  const Report report =
      CheckLines("지난 달 테러에 이어 두 번째다.", "It was the second attack this month.");
  ASSERT_EQ(report.findings.size(), 1u);
  EXPECT_EQ(report.findings[0].message,
            "Korean says last month (지난 달); English says this month (this month)");
  EXPECT_THAT(Codes(CheckLines("어제 회담이 열렸다.", "Talks were held today.")),
              ::testing::ElementsAre("NUMBER_MISMATCH"));
  EXPECT_THAT(Codes(CheckLines("지난해 매출은 늘었다.", "Sales rose last year.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("지난해 매출은 늘었다.", "Sales rose in 2023.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      Codes(CheckLines("올해 매출은 지난해보다 늘었다.", "Sales rose from last year's this year.")),
      ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("지난해 매출은 늘었다.", "Sales rose over the last year.")),
              ::testing::IsEmpty());
}

// "to" before a figure is no approximation ("fell to 3.5%"), as "up to" is.
TEST_F(EngineTest, ARateCutToAFigureIsThatFigure) {
  EXPECT_THAT(Codes(CheckLines("금리는 3.25%로 내렸다.", "The rate fell to 3.5%.")),
              ::testing::ElementsAre("NUMBER_MISMATCH"));
  EXPECT_THAT(Codes(CheckLines("금리는 3.25%로 내렸다.", "The rate fell to 3.25%.")),
              ::testing::IsEmpty());
}

// A wrong amount is set against the English amount of its kind, not against a weak word before
// it ("topped" reads as first place): the message names the two amounts.
TEST_F(EngineTest, AMismatchPairsAmountsOfOneKind) {
  const Report r = CheckLines("서울 아파트 평균 매매가격은 12억3000만원을 넘어섰다.",
                              "The average price of an apartment in Seoul topped 123 million won.");
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].code, "NUMBER_MISMATCH");
  EXPECT_THAT(r.findings[0].message, HasSubstr("English says 123 million won"));
}

// Leftovers of one kind pair first, wherever they stand: the wrong amount of money is set against
// the Korean money, not against the "a year" that comes before it.
TEST_F(EngineTest, AMismatchPairsTheSameKindFirst) {
  const Report r = CheckLines("1년 동안 독점해 온 이 1억1천만 달러짜리 설비를 공개했다.",
                              "After a year, they showed off the $110 billion machine.");
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].code, "NUMBER_MISMATCH");
  EXPECT_EQ(r.findings[0].message,
            "Korean says $110 million (1억1천만 달러); English says $110 billion ($110 billion)");
}

// The same amount in another currency is a mismatch that says so, not a match (57억 달러 is no
// "5.7 billion won"); the same currency written another way ($, dollars) matches, and so does
// an amount whose currency the English leaves to the sentence around it.
TEST_F(EngineTest, AnotherCurrencyIsAMismatch) {
  const std::string ko = "그는 57억 달러를 모았다.";
  const Report won = CheckLines(ko, "He raised 5.7 billion won.");
  ASSERT_EQ(won.findings.size(), 1u);
  EXPECT_EQ(won.findings[0].code, "NUMBER_MISMATCH");
  EXPECT_EQ(won.findings[0].message,
            "Korean says $5.7 billion (57억 달러); English says 5.7 billion won (5.7 billion won): "
            "another currency");
  EXPECT_THAT(Codes(CheckLines(ko, "He raised 5.7 billion euros.")),
              ::testing::ElementsAre("NUMBER_MISMATCH"));
  EXPECT_THAT(Codes(CheckLines(ko, "He raised $5.7 billion.")), ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines(ko, "He raised 5.7 billion dollars.")), ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines(ko, "He raised 5.7 billion.")), ::testing::IsEmpty());
  // Likewise a measure in another unit that no conversion relates.
  EXPECT_THAT(Codes(CheckLines("그는 5km를 걸었다.", "He walked 5 kg.")),
              ::testing::UnorderedElementsAre("NUMBER_MISSING", "NUMBER_EXTRA"));
}

// A score reads as two numbers on both sides: a wrong one is reported as a mismatch.
TEST_F(EngineTest, AScoreIsTwoNumbers) {
  const std::string ko = "파리는 리옹을 3-1로 꺾었다.";
  EXPECT_THAT(Codes(CheckLines(ko, "Paris beat Lyon 3-1.")), ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines(ko, "Paris beat Lyon 3-2.")),
              ::testing::ElementsAre("NUMBER_MISMATCH"));
}

// A Korean word for "that day" may stand for the date English spells out; a word for a year
// (내년, 올해) only for the year, never for a day of the month English adds.
TEST_F(EngineTest, AYearWordExplainsAnEnglishYearOnly) {
  EXPECT_THAT(Codes(CheckLines("그는 이날 도착했다.", "He arrived on June 4.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("그는 내년 도착한다.", "He arrives in 2027.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("방송은 내년 5월 29일이며 그는 6월 1일부터 잇는다.",
                               "The show ends May 29, and he starts June 4.")),
              ::testing::ElementsAre("NUMBER_EXTRA"));
  EXPECT_THAT(Codes(CheckLines("지난해 매출은 늘었다.", "Sales rose on March 3.")),
              ::testing::ElementsAre("NUMBER_EXTRA", "NUMBER_EXTRA"));  // The month, the day.
  EXPECT_THAT(Codes(CheckLines("지난 3일 매출은 늘었다.", "Sales rose on March 3.")),
              ::testing::IsEmpty());
}

// A designation (F-35A, B-52, I-35W) is a name with a number: kept, it is no number of its own,
// a plural s aside; written with the same letters and another number, it is a mismatch.
TEST_F(EngineTest, ADesignationIsComparedWhole) {
  EXPECT_THAT(Codes(CheckLines("B-52 폭격기 2대가 떴다.", "Two B-52s flew.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("F-35A 전투기 40대를 샀다.", "It bought 40 F-35A fighters.")),
              ::testing::IsEmpty());
  const Report changed = CheckLines("I-35W 교각이 무너졌다.", "Part of the I-65W bridge gave way.");
  ASSERT_EQ(changed.findings.size(), 1u);
  EXPECT_EQ(changed.findings[0].code, "NUMBER_MISMATCH");
  EXPECT_EQ(changed.findings[0].message, "Korean says I-35W; English says I-65W");
  EXPECT_THAT(Codes(CheckLines("F-35A 전투기 40대를 샀다.", "It bought 40 F-53A fighters.")),
              ::testing::ElementsAre("NUMBER_MISMATCH"));
}

// A weight converted in parentheses must agree with what it converts, as a length must.
TEST_F(EngineTest, AConvertedWeightMustAgree) {
  const std::string ko = "곰은 무게가 700kg 이상 나간다.";
  EXPECT_THAT(Codes(CheckLines(ko, "The bears weigh up to 1,500 pounds (700 kilograms).")),
              ::testing::IsEmpty());
  const Report r = CheckLines(ko, "The bears weigh up to 1,500 pounds (900 kilograms).");
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].code, "NUMBER_MISMATCH");
  EXPECT_THAT(r.findings[0].message, HasSubstr("which is not the same weight"));
}

// Korean news may write the 24-hour clock (15시) where English writes "3 p.m.".
TEST_F(EngineTest, AClockHourMatchesOnEitherClock) {
  EXPECT_THAT(Codes(CheckLines("회의는 15시 30분에 열린다.", "It opens at 3:30 p.m.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("회의는 15시 30분에 열린다.", "It opens at 4:30 p.m.")),
              ::testing::ElementsAre("NUMBER_MISMATCH"));
}

// An hour on the other half of the day is a mismatch where both sides say which half (오후 3시,
// 15시, "3 a.m."); an hour that says none matches either.
TEST_F(EngineTest, AClockHourOnTheOtherHalfOfTheDay) {
  const Report r = CheckLines("회의는 오후 3시에 열린다.", "The meeting opens at 3 a.m.");
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].code, "NUMBER_MISMATCH");
  EXPECT_EQ(r.findings[0].message, "Korean says 오후 3시 (p.m.); English says 3 a.m.");
  EXPECT_THAT(Codes(CheckLines("회의는 15시에 열린다.", "The meeting opens at 3 a.m.")),
              ::testing::ElementsAre("NUMBER_MISMATCH"));
  EXPECT_THAT(
      CheckLines("회의는 오전 9시 30분에 열린다.", "The meeting opens at 9:30 p.m.").findings,
      ::testing::ElementsAre(::testing::Field(
          &Finding::message, "Korean says 오전 9시 (a.m.); English says 9:30 p.m.")));
  EXPECT_THAT(Codes(CheckLines("회의는 오후 3시에 열린다.", "The meeting opens at 3 p.m.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("회의는 오후 3시에 열린다.", "The meeting opens at 3 o'clock.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("회의는 3시에 열린다.", "The meeting opens at 3 a.m.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("경기는 밤 12시에 끝났다.", "The game ended at 12 a.m.")),
              ::testing::IsEmpty());
}

// A medal is a place: "won gold" is 1위, "took silver" 2위, weak as "topped" is; gold that is no
// medal ("gold prices") is no place.
TEST_F(EngineTest, AMedalIsAPlace) {
  EXPECT_THAT(Codes(CheckLines("그는 1위를 차지했다.", "He won the gold medal.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("그는 2위를 차지했다.", "He took silver.")), ::testing::IsEmpty());
  EXPECT_THAT(
      CheckLines("그는 2위를 차지했다.", "He won gold.").findings,
      ::testing::ElementsAre(::testing::Field(
          &Finding::message, "Korean says ordinal 2 (2위); English says ordinal 1 (gold)")));
  EXPECT_THAT(Codes(CheckLines("그는 2위를 차지했다.", "Gold prices rose.")),
              ::testing::ElementsAre("NUMBER_MISSING"));
}

// A count of the countries the word before it lists by a syllable each (한미일 3국) restates the
// list: English names the countries and need not carry it; a count that is not the list's length,
// or with no list before it, is a number of its own.
TEST_F(EngineTest, ACountOfTheCountriesListedBeforeIt) {
  EXPECT_THAT(Codes(CheckLines("한미일 3국 정상은 캠프데이비드에서 만났다.",
                               "The leaders of Korea, the U.S. and Japan met at Camp David.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("한미일 3개국 외교장관이 만났다.",
                               "The foreign ministers of South Korea, the U.S. and Japan met.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("한미일 4국 정상은 만났다.",
                               "The leaders of Korea, the U.S. and Japan met.")),
              ::testing::ElementsAre("NUMBER_MISSING"));
  EXPECT_THAT(Codes(CheckLines("3국 정상은 만났다.", "The leaders met.")),
              ::testing::ElementsAre("NUMBER_MISSING"));
  EXPECT_THAT(Codes(CheckLines("한미일 3국 정상은 만났다.", "The four leaders met.")),
              ::testing::ElementsAre("NUMBER_MISMATCH"));
}

// A change in percentage points restates the two rates it runs between, either way round; a
// change that is not their difference is still a mismatch.
TEST_F(EngineTest, PercentagePointsRestateTheirTwoRates) {
  const std::string fell = "점유율은 30%에서 25%로 떨어졌다.";
  EXPECT_THAT(Codes(CheckLines(fell, "The share fell by 5 percentage points to 25 percent.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines(fell, "The share fell from 30 percent to 25 percent.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines(fell, "The share fell by 4 percentage points to 25 percent.")),
              ::testing::ElementsAre("NUMBER_MISMATCH"));
  EXPECT_THAT(Codes(CheckLines("점유율은 5%포인트 떨어진 25%를 기록했다.",
                               "The share fell from 30 percent to 25 percent.")),
              ::testing::IsEmpty());
}

// A decade is its ten years and no others: 1990년대 is "the 1990s" or a year of them, never "the
// 1980s" (the tolerance of an approximate amount let it pass).
TEST_F(EngineTest, ADecadeIsItsTenYears) {
  const std::string nineties = "그 노래는 1990년대에 유행했다.";
  EXPECT_THAT(Codes(CheckLines(nineties, "The song was popular in the 1990s.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines(nineties, "The song was popular in 1995.")), ::testing::IsEmpty());
  EXPECT_THAT(
      CheckLines(nineties, "The song was popular in the 1980s.").findings,
      ::testing::Contains(::testing::Field(
          &Finding::message, "Korean says the 1990s (1990년대); the English has no such number")));
}

// A span of time in another unit is the same only where the units convert (2년, "24 months");
// the same number of another unit is a mismatch (3년, "three months").
TEST_F(EngineTest, ASpanOfTimeInAnotherUnit) {
  EXPECT_THAT(
      CheckLines("그는 3년 만에 돌아왔다.", "He returned after three months.").findings,
      ::testing::ElementsAre(::testing::Field(
          &Finding::message, "Korean says 3 years (3년); English says 3 months (three months)")));
  EXPECT_THAT(Codes(CheckLines("그는 3년 만에 돌아왔다.", "He returned after three years.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("그는 2년 동안 일했다.", "He worked for 24 months.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("그는 3주 동안 입원했다.", "He was in hospital for 21 days.")),
              ::testing::IsEmpty());
}

// A temperature below zero on one side only is a mismatch: 영하, 마이너스 or a minus sign in the
// Korean; "minus", a minus sign, "below zero" or "below freezing" in the English.
TEST_F(EngineTest, ATemperatureBelowZeroOnOneSideOnly) {
  const std::string cold = "기온은 영하 10도까지 떨어졌다.";
  const Report r = CheckLines(cold, "The temperature fell to 10 degrees.");
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].code, "NUMBER_MISMATCH");
  EXPECT_EQ(r.findings[0].message,
            "Korean says 영하 10도; English says 10 degrees: the English drops the minus");
  for (const char* english :
       {"The temperature fell to minus 10 degrees.", "The temperature fell to -10 degrees.",
        "The temperature fell to 10 degrees below zero."}) {
    EXPECT_THAT(Codes(CheckLines(cold, english)), ::testing::IsEmpty()) << english;
  }
  EXPECT_THAT(Codes(CheckLines("기온은 -10도까지 떨어졌다.", "It fell to minus 10 degrees.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("기온은 -10도까지 떨어졌다.", "It fell to 10 degrees.")),
              ::testing::ElementsAre("NUMBER_MISMATCH"));
  EXPECT_THAT(CheckLines("기온은 10도까지 올랐다.", "It rose to minus 10 degrees.").findings,
              ::testing::ElementsAre(::testing::Field(
                  &Finding::message,
                  "Korean says 10도; English says minus 10 degrees: the English adds a minus")));
}

// The five rows of the table in docs/domain.md.
TEST_F(EngineTest, DomainTableRowsComeOutRight) {
  EXPECT_THAT(Codes(CheckLines("매출은 12억 달러", "Sales were $1.2 billion")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("3조 5천억 원", "3.5 billion won")),
              ::testing::ElementsAre("NUMBER_MISMATCH"));
  EXPECT_THAT(Codes(CheckLines("1만2천 명", "1,200 people")),
              ::testing::ElementsAre("NUMBER_MISMATCH"));
  EXPECT_THAT(Codes(CheckLines("１２,０００명", "12,000 people")), ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("2024년 3월 5일", "March 5, 2024")), ::testing::IsEmpty());
}

TEST_F(EngineTest, SameNumbersInAnotherOrderAreNotFlagged) {
  EXPECT_THAT(Codes(CheckLines("사망자는 3명, 부상자는 15명이다.", "15 people were hurt and 3 died.")),
              ::testing::IsEmpty());
}

TEST_F(EngineTest, MismatchMessageAndSpansPointIntoTheSubmittedText) {
  const std::string ko = "시는 1만2천 명을 지원한다.";
  const std::string en = "The city supports 1,200 people.";
  const Report r = CheckLines(ko, en);
  ASSERT_EQ(r.findings.size(), 1u);
  const Finding& f = r.findings[0];
  EXPECT_EQ(f.message, "Korean says 12,000 (1만2천 명); English says 1,200 (1,200 people)");
  EXPECT_EQ(f.severity, Severity::kMajor);
  ASSERT_EQ(f.source_spans.size(), 1u);
  EXPECT_EQ(ko.substr(f.source_spans[0].begin, f.source_spans[0].end - f.source_spans[0].begin),
            "1만2천 명");
  EXPECT_EQ(en.substr(f.target_spans[0].begin, f.target_spans[0].end - f.target_spans[0].begin),
            "1,200 people");
  EXPECT_EQ(f.fingerprint.size(), 16u);
}

TEST_F(EngineTest, SpansMapBackThroughNormalization) {
  // Full-width digits on the second line: spans must be in the submitted bytes.
  const std::string ko = "첫 줄이다.\n매출은 １２억 달러다.";
  const std::string en = "The first line.\nSales were $1.5 billion.";
  const Report r = CheckLines(ko, en);
  ASSERT_EQ(r.findings.size(), 1u);
  const auto span = r.findings[0].source_spans.at(0);
  EXPECT_EQ(ko.substr(span.begin, span.end - span.begin), "１２억 달러");
}

// The halves of a year are compared: 상반기 is no "second half"; "the first six months" says it
// otherwise, which is no mismatch.
TEST_F(EngineTest, HalvesOfAYear) {
  EXPECT_THAT(Codes(CheckLines("내년 상반기 중 추가 인하가 이뤄질 것으로 보인다.",
                               "An additional cut is expected in the second half of next year.")),
              ::testing::Contains("NUMBER_MISMATCH"));
  for (const char* en : {"An additional cut is expected in the first half of next year.",
                         "An additional cut is expected in the first six months of next year."}) {
    EXPECT_THAT(Codes(CheckLines("내년 상반기 중 추가 인하가 이뤄질 것으로 보인다.", en)),
                ::testing::IsEmpty())
        << en;
  }
}

// A minute of a match's second half (후반 20분) is the match's 65th.
TEST_F(EngineTest, AMinuteOfTheSecondHalfCountsFromTheKickOff) {
  const std::string goal = "손흥민은 후반 20분 제임스 매디슨의 패스를 받아 골망을 흔들었다.";
  EXPECT_THAT(Codes(CheckLines(goal,
                               "Son found the net in the 65th minute off a pass from "
                               "James Maddison.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines(goal,
                               "Son found the net in the 60th minute off a pass from "
                               "James Maddison.")),
              ::testing::Contains(HasSubstr("NUMBER")));
  EXPECT_THAT(Codes(CheckLines("손흥민은 전반 20분 골망을 흔들었다.",
                               "Son found the net in the 65th minute.")),
              ::testing::Contains(HasSubstr("NUMBER")));
}

// English rounds an exact Korean amount to the digits it writes (79조987억 원: 79.1 trillion
// won), within half a unit of its last digit; a rate is never rounded.
TEST_F(EngineTest, EnglishRoundsAnExactKoreanAmount) {
  EXPECT_THAT(Codes(CheckLines("매출은 79조987억 원, 영업이익은 9조1,834억 원이다.",
                               "Sales were 79.1 trillion won and operating profit 9.18 trillion "
                               "won.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("인구는 5,175만 명이다.", "The population is 51.8 million.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("매출은 79조987억 원이다.", "Sales were 79.2 trillion won.")),
              ::testing::ElementsAre("NUMBER_MISMATCH"));
  EXPECT_THAT(Codes(CheckLines("매출은 79조 원이다.", "Sales were 79.1 trillion won.")),
              ::testing::ElementsAre("NUMBER_MISMATCH"));
  EXPECT_THAT(Codes(CheckLines("금리는 3.25%로 내렸다.", "The rate fell to 3.3%.")),
              ::testing::ElementsAre("NUMBER_MISMATCH"));
}

TEST_F(EngineTest, OmissionAndAdditionFromTheAligner) {
  PairInput input;
  const std::string ko =
      "정부는 3일 새 예산안을 발표했다.\n예산은 모두 600조 원 규모다.\n"
      "야당은 정부의 예산안이 지나치게 확장적이라며 즉각 반발했고 전면 재검토를 요구했다.\n"
      "국회는 다음 달 표결한다.";
  const std::string en =
      "The government announced a new budget on Tuesday.\nThe budget totals 600 trillion "
      "won.\nThe National Assembly will vote next month.";
  input.source_text = ko;
  input.target_text = en;
  input.segmentation = Segmentation::kLines;
  auto r = engine_->Check(input);
  ASSERT_TRUE(r.ok());
  EXPECT_THAT(Codes(*r), ::testing::Contains("OMISSION"));
  EXPECT_EQ(r->alignment.beads.size(), 4u);
}

TEST_F(EngineTest, BadInputGetsAClearError) {
  PairInput input;
  input.source_text = "";
  input.target_text = "x";
  auto r = engine_->Check(input);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(r.status().message()), HasSubstr("source_text is empty"));

  const std::string bad = "가나\xFF다";
  input.source_text = bad;
  r = engine_->Check(input);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(r.status().message()), HasSubstr("byte offset 6"));

  input.source_text = "한 줄.\n두 줄.";
  input.target_text = "One line.";
  input.segmentation = Segmentation::kLines;
  input.pre_aligned = true;
  r = engine_->Check(input);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(r.status().message()), HasSubstr("2 segments"));

  input.source_language = "ja";
  r = engine_->Check(input);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
}

TEST_F(EngineTest, OversizeInputIsResourceExhausted) {
  EngineOptions options;
  options.max_text_bytes = 100;
  auto small = Engine::Create(options);
  ASSERT_TRUE(small.ok());
  const std::string big(101, 'a');
  auto r = (*small)->Segment(big, "en", Segmentation::kSentences, "text");
  EXPECT_EQ(r.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_THAT(std::string(r.status().message()), HasSubstr("101 bytes; the limit is 100"));
}

// A segment longer than max_segment_bytes is refused, by its number and bytes: the checks' cost
// grows with the square of a segment's length. One as long as the limit is checked.
TEST_F(EngineTest, OversizeSegmentIsResourceExhausted) {
  EngineOptions options;
  options.max_segment_bytes = 40;
  auto small = Engine::Create(options);
  ASSERT_TRUE(small.ok());
  PairInput input;
  input.source_text = "한 줄이다.\n오바마 대통령은 3일 서울에 도착했다고 밝혔다.\n";
  input.target_text = "One line.\nPresident Obama arrived in Seoul on the 3rd, officials said.\n";
  input.segmentation = Segmentation::kLines;
  input.pre_aligned = true;
  auto r = (*small)->Check(input);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_THAT(std::string(r.status().message()),
              HasSubstr("source_text: segment 2 (bytes 15-79) is 64 bytes; the limit is 40 (one "
                        "sentence or paragraph a line)"));
  auto sentences = (*small)->Segment(input.target_text, "en", Segmentation::kSentences, "target");
  EXPECT_EQ(sentences.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_THAT(std::string(sentences.status().message()),
              HasSubstr("target: segment 2 (bytes 10-70) is 60 bytes; the limit is 40"));

  options.max_segment_bytes = 64;  // The longest, the Korean's second line.
  auto fits = Engine::Create(options);
  ASSERT_TRUE(fits.ok());
  EXPECT_TRUE((*fits)->Check(input).ok());
}

}  // namespace
}  // namespace galley::checks
