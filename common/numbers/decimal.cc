#include "common/numbers/decimal.h"

#include <algorithm>
#include <cmath>

namespace galley::numbers {
namespace {

constexpr __int128 kMantissaLimit = static_cast<__int128>(1) << 120;

std::string Int128ToString(__int128 v) {
  if (v == 0) return "0";
  const bool negative = v < 0;
  if (negative) v = -v;
  std::string s;
  while (v > 0) {
    s.push_back(static_cast<char>('0' + static_cast<int>(v % 10)));
    v /= 10;
  }
  if (negative) s.push_back('-');
  std::reverse(s.begin(), s.end());
  return s;
}

std::string GroupThousands(const std::string& digits) {
  std::string out;
  const size_t n = digits.size();
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

}  // namespace

std::optional<Decimal> Decimal::Parse(std::string_view s) {
  __int128 mantissa = 0;
  int32_t exponent = 0;
  bool seen_digit = false, seen_point = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      if (mantissa > kMantissaLimit / 10) return std::nullopt;
      mantissa = mantissa * 10 + (c - '0');
      if (seen_point) --exponent;
      seen_digit = true;
    } else if (c == '.' && !seen_point) {
      seen_point = true;
    } else if (c == ',' && !seen_point) {
      continue;
    } else {
      return std::nullopt;
    }
  }
  if (!seen_digit) return std::nullopt;
  return Decimal(mantissa, exponent);
}

std::optional<Decimal> Decimal::Times(const Decimal& o) const {
  if (mantissa_ == 0 || o.mantissa_ == 0) return Decimal();
  const __int128 a = mantissa_ < 0 ? -mantissa_ : mantissa_;
  const __int128 b = o.mantissa_ < 0 ? -o.mantissa_ : o.mantissa_;
  if (a > kMantissaLimit / b) return std::nullopt;
  return Decimal(mantissa_ * o.mantissa_, exponent_ + o.exponent_);
}

std::optional<Decimal> Decimal::Plus(const Decimal& o) const {
  if (mantissa_ == 0) return o;
  if (o.mantissa_ == 0) return *this;
  // Bring both to the smaller exponent.
  const Decimal& hi = exponent_ >= o.exponent_ ? *this : o;
  const Decimal& lo = exponent_ >= o.exponent_ ? o : *this;
  __int128 scaled = hi.mantissa_;
  for (int32_t k = lo.exponent_; k < hi.exponent_; ++k) {
    if (scaled > kMantissaLimit / 10 || scaled < -kMantissaLimit / 10) return std::nullopt;
    scaled *= 10;
  }
  return Decimal(scaled + lo.mantissa_, lo.exponent_);
}

std::strong_ordering Decimal::operator<=>(const Decimal& o) const {
  if (*this == o) return std::strong_ordering::equal;
  const double a = ToDouble(), b = o.ToDouble();
  if (a != b) return a < b ? std::strong_ordering::less : std::strong_ordering::greater;
  // Equal as doubles but not exactly: compare exactly at the common exponent.
  const auto diff = Plus(Decimal(-o.mantissa_, o.exponent_));
  if (!diff) return std::strong_ordering::equal;
  return diff->mantissa_ < 0 ? std::strong_ordering::less : std::strong_ordering::greater;
}

double Decimal::ToDouble() const {
  return static_cast<double>(mantissa_) * std::pow(10.0, exponent_);
}

std::string Decimal::ToString() const {
  std::string digits = Int128ToString(mantissa_ < 0 ? -mantissa_ : mantissa_);
  std::string out = mantissa_ < 0 ? "-" : "";
  if (exponent_ >= 0) {
    out += digits;
    if (mantissa_ != 0) out.append(static_cast<size_t>(exponent_), '0');
    return out;
  }
  const size_t frac = static_cast<size_t>(-exponent_);
  if (digits.size() <= frac) digits.insert(0, frac - digits.size() + 1, '0');
  out += digits.substr(0, digits.size() - frac);
  out += '.';
  out += digits.substr(digits.size() - frac);
  return out;
}

std::string Decimal::ToDisplayString() const {
  static constexpr struct {
    int power;
    const char* word;
  } kScales[] = {{12, "trillion"}, {9, "billion"}, {6, "million"}};
  const __int128 abs_mantissa = mantissa_ < 0 ? -mantissa_ : mantissa_;
  const std::string sign = mantissa_ < 0 ? "-" : "";
  const size_t digits = Int128ToString(abs_mantissa).size();
  for (const auto& scale : kScales) {
    // Use a scale word when the value is at least 1 of that scale and has few significant digits.
    if (exponent_ + static_cast<int>(digits) > scale.power && digits <= 4 &&
        exponent_ + static_cast<int>(digits) <= scale.power + 3) {
      Decimal scaled(abs_mantissa, exponent_ - scale.power);
      return sign + scaled.ToString() + " " + scale.word;
    }
  }
  std::string plain = Decimal(abs_mantissa, exponent_).ToString();
  const size_t point = plain.find('.');
  std::string int_part = plain.substr(0, point);
  std::string out = sign + GroupThousands(int_part);
  if (point != std::string::npos) out += plain.substr(point);
  return out;
}

}  // namespace galley::numbers
