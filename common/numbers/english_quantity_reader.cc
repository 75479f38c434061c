// English quantity reader. See quantity_reader.h for what it reads.
#include <algorithm>
#include <optional>
#include <string>

#include "common/numbers/code_points.h"
#include "common/numbers/quantity_reader.h"
#include "common/text/word_set.h"

namespace galley::numbers {
namespace {

using text::IsAsciiAlpha;
using text::IsAsciiDigit;

struct Word {
  std::string_view text;
  int value;
};

constexpr Word kCardinals[] = {
    {"zero", 0},      {"one", 1},        {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},      {"six", 6},        {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},      {"eleven", 11},    {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15},  {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},   {"thirty", 30},    {"forty", 40},     {"fifty", 50},    {"sixty", 60},
    {"seventy", 70},  {"eighty", 80},    {"ninety", 90},    {"dozen", 12}};
constexpr Word kOrdinals[] = {
    {"first", 1},       {"second", 2},      {"third", 3},       {"fourth", 4},
    {"fifth", 5},       {"sixth", 6},       {"seventh", 7},     {"eighth", 8},
    {"ninth", 9},       {"tenth", 10},      {"eleventh", 11},   {"twelfth", 12},
    {"thirteenth", 13}, {"fourteenth", 14}, {"fifteenth", 15},  {"twentieth", 20},
    {"thirtieth", 30},  {"fortieth", 40},   {"fiftieth", 50},   {"hundredth", 100}};
constexpr Word kScales[] = {{"hundred", 2},  {"thousand", 3}, {"million", 6},
                            {"billion", 9},  {"trillion", 12}, {"quadrillion", 15}, {"mln", 6},
                            {"bn", 9},       {"tn", 12}};
constexpr Word kVague[] = {{"dozens", 1},    {"hundreds", 2}, {"thousands", 3},
                           {"millions", 6},  {"billions", 9}, {"tens", 1}};
constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",
                                        "may",     "june",     "july",      "august",
                                        "september", "october", "november", "december"};
constexpr std::string_view kMonthAbbreviations[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                    "jul", "aug", "sep", "oct", "nov", "dec"};

struct UnitWord {
  std::string_view text;
  QuantityKind kind;
  const char* unit;
};
// Words after a number, longest first where one is a prefix of another.
constexpr UnitWord kUnitWords[] = {
    {"percentage points", QuantityKind::kPercentPoint, ""},
    {"percentage point", QuantityKind::kPercentPoint, ""},
    {"basis points", QuantityKind::kPercentPoint, "bp"},  // Hundredths of a point: see below.
    {"basis point", QuantityKind::kPercentPoint, "bp"},
    {"percent", QuantityKind::kPercent, ""},
    {"per cent", QuantityKind::kPercent, ""},
    {"won", QuantityKind::kMoney, "KRW"},
    {"dollars", QuantityKind::kMoney, "USD"},
    {"dollar", QuantityKind::kMoney, "USD"},
    {"yen", QuantityKind::kMoney, "JPY"},
    {"yuan", QuantityKind::kMoney, "CNY"},
    {"euros", QuantityKind::kMoney, "EUR"},
    {"pounds", QuantityKind::kMoney, "GBP"},
    {"years old", QuantityKind::kAge, ""},
    {"years", QuantityKind::kDuration, "year"},
    {"year", QuantityKind::kDuration, "year"},
    {"months", QuantityKind::kDuration, "month"},
    {"weeks", QuantityKind::kDuration, "week"},
    {"days", QuantityKind::kDuration, "day"},
    {"hours", QuantityKind::kDuration, "hour"},
    {"minutes", QuantityKind::kDuration, "minute"},
    {"seconds", QuantityKind::kDuration, "second"},
    {"times", QuantityKind::kMultiplier, ""},
    {"a.m.", QuantityKind::kTime, ""},
    {"p.m.", QuantityKind::kTime, ""},
    {"o'clock", QuantityKind::kTime, ""},
    {"km", QuantityKind::kMeasure, "km"},
    {"kilometers", QuantityKind::kMeasure, "km"},
    {"kilometres", QuantityKind::kMeasure, "km"},
    {"kg", QuantityKind::kMeasure, "kg"},
    {"kilograms", QuantityKind::kMeasure, "kg"},
    {"kilogram", QuantityKind::kMeasure, "kg"},
    {"tons", QuantityKind::kMeasure, "t"},
    {"tonnes", QuantityKind::kMeasure, "t"},
    {"meters", QuantityKind::kMeasure, "m"},
    {"metres", QuantityKind::kMeasure, "m"},
    {"miles", QuantityKind::kMeasure, "mi"},
    {"mile", QuantityKind::kMeasure, "mi"},
    {"mph", QuantityKind::kMeasure, "mph"},
    {"kph", QuantityKind::kMeasure, "km"},
    {"feet", QuantityKind::kMeasure, "ft"},
    {"foot", QuantityKind::kMeasure, "ft"},
    {"ft", QuantityKind::kMeasure, "ft"},
    {"inches", QuantityKind::kMeasure, "in"},
    {"acres", QuantityKind::kMeasure, "acre"},
    {"hectares", QuantityKind::kMeasure, "ha"},
    {"gallons", QuantityKind::kMeasure, "gal"},
    {"liters", QuantityKind::kMeasure, "l"},
    {"litres", QuantityKind::kMeasure, "l"},
    {"mm", QuantityKind::kMeasure, "mm"},
    {"cm", QuantityKind::kMeasure, "cm"},
    {"meters", QuantityKind::kMeasure, "m"},
    {"degrees", QuantityKind::kMeasure, "degree"},
    {"people", QuantityKind::kCount, "people"},
    {"points", QuantityKind::kCount, "point"},
    {"point", QuantityKind::kCount, "point"},
    {"decades", QuantityKind::kDuration, "decade"},
    {"centuries", QuantityKind::kDuration, "century"},
    {"square-foot", QuantityKind::kMeasure, "sqft"},
    {"square feet", QuantityKind::kMeasure, "sqft"},
    {"square-meter", QuantityKind::kMeasure, "m2"},
    {"square meters", QuantityKind::kMeasure, "m2"},
    {"square metres", QuantityKind::kMeasure, "m2"},
    {"square kilometers", QuantityKind::kMeasure, "km2"},
    {"square-kilometer", QuantityKind::kMeasure, "km2"},
    {"square miles", QuantityKind::kMeasure, "mi2"},
    {"square-mile", QuantityKind::kMeasure, "mi2"},
    {"barrels", QuantityKind::kMeasure, "bbl"},
    {"gigawatts", QuantityKind::kMeasure, "GW"},
    {"megawatts", QuantityKind::kMeasure, "MW"},
    {"kilowatts", QuantityKind::kMeasure, "kW"},
    {"watts", QuantityKind::kMeasure, "W"},
};

constexpr std::string_view kApproxBefore[] = {
    "about",   "around", "nearly", "almost", "approximately", "roughly", "some",
    "over",    "under",  "than",   "least",  "estimated",     "close",   "nearly",
    "upwards", "just",   "up",     "most",   "below",         "above"};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// A word of ASCII letters (with inner apostrophes) at i: [i, end).
size_t WordEnd(const CodePoints& t, size_t i) {
  size_t j = i;
  while (IsAsciiAlpha(t.at(j)) || (t.at(j) == '\'' && IsAsciiAlpha(t.at(j + 1)) && j > i)) ++j;
  return j;
}

std::string WordString(const CodePoints& t, size_t b, size_t e) {
  std::string s;
  for (size_t k = b; k < e; ++k) s.push_back(static_cast<char>(t.at(k)));
  return s;
}

// The lower-cased word ending before i (skipping one space), or "".
std::string PreviousWord(const CodePoints& t, size_t i) {
  size_t e = i;
  while (e > 0 && (t.at(e - 1) == ' ' || t.at(e - 1) == '$')) --e;
  size_t b = e;
  while (b > 0 && IsAsciiAlpha(t.at(b - 1))) --b;
  return Lower(WordString(t, b, e));
}

// Whether `lower_word` is a verb of winning a medal ("won gold", "took silver").
bool WonAMedal(std::string_view lower_word) {
  static constexpr std::string_view kVerbs[] = {"won",     "win",     "wins",   "took",
                                                "claimed", "grabbed", "earned", "clinched"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), lower_word) != std::end(kVerbs);
}

bool MatchesWordAt(const CodePoints& t, size_t i, std::string_view lower_word) {
  for (size_t k = 0; k < lower_word.size(); ++k) {
    char32_t c = t.at(i + k);
    if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
    if (c != static_cast<char32_t>(static_cast<unsigned char>(lower_word[k]))) return false;
  }
  const char32_t after = t.at(i + lower_word.size());
  return !IsAsciiAlpha(after) || lower_word.back() == '.';
}

// Reads number words at i ("two hundred", "twenty-five", "three million", "a dozen").
// Returns {value, end} or nullopt.
std::optional<std::pair<Decimal, size_t>> ReadNumberWords(const CodePoints& t, size_t i) {
  Decimal total, group;
  bool any = false;
  size_t j = i, end = i;
  while (true) {
    const size_t we = WordEnd(t, j);
    if (we == j) break;
    const std::string w = Lower(WordString(t, j, we));
    bool matched = false;
    if (w == "dozen" || w == "dozens") {
      // "a dozen" 12, "three dozen" 36.
      group = group.is_zero() ? Decimal::FromInt(12) : group.Times(Decimal::FromInt(12)).value_or(group);
      matched = true;
    }
    for (const Word& c : kCardinals) {
      if (matched) break;
      if (w == c.text) {
        group = group.Plus(Decimal::FromInt(c.value)).value_or(group);
        matched = true;
        break;
      }
    }
    if (!matched && any) {
      for (const Word& s : kScales) {
        if (w == s.text && s.value != 2) {
          if (group.is_zero()) group = Decimal::FromInt(1);
          total = total.Plus(group.Times(Decimal::PowerOfTen(s.value)).value_or(group))
                      .value_or(total);
          group = Decimal();
          matched = true;
          break;
        }
        if (w == s.text) {
          group = group.Times(Decimal::FromInt(100)).value_or(group);
          matched = true;
          break;
        }
      }
    }
    if (!matched && any && w == "and" ) {
      // "one hundred and ten": only when a number word follows.
      const size_t nb = we + 1;
      const size_t ne = WordEnd(t, nb);
      const std::string next = Lower(WordString(t, nb, ne));
      bool number_next = false;
      for (const Word& c : kCardinals) number_next |= next == c.text;
      if (t.at(we) == ' ' && number_next) {
        j = nb;
        continue;
      }
    }
    if (!matched) break;
    any = true;
    end = we;
    // Continue over "-" (twenty-five) or " " (two hundred).
    if ((t.at(we) == '-' || t.at(we) == ' ') && IsAsciiAlpha(t.at(we + 1))) {
      j = we + 1;
      continue;
    }
    break;
  }
  if (!any) return std::nullopt;
  return std::make_pair(total.Plus(group).value_or(total), end);
}

// The denominator a fraction word names (third 3, thirds 3, quarter 4, half 2), with whether it is
// plural; 0 for any other word. Ordinals from "third" to "tenth" and "hundredth"; "fourth" too
// (American "three-fourths").
std::pair<int, bool> FractionDenominator(std::string_view w) {
  const bool plural = w.size() > 2 && w.back() == 's';
  const std::string_view singular = plural ? w.substr(0, w.size() - 1) : w;
  if (singular == "half" || w == "halves") return {2, w == "halves"};
  if (singular == "quarter") return {4, plural};
  for (const Word& o : kOrdinals) {
    if (singular == o.text && o.value >= 3 && (o.value <= 10 || o.value == 100)) {
      return {o.value, plural};
    }
  }
  return {0, false};
}

// Whether the word before i is a word of approximation (kApproxBefore: "about a third").
bool AfterApproximation(const CodePoints& t, size_t i) {
  const std::string before = PreviousWord(t, i);
  return std::find(std::begin(kApproxBefore), std::end(kApproxBefore), before) !=
         std::end(kApproxBefore);
}

// A small number at i for a fraction's numerator or an "in" ratio's terms: digits (up to five)
// or a number word up to "ten" ("a" and "an" are one only when `article` allows). {value, end};
// value 0 when there is none.
std::pair<int64_t, size_t> SmallNumberAt(const CodePoints& t, size_t i, bool article) {
  if (IsAsciiDigit(t.at(i))) {
    int64_t v = 0;
    size_t j = i;
    while (IsAsciiDigit(t.at(j)) && j - i < 5) v = v * 10 + static_cast<int64_t>(t.at(j++) - '0');
    if (IsAsciiDigit(t.at(j)) || t.at(j) == ',' || t.at(j) == '.' || IsAsciiAlpha(t.at(j))) {
      return {0, i};  // 1,000, 2.5 and 3rd are no small whole numbers.
    }
    return {v, j};
  }
  const size_t we = WordEnd(t, i);
  if (we == i || we - i > 5) return {0, i};
  const std::string w = Lower(WordString(t, i, we));
  if (article && (w == "a" || w == "an")) return {1, we};
  for (const Word& c : kCardinals) {
    if (w == c.text && c.value >= 1 && c.value <= 10) return {c.value, we};
  }
  return {0, i};
}

// A fraction at i: "a third of", "one-third", "two-thirds", "three quarters", "a fifth of";
// "one in five", "1 in 10", "one out of three", "one in every four". Not the ordinal of "a third
// consecutive day": a third, a quarter or a fifth with a space before it is a fraction only
// before "of", before "to" and another amount ("a third to a half"), at the end of a clause, or
// after a word of approximation ("just a third say"). Halves are weak, as "half" is: English
// has "a week and a half" where Korean has no number. The fraction and where it ends.
std::optional<std::pair<Quantity, size_t>> ReadEnglishFraction(const CodePoints& t, size_t i) {
  // 1/5 and 2/3 where a word of amount comes before ("fell to 1/5", "about 2/3") or "of" after
  // ("1/3 of the budget"): elsewhere the two numbers may be a date (9/11) or a score.
  if (IsAsciiDigit(t.at(i))) {
    size_t j = i;
    int64_t numerator = 0, denominator = 0;
    while (IsAsciiDigit(t.at(j)) && j - i < 2) numerator = numerator * 10 + (t.at(j++) - '0');
    if (t.at(j) == '/' && IsAsciiDigit(t.at(j + 1))) {
      const size_t denominator_at = ++j;
      while (IsAsciiDigit(t.at(j)) && j - denominator_at < 3) {
        denominator = denominator * 10 + (t.at(j++) - '0');
      }
      static constexpr std::string_view kAmountWords[] = {
          "to",   "by",   "about", "nearly", "almost", "roughly", "around",        "than", "just",
          "only", "some", "over",  "under",  "a",      "of",      "approximately", "least"};
      const std::string before = PreviousWord(t, i);
      const bool amount_context = std::find(std::begin(kAmountWords), std::end(kAmountWords),
                                            before) != std::end(kAmountWords) ||
                                  (t.at(j) == ' ' && MatchesWordAt(t, j + 1, "of"));
      if (!IsAsciiDigit(t.at(j)) && t.at(j) != '/' && !IsAsciiAlpha(t.at(j)) && numerator >= 1 &&
          numerator < denominator && amount_context) {
        return std::make_pair(MakeFraction(numerator, denominator, {t.offset[i], t.offset[j]}), j);
      }
    }
  }
  const auto [numerator, numerator_end] = SmallNumberAt(t, i, /*article=*/true);
  if (numerator == 0) return std::nullopt;
  const char32_t separator = t.at(numerator_end);
  if (separator != ' ' && separator != '-') return std::nullopt;
  const size_t word_at = numerator_end + 1;
  const size_t word_end = WordEnd(t, word_at);
  const bool numerator_is_word = IsAsciiAlpha(t.at(i));
  if (numerator_is_word && word_end > word_at) {
    const auto [denominator, plural] = FractionDenominator(Lower(WordString(t, word_at, word_end)));
    // One third, two thirds: a singular after one, a plural after more.
    if (denominator > 0 && plural == (numerator > 1) && numerator < denominator) {
      bool fraction = separator == '-' || numerator > 1;
      if (!fraction) {
        const char32_t after = t.at(word_end);
        fraction = MatchesWordAt(t, word_end + 1, "of") ||
                   (MatchesWordAt(t, word_end + 1, "to") &&
                    SmallNumberAt(t, word_end + 4, /*article=*/true).first > 0) ||
                   after == '.' || after == ',' || after == ';' || after == 0 ||
                   AfterApproximation(t, i);
      }
      if (!fraction) return std::nullopt;
      Quantity q = MakeFraction(numerator, denominator, {t.offset[i], t.offset[word_end]});
      q.weak = denominator == 2;
      return std::make_pair(std::move(q), word_end);
    }
  }
  // One in five: "in", "out of", "in every", "of every" between two small numbers, the first
  // the smaller; not "10 in 1", a score, nor "one in 82 million".
  size_t k = numerator_end + 1;
  if (MatchesWordAt(t, k, "in") && t.at(k + 2) == ' ') {
    k += 3;
  } else if (MatchesWordAt(t, k, "out") && t.at(k + 3) == ' ' && MatchesWordAt(t, k + 4, "of") &&
             t.at(k + 6) == ' ') {
    k += 7;
  } else if (MatchesWordAt(t, k, "of") && t.at(k + 2) == ' ' && MatchesWordAt(t, k + 3, "every")) {
    k += 3;
  } else {
    return std::nullopt;
  }
  if (MatchesWordAt(t, k, "every") && t.at(k + 5) == ' ') k += 6;
  const auto [denominator, denominator_end] = SmallNumberAt(t, k, /*article=*/false);
  if (denominator < 2 || numerator >= denominator || denominator > 1000) return std::nullopt;
  const size_t next_end = WordEnd(t, denominator_end + 1);
  const std::string next = Lower(WordString(t, denominator_end + 1, next_end));
  for (const Word& s : kScales) {
    if (next == s.text) return std::nullopt;
  }
  if (next == "percent" || t.at(denominator_end) == '%' || t.at(denominator_end) == '-') {
    return std::nullopt;
  }
  return std::make_pair(
      MakeFraction(numerator, denominator, {t.offset[i], t.offset[denominator_end]}),
      denominator_end);
}

// Value of an upper-case Roman numeral of up to four letters from I, V, X (I to XXXIX), else 0.
int RomanValue(std::string_view w) {
  if (w.empty() || w.size() > 4) return 0;
  int total = 0;
  for (size_t k = 0; k < w.size(); ++k) {
    const int v = w[k] == 'I' ? 1 : w[k] == 'V' ? 5 : w[k] == 'X' ? 10 : 0;
    if (v == 0) return 0;
    const int next = k + 1 < w.size() ? (w[k + 1] == 'I' ? 1 : w[k + 1] == 'V' ? 5 : 10) : 0;
    total += v < next ? -v : v;
  }
  return total;
}

// Appends an hour of the clock and its minutes (no minute quantity for :00), with their spans.
void AppendClockTime(int hour, text::TextSpan hour_span, int minute, text::TextSpan minute_span,
                     std::vector<Quantity>* out) {
  Quantity h;
  h.value = Decimal::FromInt(hour);
  h.kind = QuantityKind::kTime;
  h.span = hour_span;
  out->push_back(std::move(h));
  if (minute == 0) return;
  Quantity m;
  m.value = Decimal::FromInt(minute);
  m.kind = QuantityKind::kDuration;
  m.unit = "minute";
  m.span = minute_span;
  out->push_back(std::move(m));
}

// Whether a lower-case word can start a quantity: a month, a number word, an ordinal, a vague
// magnitude, or a fraction or multiplier word.
bool IsNumberishWord(std::string_view w) {
  static const auto* words = [] {
    auto* set = new text::WordSet();
    for (const Word& x : kCardinals) set->Add(x.text);
    for (const Word& x : kOrdinals) set->Add(x.text);
    for (const Word& x : kVague) set->Add(x.text);
    for (std::string_view x : kMonths) set->Add(x);
    for (std::string_view x : kMonthAbbreviations) set->Add(x);
    for (std::string_view x :
         {"sept", "top", "topped", "tops", "both", "thrice", "once", "half", "quarter", "twice",
          "double", "triple", "doubled", "tripled", "gold", "silver", "bronze"}) {
      set->Add(x);
    }
    return set;
  }();
  return words->contains(w);
}

// Whether the word [b, e) may start a quantity: a Roman numeral (RomanValue's letters, at most
// four) or, lower-cased, a number-ish word. A cheap first test for every word of the text; the
// reader then looks at the few that pass.
bool MayStartQuantityWord(const CodePoints& t, size_t b, size_t e) {
  constexpr size_t kLongest = 16;  // Longer than every number-ish word.
  if (e - b > kLongest) return false;
  char lower[kLongest];
  bool roman = e - b <= 4;
  for (size_t k = b; k < e; ++k) {
    const char32_t c = t.at(k);
    roman = roman && (c == 'I' || c == 'V' || c == 'X');
    lower[k - b] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return roman || IsNumberishWord(std::string_view(lower, e - b));
}

}  // namespace

std::vector<Quantity> ReadEnglishQuantities(std::string_view text_in) {
  const CodePoints t(text_in);
  std::vector<Quantity> out;
  const size_t n = t.size();
  for (size_t i = 0; i < n;) {
    const char32_t c = t.at(i);
    const char32_t prev = i > 0 ? t.at(i - 1) : U' ';
    // A leading-dot decimal (.268 batting average) reads as 0.268.
    if (c == '.' && IsAsciiDigit(t.at(i + 1)) && !IsAsciiDigit(prev) && !IsAsciiAlpha(prev)) {
      size_t j = i + 1;
      std::string digits = "0.";
      while (IsAsciiDigit(t.at(j))) digits.push_back(static_cast<char>(t.at(j++)));
      // More digits than a Decimal holds (a run of 40 ones) read as no quantity.
      if (const std::optional<Decimal> value = Decimal::Parse(digits)) {
        Quantity q;
        q.value = *value;
        q.span = {t.offset[i], t.offset[j]};
        out.push_back(q);
      }
      i = j;
      continue;
    }
    if (IsAsciiAlpha(prev) || IsAsciiDigit(prev) || (prev == '.' && IsAsciiDigit(c))) {
      ++i;
      continue;
    }
    // Fractions first: their numerator ("a", "one", "1") would read as a number of its own.
    if (IsAsciiDigit(c) || (IsAsciiAlpha(c) && WordEnd(t, i) - i <= 5)) {
      if (std::optional<std::pair<Quantity, size_t>> fraction = ReadEnglishFraction(t, i)) {
        fraction->first.approximate = AfterApproximation(t, i);  // "about a third", "nearly 2/3".
        out.push_back(std::move(fraction->first));
        i = fraction->second;
        continue;
      }
    }
    if (IsAsciiAlpha(c)) {  // Most words: nothing to read.
      if (const size_t we = WordEnd(t, i); !MayStartQuantityWord(t, i, we)) {
        i = we;
        continue;
      }
    }
    Quantity q;
    size_t start = i, end = i;
    bool found = false;

    // Months, with an optional day: "March 5", "Jan. 29".
    if (IsAsciiAlpha(c)) {
      const size_t we = WordEnd(t, i);
      const std::string w = Lower(WordString(t, i, we));
      // Roman numerals after a name: World War II, Elizabeth II (an ordinal inside a name).
      if (const int roman = RomanValue(WordString(t, i, we)); roman > 0) {
        size_t b = i;
        while (b > 0 && t.at(b - 1) == ' ') --b;
        size_t pb = b;
        while (pb > 0 && IsAsciiAlpha(t.at(pb - 1))) --pb;
        const std::string previous = WordString(t, pb, b);
        if (!previous.empty() && previous[0] >= 'A' && previous[0] <= 'Z' &&
            (we - i >= 2 || previous == "War")) {
          q.value = Decimal::FromInt(roman);
          q.kind = QuantityKind::kOrdinal;
          q.weak = true;
          q.span = {t.offset[i], t.offset[we]};
          out.push_back(q);
          i = we;
          continue;
        }
      }
      if (!IsNumberishWord(w)) {  // Most words: nothing to read.
        i = we;
        continue;
      }
      int month = 0;
      for (int m = 0; m < 12; ++m) {
        if (w == kMonths[m] || (w == kMonthAbbreviations[m] && t.at(we) == '.') ||
            (w == "sept" && m == 8 && t.at(we) == '.')) {
          month = m + 1;
        }
      }
      // "may" is usually the verb: a month when capitalized and followed by a day or year, or
      // after a preposition of time ("in May", "since May", "last May").
      if (month == 5) {
        const std::string before = PreviousWord(t, i);
        static constexpr std::string_view kTimeWords[] = {
            "in", "since", "until", "till", "last", "next", "this", "early", "late", "mid",
            "of", "by", "from", "through", "during", "on", "before", "after"};
        bool time_word = false;
        for (std::string_view tw : kTimeWords) time_word |= before == tw;
        if (c != 'M' || !(time_word || (t.at(we) == ' ' && IsAsciiDigit(t.at(we + 1))))) month = 0;
      }
      if (month > 0 && t.at(i) >= 'A' && t.at(i) <= 'Z') {
        q.kind = QuantityKind::kMonth;
        q.value = Decimal::FromInt(month);
        q.span = {t.offset[i], t.offset[we]};
        out.push_back(q);
        size_t j = we;
        if (t.at(j) == '.') ++j;
        if (t.at(j) == ' ' && IsAsciiDigit(t.at(j + 1))) {
          size_t k = j + 1;
          int day = 0;
          while (IsAsciiDigit(t.at(k)) && day < 100) day = day * 10 + static_cast<int>(t.at(k++) - '0');
          if (day >= 1 && day <= 31 && !IsAsciiDigit(t.at(k))) {
            Quantity d;
            d.kind = QuantityKind::kDay;
            d.value = Decimal::FromInt(day);
            while (IsAsciiAlpha(t.at(k))) ++k;  // "5th"
            d.span = {t.offset[j + 1], t.offset[k]};
            out.push_back(d);
            j = k;
          }
        }
        i = std::max(j, i + 1);
        continue;
      }
      // Vague magnitudes: "hundreds of", "thousands"; "tens of thousands" and "hundreds of
      // millions" one magnitude (10^4, 10^8: 수만, 수억), as Korean writes them in one word.
      for (const Word& v : kVague) {
        if (w == v.text) {
          int order = v.value;
          end = we;
          if (v.value <= 2 && t.at(we) == ' ' && MatchesWordAt(t, we + 1, "of") &&
              t.at(we + 3) == ' ') {
            const size_t scale_end = WordEnd(t, we + 4);
            const std::string scale = Lower(WordString(t, we + 4, scale_end));
            for (const Word& larger : kVague) {
              if (scale == larger.text && larger.value >= 3) {
                order += larger.value;
                end = scale_end;
              }
            }
          }
          q.value = Decimal::PowerOfTen(order);
          q.vague = true;
          q.approximate = true;
          found = true;
        }
      }
      if (!found && ((w == "top" && (PreviousWord(t, i) == "the" || PreviousWord(t, i) == "at")) ||
                     w == "topped" || w == "tops")) {
        // "at the top", "the top spot", "topped the chart": first place (1위에 올랐다).
        q.value = Decimal::FromInt(1);
        q.kind = QuantityKind::kOrdinal;
        q.weak = true;
        end = we;
        found = true;
      } else if (!found && (w == "gold" || w == "silver" || w == "bronze") &&
                 (MatchesWordAt(t, we + 1, "medal") || MatchesWordAt(t, we + 1, "medals") ||
                  MatchesWordAt(t, we + 1, "medalist") || WonAMedal(PreviousWord(t, i)))) {
        // "won the gold medal", "took silver": first, second or third place (1위, 2위, 3위),
        // weak as "topped" is: a medal is no number a translation must carry.
        q.value = Decimal::FromInt(w == "gold" ? 1 : w == "silver" ? 2 : 3);
        q.kind = QuantityKind::kOrdinal;
        q.weak = true;
        end = we;
        found = true;
      } else if (!found && w == "both") {
        q.value = Decimal::FromInt(2);
        q.weak = true;
        end = we;
        found = true;
      } else if (!found && w == "half") {
        q = MakeFraction(1, 2, {});
        q.weak = true;
        end = we;
        found = true;
      } else if (!found && w == "quarter") {
        // Mostly a business quarter ("the first quarter"): no fraction to compare.
        q.value = *Decimal::Parse("0.25");
        q.weak = true;
        end = we;
        found = true;
      } else if (!found && (w == "twice" || w == "double" || w == "triple" || w == "doubled" ||
                            w == "tripled" || w == "thrice" || w == "once")) {
        q.value = Decimal::FromInt(w == "once" ? 1 : (w[0] == 't' && w != "twice") ? 3 : 2);
        q.kind = QuantityKind::kMultiplier;
        q.weak = true;
        end = we;
        found = true;
      } else if (!found) {
        for (const Word& o : kOrdinals) {
          if (w == o.text) {
            q.value = Decimal::FromInt(o.value);
            q.kind = QuantityKind::kOrdinal;
            q.weak = true;  // "the first time", "second-largest": often no Korean numeral.
            // A half of a year ("the first half", "first-half sales"): 상반기, 하반기.
            if ((t.at(we) == ' ' || t.at(we) == '-') && MatchesWordAt(t, we + 1, "half")) {
              q.unit = "half";
            }
            end = we;
            found = true;
          }
        }
      }
      if (!found) {
        if (auto words = ReadNumberWords(t, i)) {
          q.value = words->first;
          end = words->second;
          found = true;
          // A lone "one" is usually a pronoun or article ("one of the"); small numbers spelled out
          // are often implicit in Korean (두 나라 ~ "the two countries").
          // Spelled-out small numbers are often implicit in Korean ("the two sides" for 양측,
          // "the two Koreas" for 남북): they match a Korean number when there is one, and are
          // compared with it, but are not reported as extra on their own.
          if (q.value <= Decimal::FromInt(12) && q.value.is_integer()) q.weak = true;
        }
      }
      if (!found) {
        i = we > i ? we : i + 1;
        continue;
      }
    } else {
      std::string currency;
      if ((c == '$' || c == U'₩') && IsAsciiDigit(t.at(i + 1))) {
        currency = c == '$' ? "USD" : "KRW";
        ++i;
      } else if (c == 'U' && t.at(i + 1) == 'S' && t.at(i + 2) == '$' && IsAsciiDigit(t.at(i + 3))) {
        currency = "USD";
        i += 3;
      }
      if (!IsAsciiDigit(t.at(i))) {
        i = start + 1;
        continue;
      }
      std::string digits;
      size_t j = i;
      while (IsAsciiDigit(t.at(j))) digits.push_back(static_cast<char>(t.at(j++)));
      while (t.at(j) == ',' && IsAsciiDigit(t.at(j + 1)) && IsAsciiDigit(t.at(j + 2)) &&
             IsAsciiDigit(t.at(j + 3)) && !IsAsciiDigit(t.at(j + 4))) {
        for (size_t k = 1; k <= 3; ++k) digits.push_back(static_cast<char>(t.at(j + k)));
        j += 4;
      }
      // 8:40 p.m.: an hour and its minutes.
      if (t.at(j) == ':' && IsAsciiDigit(t.at(j + 1)) && IsAsciiDigit(t.at(j + 2)) &&
          !IsAsciiDigit(t.at(j + 3)) && digits.size() <= 2) {
        AppendClockTime(std::stoi(digits), {t.offset[start], t.offset[j]},
                        static_cast<int>((t.at(j + 1) - '0') * 10 + (t.at(j + 2) - '0')),
                        {t.offset[j + 1], t.offset[j + 3]}, &out);
        i = j + 3;
        if (MatchesWordAt(t, i + 1, "a.m.") || MatchesWordAt(t, i + 1, "p.m.")) i += 5;
        continue;
      }
      // 0715 GMT, 1215 GMT: the wire services' 24-hour clock, an hour and its minutes.
      if (digits.size() == 4 && j - i == 4 && currency.empty() && t.at(j) != '.' &&
          !IsAsciiAlpha(t.at(j)) &&
          (digits[0] == '0' || (t.at(j) == ' ' && (MatchesWordAt(t, j + 1, "gmt") ||
                                                   MatchesWordAt(t, j + 1, "utc"))))) {
        const int hour = std::stoi(digits.substr(0, 2)), minute = std::stoi(digits.substr(2));
        if (hour < 24 && minute < 60) {
          AppendClockTime(hour, {t.offset[start], t.offset[i + 2]}, minute,
                          {t.offset[i + 2], t.offset[j]}, &out);
          i = j;
          continue;
        }
      }
      // The 9/11 attacks, 9.11 terror, the 6.15 declaration: a month and day that name an event,
      // as Korean writes them and a translation keeps them (elsewhere 3/4 may be a fraction and
      // 6.15 a decimal).
      if (digits.size() <= 2 && j - i == digits.size() && currency.empty() &&
          (t.at(j) == '.' || t.at(j) == '/') && IsAsciiDigit(t.at(j + 1))) {
        size_t day_end = j + 1;
        int day = 0;
        while (IsAsciiDigit(t.at(day_end)) && day_end - j <= 2) {
          day = day * 10 + static_cast<int>(t.at(day_end++) - '0');
        }
        const int month = std::stoi(digits);
        static constexpr std::string_view kEvents[] = {
            "terror",   "terrorist", "attack",   "attacks",  "declaration", "summit",
            "uprising", "movement",  "incident", "massacre", "coup",        "war",
            "commission", "memorial"};
        const bool event =
            t.at(day_end) == ' ' &&
            std::any_of(std::begin(kEvents), std::end(kEvents),
                        [&](std::string_view w) { return MatchesWordAt(t, day_end + 1, w); });
        if (event && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
          AppendMonthAndDay(month, {t.offset[start], t.offset[j]}, day,
                            {t.offset[j + 1], t.offset[day_end]}, &out);
          i = day_end;
          continue;
        }
      }
      const bool plain_integer = t.at(j) != '.' || !IsAsciiDigit(t.at(j + 1));
      const bool had_comma = digits.size() != j - i;
      if (!plain_integer) {
        digits.push_back('.');
        ++j;
        while (IsAsciiDigit(t.at(j))) digits.push_back(static_cast<char>(t.at(j++)));
      }
      auto value = Decimal::Parse(digits);
      if (!value) {
        i = j;
        continue;
      }
      q.value = *value;
      end = j;
      found = true;
      if (!currency.empty()) {
        q.kind = QuantityKind::kMoney;
        q.unit = currency;
      }
      // Ordinal suffixes and decades: 3rd, 21st, 1990s, 30s.
      if (MatchesWordAt(t, j, "st") || MatchesWordAt(t, j, "nd") || MatchesWordAt(t, j, "rd") ||
          MatchesWordAt(t, j, "th")) {
        q.kind = QuantityKind::kOrdinal;
        end = j + 2;
      } else if (t.at(j) == 's' && !IsAsciiAlpha(t.at(j + 1))) {
        const double v = q.value.ToDouble();
        q.kind = v >= 1000 ? QuantityKind::kYear : QuantityKind::kAge;
        q.unit = v >= 1000 ? "decade" : "";
        q.approximate = true;
        end = j + 1;
      } else if (t.at(j) == '\'' && t.at(j + 1) == 's') {
        end = j;
      } else if (IsAsciiAlpha(t.at(j))) {
        // Glued units (210mm, 120km, 8AM) are quantities; other letters (3G, 4K, G20) make a name.
        static constexpr std::string_view kGluedUnits[] = {"km", "kg", "m",  "mm", "cm", "ml",
                                                           "bn", "mln", "tn", "mph", "ft"};
        bool unit = false;
        for (std::string_view u : kGluedUnits) unit |= MatchesWordAt(t, j, u);
        if (MatchesWordAt(t, j, "am") || MatchesWordAt(t, j, "pm")) {
          q.kind = QuantityKind::kTime;
          end = j + 2;
          unit = true;
        }
        // 117AD, 500BC: a year of the era.
        if (MatchesWordAt(t, j, "ad") || MatchesWordAt(t, j, "bc")) {
          q.kind = QuantityKind::kYear;
          end = j + 2;
          unit = true;
        }
        if (!unit) {
          i = WordEnd(t, j);
          continue;
        }
      }
      if (q.kind != QuantityKind::kTime && t.at(end) == ' ' &&
          (MatchesWordAt(t, end + 1, "am") || MatchesWordAt(t, end + 1, "pm"))) {
        q.kind = QuantityKind::kTime;  // "8 AM"
        end += 3;
      }
      // Scale words: 1.4 billion, $110 million, 3 thousand.
      size_t k = end;
      if (t.at(k) == ' ' || t.at(k) == '-') ++k;
      bool scaled = false;
      for (const Word& s : kScales) {
        if (MatchesWordAt(t, k, s.text) || (s.value == 6 && MatchesWordAt(t, end, "m") &&
                                             q.kind == QuantityKind::kMoney && k == end)) {
          q.value = q.value.Times(Decimal::PowerOfTen(s.value)).value_or(q.value);
          end = k + s.text.size();
          scaled = true;
          break;
        }
      }
      // Units and kinds after the number.
      size_t u = end;
      if (t.at(u) == '%') {
        q.kind = QuantityKind::kPercent;
        end = u + 1;
        if (MatchesWordAt(t, end + 1, "percentage point") ||
            MatchesWordAt(t, end + 1, "percentage points")) {
          q.kind = QuantityKind::kPercentPoint;
        }
      } else {
        if (t.at(u) == ' ' || t.at(u) == '-') ++u;
        for (const UnitWord& uw : kUnitWords) {
          if (MatchesWordAt(t, u, uw.text)) {
            if (q.kind != QuantityKind::kMoney || uw.kind == QuantityKind::kMoney) {
              q.kind = uw.kind;
              q.unit = uw.unit;
            }
            end = u + uw.text.size();
            break;
          }
        }
        // "five decades": 50 years; "two centuries": 200 years.
        if (q.kind == QuantityKind::kDuration && (q.unit == "decade" || q.unit == "century")) {
          q.value = q.value.Times(Decimal::FromInt(q.unit == "decade" ? 10 : 100)).value_or(q.value);
          q.unit = "year";
        }
        // "45-year-old": an age.
        for (std::string_view age : {"-year-old", " year-old", "-year-olds"}) {
          if (MatchesWordAt(t, j, age)) {
            q.kind = QuantityKind::kAge;
            q.unit.clear();
            end = j + age.size();
          }
        }
      }
      // "weigh up to 1,500 pounds (700 kilograms)": pounds of weight, not sterling.
      if (q.kind == QuantityKind::kMoney && q.unit == "GBP" && currency.empty()) {
        const std::string_view rest = text_in.substr(t.offset[std::min(end, n)]);
        const std::string_view head = text_in.substr(0, t.offset[start]);
        const size_t weigh = head.rfind("weigh");
        if ((weigh != std::string_view::npos && t.offset[start] - weigh < 40) ||
            rest.substr(0, 40).find("kilogram") != std::string_view::npos ||
            rest.substr(0, 16).find("kg") != std::string_view::npos) {
          q.kind = QuantityKind::kMeasure;
          q.unit = "lb";
        }
      }
      // A bare four-digit integer between 1000 and 2999 is a year.
      if (q.kind == QuantityKind::kCount && q.unit.empty() && plain_integer && !had_comma &&
          !scaled && digits.size() == 4 && q.value.ToDouble() >= 1000 &&
          q.value.ToDouble() <= 2999) {
        q.kind = QuantityKind::kYear;
      }
    }
    if (!found) {
      i = start + 1;
      continue;
    }
    // Units after number words too: "five decades", "two percent", "three miles".
    if (IsAsciiAlpha(c) && q.kind == QuantityKind::kCount && q.unit.empty() && t.at(end) == ' ') {
      for (const UnitWord& uw : kUnitWords) {
        if (MatchesWordAt(t, end + 1, uw.text)) {
          q.kind = uw.kind;
          q.unit = uw.unit;
          end = end + 1 + uw.text.size();
          break;
        }
      }
      if (q.kind == QuantityKind::kDuration && (q.unit == "decade" || q.unit == "century")) {
        q.value = q.value.Times(Decimal::FromInt(q.unit == "decade" ? 10 : 100)).value_or(q.value);
        q.unit = "year";
      }
    }
    // Approximation words before: about, nearly, more than, at least, some.
    const std::string before = PreviousWord(t, start);
    // "No. 1", "Number 16": a rank or label, not an amount.
    size_t nb = start;
    while (nb > 0 && t.at(nb - 1) == ' ') --nb;
    const bool after_no = nb >= 3 && t.at(nb - 1) == '.' && (t.at(nb - 2) | 0x20) == 'o' &&
                          (t.at(nb - 3) | 0x20) == 'n' && (nb == 3 || !IsAsciiAlpha(t.at(nb - 4)));
    if (after_no || before == "number") {
      q.kind = QuantityKind::kOrdinal;
      q.weak = true;
    }
    for (auto w : kApproxBefore) {
      if (before == w) q.approximate = true;
    }
    // "to" only in "up to", "close to", "near to": "fell to 3.5%" and "from 3 to 5" are exact.
    if (before == "to") {
      size_t to_end = start;
      while (to_end > 0 && (t.at(to_end - 1) == ' ' || t.at(to_end - 1) == '$')) --to_end;
      const std::string before_to = to_end >= 2 ? PreviousWord(t, to_end - 2) : std::string();
      q.approximate = before_to == "up" || before_to == "close" || before_to == "near";
    }
    // A season or fiscal year that ends in the next year, the century left out ("the 2024-25
    // season", Korean 2024-2025): the second number is that year.
    if (q.kind == QuantityKind::kCount && q.unit.empty() && end - start == 2 && start >= 5 &&
        t.at(start - 1) == '-' && !out.empty() && out.back().kind == QuantityKind::kYear &&
        out.back().span.end == t.offset[start - 1]) {
      // A year of four digits at most: "777777777777 AD" is a year too, and no int holds it.
      const double first = out.back().value.ToDouble();
      const int first_year = first >= 0 && first < 10000 ? static_cast<int>(first) : -2;
      const int year = first_year / 100 * 100 + static_cast<int>(q.value.ToDouble());
      if (first_year >= 0 && year == first_year + 1) {
        q.value = Decimal::FromInt(year);
        q.kind = QuantityKind::kYear;
      }
    }
    // 25 basis points: 0.25 percentage point, as Korean writes it (0.25%포인트).
    if (q.unit == "bp") {
      static const Decimal kHundredth = *Decimal::Parse("0.01");
      q.value = q.value.Times(kHundredth).value_or(q.value);
      q.unit.clear();
    }
    q.span = {t.offset[start], t.offset[std::min(end, n)]};
    out.push_back(std::move(q));
    i = std::max(end, start + 1);
  }
  return out;
}

}  // namespace galley::numbers
