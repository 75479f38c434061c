#include "common/numbers/quantity_reader.h"

#include <gtest/gtest.h>

namespace galley::numbers {
namespace {

struct ReadCase {
  std::string text;
  std::string value;  // Decimal::ToString of the first quantity.
  QuantityKind kind;
  std::string unit;
  bool approximate = false;
  std::string span;   // The text under the first quantity's span.
};
void PrintTo(const ReadCase& c, std::ostream* os) { *os << c.text; }

// The first quantity `reader` finds in c.text is the one the case describes.
void ExpectFirstQuantity(const ReadCase& c,
                         std::vector<Quantity> (*reader)(std::string_view)) {
  const auto qs = reader(c.text);
  ASSERT_FALSE(qs.empty()) << c.text;
  EXPECT_EQ(qs[0].value.ToString(), c.value) << c.text;
  EXPECT_EQ(QuantityKindName(qs[0].kind), QuantityKindName(c.kind)) << c.text;
  EXPECT_EQ(qs[0].unit, c.unit) << c.text;
  EXPECT_EQ(qs[0].approximate, c.approximate) << c.text;
  EXPECT_EQ(c.text.substr(qs[0].span.begin, qs[0].span.end - qs[0].span.begin), c.span);
}

class KoreanReaderTest : public ::testing::TestWithParam<ReadCase> {};

TEST_P(KoreanReaderTest, ReadsTheFirstQuantity) {
  ExpectFirstQuantity(GetParam(), &ReadKoreanQuantities);
}

using K = QuantityKind;
INSTANTIATE_TEST_SUITE_P(
    Forms, KoreanReaderTest,
    ::testing::Values(
        ReadCase{"매출은 12억 달러였다", "1200000000", K::kMoney, "USD", false, "12억 달러"},
        ReadCase{"3조 5천억 원을", "3500000000000", K::kMoney, "KRW", false, "3조 5천억 원"},
        ReadCase{"1만2천 명이", "12000", K::kCount, "people", false, "1만2천 명"},
        ReadCase{"24,000명이", "24000", K::kCount, "people", false, "24,000명"},
        ReadCase{"1억1천만 달러 짜리", "110000000", K::kMoney, "USD", false, "1억1천만 달러"},
        ReadCase{"초당 12조3천억 번의", "12300000000000", K::kCount, "times", false,
                 "12조3천억 번"},
        ReadCase{"2억 4천 4백만 원", "244000000", K::kMoney, "KRW", false, "2억 4천 4백만 원"},
        ReadCase{"1억2,345만6,780원", "123456780", K::kMoney, "KRW", false, "1억2,345만6,780원"},
        ReadCase{"7천5백30만 명", "75300000", K::kCount, "people", false, "7천5백30만 명"},
        ReadCase{"50 만 명", "500000", K::kCount, "people", false, "50 만 명"},
        // A minus sign opening a word is no joining hyphen: the number is read, its sign left to
        // the check.
        ReadCase{"기온은 -10도까지", "10", K::kMeasure, "degree", false, "10도"},
        ReadCase{"삼억오천만 원", "350000000", K::kMoney, "KRW", false, "삼억오천만 원"},
        ReadCase{"10여 명이", "10", K::kCount, "people", true, "10여 명"},
        ReadCase{"약 3만 명", "30000", K::kCount, "people", true, "3만 명"},
        ReadCase{"2024년 3월 5일", "2024", K::kYear, "", false, "2024년"},
        ReadCase{"금리를 0.25%포인트 올렸다", "0.25", K::kPercentPoint, "", false, "0.25%포인트"},
        ReadCase{"3.5% 상승", "3.5", K::kPercent, "", false, "3.5%"},
        ReadCase{"제3차 회의", "3", K::kOrdinal, "", false, "제3차"},
        ReadCase{"두 명이 숨졌다", "2", K::kCount, "people", false, "두 명"},
        ReadCase{"스물한 살", "21", K::kAge, "", false, "스물한 살"},
        ReadCase{"₩3,400억", "340000000000", K::kMoney, "KRW", false, "₩3,400억"},
        ReadCase{"7,683.13으로 마감", "7683.13", K::kCount, "", false, "7,683.13"},
        ReadCase{"30대 남성", "30", K::kAge, "", true, "30대"},
        ReadCase{"45세의", "45", K::kAge, "", false, "45세"},
        // Native day words, 열흘 though it starts with the numeral 열 (ten).
        ReadCase{"이틀 동안", "2", K::kDuration, "day", false, "이틀"},
        ReadCase{"열흘 동안", "10", K::kDuration, "day", false, "열흘"},
        ReadCase{"열흘짜리 명단에", "10", K::kDuration, "day", false, "열흘"},
        ReadCase{"하루씩 쉬었다", "1", K::kDuration, "day", false, "하루"},
        // 경 is the unit of 10^16 only where no word goes on (3경기: three games).
        ReadCase{"리그 3경기 만에", "3", K::kCount, "", false, "3"},
        ReadCase{"1경 원을 넘었다", "10000000000000000", K::kMoney, "KRW", false, "1경 원"}),
    [](const auto& info) { return "Case" + std::to_string(info.index); });

class EnglishReaderTest : public ::testing::TestWithParam<ReadCase> {};

TEST_P(EnglishReaderTest, ReadsTheFirstQuantity) {
  ExpectFirstQuantity(GetParam(), &ReadEnglishQuantities);
}

INSTANTIATE_TEST_SUITE_P(
    Forms, EnglishReaderTest,
    ::testing::Values(
        ReadCase{"sales of $1.2 billion", "1200000000", K::kMoney, "USD", false, "$1.2 billion"},
        ReadCase{"3.5 trillion won ($2.6 billion)", "3500000000000", K::kMoney, "KRW", false,
                 "3.5 trillion won"},
        ReadCase{"12,000 people", "12000", K::kCount, "people", false, "12,000 people"},
        ReadCase{"the $110 million wonder", "110000000", K::kMoney, "USD", false, "$110 million"},
        ReadCase{"about 30,000 protesters", "30000", K::kCount, "", true, "30,000"},
        ReadCase{"rose 3.5 percent", "3.5", K::kPercent, "", false, "3.5 percent"},
        // "to" is an approximation in "up to" only: a rate cut to a figure is that figure.
        ReadCase{"cut to 3.5 percent", "3.5", K::kPercent, "", false, "3.5 percent"},
        ReadCase{"up to 3.5 percent", "3.5", K::kPercent, "", true, "3.5 percent"},
        ReadCase{"by 0.25 percentage point", "0.25", K::kPercentPoint, "", false,
                 "0.25 percentage point"},
        ReadCase{"in 1992 the", "1992", K::kYear, "", false, "1992"},
        ReadCase{"on March 5, 2024", "3", K::kMonth, "", false, "March"},
        ReadCase{"twenty-five students", "25", K::kCount, "", false, "twenty-five"},
        ReadCase{"two hundred soldiers", "200", K::kCount, "", false, "two hundred"},
        ReadCase{"the 1990s", "1990", K::kYear, "decade", true, "1990s"},
        ReadCase{"the 3rd round", "3", K::kOrdinal, "", false, "3rd"},
        ReadCase{"a 45-year-old man", "45", K::kAge, "", false, "45-year-old"},
        ReadCase{"10 quadrillion won", "10000000000000000", K::kMoney, "KRW", false,
                 "10 quadrillion won"}),
    [](const auto& info) { return "Case" + std::to_string(info.index); });

// A score or a short range reads as two numbers in Korean as in English (3-1로, 3-5명); the parts
// of a phone number or a date do not (02-123-4567, 2024-05-01).
// A season that runs into the next year ends in that year, written whole or by its last two
// digits: 2024-2025 and 2024-25 both read 2024 and 2025, in Korean and in English. Other numbers
// after a year's hyphen stay what they were (a date's month, no year).
TEST(QuantityReaderTest, ASeasonEndsInTheNextYear) {
  for (const char* text : {"2024-2025 시즌", "2024-25 시즌"}) {
    const auto qs = ReadKoreanQuantities(text);
    ASSERT_EQ(qs.size(), 2u) << text;
    EXPECT_EQ(qs[1].kind, QuantityKind::kYear) << text;
    EXPECT_EQ(qs[1].value.ToString(), "2025") << text;
  }
  const auto en = ReadEnglishQuantities("the 2024-25 season");
  ASSERT_EQ(en.size(), 2u);
  EXPECT_EQ(en[1].kind, QuantityKind::kYear);
  EXPECT_EQ(en[1].value.ToString(), "2025");
  const auto score = ReadEnglishQuantities("a 2008-25 vote");
  ASSERT_EQ(score.size(), 2u);
  EXPECT_EQ(score[1].value.ToString(), "25");
  // Digits past a year's hyphen are counted, not read into an int (the readers fuzzer's find).
  for (const Quantity& q : ReadKoreanQuantities("2024-" + std::string(40, '7') + " 시즌")) {
    EXPECT_NE(q.value.ToString(), "2025");
  }
  // Nor is a year too long for an int read into one (777777777777 AD: the fuzzers' find, which
  // UBSan reports).
  for (const Quantity& q : ReadEnglishQuantities("in 777777777777ad-78, then")) {
    if (q.value.ToString() == "78") EXPECT_NE(q.kind, QuantityKind::kYear);
  }
}

TEST(QuantityReaderTest, ScoresAndShortRangesAreTwoNumbers) {
  auto values = [](const std::vector<Quantity>& qs) {
    std::vector<std::string> out;
    for (const Quantity& q : qs) out.push_back(q.value.ToString());
    return out;
  };
  EXPECT_EQ(values(ReadKoreanQuantities("리옹을 3-1로 꺾었다")),
            (std::vector<std::string>{"3", "1"}));
  EXPECT_EQ(values(ReadEnglishQuantities("beat Lyon 3-1")), (std::vector<std::string>{"3", "1"}));
  EXPECT_EQ(values(ReadKoreanQuantities("3-5명이 다쳤다")), (std::vector<std::string>{"3", "5"}));
  EXPECT_EQ(values(ReadKoreanQuantities("02-123-4567로 전화")), (std::vector<std::string>{"2"}));
}

TEST(QuantityReaderTest, HalfAndDoubleAreWeak) {
  const auto ko = ReadKoreanQuantities("응답자의 절반이 두 배로 늘었다고");
  ASSERT_GE(ko.size(), 2u);
  EXPECT_EQ(ko[0].value.ToString(), "0.5");
  EXPECT_TRUE(ko[0].weak);
  EXPECT_EQ(ko[1].kind, QuantityKind::kMultiplier);
  const auto en = ReadEnglishQuantities("half of them said it doubled");
  ASSERT_EQ(en.size(), 2u);
  EXPECT_TRUE(en[0].weak);
  EXPECT_TRUE(en[1].weak);
}

// A court division's number (형사합의25부) and the 1 of 제1야당 ("the main opposition party") are
// weak: English reports leave them out; a number before 부 elsewhere (5부 능선) is not.
TEST(QuantityReaderTest, NumbersOfCourtDivisionsAndTheMainOppositionAreWeak) {
  for (const char* text : {"서울중앙지법 형사합의25부는 선고했다", "반부패수사2부가 수사 중이다",
                           "민사1부 재판부는", "제1야당인 민주당은", "대법원 2부는 기각했다"}) {
    const auto ko = ReadKoreanQuantities(text);
    ASSERT_EQ(ko.size(), 1u) << text;
    EXPECT_TRUE(ko[0].weak) << text;
  }
  const auto ko = ReadKoreanQuantities("형사 25명이 투입됐다");
  ASSERT_EQ(ko.size(), 1u);
  EXPECT_FALSE(ko[0].weak);
}

// A hyphen after a Hangul word joins two counted things (50홈런-50도루, 21일-24일); 도 is degrees
// only where the word ends or what follows a measure does, not the start of a noun (도루).
TEST(QuantityReaderTest, AWordHyphenJoinsTwoQuantities) {
  const auto values = [](const std::vector<Quantity>& qs) {
    std::vector<std::string> out;
    for (const Quantity& q : qs) out.push_back(q.value.ToString() + (q.unit.empty() ? "" : q.unit));
    return out;
  };
  EXPECT_EQ(values(ReadKoreanQuantities("시즌 50홈런-50도루를 달성했다")),
            (std::vector<std::string>{"50", "50"}));
  EXPECT_EQ(values(ReadKoreanQuantities("6월 21일-24일 서울에서")),
            (std::vector<std::string>{"6", "21", "24"}));
  EXPECT_EQ(values(ReadKoreanQuantities("기온이 30도까지 올랐다")),
            (std::vector<std::string>{"30degree"}));
}

// 시 is an hour only where the word ends or what follows an hour does (7시에, 7시께, 7시 반), not
// the start of a loanword (7시즌 seven seasons, 2시리즈 two series).
TEST(QuantityReaderTest, AnHourIsNoSeason) {
  for (const char* text :
       {"7시에 도착했다", "오후 7시께 도착했다", "7시부터 열린다", "7시 반에 만났다"}) {
    const auto ko = ReadKoreanQuantities(text);
    ASSERT_EQ(ko.size(), 1u) << text;
    EXPECT_EQ(ko[0].kind, QuantityKind::kTime) << text;
  }
  for (const char* text : {"7시즌을 뛰었다", "2시리즈 연속 우승했다"}) {
    const auto ko = ReadKoreanQuantities(text);
    ASSERT_EQ(ko.size(), 1u) << text;
    EXPECT_NE(ko[0].kind, QuantityKind::kTime) << text;
  }
}

// A range of months or years writes its unit once (1~10월 January to October): its first number
// is a month or year too; other units keep the first bare, as English writes "10 to 20 percent".
// A sports time has its hundredths after the seconds (9초58).
TEST(QuantityReaderTest, CalendarRangesAndSportsTimes) {
  for (const char* text : {"1~10월 수출", "1∼10월 수출", "1-10월 수출", "1 ~ 10월 수출"}) {
    const auto ko = ReadKoreanQuantities(text);
    ASSERT_EQ(ko.size(), 2u) << text;
    EXPECT_EQ(ko[0].kind, QuantityKind::kMonth) << text;
    EXPECT_EQ(ko[0].value, Decimal::FromInt(1)) << text;
    EXPECT_EQ(ko[1].kind, QuantityKind::kMonth) << text;
  }
  const auto years = ReadKoreanQuantities("2023~2024년 시즌");
  ASSERT_EQ(years.size(), 2u);
  EXPECT_EQ(years[0].kind, QuantityKind::kYear);
  // 13 is no month; a percent range keeps its first number bare.
  EXPECT_EQ(ReadKoreanQuantities("13~10월")[0].kind, QuantityKind::kCount);
  const auto percent = ReadKoreanQuantities("10~20% 올랐다");
  ASSERT_EQ(percent.size(), 2u);
  EXPECT_EQ(percent[0].kind, QuantityKind::kCount);
  const auto time = ReadKoreanQuantities("100m를 9초58에 달렸다");
  ASSERT_EQ(time.size(), 2u);
  EXPECT_EQ(time[1].value, *Decimal::Parse("9.58"));
  EXPECT_EQ(time[1].unit, "second");
}

// A person's age in native tens, no counter after it (나이 일흔이다, 일흔둘에); not 쉰, 'hoarse'
// too.
TEST(QuantityReaderTest, AnAgeInNativeTens) {
  for (const auto& [text, age] :
       std::vector<std::pair<std::string, int>>{{"그는 올해 나이 일흔이다", 70},
                                                {"마흔을 앞두고 은퇴했다", 40},
                                                {"일흔둘에 세상을 떠났다", 72}}) {
    const auto ko = ReadKoreanQuantities(text);
    ASSERT_EQ(ko.size(), 1u) << text;
    EXPECT_EQ(ko[0].kind, QuantityKind::kAge) << text;
    EXPECT_EQ(ko[0].value, Decimal::FromInt(age)) << text;
  }
  for (const Quantity& q : ReadKoreanQuantities("쉰 목소리로 말했다")) {
    EXPECT_NE(q.kind, QuantityKind::kAge);
  }
}

// The halves of a year: 상반기 and 하반기, "the first half" and "second-half": ordinals of unit
// "half", weak, as English may say "the first six months".
TEST(QuantityReaderTest, HalvesOfAYear) {
  for (const auto& [text, half] :
       std::vector<std::pair<std::string, int>>{{"내년 상반기 중", 1}, {"하반기 경기가", 2}}) {
    const auto ko = ReadKoreanQuantities(text);
    ASSERT_EQ(ko.size(), 1u) << text;
    EXPECT_EQ(ko[0].kind, QuantityKind::kOrdinal) << text;
    EXPECT_EQ(ko[0].unit, "half") << text;
    EXPECT_EQ(ko[0].value, Decimal::FromInt(half)) << text;
  }
  EXPECT_TRUE(ReadKoreanQuantities("상황이 나빠졌다").empty());
  const auto en = ReadEnglishQuantities("in the second half of next year");
  ASSERT_FALSE(en.empty());
  EXPECT_EQ(en[0].unit, "half");
  EXPECT_EQ(en[0].value, Decimal::FromInt(2));
}

// First place (1위) in English: "at the top", "topped the chart" (1위에 올랐다). Weak, as the
// words are often no rank at all ("topped $100").
TEST(QuantityReaderTest, TheTopIsFirstPlace) {
  for (const char* text :
       {"reached the top of the chart", "topped the Billboard Hot 100", "tops the list"}) {
    const auto en = ReadEnglishQuantities(text);
    ASSERT_FALSE(en.empty()) << text;
    EXPECT_EQ(en[0].value.ToString(), "1") << text;
    EXPECT_EQ(en[0].kind, QuantityKind::kOrdinal) << text;
    EXPECT_TRUE(en[0].weak) << text;
  }
}

TEST(QuantityReaderTest, NamesWithDigitsAreNotQuantities) {
  EXPECT_TRUE(ReadEnglishQuantities("3G phones and the G20").empty());
  EXPECT_TRUE(ReadKoreanQuantities("이 사람은 일을 한다").empty());
}

// A leading-dot decimal of more digits than a Decimal holds is no quantity (the fuzzer's input:
// reading it dereferenced an empty optional).
TEST(QuantityReaderTest, OverlongLeadingDotDecimalIsNoQuantity) {
  EXPECT_TRUE(ReadEnglishQuantities(" ." + std::string(75, '1') + ";").empty());
  const auto qs = ReadEnglishQuantities("a .268 average");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].value.ToString(), "0.268");
}

TEST(QuantityReaderTest, DateReadsAsMonthAndDay) {
  const auto qs = ReadEnglishQuantities("on Jan. 29, 2025");
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(qs[0].kind, QuantityKind::kMonth);
  EXPECT_EQ(qs[1].kind, QuantityKind::kDay);
  EXPECT_EQ(qs[1].value, Decimal::FromInt(29));
  EXPECT_EQ(qs[2].kind, QuantityKind::kYear);
  const auto ko = ReadKoreanQuantities("2025년 1월 29일");
  ASSERT_EQ(ko.size(), 3u);
  EXPECT_EQ(ko[1].kind, QuantityKind::kMonth);
  EXPECT_EQ(ko[2].kind, QuantityKind::kDay);
}

// A month and day that name an event (6.15 남북공동선언, the 9/11 attacks) read as a date on both
// sides; elsewhere M.D is a decimal.
TEST(QuantityReaderTest, AnEventsDayReadsAsMonthAndDay) {
  for (const std::vector<Quantity>& qs :
       {ReadKoreanQuantities("6.15 남북공동선언"), ReadKoreanQuantities("3.1절 기념식"),
        ReadEnglishQuantities("the 9/11 attacks"), ReadEnglishQuantities("the 6.15 declaration")}) {
    ASSERT_EQ(qs.size(), 2u);
    EXPECT_EQ(qs[0].kind, QuantityKind::kMonth);
    EXPECT_EQ(qs[1].kind, QuantityKind::kDay);
  }
  const auto decimal = ReadKoreanQuantities("성장률 6.15 전망");
  ASSERT_EQ(decimal.size(), 1u);
  EXPECT_EQ(decimal[0].value.ToString(), "6.15");
}

// The wire services' clock (0715 GMT) is an hour and its minutes; 117AD a year.
TEST(QuantityReaderTest, ClockTimesAndEraYears) {
  const auto clock = ReadEnglishQuantities("at 0715 (1215 GMT)");
  ASSERT_EQ(clock.size(), 4u);
  EXPECT_EQ(clock[0].kind, QuantityKind::kTime);
  EXPECT_EQ(clock[0].value, Decimal::FromInt(7));
  EXPECT_EQ(clock[1].unit, "minute");
  EXPECT_EQ(clock[1].value, Decimal::FromInt(15));
  EXPECT_EQ(clock[2].kind, QuantityKind::kTime);
  EXPECT_EQ(clock[2].value, Decimal::FromInt(12));
  const auto count = ReadEnglishQuantities("2300 people");
  ASSERT_EQ(count.size(), 1u);
  EXPECT_EQ(count[0].value, Decimal::FromInt(2300));
  const auto era = ReadEnglishQuantities("in 117AD");
  ASSERT_EQ(era.size(), 1u);
  EXPECT_EQ(era[0].kind, QuantityKind::kYear);
  EXPECT_EQ(era[0].value, Decimal::FromInt(117));
}

// 3분기 and the older 3/4분기 are the third quarter (not 3 minutes, nor April 3); a fraction
// (3분의 2) is one amount, not 3 minutes and 2.
TEST(QuantityReaderTest, QuartersAndFractionsAreNoMinutes) {
  for (const char* text : {"3분기 실적", "3/4분기 실적"}) {
    const auto qs = ReadKoreanQuantities(text);
    ASSERT_EQ(qs.size(), 1u) << text;
    EXPECT_EQ(qs[0].kind, QuantityKind::kOrdinal) << text;
    EXPECT_EQ(qs[0].unit, "quarter") << text;
    EXPECT_EQ(qs[0].value, Decimal::FromInt(3)) << text;
  }
  const auto fraction = ReadKoreanQuantities("인구의 3분의 2가 찬성");
  ASSERT_EQ(fraction.size(), 1u);
  EXPECT_EQ(fraction[0].kind, QuantityKind::kFraction);
  EXPECT_EQ(fraction[0].unit, "2/3");
  const auto minutes = ReadKoreanQuantities("30분 만에");
  ASSERT_EQ(minutes.size(), 1u);
  EXPECT_EQ(minutes[0].unit, "minute");
}

// Fractions read whole, in lowest terms: Korean N분의 M in digits, and 절반;
// English fraction words, "one in five" and 1/5 where an amount is meant. Not "a third" before a
// noun (an ordinal), a score ("10 in 1"), nor a date (9/11).
TEST(QuantityReaderTest, FractionsReadWhole) {
  struct Case {
    const char* text;
    bool korean;
    const char* fraction;  // The unit MakeFraction gives: "1/3".
  };
  for (const Case& c : std::vector<Case>{{"인구의 3분의 1이", true, "1/3"},
                                         {"100분의 25로", true, "1/4"},
                                         {"4분의1 수준", true, "1/4"},
                                         {"응답자의 절반이", true, "1/2"},
                                         {"a third of the vote", false, "1/3"},
                                         {"two-thirds majority", false, "2/3"},
                                         {"three quarters of them", false, "3/4"},
                                         {"one-fifth", false, "1/5"},
                                         {"about a third say so", false, "1/3"},
                                         {"one in five adults", false, "1/5"},
                                         {"1 out of 10 firms", false, "1/10"},
                                         {"fell to 1/5 of the total", false, "1/5"},
                                         {"four-eighths", false, "1/2"}}) {
    const auto qs = c.korean ? ReadKoreanQuantities(c.text) : ReadEnglishQuantities(c.text);
    ASSERT_EQ(qs.size(), 1u) << c.text;
    EXPECT_EQ(qs[0].kind, QuantityKind::kFraction) << c.text;
    EXPECT_EQ(qs[0].unit, c.fraction) << c.text;
  }
  EXPECT_EQ(ReadEnglishQuantities("a third of it")[0].value,
            ReadKoreanQuantities("3분의 1")[0].value);
  for (const char* text : {"a third consecutive day", "dropped Tennessee to 10 in 1",
                           "the 9/11 attacks", "one in 82 million"}) {
    for (const Quantity& q : ReadEnglishQuantities(text)) {
      EXPECT_NE(q.kind, QuantityKind::kFraction) << text;
    }
  }
}

// The middle dot joins two numbers where a counter follows (3·4호기 units 3 and 4, 1·2위) and
// writes a date where the day stands alone or names its event (6·25 전쟁, 5·18민주화운동).
TEST(QuantityReaderTest, AMiddleDotBeforeACounterIsAnd) {
  const auto units = ReadKoreanQuantities("고리 3·4호기");
  ASSERT_EQ(units.size(), 2u);
  EXPECT_NE(units[0].kind, QuantityKind::kMonth);
  EXPECT_EQ(units[1].value, Decimal::FromInt(4));
  for (const char* date : {"6·25 전쟁", "5·18민주화운동", "6·25는"}) {
    const auto qs = ReadKoreanQuantities(date);
    ASSERT_EQ(qs.size(), 2u) << date;
    EXPECT_EQ(qs[0].kind, QuantityKind::kMonth) << date;
    EXPECT_EQ(qs[1].kind, QuantityKind::kDay) << date;
  }
}

// Basis points are hundredths of a percentage point: 25 basis points is 0.25%포인트.
TEST(QuantityReaderTest, BasisPointsAreHundredthsOfAPoint) {
  const auto qs = ReadEnglishQuantities("raised the rate by 25 basis points");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].kind, QuantityKind::kPercentPoint);
  EXPECT_EQ(qs[0].value.ToString(), "0.25");
  EXPECT_EQ(qs[0].unit, "");
}

}  // namespace
}  // namespace galley::numbers
