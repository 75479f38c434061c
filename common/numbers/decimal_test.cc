#include "common/numbers/decimal.h"

#include <gtest/gtest.h>

namespace galley::numbers {
namespace {

TEST(DecimalTest, ParsesSeparatorsAndFractionsExactly) {
  EXPECT_EQ(Decimal::Parse("12,000")->ToString(), "12000");
  EXPECT_EQ(Decimal::Parse("7,683.13")->ToString(), "7683.13");
  EXPECT_EQ(Decimal::Parse("0.1")->ToString(), "0.1");
  EXPECT_FALSE(Decimal::Parse("").has_value());
  EXPECT_FALSE(Decimal::Parse("1.2.3").has_value());
  EXPECT_FALSE(Decimal::Parse("12a").has_value());
}

TEST(DecimalTest, ArithmeticHasNoBinaryRoundingError) {
  // 12.3 trillion two ways: 12.3 x 10^12 and 12 x 10^12 + 3000 x 10^8.
  const Decimal a = *Decimal::Parse("12.3")->Times(Decimal::PowerOfTen(12));
  const Decimal b = *Decimal::FromInt(12)
                         .Times(Decimal::PowerOfTen(12))
                         ->Plus(*Decimal::FromInt(3000).Times(Decimal::PowerOfTen(8)));
  EXPECT_EQ(a, b);
  EXPECT_EQ(a.ToString(), "12300000000000");
  EXPECT_EQ(*Decimal::Parse("0.1")->Plus(*Decimal::Parse("0.2")), *Decimal::Parse("0.3"));
  EXPECT_LT(*Decimal::Parse("1.5"), Decimal::FromInt(2));
}

TEST(DecimalTest, DisplaysForPeople) {
  EXPECT_EQ(Decimal::FromInt(12000).ToDisplayString(), "12,000");
  EXPECT_EQ(Decimal::Parse("1200000000")->ToDisplayString(), "1.2 billion");
  EXPECT_EQ(Decimal::Parse("3500000000000")->ToDisplayString(), "3.5 trillion");
  EXPECT_EQ(Decimal::Parse("110000000")->ToDisplayString(), "110 million");
  EXPECT_EQ(Decimal::Parse("123456789")->ToDisplayString(), "123,456,789");
  EXPECT_EQ(Decimal::Parse("0.5")->ToDisplayString(), "0.5");
}

}  // namespace
}  // namespace galley::numbers
