#include "common/numbers/number_expression.h"

#include <gtest/gtest.h>

namespace galley::numbers {
namespace {

struct Case {
  std::string text, value;
};

TEST(NumberExpressionTest, Korean) {
  const Case cases[] = {{"구", "9"},
                        {"십칠", "17"},
                        {"오천사백삼십이", "5432"},
                        {"마이너스 이십사만 천오백칠십이", "-241572"},
                        {"일점영삼", "1.03"},
                        {"이백점 영삼", "200.03"},
                        {"일점오경", "15000000000000000"},
                        {"스물셋", "23"},
                        {"열세번째", "13"},
                        {"백만번째", "1000000"},
                        {"이등", "2"},
                        {"삼백 홍콩 달러", "300"},
                        {"십구달러 오십오센트", "19.55"},
                        {"₩3,400억", "340000000000"},
                        {"-1억2,345만6,780", "-123456780"},
                        {"기원전 천년", "-1000"},
                        {"이십이 퍼센트", "22"}};
  for (const Case& c : cases) {
    const auto v = ReadKoreanNumberExpression(c.text);
    ASSERT_TRUE(v.has_value()) << c.text;
    EXPECT_EQ(v->ToString(), c.value) << c.text;
  }
  EXPECT_FALSE(ReadKoreanNumberExpression("사람").has_value());
  // More decimal digits than a Decimal holds: not read as a decimal (it was a read of an empty
  // optional, whose garbage could ask for gigabytes when printed).
  std::string long_fraction = "일점";
  for (int k = 0; k < 50; ++k) long_fraction += "일";
  const auto long_value = ReadKoreanNumberExpression(long_fraction);
  EXPECT_TRUE(!long_value || long_value->ToString().size() < 40) << long_value->ToString();
}

TEST(NumberExpressionTest, English) {
  const Case cases[] = {{"two hundred and fifty four", "254"},
                        {"twenty-one trillion and three hundred twenty second", "21000000000322"},
                        {"point zero two", "0.02"},
                        {"two point zero five zero", "2.05"},
                        {"-1.2M", "-1200000"},
                        {"1200K", "1200000"},
                        {"3 dozens", "36"},
                        {"three hundred crores", "3000000000"},
                        {"four united states dollars and sixty nine cents", "4.69"},
                        {"$ 1.45 billion", "1450000000"},
                        {"twenty cents", "0.2"},
                        {"nineteen oh-five", "1905"},
                        {"twenty seventeen", "2017"},
                        {"forty-four BC", "-44"},
                        {"11th", "11"},
                        {"per cent of twenty-two", "22"},
                        {"a quarter million us dollars", "250000"}};
  for (const Case& c : cases) {
    const auto v = ReadEnglishNumberExpression(c.text);
    ASSERT_TRUE(v.has_value()) << c.text;
    EXPECT_EQ(v->ToString(), c.value) << c.text;
  }
  std::string long_fraction = "one point";
  for (int k = 0; k < 50; ++k) long_fraction += " one";
  EXPECT_FALSE(ReadEnglishNumberExpression(long_fraction).has_value());
  EXPECT_FALSE(ReadEnglishNumberExpression("the government").has_value());
}

}  // namespace
}  // namespace galley::numbers
