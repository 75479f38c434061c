#include "common/numbers/number_expression.h"

#include <string>
#include <vector>

#include "common/numbers/code_points.h"

namespace galley::numbers {
namespace {

using text::IsAsciiDigit;

// ---------------------------------------------------------------- Korean

bool StartsWith(std::u32string_view s, std::u32string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

int SinoDigitOf(char32_t c) {
  switch (c) {
    case U'영': case U'공': case U'빵': return 0;
    case U'일': return 1;
    case U'이': return 2;
    case U'삼': return 3;
    case U'사': return 4;
    case U'오': return 5;
    case U'육': case U'륙': return 6;
    case U'칠': return 7;
    case U'팔': return 8;
    case U'구': return 9;
    default: return -1;
  }
}

int SmallPower(char32_t c) { return c == U'십' ? 1 : c == U'백' ? 2 : c == U'천' ? 3 : -1; }
int BigPower(char32_t c) {
  return c == U'만' ? 4 : c == U'억' ? 8 : c == U'조' ? 12 : c == U'경' ? 16 : -1;
}

// Native numerals: 스물셋 23, 아흔아홉 99, 열하나 11, 둘 2.
std::optional<Decimal> NativeValue(std::u32string_view s) {
  static constexpr struct {
    std::u32string_view w;
    int v;
  } kTens[] = {{U"열", 10},   {U"스물", 20}, {U"스무", 20}, {U"서른", 30}, {U"마흔", 40},
               {U"쉰", 50},   {U"예순", 60}, {U"일흔", 70}, {U"여든", 80}, {U"아흔", 90}},
    kUnits[] = {{U"하나", 1}, {U"한", 1},   {U"둘", 2},   {U"두", 2},   {U"셋", 3},
                {U"세", 3},   {U"석", 3},   {U"넷", 4},   {U"네", 4},   {U"넉", 4},
                {U"다섯", 5}, {U"여섯", 6}, {U"일곱", 7}, {U"여덟", 8}, {U"아홉", 9},
                {U"첫", 1}};
  int value = 0;
  size_t i = 0;
  for (const auto& t : kTens) {
    if (StartsWith(s, t.w)) {
      value = t.v;
      i = t.w.size();
      break;
    }
  }
  for (const auto& u : kUnits) {
    if (s.substr(i) == u.w) return Decimal::FromInt(value + u.v);
  }
  if (i > 0 && i == s.size()) return Decimal::FromInt(value);
  return std::nullopt;
}

// Sino-Korean numerals and digits with myriad units, spaces removed: 구백구십구조..., 1만2,345,
// 일점오경, 이백점영삼.
std::optional<Decimal> MyriadValue(std::u32string_view s) {
  if (s.empty()) return std::nullopt;
  Decimal total, group;
  std::optional<Decimal> pending;
  int last_big = 100;
  size_t i = 0;
  auto add = [](Decimal a, Decimal b) { return a.Plus(b).value_or(a); };
  auto mul = [](Decimal a, int p) { return a.Times(Decimal::PowerOfTen(p)).value_or(a); };
  while (i < s.size()) {
    const char32_t c = s[i];
    if (IsAsciiDigit(c)) {
      std::string digits;
      while (i < s.size() && (IsAsciiDigit(s[i]) || s[i] == ',' || s[i] == '.')) {
        if (s[i] != ',') digits.push_back(static_cast<char>(s[i]));
        ++i;
      }
      auto d = Decimal::Parse(digits);
      if (!d || pending) return std::nullopt;
      pending = *d;
      continue;
    }
    if (const int d = SinoDigitOf(c); d >= 0) {
      if (pending) return std::nullopt;
      pending = Decimal::FromInt(d);
      ++i;
      continue;
    }
    if (const int p = SmallPower(c); p >= 0) {
      group = add(group, mul(pending.value_or(Decimal::FromInt(1)), p));
      pending.reset();
      ++i;
      continue;
    }
    if (const int p = BigPower(c); p >= 0) {
      if (p >= last_big) return std::nullopt;
      Decimal g = add(group, pending.value_or(Decimal()));
      if (g.is_zero()) g = Decimal::FromInt(1);
      total = add(total, mul(g, p));
      group = Decimal();
      pending.reset();
      last_big = p;
      ++i;
      continue;
    }
    if (c == U'점' || c == U'쩜') {
      // Decimal point: the digits after it are read one by one (일점영삼 1.03).
      ++i;
      std::string fraction = "0.";
      while (i < s.size() && SinoDigitOf(s[i]) >= 0) {
        fraction.push_back(static_cast<char>('0' + SinoDigitOf(s[i])));
        ++i;
      }
      if (fraction.size() == 2) return std::nullopt;
      const std::optional<Decimal> parsed = Decimal::Parse(fraction);
      if (!parsed) return std::nullopt;  // More digits than a Decimal holds.
      const Decimal f = *parsed;
      if (i < s.size() && BigPower(s[i]) >= 0) {
        // 일점오경: the decimal scales by the unit.
        const int p = BigPower(s[i]);
        total = add(total, mul(add(add(group, pending.value_or(Decimal())), f), p));
        group = Decimal();
        pending.reset();
        last_big = p;
        ++i;
        continue;
      }
      pending = add(pending.value_or(Decimal()), f);
      continue;
    }
    return std::nullopt;
  }
  return add(add(total, group), pending.value_or(Decimal()));
}

}  // namespace

// Words that may follow a number inside the same word: units, currencies, counters, particles.
constexpr std::u32string_view kKoreanEndings[] = {
    U"원", U"달러", U"불", U"유로", U"엔", U"위안", U"파운드", U"센트", U"%", U"퍼센트", U"프로",
    U"번째", U"째", U"등", U"년", U"명", U"개", U"살", U"세", U"번", U"회", U"차", U"호", U"위",
    U"배", U"점", U"일", U"이", U"가", U"을", U"를", U"은", U"는", U"의", U"와", U"과", U"에",
    U"로", U"으로", U"도", U"입니다", U"이다"};

std::optional<Decimal> WholeValue(std::u32string_view s) {
  if (auto v = NativeValue(s)) return v;
  return MyriadValue(s);
}

// The value of the longest prefix of `word` that is a number followed by a known ending (열세번째,
// 사달러), with the prefix's length.
std::optional<std::pair<Decimal, size_t>> NumberBeforeEnding(std::u32string_view word) {
  for (size_t len = word.size(); len > 0; --len) {
    const std::u32string_view rest = word.substr(len);
    bool ending = rest.empty();
    for (auto e : kKoreanEndings) ending |= StartsWith(rest, e);
    if (!ending) continue;
    if (auto v = WholeValue(word.substr(0, len))) return std::make_pair(*v, len);
  }
  return std::nullopt;
}

std::optional<Decimal> ReadKoreanNumberExpression(std::string_view text) {
  const CodePoints cps(text);
  // Words as written; a number may run over several (이십사만 천오백칠십이).
  std::vector<std::u32string> words(1);
  for (char32_t c : cps.cp) {
    if (c == ' ' || c == '\t') {
      if (!words.back().empty()) words.emplace_back();
    } else {
      words.back().push_back(c);
    }
  }
  if (words.back().empty()) words.pop_back();
  bool negative = false;
  // Prefixes: signs, BC, currency signs, 제 (ordinal), 약 (about).
  static constexpr std::u32string_view kSigns[] = {U"마이너스", U"마이나스", U"음수", U"기원전",
                                                   U"-", U"−"};
  static constexpr std::u32string_view kIgnoredPrefixes[] = {U"₩", U"$", U"US$", U"¥", U"€",
                                                             U"£", U"제", U"약"};
  for (bool changed = true; changed && !words.empty();) {
    changed = false;
    std::u32string& w = words.front();
    for (auto p : kSigns) {
      if (StartsWith(w, p)) {
        negative = !negative;
        w.erase(0, p.size());
        changed = true;
      }
    }
    for (auto p : kIgnoredPrefixes) {
      if (StartsWith(w, p)) {
        w.erase(0, p.size());
        changed = true;
      }
    }
    if (w.empty()) {
      words.erase(words.begin());
      changed = true;
    }
  }
  if (words.empty()) return std::nullopt;
  if (words.size() == 1 && words[0] == U"다스") return Decimal::FromInt(12);  // A dozen.
  // The most words that read as one number; what follows is a unit, currency or counter.
  // First whole words (1천 640만 캐나다 달러), then a number with an ending glued on (열세번째).
  std::optional<Decimal> value;
  std::u32string rest;
  for (int pass = 0; pass < 2 && !value; ++pass) {
    for (size_t k = words.size(); k > 0 && !value; --k) {
      std::u32string joined;
      for (size_t i = 0; i < k; ++i) joined += words[i];
      if (pass == 0) {
        if ((value = WholeValue(joined))) {
          for (size_t i = k; i < words.size(); ++i) rest += words[i];
        }
      } else if (auto prefix = NumberBeforeEnding(joined)) {
        value = prefix->first;
        rest = joined.substr(prefix->second);
        for (size_t i = k; i < words.size(); ++i) rest += words[i];
      }
    }
  }
  if (!value) return std::nullopt;
  // 십구달러 오십오센트: dollars and cents.
  for (std::u32string_view currency : {std::u32string_view(U"달러"), std::u32string_view(U"불")}) {
    if (StartsWith(rest, currency)) {
      const std::u32string_view after = std::u32string_view(rest).substr(currency.size());
      if (auto cents = NumberBeforeEnding(after);
          cents && StartsWith(after.substr(cents->second), U"센트")) {
        value = value->Plus(cents->first.Times(*Decimal::Parse("0.01")).value_or(Decimal()));
      }
    }
  }
  if (!value) return std::nullopt;
  return negative ? value->Times(Decimal::FromInt(-1)) : value;
}

// ---------------------------------------------------------------- English

namespace {

struct EnglishToken {
  std::string word;  // Lower case; or a digit string.
};

std::vector<std::string> EnglishWords(std::string_view text) {
  std::vector<std::string> words;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) words.push_back(cur);
    cur.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    const bool digit = c >= '0' && c <= '9';
    const bool letter = c >= 'a' && c <= 'z';
    if (letter || digit || (c == '.' && !cur.empty() && i + 1 < text.size() &&
                            text[i + 1] >= '0' && text[i + 1] <= '9')) {
      // A change between letters and digits starts a new word: usd115, 115usd, 1.2m.
      if (!cur.empty()) {
        const char last = cur.back();
        const bool last_digit = (last >= '0' && last <= '9') || last == '.';
        if ((letter && last_digit) || (digit && !last_digit && last != '.')) flush();
      }
      cur.push_back(c);
    } else if (c == ',' && !cur.empty() && cur.back() >= '0' && cur.back() <= '9') {
      continue;  // Thousands separator.
    } else {
      flush();
      if (c == '$' || c == '%' || c == '-') words.push_back(std::string(1, c));
      if (c == '.' && i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9') {
        cur = "0.";  // ".02"
      }
    }
  }
  flush();
  return words;
}

int UnitWord(std::string_view w) {
  static constexpr std::string_view kUnits[] = {
      "zero",    "one",      "two",     "three",    "four",     "five",     "six",
      "seven",   "eight",    "nine",    "ten",      "eleven",   "twelve",   "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  for (int k = 0; k < 20; ++k) {
    if (w == kUnits[k]) return k;
  }
  if (w == "oh" || w == "o" || w == "nought" || w == "naught" || w == "nil") return 0;
  if (w == "single") return 1;
  if (w == "pair" || w == "couple") return 2;
  if (w == "few") return 3;
  return -1;
}

int TensWord(std::string_view w) {
  static constexpr std::string_view kTens[] = {"twenty", "thirty",  "forty",  "fifty",
                                               "sixty",  "seventy", "eighty", "ninety"};
  for (int k = 0; k < 8; ++k) {
    if (w == kTens[k]) return 20 + 10 * k;
  }
  if (w == "fourty") return 40;  // A common misspelling.
  return -1;
}

// Ordinal words: their cardinal value, or -1.
int OrdinalUnit(std::string_view w) {
  static constexpr std::string_view kOrd[] = {
      "zeroth",     "first",      "second",     "third",       "fourth",     "fifth",
      "sixth",      "seventh",    "eighth",     "ninth",       "tenth",      "eleventh",
      "twelfth",    "thirteenth", "fourteenth", "fifteenth",   "sixteenth",  "seventeenth",
      "eighteenth", "nineteenth"};
  for (int k = 0; k < 20; ++k) {
    if (w == kOrd[k]) return k;
  }
  if (w == "nineth") return 9;  // A common misspelling.
  return -1;
}
int OrdinalTens(std::string_view w) {
  static constexpr std::string_view kTens[] = {"twentieth", "thirtieth",  "fortieth",
                                               "fiftieth",  "sixtieth",   "seventieth",
                                               "eightieth", "ninetieth"};
  for (int k = 0; k < 8; ++k) {
    if (w == kTens[k]) return 20 + 10 * k;
  }
  if (w == "fourtieth") return 40;
  return -1;
}

int ScalePower(std::string_view w) {
  if (w == "hundred" || w == "hundredth" || w == "hundreds") return 2;
  if (w == "thousand" || w == "thousandth" || w == "thousands" || w == "k") return 3;
  if (w == "lakh" || w == "lakhs") return 5;
  if (w == "million" || w == "millionth" || w == "millions" || w == "m" || w == "mln") return 6;
  if (w == "crore" || w == "crores") return 7;
  if (w == "billion" || w == "billionth" || w == "billions" || w == "b" || w == "bn") return 9;
  if (w == "trillion" || w == "trillionth" || w == "trillions" || w == "t" || w == "tn") return 12;
  if (w == "lakh" || w == "lakhs" || w == "lac" || w == "lacs" || w == "lkh" || w == "lkhs" ||
      w == "l") {
    return 5;
  }
  if (w == "crore" || w == "crores" || w == "krore" || w == "krores" || w == "cr" || w == "kr" ||
      w == "koti") {
    return 7;
  }
  if (w == "g") return 9;
  if (w == "mm" || w == "mil") return 6;
  // Millions of a currency: 30 musd, 120 meur.
  if (w == "musd" || w == "meur" || w == "mgbp" || w == "maud" || w == "mcad" || w == "mjpy") {
    return 6;
  }
  if (w == "bln") return 9;
  if (w == "tln") return 12;
  if (w == "quadrillion" || w == "quadrillionth") return 15;
  if (w == "quintillion" || w == "quintillionth") return 18;
  if (w == "sextillion" || w == "sextillionth") return 21;
  return -1;
}

// Parses number words; returns nullopt if a word is not part of a number.
std::optional<Decimal> ParseEnglishWords(const std::vector<std::string>& words) {
  Decimal total;       // Closed by scale words above hundred.
  Decimal hundreds;    // Current group below 1000, hundreds included.
  int below_hundred = -1;  // Current 0-99 part, -1 if none.
  bool tens_only = false;  // below_hundred is a bare tens word (twenty) that a unit may join.
  std::vector<int> chunks;  // Sequences of 0-99 parts without scale words: years, digit runs.
  bool scaled = false;
  bool any = false;
  auto add = [](Decimal a, Decimal b) { return a.Plus(b).value_or(a); };
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string& w = words[k];
    if (w == "and" || w == "a" || w == "-") continue;
    if (w == "point" || w == "dot") {
      // Decimal digits, word by word.
      std::string fraction = "0.";
      for (++k; k < words.size(); ++k) {
        const int d = UnitWord(words[k]);
        const int tens = TensWord(words[k]);
        if (tens >= 0) {
          // "point seventy-one": the tens word's digit, then its unit if one follows.
          fraction += std::to_string(tens / 10);
          if (k + 1 < words.size() && UnitWord(words[k + 1]) > 0 && UnitWord(words[k + 1]) < 10) {
            fraction += std::to_string(UnitWord(words[++k]));
          } else {
            fraction += "0";
          }
          continue;
        }
        if (d < 0) {
          if (!words[k].empty() && words[k].find_first_not_of("0123456789") == std::string::npos) {
            fraction += words[k];
            continue;
          }
          break;
        }
        fraction += std::to_string(d);  // "point eleven" .11
      }
      if (fraction.size() == 2) return std::nullopt;
      Decimal value = add(add(total, hundreds),
                          Decimal::FromInt(below_hundred < 0 ? 0 : below_hundred));
      const std::optional<Decimal> parsed = Decimal::Parse(fraction);
      if (!parsed) return std::nullopt;  // More digits than a Decimal holds.
      value = add(value, *parsed);
      // "fifteen point two billion".
      if (k < words.size() && ScalePower(words[k]) > 0) {
        value = value.Times(Decimal::PowerOfTen(ScalePower(words[k]))).value_or(value);
        ++k;
      }
      return k >= words.size() ? std::optional<Decimal>(value) : std::nullopt;
    }
    int u = UnitWord(w), t = TensWord(w);
    if (u < 0 && !w.empty() && w.size() <= 3 &&
        w.find_first_not_of("0123456789") == std::string::npos) {
      // Digits among number words: "3 hundred and 21", "1 point 1".
      const int v = std::stoi(w);
      if (v < 100) {
        u = v;
      } else {
        hundreds = add(hundreds, Decimal::FromInt(v));
        any = true;
        continue;
      }
    }
    const int ou = OrdinalUnit(w), ot = OrdinalTens(w);
    if (ou >= 0) u = ou;
    if (ot >= 0) t = ot;
    if (w == "dozen" || w == "dozens" || w == "dzs" || w == "dozs" || w == "doz") {
      // "three dozen" 36, "three hundred and two dozens" 324, "two hundred dozens" 2,400.
      if (below_hundred >= 0) {
        below_hundred *= 12;
      } else {
        const Decimal group = hundreds.is_zero() ? Decimal::FromInt(1) : hundreds;
        hundreds = group.Times(Decimal::FromInt(12)).value_or(group);
      }
      tens_only = false;
      any = true;
      continue;
    }
    if ((w == "oh" || w == "o") && k + 1 < words.size() && k > 0) {
      // "nineteen oh-one": oh and the digit after it make one pair, 01.
      size_t next = k + 1;
      if (next < words.size() && words[next] == "-") ++next;
      const int digit = next < words.size() ? UnitWord(words[next]) : -1;
      if (digit >= 1 && digit <= 9 && below_hundred >= 0) {
        chunks.push_back(below_hundred);
        below_hundred = digit;
        tens_only = false;
        k = next;
        continue;
      }
    }
    if (u >= 0) {
      if (below_hundred >= 0 && !(tens_only && u < 10)) {
        chunks.push_back(below_hundred);  // "nineteen oh five", "twenty seventeen".
        below_hundred = -1;
      }
      below_hundred = below_hundred < 0 ? u : below_hundred + u;
      tens_only = false;
      any = true;
      continue;
    }
    if (t >= 0) {
      if (below_hundred >= 0) {
        chunks.push_back(below_hundred);
        below_hundred = -1;
      }
      below_hundred = t;
      tens_only = true;
      any = true;
      continue;
    }
    if (const int p = ScalePower(w); p > 0) {
      if (!chunks.empty()) return std::nullopt;
      const int base = below_hundred < 0 ? 1 : below_hundred;
      const bool group_empty = hundreds.is_zero() && below_hundred < 0;
      if (group_empty && !total.is_zero() && p > 2) {
        // "three thousand millions": the scale applies to everything before it.
        total = total.Times(Decimal::PowerOfTen(p)).value_or(total);
      } else if (p == 2) {
        hundreds = add(hundreds, Decimal::FromInt(base * 100));
      } else {
        const Decimal group = add(hundreds, Decimal::FromInt(below_hundred < 0 ? 0 : below_hundred));
        total = add(total, (group.is_zero() ? Decimal::FromInt(1) : group)
                               .Times(Decimal::PowerOfTen(p))
                               .value_or(group));
        hundreds = Decimal();
      }
      below_hundred = -1;
      tens_only = false;
      scaled = true;
      any = true;
      continue;
    }
    return std::nullopt;
  }
  if (!any) return std::nullopt;
  if (!chunks.empty()) {
    if (scaled || below_hundred < 0) return std::nullopt;
    chunks.push_back(below_hundred);
    if (chunks.size() == 2) {
      // A year read in pairs: nineteen oh-five 1905, twenty seventeen 2017, ten sixty-six 1066.
      return Decimal::FromInt(chunks[0] * 100 + chunks[1]);
    }
    // A digit sequence: one two three.
    std::string digits;
    for (int c : chunks) {
      if (c > 9) return std::nullopt;
      digits.push_back(static_cast<char>('0' + c));
    }
    return Decimal::Parse(digits);
  }
  return add(add(total, hundreds), Decimal::FromInt(below_hundred < 0 ? 0 : below_hundred));
}

}  // namespace

std::optional<Decimal> ReadEnglishNumberExpression(std::string_view text) {
  // "forty-five (45)", "45 (forty five)": the part before the parenthesis.
  const size_t paren = text.find('(');
  if (paren != std::string_view::npos && paren > 0) text = text.substr(0, paren);
  std::vector<std::string> words = EnglishWords(text);
  bool negative = false;
  // Money: "X dollars [and] Y cents", "X pounds Y pence", "X dollars Y"; cents alone are
  // hundredths ("twenty cents" 0.2).
  static constexpr std::string_view kMain[] = {"dollars", "dollar", "pounds", "pound",
                                               "euros",   "euro",   "usd"};
  static constexpr std::string_view kMinor[] = {"cents", "cent", "pence", "penny", "pennies"};
  auto is_in = [](std::string_view w, auto& list) {
    for (std::string_view x : list) {
      if (w == x) return true;
    }
    return false;
  };
  std::vector<std::string> major_words, minor_words;
  bool seen_main = false, minor_unit = false, cents_unit = false;
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string& w = words[k];
    if (w == "per" && k + 1 < words.size() && words[k + 1] == "cent") {
      ++k;  // "per cent" is percent.
      continue;
    }
    if (is_in(w, kMain)) {
      seen_main = !major_words.empty();  // "dollar 22.5 million": a currency before the amount.
      continue;
    }
    if (is_in(w, kMinor)) {
      minor_unit = true;
      cents_unit = w == "cents" || w == "cent";
      continue;
    }
    (seen_main ? minor_words : major_words).push_back(w);
  }
  while (!minor_words.empty() && minor_words.front() == "and") minor_words.erase(minor_words.begin());
  auto read = [&](std::vector<std::string> ws) -> std::optional<Decimal> {
    std::vector<std::string> core;
    for (const std::string& w : ws) {
      if ((w == "-" || w == "minus" || w == "negative") && core.empty()) {
        negative = !negative;
        continue;
      }
      if (w == "bc" || w == "bce") {
        negative = !negative;
        continue;
      }
      if (w == "-") continue;  // "12-cent"
      static constexpr std::string_view kIgnored[] = {
          "$",      "%",       "c",        "us",         "united",        "states", "usd",
          "yen",    "won",     "yuan",     "percent",    "percents",      "per",    "percentage",
          "of",     "the",     "about",    "approximately", "st",         "nd",     "rd",
          "th",     "ad",      "year",     "in"};
      bool ignored = false;
      for (std::string_view i : kIgnored) ignored |= w == i;
      if (!ignored) core.push_back(w);
    }
    if (core.empty()) return std::nullopt;
    // Digits with words around them (hk $ 10.05 billion, 420 million finnish markka, 40 rmb):
    // the words before are a currency, those after the scale are its name.
    auto is_digits = [](const std::string& w) {
      return !w.empty() && IsAsciiDigit(static_cast<unsigned char>(w[0]));
    };
    auto is_number_word = [](const std::string& w) {
      return UnitWord(w) >= 0 || TensWord(w) >= 0 || ScalePower(w) > 0 || w == "point";
    };
    size_t first_digit = 0;
    while (first_digit < core.size() && !is_digits(core[first_digit])) ++first_digit;
    if (first_digit < core.size()) {
      bool words_before = false;
      for (size_t k = 0; k < first_digit; ++k) words_before |= is_number_word(core[k]);
      if (!words_before) {
        core.erase(core.begin(), core.begin() + static_cast<long>(first_digit));
        size_t keep = 1;
        while (keep < core.size() && (is_number_word(core[keep]) || is_digits(core[keep]) ||
                                      core[keep] == "and" || core[keep] == "dozen" ||
                                      core[keep] == "dozens")) {
          ++keep;
        }
        core.resize(keep);
      }
    }
    const std::string& first = core[0];
    if (IsAsciiDigit(static_cast<unsigned char>(first[0])) ||
        (first.size() > 1 && first[0] == '0')) {
      if (core.size() > 1 && (core[1] == "point" || core[1] == "and" ||
                              (ScalePower(core[1]) > 0 && core.size() > 2))) {
        return ParseEnglishWords(core);  // "1 point 1", "3 hundred and 21", "4 thousand 3 hundred"
      }
      size_t end = 0;
      while (end < first.size() && (IsAsciiDigit(static_cast<unsigned char>(first[end])) ||
                                    first[end] == '.')) {
        ++end;
      }
      auto value = Decimal::Parse(first.substr(0, end));
      if (!value) return std::nullopt;
      std::string suffix = first.substr(end);
      size_t next = 1;
      if (suffix.empty() && core.size() > 1) suffix = core[next++];
      if (!suffix.empty()) {
        if (suffix == "dozen" || suffix == "dozens" || suffix == "dzs" || suffix == "dozs") {
          value = value->Times(Decimal::FromInt(12));
        } else if (const int p = ScalePower(suffix); p > 0) {
          value = value->Times(Decimal::PowerOfTen(p));
        } else if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") {
          return std::nullopt;
        }
      }
      if (next < core.size()) return std::nullopt;
      return value;
    }
    // "half million", "a quarter million", "three quarters billion".
    {
      size_t k = 0;
      if (k < core.size() && core[k] == "a") ++k;
      Decimal fraction;
      bool have = false;
      if (k < core.size() && core[k] == "half") {
        fraction = *Decimal::Parse("0.5"), have = true, ++k;
      } else if (k < core.size() && core[k] == "quarter") {
        fraction = *Decimal::Parse("0.25"), have = true, ++k;
      } else if (k + 1 < core.size() && UnitWord(core[k]) > 0 && core[k + 1] == "quarters") {
        fraction = *Decimal::FromInt(UnitWord(core[k])).Times(*Decimal::Parse("0.25")), have = true;
        k += 2;
      }
      if (have && k + 1 == core.size() && ScalePower(core[k]) > 0) {
        return fraction.Times(Decimal::PowerOfTen(ScalePower(core[k])));
      }
    }
    return ParseEnglishWords(core);
  };
  // "75 usd million": a scale after the currency belongs to the amount.
  bool minor_has_scale = false;
  for (const std::string& w : minor_words) minor_has_scale |= ScalePower(w) > 0;
  if (minor_has_scale && !minor_unit) {
    major_words.insert(major_words.end(), minor_words.begin(), minor_words.end());
    minor_words.clear();
  }
  std::optional<Decimal> value;
  if (seen_main && !minor_words.empty()) {
    value = read(major_words);
    const auto minor = read(minor_words);
    if (!value || !minor) return std::nullopt;
    value = value->Plus(minor->Times(*Decimal::Parse("0.01")).value_or(Decimal()));
  } else {
    value = read(major_words);
    // "twenty cents" is 0.20 dollars; "50 cents" is stated as 50 in figures.
    const bool spelled = !major_words.empty() && !IsAsciiDigit(static_cast<unsigned char>(major_words[0][0]));
    if (value && minor_unit && !seen_main && cents_unit && spelled) {
      value = value->Times(*Decimal::Parse("0.01"));
    }
  }
  if (!value) return std::nullopt;
  return negative ? value->Times(Decimal::FromInt(-1)) : value;
}

}  // namespace galley::numbers
