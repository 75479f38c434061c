// A quantity read from text: value, kind, unit, approximation and where it stands.
#ifndef GALLEY_COMMON_NUMBERS_QUANTITY_H_
#define GALLEY_COMMON_NUMBERS_QUANTITY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/numbers/decimal.h"
#include "common/text/sentence_splitter.h"

namespace galley::numbers {

enum class QuantityKind {
  kCount,         // A plain number or a count of things (24,000명, 12,000 people).
  kMoney,         // An amount with a currency in `unit` (ISO 4217: KRW, USD, JPY, CNY, EUR, GBP).
  kPercent,       // 3.5%, 3.5 percent.
  kPercentPoint,  // 0.5%포인트, 0.5 percentage point.
  kYear,          // A calendar year (2024년, in 2024).
  kMonth,         // A month of the year, 1-12 (3월, March).
  kDay,           // A day of the month, 1-31 (5일, March 5).
  kTime,          // An hour of the day, 0-24 (오전 9시, 9 a.m.).
  kOrdinal,       // First, 제3차, 두 번째.
  kAge,           // 45세, 45-year-old; 30대 (approximate) "in their 30s".
  kMultiplier,    // 두 배, twice, 3 times.
  kMeasure,       // A physical measure with a unit in `unit` (km, kg, m, t, ...).
  kDuration,      // A span of time with a unit in `unit` (year, month, day, hour, minute, week).
  kFraction,      // 3분의 1, 절반, a third of, two-thirds, one in five: see MakeFraction.
};

std::string_view QuantityKindName(QuantityKind kind);

struct Quantity {
  Decimal value;
  QuantityKind kind = QuantityKind::kCount;
  // Currency code for kMoney, unit symbol for kMeasure/kDuration, the fraction for kFraction
  // ("2/3"), the counter word otherwise (may be empty).
  std::string unit;
  // True for 약, 여, 가량, about, nearly, more than, ...: compared with a tolerance.
  bool approximate = false;
  // True for vague magnitudes without a precise value (수백 "hundreds", 수천 "thousands"): value
  // holds the order of magnitude.
  bool vague = false;
  // True for forms that translations often drop or add without changing the meaning ("the first
  // time", "half", "one of"): they match when a counterpart exists but are never reported alone.
  bool weak = false;
  // UTF-8 byte span in the text the reader was given, end exclusive.
  text::TextSpan span;
};

// Whether two quantities can describe the same thing (count ~ count, money ~ money in the same or
// no stated currency, year ~ count, ...). Symmetric.
bool CompatibleKinds(const Quantity& a, const Quantity& b);

// Whether `a` and `b` state the same amount: equal values, or within tolerance when either is
// approximate (10%, or the order of magnitude for vague ones). Kinds are not checked here.
bool SameValue(const Quantity& a, const Quantity& b);

// The value for people, with its unit: "12,000", "$1.2 billion", "3.5 trillion won", "25%".
std::string DescribeValue(const Quantity& q);

// A fraction, `numerator` over `denominator` (both positive), as both readers produce it: value
// the ratio to six decimal places (1/3 is 0.333333, so a third on either side compares equal),
// unit the fraction in lowest terms ("1/3"; 2/4 is "1/2"), which DescribeValue shows.
Quantity MakeFraction(int64_t numerator, int64_t denominator, text::TextSpan span);

// Appends a date's month and day (9/11, 6·15; "Jan. 29"), each with its span: what both readers
// produce for a date.
void AppendMonthAndDay(int month, text::TextSpan month_span, int day, text::TextSpan day_span,
                       std::vector<Quantity>* out);

}  // namespace galley::numbers

#endif  // GALLEY_COMMON_NUMBERS_QUANTITY_H_
