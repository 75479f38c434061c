// Readers that find the quantities in a Korean or an English sentence.
#ifndef GALLEY_COMMON_NUMBERS_QUANTITY_READER_H_
#define GALLEY_COMMON_NUMBERS_QUANTITY_READER_H_

#include <string_view>
#include <vector>

#include "common/numbers/quantity.h"

namespace galley::numbers {

// Reads Korean quantities: digits with separators and decimals, myriad units 만/억/조/경 with
// 천/백/십 inside each group and with or without spaces (1억1천만, 2억 4천 4백만, 1억2,345만6,780,
// 50 만), Sino-Korean numerals (삼억오천만), native numerals before counters (두 명, 스물한 살),
// approximations (약, 여, 수백, 가량, 이상, 미만), years, months, days, times, percent and
// percentage points, ordinals (제3차, 두 번째), multipliers (두 배), fractions (3분의 1, 절반),
// money (원, 달러, ₩, $), and counters and particles glued on (24,000명, 7,683.13으로).
//
// REQUIRES: `text` is valid UTF-8, NFKC-normalized (full-width digits already ASCII). Spans are
// byte offsets into `text`. Pure function; thread-safe.
std::vector<Quantity> ReadKoreanQuantities(std::string_view text);

// Reads English quantities: digits with separators and decimals, scale words (1.4 billion,
// $110 million), number words (twenty-five, a dozen, two hundred), fractions (half, a third of,
// two-thirds, one in five; 1/5 after a word of amount), vague magnitudes (hundreds, tens of
// thousands), ordinals (3rd, third), percent and percentage points, money ($, won, dollars, yen,
// yuan, euros), dates (June 18, 2025; Jan. 29), years, decades (the 1990s, in their 30s), times
// (9 a.m.), and approximations (about, nearly, more than, some). Same contract as
// ReadKoreanQuantities.
std::vector<Quantity> ReadEnglishQuantities(std::string_view text);

}  // namespace galley::numbers

#endif  // GALLEY_COMMON_NUMBERS_QUANTITY_READER_H_
