// Reading a whole text as one number expression (a form field, a test vector, a table cell),
// where running-text caution does not apply: a lone 구 is 9, 둘 is 2, "point zero two" is 0.02.
#ifndef GALLEY_COMMON_NUMBERS_NUMBER_EXPRESSION_H_
#define GALLEY_COMMON_NUMBERS_NUMBER_EXPRESSION_H_

#include <optional>
#include <string_view>

#include "common/numbers/decimal.h"

namespace galley::numbers {

// The value of a Korean number expression: Sino-Korean and native numerals, digits with myriad
// units, decimals with 점, signs (마이너스, -), 기원전 (BC, negative), and a unit, currency,
// counter or ordinal ending (원, 달러, %, 명, 번째, 등, 년). REQUIRES: NFKC-normalized UTF-8.
std::optional<Decimal> ReadKoreanNumberExpression(std::string_view text);

// The value of an English number expression: number words ("two hundred and fifty four",
// "twenty-one trillion and three hundred twenty second"), decimals ("two point zero five",
// "point zero two"), digits with suffixes (1.2M, 1200K, 3 dozens, 11th), money ("four dollars and
// sixty nine cents", "$ 1.45 billion"), percent, and years ("nineteen oh-five", "forty-four BC").
std::optional<Decimal> ReadEnglishNumberExpression(std::string_view text);

}  // namespace galley::numbers

#endif  // GALLEY_COMMON_NUMBERS_NUMBER_EXPRESSION_H_
