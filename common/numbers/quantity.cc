#include "common/numbers/quantity.h"

#include <cmath>
#include <cstdio>
#include <numeric>

namespace galley::numbers {

std::string_view QuantityKindName(QuantityKind kind) {
  switch (kind) {
    case QuantityKind::kCount: return "count";
    case QuantityKind::kMoney: return "money";
    case QuantityKind::kPercent: return "percent";
    case QuantityKind::kPercentPoint: return "percentage point";
    case QuantityKind::kYear: return "year";
    case QuantityKind::kMonth: return "month";
    case QuantityKind::kDay: return "day";
    case QuantityKind::kTime: return "time";
    case QuantityKind::kOrdinal: return "ordinal";
    case QuantityKind::kAge: return "age";
    case QuantityKind::kMultiplier: return "multiplier";
    case QuantityKind::kMeasure: return "measure";
    case QuantityKind::kDuration: return "duration";
    case QuantityKind::kFraction:
      return "fraction";
  }
  return "quantity";
}

namespace {

// Kinds that are often written as a bare number on the other side: "2024년" ~ "in 2024",
// "24,000명" ~ "24,000", "3 percent" ~ "3%p" (newspapers blur percent and percentage point).
int KindClass(QuantityKind k) {
  switch (k) {
    case QuantityKind::kCount:
    case QuantityKind::kYear:
    case QuantityKind::kAge:
    case QuantityKind::kMeasure:
    case QuantityKind::kDuration:
    case QuantityKind::kOrdinal:
      return 0;
    case QuantityKind::kMoney:
      return 1;
    case QuantityKind::kPercent:
    case QuantityKind::kPercentPoint:
      return 2;
    case QuantityKind::kMonth:
      return 3;
    case QuantityKind::kDay:
      return 4;
    case QuantityKind::kTime:
      return 5;
    case QuantityKind::kMultiplier:
      return 0;  // "두 배" ~ "twice", "5번" ~ "five times": both read as counts of times.
    case QuantityKind::kFraction:
      return 6;
  }
  return 0;
}

}  // namespace

bool CompatibleKinds(const Quantity& a, const Quantity& b) {
  if (a.kind == QuantityKind::kMoney && b.kind == QuantityKind::kMoney) {
    return a.unit.empty() || b.unit.empty() || a.unit == b.unit;
  }
  const int ca = KindClass(a.kind), cb = KindClass(b.kind);
  if (ca == cb) return true;
  // A bare count may stand for money whose currency is said elsewhere in the sentence.
  if ((ca == 0 && cb == 1) || (ca == 1 && cb == 0)) return true;
  // Day and count: "5일" ~ "the 5th" read as ordinal/count.
  if ((ca == 4 && cb == 0) || (ca == 0 && cb == 4)) return true;
  // A fraction and a percentage: 30% ~ "a third", "half" ~ 50%.
  if ((ca == 6 && cb == 2) || (ca == 2 && cb == 6)) return true;
  return false;
}

bool SameValue(const Quantity& a, const Quantity& b) {
  if (a.value == b.value) return true;
  if (!a.approximate && !b.approximate && !a.vague && !b.vague) return false;
  const double x = a.value.ToDouble(), y = b.value.ToDouble();
  if (x <= 0 || y <= 0) return false;
  if (a.vague || b.vague) {
    // "수천" (thousands) ~ 2,000-9,999; same order of magnitude.
    return std::floor(std::log10(x) + 1e-9) == std::floor(std::log10(y) + 1e-9);
  }
  return std::fabs(x - y) <= 0.1 * std::max(x, y) + 1e-9;
}

std::string DescribeValue(const Quantity& q) {
  const std::string v = q.value.ToDisplayString();
  switch (q.kind) {
    case QuantityKind::kMoney:
      if (q.unit == "USD") return "$" + v;
      if (q.unit == "KRW") return v + " won";
      if (q.unit == "JPY") return v + " yen";
      if (q.unit == "CNY") return v + " yuan";
      if (q.unit == "EUR") return v + " euros";
      return q.unit.empty() ? v : v + " " + q.unit;
    case QuantityKind::kPercent:
      return v + "%";
    case QuantityKind::kPercentPoint:
      return v + " percentage points";
    case QuantityKind::kYear:
      if (q.unit == "decade") return "the " + q.value.ToString() + "s";
      return "the year " + q.value.ToString();
    case QuantityKind::kMonth:
      return "month " + v;
    case QuantityKind::kDay:
      return "day " + v;
    case QuantityKind::kTime:
      return v + " o'clock";
    case QuantityKind::kMultiplier:
      return v + " times";
    case QuantityKind::kFraction:
      return q.unit.empty() ? v : q.unit;
    case QuantityKind::kOrdinal:
      return "ordinal " + v;
    case QuantityKind::kDuration:
      // Units of time are words, plural but for one: "3 years", "1 month".
      if (q.unit.empty()) return v;
      return v + " " + q.unit + (q.value == Decimal::FromInt(1) ? "" : "s");
    default:
      if (q.unit.empty() || q.kind == QuantityKind::kCount) return v;
      if (q.unit == "degree" && !(q.value == Decimal::FromInt(1))) return v + " degrees";
      return v + " " + q.unit;
  }
}

Quantity MakeFraction(int64_t numerator, int64_t denominator, text::TextSpan span) {
  const int64_t divisor = std::gcd(numerator, denominator);
  if (divisor > 1) numerator /= divisor, denominator /= divisor;
  char ratio[48];
  std::snprintf(ratio, sizeof ratio, "%.6f",
                static_cast<double>(numerator) / static_cast<double>(denominator));
  Quantity q;
  q.kind = QuantityKind::kFraction;
  q.value = Decimal::Parse(ratio).value_or(Decimal());
  q.unit = std::to_string(numerator) + "/" + std::to_string(denominator);
  q.span = span;
  return q;
}

void AppendMonthAndDay(int month, text::TextSpan month_span, int day, text::TextSpan day_span,
                       std::vector<Quantity>* out) {
  Quantity m;
  m.kind = QuantityKind::kMonth;
  m.value = Decimal::FromInt(month);
  m.span = month_span;
  out->push_back(std::move(m));
  Quantity d;
  d.kind = QuantityKind::kDay;
  d.value = Decimal::FromInt(day);
  d.span = day_span;
  out->push_back(std::move(d));
}

}  // namespace galley::numbers
