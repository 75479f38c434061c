// Exact decimal numbers for quantities: 12.3 trillion is 123 x 10^11, never 12299999999999.998.
#ifndef GALLEY_COMMON_NUMBERS_DECIMAL_H_
#define GALLEY_COMMON_NUMBERS_DECIMAL_H_

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace galley::numbers {

// value = mantissa x 10^exponent, kept normalized (no trailing zero digits in the mantissa; zero
// is 0 x 10^0) so that equal values compare equal field by field. The mantissa is 128-bit: enough
// for 38 significant digits, far beyond any quantity in news. Arithmetic that would overflow
// saturates to nullopt via the checked helpers. A value type; thread-compatible.
class Decimal {
 public:
  constexpr Decimal() = default;
  static Decimal FromInt(int64_t v) { return Decimal(v, 0); }
  // Parses ASCII digits with an optional '.' fraction and optional ',' group separators
  // ("12,000", "3.5", "1,234.50"). nullopt if anything else is in `s` or it is empty.
  static std::optional<Decimal> Parse(std::string_view s);
  // 10^power, power in [0, 30].
  static Decimal PowerOfTen(int power) { return Decimal(1, power); }

  std::optional<Decimal> Times(const Decimal& other) const;
  std::optional<Decimal> Plus(const Decimal& other) const;

  bool is_zero() const { return mantissa_ == 0; }
  bool is_integer() const { return exponent_ >= 0; }
  double ToDouble() const;
  // Plain decimal digits with a '.' if fractional: "12300000000000", "0.5".
  std::string ToString() const;
  // For people: thousands separators and a scale word for large round values
  // ("12,000", "1.2 billion", "3.5 trillion", "0.5").
  std::string ToDisplayString() const;

  bool operator==(const Decimal& o) const = default;
  std::strong_ordering operator<=>(const Decimal& o) const;

 private:
  constexpr Decimal(__int128 mantissa, int32_t exponent) : mantissa_(mantissa), exponent_(exponent) {
    Normalize();
  }
  constexpr void Normalize() {
    if (mantissa_ == 0) {
      exponent_ = 0;
      return;
    }
    while (mantissa_ % 10 == 0) {
      mantissa_ /= 10;
      ++exponent_;
    }
  }
  __int128 mantissa_ = 0;
  int32_t exponent_ = 0;
};

}  // namespace galley::numbers

#endif  // GALLEY_COMMON_NUMBERS_DECIMAL_H_
