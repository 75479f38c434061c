// NUMBER_MISMATCH / NUMBER_MISSING / NUMBER_EXTRA: quantities compared by value and kind, never by
// digit strings, so 12억 달러 = $1.2 billion and 1만2천 명 != 1,200 people.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "common/base/str_cat.h"
#include "common/checks/pair_context.h"
#include "common/names/korean_words.h"
#include "common/names/phonetic_match.h"
#include "common/numbers/quantity_reader.h"
#include "common/numbers/relative_dates.h"
#include "common/text/utf8.h"

namespace galley::checks {
namespace {

using numbers::Quantity;
using numbers::QuantityKind;

Severity SeverityOf(const Quantity& q) {
  switch (q.kind) {
    case QuantityKind::kMoney:
      return Severity::kCritical;
    case QuantityKind::kOrdinal:
    case QuantityKind::kMultiplier:
    case QuantityKind::kMeasure:
    case QuantityKind::kDuration:
    case QuantityKind::kAge:
    case QuantityKind::kTime:
    case QuantityKind::kCount:
    case QuantityKind::kPercent:
    case QuantityKind::kPercentPoint:
    case QuantityKind::kYear:
    case QuantityKind::kMonth:
    case QuantityKind::kDay:
    case QuantityKind::kFraction:
      return Severity::kMajor;
  }
  return Severity::kMajor;
}

// Words by which English news gives a date without its number (9일 -> "on Monday").
bool MentionsRelativeDay(std::string_view english) {
  static constexpr std::string_view kWords[] = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      "yesterday", "today", "tomorrow", "Yesterday", "Today", "Tomorrow"};
  for (std::string_view w : kWords) {
    if (english.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// Whether Korean quantity `q` (spans in `ko`) is the number of a model's name, digits glued to a
// Hangul word (폴드6, 아이폰16), that the English writes glued to its letters as well ("Galaxy Z
// Fold6"), where the English reader sees a name and no number. `en`: the pair's English.
bool ModelNumberGluedInEnglish(std::string_view ko, const Quantity& q, std::string_view en) {
  const std::string_view digits = ko.substr(q.span.begin, q.span.end - q.span.begin);
  if (digits.empty() || q.span.begin == 0 ||
      !std::all_of(digits.begin(), digits.end(), [](char c) { return text::IsAsciiDigit(c); }) ||
      !text::IsHangulSyllable(text::DecodeUtf8Before(ko, q.span.begin))) {
    return false;
  }
  for (size_t at = en.find(digits); at != std::string_view::npos; at = en.find(digits, at + 1)) {
    const size_t end = at + digits.size();
    if (at > 0 && text::IsAsciiAlpha(en[at - 1]) &&
        (end == en.size() || !text::IsAsciiAlnum(en[end]))) {
      return true;
    }
  }
  return false;
}

// Whether English quantity `q` (spans in `en`) is a number word of five letters or more written
// as a name, capitalized, that the Korean transliterates (세븐틴 Seventeen, the band; 일레븐
// Eleven): a name with no number in the Korean reader's eyes. Short words (One, Two) are left
// out: they come close to too many syllables (원 won).
bool NumberWordTransliterated(std::string_view en, const Quantity& q, std::string_view ko) {
  constexpr size_t kShortest = 5;
  constexpr double kCloseTransliteration = 0.8;
  const std::string_view word = en.substr(q.span.begin, q.span.end - q.span.begin);
  if (word.size() < kShortest || !text::IsAsciiUpper(word[0]) ||
      !std::all_of(word.begin(), word.end(), [](char c) { return text::IsAsciiAlpha(c); })) {
    return false;
  }
  const std::string latin = names::LatinPhonemes(word);
  const double latin_weight = names::PhonemeWeight(latin);
  constexpr size_t kSyllableBytes = 3;
  for (const names::HangulWord& w : names::HangulWords(ko)) {
    // The word may be part of a compound (세븐일레븐): any two syllables or more of the stem.
    for (size_t begin = 0; begin + 2 * kSyllableBytes <= w.stem.size(); begin += kSyllableBytes) {
      for (size_t end = begin + 2 * kSyllableBytes; end <= w.stem.size(); end += kSyllableBytes) {
        const std::string hangul = names::HangulPhonemes(w.stem.substr(begin, end - begin));
        if (names::PhonemesMatch(hangul, names::PhonemeWeight(hangul), latin, latin_weight,
                                 kCloseTransliteration)) {
          return true;
        }
      }
    }
  }
  return false;
}

// Whether English quantity `q` (spans in `en`) is the part after the hyphen of an identifier of
// digits (a Boeing 737-800) that the Korean writes the same (`ko`: the pair's Korean), where the
// Korean reader takes no number after such a hyphen.
bool IdentifierPartInKorean(std::string_view en, const Quantity& q, std::string_view ko) {
  // Three digits or more on each side: not a score or a range of small numbers (3-6), which
  // both readers read as two numbers.
  constexpr size_t kIdentifierDigits = 3;
  size_t begin = q.span.begin;
  if (begin < 2 || en[begin - 1] != '-' || !text::IsAsciiDigit(en[begin - 2])) return false;
  const size_t hyphen = begin - 1;
  begin = hyphen;
  while (begin > 0 && text::IsAsciiDigit(en[begin - 1])) --begin;
  size_t end = q.span.begin;
  while (end < en.size() && text::IsAsciiDigit(en[end])) ++end;
  if (hyphen - begin < kIdentifierDigits || end - hyphen - 1 < kIdentifierDigits) return false;
  return ko.find(en.substr(begin, end - begin)) != std::string_view::npos;
}

// A designation: one to four Latin capitals, a hyphen and one to four digits, perhaps a capital or
// two after them (F-35A, I-35W, B-52, KF-21, SM-3, U-20): a name with a number in it, which English
// keeps as it is, a plural s aside (B-52s). Neither reader takes all of its number reliably, so the
// check compares designations whole.
struct Designation {
  text::TextSpan span;  // Offsets in the document.
  std::string letters;  // "KF".
  std::string key;      // The letters, digits and capitals after them: "KF21".
};

// The designations of `side`, the submitted text of one side of a pair, which starts at document
// offset `base`.
std::vector<Designation> FindDesignations(std::string_view side, uint32_t base) {
  std::vector<Designation> out;
  for (size_t hyphen = side.find('-'); hyphen != std::string_view::npos;
       hyphen = side.find('-', hyphen + 1)) {
    if (hyphen == 0 || hyphen + 1 >= side.size() || !text::IsAsciiDigit(side[hyphen + 1])) {
      continue;
    }
    size_t begin = hyphen;
    while (begin > 0 && text::IsAsciiUpper(side[begin - 1])) --begin;
    if (begin == hyphen || hyphen - begin > 4) continue;
    if (begin > 0 && (text::IsAsciiAlnum(side[begin - 1]) || side[begin - 1] == '-')) continue;
    size_t end = hyphen + 1;
    while (end < side.size() && text::IsAsciiDigit(side[end])) ++end;
    if (end - hyphen - 1 > 4) continue;
    size_t key_end = end;
    while (key_end < side.size() && key_end - end < 2 && text::IsAsciiUpper(side[key_end])) {
      ++key_end;
    }
    size_t span_end = key_end;
    if (span_end < side.size() && side[span_end] == 's') ++span_end;  // B-52s.
    if (span_end < side.size() && (text::IsAsciiAlnum(side[span_end]) || side[span_end] == '-')) {
      continue;
    }
    Designation d;
    d.span = {base + static_cast<uint32_t>(begin), base + static_cast<uint32_t>(span_end)};
    d.letters = std::string(side.substr(begin, hyphen - begin));
    d.key = StrCat(d.letters, side.substr(hyphen + 1, key_end - hyphen - 1));
    out.push_back(std::move(d));
  }
  return out;
}

// Whether document span `inner` lies within `outer`.
bool Within(text::TextSpan inner, text::TextSpan outer) {
  return outer.begin <= inner.begin && inner.end <= outer.end;
}

// Whether target quantity `q` is a conversion added in parentheses after another amount:
// "3.5 trillion won ($2.6 billion)", "100 km (62 miles)".
bool IsParentheticalConversion(std::string_view target, const Quantity& q) {
  size_t b = q.span.begin;
  while (b > 0 && (target[b - 1] == ' ' || target[b - 1] == '$')) --b;
  // Allow "about" / "or" / "roughly" between "(" and the number. Both searches stay within those
  // 16 bytes: a pair may be one line of hundreds of kilobytes, with thousands of quantities.
  constexpr size_t kMaxLead = 16;
  const size_t window = b > kMaxLead ? b - kMaxLead : 0;
  const size_t paren = target.substr(window, b + 1 - window).rfind('(');
  if (paren == std::string_view::npos) return false;
  const std::string_view lead = target.substr(window + paren, q.span.begin - (window + paren));
  if (lead.find(')') != std::string_view::npos) return false;
  return q.kind == QuantityKind::kMoney || q.kind == QuantityKind::kMeasure ||
         q.kind == QuantityKind::kCount;
}

// Metres per unit, for measures a translation may convert (120 km ~ 75 miles).
std::optional<double> MetresPer(std::string_view unit) {
  if (unit == "km") return 1000.0;
  if (unit == "mi" || unit == "mph") return 1609.344;
  if (unit == "m") return 1.0;
  if (unit == "ft") return 0.3048;
  if (unit == "cm") return 0.01;
  if (unit == "in") return 0.0254;
  if (unit == "mm") return 0.001;
  return std::nullopt;
}

// Square metres per unit, for areas (975 m² ~ 10,500 square feet, 3.3 m² per pyeong).
std::optional<double> SquareMetresPer(std::string_view unit) {
  if (unit == "m2") return 1.0;
  if (unit == "km2") return 1e6;
  if (unit == "sqft") return 0.09290304;
  if (unit == "mi2") return 2589988.11;
  if (unit == "ha") return 1e4;
  if (unit == "acre") return 4046.8564224;
  if (unit == "pyeong") return 3.305785;
  return std::nullopt;
}

// Kilograms per unit of weight (700kg ~ 1,500 pounds).
std::optional<double> KilogramsPer(std::string_view unit) {
  if (unit == "kg") return 1.0;
  if (unit == "lb") return 0.45359237;
  if (unit == "t") return 1000.0;
  return std::nullopt;
}

// Watts per unit of power (5 와트 vs 5 gigawatts is a mismatch a reader should see).
std::optional<double> WattsPer(std::string_view unit) {
  if (unit == "W") return 1.0;
  if (unit == "kW") return 1e3;
  if (unit == "MW") return 1e6;
  if (unit == "GW") return 1e9;
  return std::nullopt;
}

// Hours per unit of a duration (하루 ~ "24 hours").
std::optional<double> HoursPer(std::string_view unit) {
  if (unit == "second") return 1.0 / 3600;
  if (unit == "minute") return 1.0 / 60;
  if (unit == "hour") return 1.0;
  if (unit == "day") return 24.0;
  if (unit == "week") return 168.0;
  if (unit == "month") return 730.5;  // A twelfth of the year below: 18개월 is "a year and a half".
  if (unit == "year") return 8766.0;  // 365.25 days.
  return std::nullopt;
}

// Same amount: equal values (or within tolerance when approximate), or the same length in
// another unit within 10% (translations round converted figures).
bool SameAmount(const Quantity& a, const Quantity& b) {
  if (a.kind == QuantityKind::kMeasure && b.kind == QuantityKind::kMeasure && a.unit != b.unit) {
    auto ma = MetresPer(a.unit), mb = MetresPer(b.unit);
    if (!ma || !mb) ma = SquareMetresPer(a.unit), mb = SquareMetresPer(b.unit);
    if (!ma || !mb) ma = WattsPer(a.unit), mb = WattsPer(b.unit);
    if (!ma || !mb) ma = KilogramsPer(a.unit), mb = KilogramsPer(b.unit);
    if (ma && mb) {
      const double x = a.value.ToDouble() * *ma, y = b.value.ToDouble() * *mb;
      return x > 0 && y > 0 && std::fabs(x - y) <= 0.1 * std::max(x, y);
    }
  }
  if (a.kind == QuantityKind::kDuration && b.kind == QuantityKind::kDuration && a.unit != b.unit) {
    const auto ha = HoursPer(a.unit), hb = HoursPer(b.unit);
    if (ha && hb) {
      const double x = a.value.ToDouble() * *ha, y = b.value.ToDouble() * *hb;
      return x > 0 && std::fabs(x - y) <= 0.05 * std::max(x, y);
    }
    // Spans of time in units no table relates are not the same by their numbers alone (3년 is
    // not "three months"); a span whose unit is unsaid may be.
    if (!a.unit.empty() && !b.unit.empty()) return false;
  }
  // Years are exact, a decade (1990년대, "the 1990s") taking in its ten years: never the 10% an
  // approximate amount is allowed, which let 1990년대 pass as "the 1980s".
  // (Whole numbers within int64_t's range only: a reader may hand over a year of 29 digits.)
  auto fits_int64 = [](const numbers::Decimal& v) {
    return v.is_integer() && std::fabs(v.ToDouble()) < 1e18;
  };
  if (a.kind == QuantityKind::kYear && b.kind == QuantityKind::kYear && fits_int64(a.value) &&
      fits_int64(b.value)) {
    const auto x = static_cast<int64_t>(a.value.ToDouble()),
               y = static_cast<int64_t>(b.value.ToDouble());
    return a.unit == "decade" || b.unit == "decade" ? x / 10 == y / 10 : x == y;
  }
  // A fraction and a percentage (3분의 1, "33 percent"; 30%, "about a third"): equal as the
  // percentage rounds the fraction to a whole number or finer, within 10% where either is
  // approximate.
  if ((a.kind == QuantityKind::kFraction && b.kind == QuantityKind::kPercent) ||
      (a.kind == QuantityKind::kPercent && b.kind == QuantityKind::kFraction)) {
    const Quantity& fraction = a.kind == QuantityKind::kFraction ? a : b;
    const Quantity& percent = a.kind == QuantityKind::kFraction ? b : a;
    const double x = 100 * fraction.value.ToDouble(), y = percent.value.ToDouble();
    if (std::fabs(x - y) <= 0.5 + 1e-9) return true;
    return (a.approximate || b.approximate) && std::fabs(x - y) <= 0.1 * std::max(x, y) + 1e-9;
  }
  // A clock hour: Korean news writes 15시 where English writes "3 p.m.".
  if (a.kind == QuantityKind::kTime && b.kind == QuantityKind::kTime && fits_int64(a.value) &&
      fits_int64(b.value)) {
    const auto x = static_cast<int64_t>(a.value.ToDouble()),
               y = static_cast<int64_t>(b.value.ToDouble());
    if (x >= 0 && x <= 24 && y >= 0 && y <= 24 && x % 12 == y % 12) return true;
  }
  return numbers::SameValue(a, b);
}

// Whether English quantity `shown` (spans in `en`) is Korean quantity `exact` rounded to the
// digits the English writes: 79.1 trillion won for 79조987억 원, 9.18 trillion for 9조1,834억,
// 11.4% for 11.43%. Only where the English writes a decimal point (79.1, 9.18), whose last digit
// sets the precision, scaled by a word after it (trillion); within half a unit of that digit.
// Whether Korean `korean` (a quantity of `ko`) is a minute of a football match's second half
// (후반 20분) that English counts from the kick-off ("in the 65th minute"): 45 more.
bool SecondHalfMinute(const Quantity& korean, const Quantity& english, std::string_view ko) {
  if (korean.unit != "minute" || korean.span.begin > ko.size()) return false;
  if (english.kind != QuantityKind::kOrdinal && english.unit != "minute") return false;
  const std::string_view before = ko.substr(0, korean.span.begin);
  constexpr std::string_view kSecondHalf[] = {"후반 ", "후반전 "};
  const bool second_half =
      std::any_of(std::begin(kSecondHalf), std::end(kSecondHalf), [&](std::string_view w) {
        return before.size() >= w.size() && before.substr(before.size() - w.size()) == w;
      });
  if (!second_half) return false;
  const std::optional<numbers::Decimal> from_kick_off =
      korean.value.Plus(numbers::Decimal::FromInt(45));
  return from_kick_off && *from_kick_off == english.value;
}

bool EnglishRounds(const Quantity& exact, const Quantity& shown, std::string_view en) {
  const bool units_agree = exact.unit == shown.unit ||
                           (exact.kind == QuantityKind::kCount && shown.kind == QuantityKind::kCount &&
                            (exact.unit.empty() || shown.unit.empty()));
  if (!numbers::CompatibleKinds(exact, shown) || !units_agree || shown.approximate) return false;
  const std::string_view text = en.substr(shown.span.begin, shown.span.end - shown.span.begin);
  size_t i = 0;
  while (i < text.size() && !text::IsAsciiDigit(text[i])) ++i;
  size_t point = std::string_view::npos, end = i;
  while (end < text.size() && (text::IsAsciiDigit(text[end]) || text[end] == ',' ||
                               (text[end] == '.' && point == std::string_view::npos &&
                                end + 1 < text.size() && text::IsAsciiDigit(text[end + 1])))) {
    if (text[end] == '.') point = end;
    ++end;
  }
  if (point == std::string_view::npos) return false;
  const int decimals = static_cast<int>(end - point - 1);
  const std::string_view rest = text.substr(end);
  int scale = 0;
  for (const auto& [word, power] : {std::pair<std::string_view, int>{"thousand", 3},
                                    {"million", 6}, {"billion", 9}, {"trillion", 12}}) {
    if (rest.find(word) != std::string_view::npos) scale = power;
  }
  const double unit = std::pow(10.0, scale - decimals);
  const double x = exact.value.ToDouble(), y = shown.value.ToDouble();
  // Half a unit exactly rounds up (5,175만 명: 51.8 million), but not a rate (3.25%: neither 3.2%
  // nor 3.3%), which is never rounded.
  const bool half_up = exact.kind != QuantityKind::kPercent && y > x &&
                       std::fabs((y - x) - unit / 2) <= unit * 1e-9;
  return std::fabs(x - y) < unit / 2 - unit * 1e-9 || half_up;
}

// Where the English words that say the half of the day of clock hour `q` end: past "a.m." or
// "p.m.", whether in q's span ("3 p.m.") or after the minutes, which have a span of their own
// ("8:40 p.m.": the hour's span is the 8); q's own end where none does. `half`: 'a', 'p', or 0.
size_t EnglishClockWordsEnd(const Quantity& q, std::string_view text, char* half) {
  *half = 0;
  size_t end = q.span.end;
  while (end < text.size() &&
         (text[end] == ':' || text[end] == ' ' || text::IsAsciiDigit(text[end]))) {
    ++end;
  }
  const std::string_view said =
      text.substr(q.span.begin, std::min(end + 4, text.size()) - q.span.begin);
  for (const auto& [marker, which] :
       {std::pair<std::string_view, char>{"a.m.", 'a'}, {"p.m.", 'p'}}) {
    if (const size_t at = said.find(marker); at != said.npos) {
      *half = which;
      return q.span.begin + at + marker.size();
    }
  }
  return q.span.end;
}

// Where the Korean words that say the half of the day of clock hour `q` begin (오후 3시, 오후3시),
// and which half: 'a' (오전, 새벽, 아침), 'p' (오후, 저녁; 밤 but for 밤 12시, midnight), 0 for
// none (the hour's own span then).
size_t KoreanClockWordsBegin(const Quantity& q, std::string_view ko, char* half) {
  *half = 0;
  std::string_view before = ko.substr(0, q.span.begin);
  if (before.ends_with(' ')) before.remove_suffix(1);
  const double hour = q.value.ToDouble();
  for (const auto& [word, which] : {std::pair<std::string_view, char>{"오전", 'a'},
                                    {"새벽", 'a'},
                                    {"아침", 'a'},
                                    {"오후", 'p'},
                                    {"저녁", 'p'},
                                    {"밤", hour < 12 ? 'p' : '\0'}}) {
    if (which != 0 && before.ends_with(word)) {
      *half = which;
      return before.size() - word.size();
    }
  }
  return q.span.begin;
}

// The half of the day a clock hour says it is in: 'a', 'p' (as above, or an hour of 13 to 23),
// or 0 where it says neither (3시, "at 3"), which either clock's hour matches. `text`: what q's
// span is in.
char HalfOfDay(const Quantity& q, std::string_view text, bool korean) {
  if (q.kind != QuantityKind::kTime || q.span.end > text.size()) return 0;
  const double hour = q.value.ToDouble();
  if (hour >= 13 && hour < 24) return 'p';
  char half = 0;
  if (korean) {
    KoreanClockWordsBegin(q, text, &half);
  } else {
    EnglishClockWordsEnd(q, text, &half);
  }
  return half;
}

// A temperature's span widened to the words that put it below zero, and whether any do: 영하 or
// 마이너스 before the Korean degrees (영하 10도), a minus sign before either number (-10도, "-10
// degrees"), "minus" before the English or "below zero" or "below freezing" after it. The
// readers read no signs, so both sides are looked at here.
struct Temperature {
  text::TextSpan span;
  bool below_zero = false;
};
Temperature ReadTemperature(const Quantity& q, std::string_view text, bool korean) {
  Temperature out{q.span, false};
  std::string_view before = text.substr(0, q.span.begin);
  if (before.ends_with('-') || before.ends_with("\u2212")) {
    out.below_zero = true;
    out.span.begin =
        static_cast<uint32_t>(before.ends_with('-') ? before.size() - 1 : before.size() - 3);
    return out;
  }
  if (before.ends_with(' ')) before.remove_suffix(1);
  static constexpr std::string_view kKoreanWords[] = {"영하", "마이너스"};
  static constexpr std::string_view kEnglishWords[] = {"minus", "Minus"};
  for (std::string_view word : korean ? std::span<const std::string_view>(kKoreanWords)
                                      : std::span<const std::string_view>(kEnglishWords)) {
    if (before.ends_with(word)) {
      out.below_zero = true;
      out.span.begin = static_cast<uint32_t>(before.size() - word.size());
      return out;
    }
  }
  if (!korean) {
    const std::string_view after = text.substr(q.span.end);
    for (std::string_view words_after : {" below zero", " below freezing"}) {
      if (after.starts_with(words_after)) {
        out.below_zero = true;
        out.span.end = static_cast<uint32_t>(q.span.end + words_after.size());
      }
    }
  }
  return out;
}

// Whether `korean` and `english` are temperatures (degrees) one of which is below zero and the
// other not.
bool SignsOfTemperatureDisagree(const Quantity& korean, std::string_view ko,
                                const Quantity& english, std::string_view en) {
  const auto degrees = [](const Quantity& q) {
    return q.kind == QuantityKind::kMeasure && q.unit == "degree";
  };
  if (!degrees(korean) || !degrees(english) || korean.span.end > ko.size() ||
      english.span.end > en.size()) {
    return false;
  }
  return ReadTemperature(korean, ko, true).below_zero !=
         ReadTemperature(english, en, false).below_zero;
}

// Whether a Korean and an English clock hour each say which half of the day they are in, and
// say different ones (오후 3시, "3 a.m.").
bool HalvesOfDayDisagree(const Quantity& korean, std::string_view ko, const Quantity& english,
                         std::string_view en) {
  const char k = HalfOfDay(korean, ko, /*korean=*/true);
  const char e = HalfOfDay(english, en, /*korean=*/false);
  return k != 0 && e != 0 && k != e;
}

// Kinds that may stand for each other, with measures in convertible units counting as one.
bool Compatible(const Quantity& a, const Quantity& b) {
  if (a.kind == QuantityKind::kMeasure && b.kind == QuantityKind::kMeasure && a.unit != b.unit &&
      !(MetresPer(a.unit) && MetresPer(b.unit)) &&
      !(SquareMetresPer(a.unit) && SquareMetresPer(b.unit)) &&
      !(WattsPer(a.unit) && WattsPer(b.unit)) &&
      !(KilogramsPer(a.unit) && KilogramsPer(b.unit))) {
    return false;
  }
  // "6%포인트" ~ "a 6-point lead".
  auto point = [](const Quantity& p, const Quantity& c) {
    return p.kind == QuantityKind::kPercentPoint && c.kind == QuantityKind::kCount &&
           c.unit == "point";
  };
  if (point(a, b) || point(b, a)) return true;
  return numbers::CompatibleKinds(a, b);
}

// Korean words that stand for a date the English may spell out (이날 "that day" ~ "on June 14").
// With `for_a_year` false, only those that can stand for a day or a month: 올해, 내년, 작년 and
// 지난해 name a year, which may become "in 2009", never "on June 4".
bool MentionsRelativeTimeKorean(std::string_view korean, bool for_a_year) {
  static constexpr std::string_view kDayWords[] = {
      "이날", "당일", "당시", "오늘", "어제", "내일", "이번", "다음", "최근", "현지시간", "그날"};
  static constexpr std::string_view kYearWords[] = {"올해", "내년", "작년", "지난해"};
  for (std::string_view w : kDayWords) {
    if (korean.find(w) != std::string_view::npos) return true;
  }
  // 지난 before anything but 해: 지난 15일, 지난주, 지난달.
  for (size_t at = korean.find("지난"); at != std::string_view::npos;
       at = korean.find("지난", at + 1)) {
    if (korean.substr(at + std::string_view("지난").size(), 3) != "해") return true;
  }
  if (!for_a_year) return false;
  for (std::string_view w : kYearWords) {
    if (korean.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// English phrasings that replace a Korean year or month with a relative one ("next June" for
// 2009년 6월, "on Saturday" for 7월 마지막 토요일).
bool MentionsRelativeTime(std::string_view english) {
  static constexpr std::string_view kWords[] = {
      "last year", "next year", "this year", "a year ago", "years ago", "last month",
      "next month", "this month", "earlier this", "later this", "next ",  "last ", "ago"};
  for (std::string_view w : kWords) {
    if (english.find(w) != std::string_view::npos) return true;
  }
  return MentionsRelativeDay(english);
}

// The quantity just before target[t] in the text, if any.
const Quantity* PreviousQuantity(const std::vector<Quantity>& target, size_t t) {
  return t == 0 ? nullptr : &target[t - 1];
}

// A NUMBER_MISMATCH of pair `pair_index`: the Korean at `source` says one thing, the English at
// `target` another (both spans of the submitted documents).
Finding NumberMismatch(uint32_t pair_index, Severity severity, text::TextSpan source,
                       text::TextSpan target, std::string message) {
  Finding f;
  f.pair_index = pair_index;
  f.code = codes::kNumberMismatch;
  f.severity = severity;
  f.category = MqmCategory::kMistranslation;
  f.message = std::move(message);
  f.source_spans.push_back(source);
  f.target_spans.push_back(target);
  return f;
}

// A share given by two counts of one whole: Korean "10명 중 3명" (the whole, 중 or 가운데, the
// part, of one counter), English "three of the 10", "3 out of 10" (the part, "of", the whole).
struct Share {
  size_t whole, part;          // Indexes into the side's quantities.
  numbers::Quantity fraction;  // part/whole, spanning both counts (bytes of `document`).
};
std::vector<Share> SharesByCounts(const std::vector<Quantity>& side, std::string_view document,
                                  bool korean) {
  static constexpr std::string_view kKorean[] = {" 중 ", " 가운데 ", " 중에서 "};
  static constexpr std::string_view kEnglish[] = {" of ", " of the ", " out of ", " out of the "};
  std::vector<Share> shares;
  for (size_t k = 0; k + 1 < side.size(); ++k) {
    const Quantity& first = side[k];
    const Quantity& second = side[k + 1];
    if (first.kind != QuantityKind::kCount || second.kind != QuantityKind::kCount || first.vague ||
        second.vague || !first.value.is_integer() || !second.value.is_integer() ||
        first.span.end > second.span.begin || second.span.begin > document.size()) {
      continue;
    }
    const std::string_view between =
        document.substr(first.span.end, second.span.begin - first.span.end);
    const std::span<const std::string_view> joins =
        korean ? std::span<const std::string_view>(kKorean)
               : std::span<const std::string_view>(kEnglish);
    if (std::find(joins.begin(), joins.end(), between) == joins.end()) continue;
    if (korean && (first.unit.empty() || first.unit != second.unit)) continue;
    const size_t whole = korean ? k : k + 1, part = korean ? k + 1 : k;
    const double w = side[whole].value.ToDouble(), p = side[part].value.ToDouble();
    if (p < 1 || p >= w || w > 1e9) continue;
    shares.push_back({whole, part,
                      numbers::MakeFraction(static_cast<int64_t>(p), static_cast<int64_t>(w),
                                            {first.span.begin, second.span.end})});
    shares.back().fraction.approximate = first.approximate || second.approximate;
  }
  return shares;
}

// How English says a vague magnitude of 10^order: "dozens", "hundreds", "tens of thousands".
std::string DescribeMagnitude(int order) {
  static constexpr std::string_view kSmall[] = {"", "dozens", "hundreds", "thousands"};
  if (order >= 1 && order <= 3) return std::string(kSmall[order]);
  static constexpr std::pair<int, std::string_view> kLarge[] = {
      {12, "trillions"}, {9, "billions"}, {6, "millions"}, {3, "thousands"}};
  for (const auto& [scale, word] : kLarge) {
    if (order >= scale && order < scale + 3) {
      const int rest = order - scale;
      return std::string(rest == 0   ? ""
                         : rest == 1 ? "tens of "
                                     : "hundreds of ") +
             std::string(word);
    }
  }
  return "about 10^" + std::to_string(order);
}

// Vague magnitudes left unmatched on both sides that disagree in order (수백 명 as "thousands",
// 수십만 as "tens of thousands"): the Korean and English magnitudes of compatible kind that the
// other side has none of, paired in order (the English reader reads "tens of thousands" as one
// magnitude, 10^4: 수만). A vague magnitude against an exact number (수백 명, "about 300") is no
// finding.
void ReportVagueMagnitudes(const PairContext& pair, const std::vector<Quantity>& source,
                           const std::vector<bool>& source_used,
                           const std::vector<Quantity>& target,
                           const std::vector<bool>& target_used, std::vector<Finding>* findings) {
  struct Magnitude {
    const Quantity* q;
    int order;  // log10 of the magnitude.
  };
  // Orders of magnitude of vague amounts that a double holds (a reader may hand over 10^40).
  auto measurable = [](const Quantity& q) {
    const double v = q.value.ToDouble();
    return q.vague && v > 0 && v < 1e300;
  };
  auto order_of = [](const Quantity& q) {
    return static_cast<int>(std::floor(std::log10(q.value.ToDouble()) + 1e-9));
  };
  std::vector<Magnitude> korean, english;
  for (size_t s = 0; s < source.size(); ++s) {
    if (measurable(source[s]) && !source_used[s]) {
      korean.push_back({&source[s], order_of(source[s])});
    }
  }
  if (korean.empty()) return;
  for (size_t t = 0; t < target.size(); ++t) {
    if (measurable(target[t]) && !target_used[t]) {
      english.push_back({&target[t], order_of(target[t])});
    }
  }
  auto has_order = [](const std::vector<Magnitude>& side, int order) {
    return std::any_of(side.begin(), side.end(),
                       [&](const Magnitude& m) { return m.order == order; });
  };
  std::vector<const Magnitude*> english_left;
  for (const Magnitude& e : english) {
    if (!has_order(korean, e.order)) english_left.push_back(&e);
  }
  for (const Magnitude& k : korean) {
    if (has_order(english, k.order)) continue;
    const auto e = std::find_if(english_left.begin(), english_left.end(),
                                [&](const Magnitude* m) { return Compatible(*k.q, *m->q); });
    if (e == english_left.end()) continue;
    findings->push_back(
        NumberMismatch(pair.pair_index, Severity::kMajor, k.q->span, (*e)->q->span,
                       StrCat("Korean says ", DescribeMagnitude(k.order), " (",
                              Quote(pair.source_document, k.q->span), "); English says ",
                              DescribeMagnitude((*e)->order), " (",
                              Quote(pair.target_document, (*e)->q->span), ")")));
    english_left.erase(e);
  }
}

// Relative dates that disagree (지난해 rendered "this year", 어제 "tomorrow"): compared unit by
// unit, and only where both sides place something by that unit, each side's dates the other has
// no match for paired in order. A date one side gives as relative and the other as absolute
// (지난해, "in 2023") is no finding.
void ReportRelativeDates(const PairContext& pair, std::vector<Finding>* findings) {
  using numbers::RelativeDate;
  const std::vector<RelativeDate> korean = numbers::ReadKoreanRelativeDates(pair.source->text());
  if (korean.empty()) return;
  const std::vector<RelativeDate> english = numbers::ReadEnglishRelativeDates(pair.target->text());
  auto unmatched = [](const std::vector<RelativeDate>& side, const std::vector<RelativeDate>& other,
                      numbers::RelativeUnit unit) {
    std::vector<const RelativeDate*> left;
    for (const RelativeDate& d : side) {
      if (d.unit != unit) continue;
      const bool matched = std::any_of(other.begin(), other.end(), [&](const RelativeDate& o) {
        return o.unit == unit && o.offset == d.offset;
      });
      if (!matched) left.push_back(&d);
    }
    return left;
  };
  for (const numbers::RelativeUnit unit :
       {numbers::RelativeUnit::kDay, numbers::RelativeUnit::kWeek, numbers::RelativeUnit::kMonth,
        numbers::RelativeUnit::kYear}) {
    const std::vector<const RelativeDate*> ko_left = unmatched(korean, english, unit);
    const std::vector<const RelativeDate*> en_left = unmatched(english, korean, unit);
    for (size_t k = 0; k < std::min(ko_left.size(), en_left.size()); ++k) {
      const text::TextSpan source = pair.source->ToDocument(ko_left[k]->span);
      const text::TextSpan target = pair.target->ToDocument(en_left[k]->span);
      findings->push_back(
          NumberMismatch(pair.pair_index, Severity::kMajor, source, target,
                         StrCat("Korean says ", numbers::DescribeRelativeDate(*ko_left[k]), " (",
                                Quote(pair.source_document, source), "); English says ",
                                numbers::DescribeRelativeDate(*en_left[k]), " (",
                                Quote(pair.target_document, target), ")")));
    }
  }
}

// Whether count `q` of the Korean `ko` restates the countries the word before it lists by a
// syllable each (한미일 3국, 남북미 3자 회담, 한중 양국 aside): English lists them by name
// ("Korea, the U.S. and Japan") or says "trilateral", and carries the count or not.
bool CountOfListedCountries(std::string_view ko, const Quantity& q) {
  if (q.kind != QuantityKind::kCount || q.approximate) return false;
  // The counter after the number, or read with it (3개국).
  const std::string_view after = ko.substr(q.span.end);
  const std::string_view read = ko.substr(q.span.begin, q.span.end - q.span.begin);
  if (!after.starts_with("국") && !after.starts_with("개국") && !after.starts_with("자") &&
      !read.ends_with("국")) {
    return false;
  }
  size_t begin = q.span.begin;
  while (begin > 0 && ko[begin - 1] == ' ') --begin;
  if (begin == q.span.begin) return false;  // Glued to the word before: no list.
  static constexpr std::u32string_view kCountrySyllables = U"한미중일러북남";
  std::u32string seen;
  for (size_t at = begin; at > 0;) {
    size_t start = 0;
    const char32_t c = text::DecodeUtf8Before(ko, at, &start);
    if (kCountrySyllables.find(c) == std::u32string_view::npos) {
      if (c != U' ' && start != at && text::IsHangulSyllable(c)) return false;
      break;
    }
    if (seen.find(c) != std::u32string::npos) return false;
    seen.push_back(c);
    at = start;
  }
  return seen.size() >= 2 && numbers::Decimal::FromInt(static_cast<int64_t>(seen.size())) == q.value;
}

class NumberCheck final : public PairCheck {
 public:
  std::string_view name() const override { return "number"; }

  void Run(const PairContext& pair, std::vector<Finding>* findings) const override {
    if (pair.source->empty() || pair.target->empty()) return;  // Omission check's business.
    ReportRelativeDates(pair, findings);
    // Quantities were read once per sentence by the engine; their spans are in the submitted
    // documents, so text around them is looked up there too.
    const std::string_view ko = pair.source_document, en = pair.target_document;
    const std::string_view ko_pair = pair.source->original(), en_pair = pair.target->original();
    std::vector<Quantity> source = pair.source_quantities;
    std::vector<Quantity> target = pair.target_quantities;
    // 한 명, 1년: "a person", "a year" carry no numeral in English.
    // Ranks and ordinals keep their 1: 1위 is "first place", a fact to carry over.
    for (Quantity& q : source) {
      if (q.value == numbers::Decimal::FromInt(1) && q.kind != QuantityKind::kOrdinal) {
        q.weak = true;
      }
      if (CountOfListedCountries(ko, q)) q.weak = true;
    }
    std::vector<bool> source_used(source.size()), target_used(target.size());

    // 0. Designations (F-35A): one the English keeps is no number of its own on either side; one
    // the English writes with the same letters and another number is a mismatch. The English is
    // read only where the Korean has one.
    const uint32_t ko_base = pair.source->document_span().begin;
    const std::vector<Designation> source_designations = FindDesignations(ko_pair, ko_base);
    if (!source_designations.empty()) {
      const std::vector<Designation> target_designations =
          FindDesignations(en_pair, pair.target->document_span().begin);
      std::vector<bool> target_designation_used(target_designations.size());
      auto consume = [](const std::vector<Quantity>& side, std::vector<bool>* used,
                        text::TextSpan span) {
        for (size_t k = 0; k < side.size(); ++k) {
          if (Within(side[k].span, span)) (*used)[k] = true;
        }
      };
      auto kept = [&](const Designation& d) {
        for (size_t k = 0; k < target_designations.size(); ++k) {
          if (target_designations[k].key == d.key) {
            target_designation_used[k] = true;
            consume(target, &target_used, target_designations[k].span);
            return true;
          }
        }
        return false;
      };
      std::vector<const Designation*> changed;
      for (const Designation& d : source_designations) {
        consume(source, &source_used, d.span);
        if (!kept(d)) changed.push_back(&d);
      }
      for (const Designation* d : changed) {
        for (size_t k = 0; k < target_designations.size(); ++k) {
          const Designation& e = target_designations[k];
          if (target_designation_used[k] || e.letters != d->letters) continue;
          target_designation_used[k] = true;
          consume(target, &target_used, e.span);
          findings->push_back(NumberMismatch(
              pair.pair_index, Severity::kMajor, d->span, e.span,
              StrCat("Korean says ", Quote(ko, d->span), "; English says ", Quote(en, e.span))));
          break;
        }
      }
    }

    // 1. Match by amount: exact kind first, then any compatible kind. Units must agree in both
    // passes: 57억 달러 is not "5.7 billion won", nor 5 km "5 kg".
    for (int pass = 0; pass < 2; ++pass) {
      for (size_t s = 0; s < source.size(); ++s) {
        if (source_used[s]) continue;
        for (size_t t = 0; t < target.size(); ++t) {
          if (target_used[t]) continue;
          const bool kinds =
              (pass == 1 || source[s].kind == target[t].kind) && Compatible(source[s], target[t]);
          if ((kinds && !HalvesOfDayDisagree(source[s], ko, target[t], en) &&
               !SignsOfTemperatureDisagree(source[s], ko, target[t], en) &&
               (SameAmount(source[s], target[t]) || EnglishRounds(source[s], target[t], en))) ||
              SecondHalfMinute(source[s], target[t], ko)) {
            source_used[s] = target_used[t] = true;
            break;
          }
        }
      }
    }
    // 1a. A share one side gives by two counts of a whole (10명 중 3명; "three of the 10") and the
    // other as a fraction ("three in 10", "a third") or a percentage ("30 percent"): matched by
    // its ratio. A Korean share and an English fraction left over that disagree are one mismatch
    // (5명 중 1명, "one in four").
    const std::vector<Share> source_shares = SharesByCounts(source, ko, /*korean=*/true);
    const std::vector<Share> target_shares = SharesByCounts(target, en, /*korean=*/false);
    auto match_shares = [](const std::vector<Share>& shares, std::vector<bool>* counts_used,
                           const std::vector<Quantity>& other, std::vector<bool>* other_used) {
      for (const Share& share : shares) {
        for (size_t o = 0; o < other.size(); ++o) {
          if ((*counts_used)[share.whole] || (*counts_used)[share.part]) break;
          if ((*other_used)[o] || other[o].weak || !Compatible(share.fraction, other[o]) ||
              !SameAmount(share.fraction, other[o])) {
            continue;
          }
          (*counts_used)[share.whole] = (*counts_used)[share.part] = (*other_used)[o] = true;
        }
      }
    };
    match_shares(source_shares, &source_used, target, &target_used);
    match_shares(target_shares, &target_used, source, &source_used);
    for (const Share& share : source_shares) {
      if (source_used[share.whole] || source_used[share.part]) continue;
      for (size_t t = 0; t < target.size(); ++t) {
        if (target_used[t] || target[t].weak || target[t].kind != QuantityKind::kFraction) continue;
        source_used[share.whole] = source_used[share.part] = target_used[t] = true;
        findings->push_back(NumberMismatch(
            pair.pair_index, Severity::kMajor, share.fraction.span, target[t].span,
            StrCat("Korean says ", numbers::DescribeValue(share.fraction), " (",
                   Quote(ko, share.fraction.span), "); English says ",
                   numbers::DescribeValue(target[t]), " (", Quote(en, target[t].span), ")")));
        break;
      }
    }
    // 1b-1d. Amounts left over that say the same thing but for one word a translation got wrong:
    // each such pair is one mismatch that names the word, rather than an amount missing on one
    // side and extra on the other. `disagree` tells a pair; `describe` sets the finding's
    // message and spans.
    auto report_disagreeing = [&](auto disagree, auto describe) {
      for (size_t s = 0; s < source.size(); ++s) {
        for (size_t t = 0; !source_used[s] && t < target.size(); ++t) {
          if (target_used[t] || !disagree(source[s], target[t])) continue;
          source_used[s] = target_used[t] = true;
          Finding f;
          f.pair_index = pair.pair_index;
          f.code = codes::kNumberMismatch;
          f.severity = std::max(SeverityOf(source[s]), SeverityOf(target[t]));
          f.category = MqmCategory::kMistranslation;
          describe(source[s], target[t], &f);
          findings->push_back(std::move(f));
        }
      }
    };
    // 1b. The same amount of money in another currency (57억 달러, "5.7 billion won"): AI
    // translation swaps currencies as it swaps magnitudes.
    report_disagreeing(
        [&](const Quantity& sq, const Quantity& tq) {
          return sq.kind == QuantityKind::kMoney && tq.kind == QuantityKind::kMoney &&
                 !sq.unit.empty() && !tq.unit.empty() && sq.unit != tq.unit &&
                 numbers::SameValue(sq, tq) &&
                 IsParentheticalConversion(ko, sq) == IsParentheticalConversion(en, tq);
        },
        [&](const Quantity& sq, const Quantity& tq, Finding* f) {
          f->message = StrCat("Korean says ", numbers::DescribeValue(sq), " (", Quote(ko, sq.span),
                              "); English says ", numbers::DescribeValue(tq), " (",
                              Quote(en, tq.span), "): another currency");
          f->source_spans.push_back(sq.span);
          f->target_spans.push_back(tq.span);
        });
    // 1c. The same temperature below zero on one side only (영하 10도, "10 degrees").
    report_disagreeing(
        [&](const Quantity& sq, const Quantity& tq) {
          return SignsOfTemperatureDisagree(sq, ko, tq, en) && numbers::SameValue(sq, tq);
        },
        [&](const Quantity& sq, const Quantity& tq, Finding* f) {
          const Temperature korean = ReadTemperature(sq, ko, /*korean=*/true);
          const Temperature english = ReadTemperature(tq, en, /*korean=*/false);
          f->message = StrCat(
              "Korean says ", Quote(ko, korean.span), "; English says ", Quote(en, english.span),
              korean.below_zero ? ": the English drops the minus" : ": the English adds a minus");
          f->source_spans.push_back(korean.span);
          f->target_spans.push_back(english.span);
        });
    // 1d. The same hour on the other half of the day (오후 3시, "3 a.m."), quoted with the words
    // that say the half.
    report_disagreeing(
        [&](const Quantity& sq, const Quantity& tq) {
          return HalvesOfDayDisagree(sq, ko, tq, en) && SameAmount(sq, tq);
        },
        [&](const Quantity& sq, const Quantity& tq, Finding* f) {
          char half = 0;
          const text::TextSpan said{static_cast<uint32_t>(KoreanClockWordsBegin(sq, ko, &half)),
                                    sq.span.end};
          const text::TextSpan shown{tq.span.begin,
                                     static_cast<uint32_t>(EnglishClockWordsEnd(tq, en, &half))};
          f->message = StrCat("Korean says ", Quote(ko, said), " (",
                              HalfOfDay(sq, ko, /*korean=*/true) == 'p' ? "p.m." : "a.m.",
                              "); English says ", Quote(en, shown));
          f->source_spans.push_back(said);
          f->target_spans.push_back(shown);
        });
    // 1e. A change in percentage points one side states and the other gives by its two ends
    // (30%에서 25%로 떨어졌다, "fell 5 percentage points to 25 percent"): the points restate the
    // two rates, and the end the other side leaves unsaid is no omission.
    auto restate_difference =
        [](const std::vector<Quantity>& points_side, std::vector<bool>* points_used,
           const std::vector<Quantity>& rates_side, std::vector<bool>* rates_used) {
          for (size_t p = 0; p < points_side.size(); ++p) {
            if ((*points_used)[p] || points_side[p].kind != QuantityKind::kPercentPoint) continue;
            const double points = points_side[p].value.ToDouble();
            for (size_t i = 0; !(*points_used)[p] && i < rates_side.size(); ++i) {
              for (size_t j = 0; j < rates_side.size(); ++j) {
                const Quantity& x = rates_side[i];
                const Quantity& y = rates_side[j];
                if (i == j || x.kind != QuantityKind::kPercent ||
                    y.kind != QuantityKind::kPercent || ((*rates_used)[i] && (*rates_used)[j]) ||
                    std::fabs(std::fabs(x.value.ToDouble() - y.value.ToDouble()) - points) > 1e-9) {
                  continue;
                }
                (*points_used)[p] = (*rates_used)[i] = (*rates_used)[j] = true;
                break;
              }
            }
          }
        };
    restate_difference(target, &target_used, source, &source_used);
    restate_difference(source, &source_used, target, &target_used);
    ReportVagueMagnitudes(pair, source, source_used, target, target_used, findings);
    // 2. What is left: not vague, not a repeat of a value already matched on the same side
    // (야다브(60) after 60대), and on the English side not a conversion in parentheses.
    // A bare number in parentheses repeating a matched value restates it: 야다브(60) after 60대.
    auto repeats_matched = [](std::string_view text, const std::vector<Quantity>& side,
                              const std::vector<bool>& used, const Quantity& q) {
      const bool in_parentheses = q.span.begin > 0 && text[q.span.begin - 1] == '(' &&
                                  q.span.end < text.size() && text[q.span.end] == ')';
      if (!in_parentheses) return false;
      for (size_t k = 0; k < side.size(); ++k) {
        if (used[k] && side[k].value == q.value) return true;
      }
      return false;
    };
    std::vector<size_t> source_left, target_left;
    for (size_t s = 0; s < source.size(); ++s) {
      if (source_used[s] || source[s].vague) continue;
      if (repeats_matched(ko, source, source_used, source[s])) continue;
      source_left.push_back(s);
    }
    for (size_t t = 0; t < target.size(); ++t) {
      if (target_used[t] || target[t].vague) continue;
      if (repeats_matched(en, target, target_used, target[t])) continue;
      if (IdentifierPartInKorean(en, target[t], ko_pair)) continue;
      if (IsParentheticalConversion(en, target[t]) && target[t].kind == QuantityKind::kMeasure) {
        // A converted length or weight must agree with what it converts: "15 meters (49 feet)",
        // "1,500 pounds (680 kilograms)".
        const Quantity* converted = PreviousQuantity(target, t);
        const bool measure = converted != nullptr && converted->kind == QuantityKind::kMeasure;
        const bool lengths = measure && MetresPer(target[t].unit) && MetresPer(converted->unit);
        const bool weights =
            measure && KilogramsPer(target[t].unit) && KilogramsPer(converted->unit);
        if ((lengths || weights) && !SameAmount(*converted, target[t])) {
          Finding f;
          f.pair_index = pair.pair_index;
          f.code = codes::kNumberMismatch;
          f.severity = Severity::kMajor;
          f.category = MqmCategory::kMistranslation;
          f.message = StrCat(
              "English converts ", numbers::DescribeValue(*converted), " (",
              Quote(en, converted->span), ") to ", numbers::DescribeValue(target[t]), " (",
              Quote(en, target[t].span),
              lengths ? "), which is not the same length" : "), which is not the same weight");
          f.target_spans.push_back(converted->span);
          f.target_spans.push_back(target[t].span);
          findings->push_back(std::move(f));
        }
        continue;
      }
      target_left.push_back(t);
    }
    // 3. Leftovers of compatible kind, in order, disagree: a mismatch. Weak quantities ("two",
    // "first") take part, but two weak ones do not make a finding.
    auto pairs_with = [&](const Quantity& sq, size_t t) {
      // Two weak quantities pair only when the Korean one is a definite count (양국 "two
      // countries", 두 남성) or both are halves of a year: "a"/"one"/"first" on both sides are not
      // numbers to compare.
      const bool weak_pair = sq.weak && target[t].weak;
      // Or halves of a year on both sides (상반기 "the second half").
      const bool definite =
          (sq.kind == QuantityKind::kCount && numbers::Decimal::FromInt(2) <= sq.value) ||
          (sq.unit == "half" && target[t].unit == "half");
      // A conversion in parentheses ("(미화 2,326억 달러)", "(US$232.6 billion)") is compared
      // only with one on the other side.
      const bool same_bracketing =
          IsParentheticalConversion(ko, sq) == IsParentheticalConversion(en, target[t]);
      return Compatible(sq, target[t]) && (!weak_pair || definite) && same_bracketing &&
             sq.kind != QuantityKind::kDay && target[t].kind != QuantityKind::kYear &&
             sq.kind != QuantityKind::kYear;
    };
    // First every leftover that says the same kind of thing as one of the other side (money for
    // money: 123 million won, not the "topped" or "second-quarter" before it; $110 million for
    // $110 billion, not the "a year" before it), then one that is no weak word, then any. (The
    // second pass needs no same-kind search: the first left none, and leftovers only go.)
    for (const bool same_kind_pass : {true, false}) {
      for (auto sit = source_left.begin(); sit != source_left.end();) {
        const Quantity& sq = source[*sit];
        auto tit = target_left.end();
        if (same_kind_pass) {
          tit = std::find_if(target_left.begin(), target_left.end(), [&](size_t t) {
            return pairs_with(sq, t) && !target[t].weak && target[t].kind == sq.kind;
          });
        } else {
          tit = std::find_if(target_left.begin(), target_left.end(),
                             [&](size_t t) { return pairs_with(sq, t) && !target[t].weak; });
          if (tit == target_left.end()) {
            tit = std::find_if(target_left.begin(), target_left.end(),
                               [&](size_t t) { return pairs_with(sq, t); });
          }
        }
        if (tit == target_left.end()) {
          ++sit;
          continue;
        }
        const Quantity& tq = target[*tit];
        findings->push_back(NumberMismatch(
            pair.pair_index, std::max(SeverityOf(sq), SeverityOf(tq)), sq.span, tq.span,
            StrCat("Korean says ", numbers::DescribeValue(sq), " (", Quote(ko, sq.span),
                   "); English says ", numbers::DescribeValue(tq), " (", Quote(en, tq.span), ")")));
        target_left.erase(tit);
        sit = source_left.erase(sit);
      }
    }
    // 4. Numbers on one side only, unless weak, a repeat of a value already matched on that side
    // (15일 감금 ... 15일 동안 for one "15 days"), or replaced by a relative expression.
    auto repeats_any = [](const std::vector<Quantity>& side, const std::vector<bool>& used,
                          const Quantity& q) {
      // Dates and spans of time get restated; two counts of the same size are two facts.
      if (q.kind == QuantityKind::kCount || q.kind == QuantityKind::kMoney) return false;
      for (size_t k = 0; k < side.size(); ++k) {
        if (used[k] && side[k].value == q.value) return true;
      }
      return false;
    };
    // Whether the English (Korean) names a time without its number, read once a pair: each is a
    // search of the whole sentence, and a pair may be one long line with thousands of quantities.
    std::optional<bool> english_relative_day, english_relative_time, korean_relative_year,
        korean_relative_date;
    auto once = [](std::optional<bool>* known, auto read) {
      if (!known->has_value()) *known = read();
      return **known;
    };
    for (size_t s : source_left) {
      const Quantity& sq = source[s];
      if (sq.weak || repeats_any(source, source_used, sq)) continue;
      if (sq.kind == QuantityKind::kMoney && IsParentheticalConversion(ko, sq)) continue;
      if (sq.kind == QuantityKind::kDay &&
          once(&english_relative_day, [&] { return MentionsRelativeDay(en_pair); })) {
        continue;
      }
      if (ModelNumberGluedInEnglish(ko, sq, en_pair)) continue;
      if ((sq.kind == QuantityKind::kYear || sq.kind == QuantityKind::kMonth) &&
          once(&english_relative_time, [&] { return MentionsRelativeTime(en_pair); })) {
        continue;
      }
      Finding f;
      f.pair_index = pair.pair_index;
      f.code = codes::kNumberMissing;
      f.severity = SeverityOf(sq);
      f.category = MqmCategory::kOmission;
      f.message = StrCat("Korean says ", numbers::DescribeValue(sq), " (", Quote(ko, sq.span),
                         "); the English has no such number");
      f.source_spans.push_back(sq.span);
      findings->push_back(std::move(f));
    }
    for (size_t t : target_left) {
      const Quantity& tq = target[t];
      if (tq.weak || repeats_any(target, target_used, tq)) continue;
      if (IsParentheticalConversion(en, tq)) continue;
      if (NumberWordTransliterated(en, tq, ko)) continue;
      if (tq.kind == QuantityKind::kYear && once(&korean_relative_year, [&] {
            return MentionsRelativeTimeKorean(ko_pair, /*for_a_year=*/true);
          })) {
        continue;
      }
      if ((tq.kind == QuantityKind::kMonth || tq.kind == QuantityKind::kDay) &&
          once(&korean_relative_date,
               [&] { return MentionsRelativeTimeKorean(ko_pair, /*for_a_year=*/false); })) {
        continue;
      }
      Finding f;
      f.pair_index = pair.pair_index;
      f.code = codes::kNumberExtra;
      f.severity = SeverityOf(tq) == Severity::kCritical ? Severity::kCritical : Severity::kMajor;
      f.category = MqmCategory::kAddition;
      f.message = StrCat("English says ", numbers::DescribeValue(tq), " (", Quote(en, tq.span),
                         "); the Korean has no such number");
      f.target_spans.push_back(tq.span);
      findings->push_back(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<PairCheck> MakeNumberCheck() { return std::make_unique<NumberCheck>(); }

}  // namespace galley::checks
