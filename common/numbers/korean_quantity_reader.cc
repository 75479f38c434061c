// Korean quantity reader. See quantity_reader.h for what it reads.
//
// The myriad system: 만 10^4, 억 10^8, 조 10^12, 경 10^16 each close a group, and inside a group
// 천/백/십 (10^3, 10^2, 10^1) scale the digit before them, so 12조3천억 = 12x10^12 + 3x10^3x10^8.
#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "common/numbers/code_points.h"
#include "common/numbers/quantity_reader.h"

namespace galley::numbers {
namespace {

using text::IsAsciiAlpha;
using text::IsAsciiDigit;
using text::IsHangulSyllable;

int SinoDigit(char32_t c) {
  switch (c) {
    case U'영': case U'공': return 0;
    case U'일': return 1;
    case U'이': return 2;
    case U'삼': return 3;
    case U'사': return 4;
    case U'오': return 5;
    case U'육': return 6;
    case U'칠': return 7;
    case U'팔': return 8;
    case U'구': return 9;
    default: return -1;
  }
}

int SmallUnitPower(char32_t c) {
  switch (c) {
    case U'십': return 1;
    case U'백': return 2;
    case U'천': return 3;
    default: return -1;
  }
}

int BigUnitPower(char32_t c) {
  switch (c) {
    case U'만': return 4;
    case U'억': return 8;
    case U'조': return 12;
    case U'경': return 16;
    default: return -1;
  }
}

bool IsUnitChar(char32_t c) { return SmallUnitPower(c) >= 0 || BigUnitPower(c) >= 0; }

struct NumberMatch {
  Decimal value;
  size_t end = 0;           // One past the last code point of the number.
  bool has_digits = false;  // Any ASCII digit in it (else Sino-Korean numerals only).
  bool has_unit = false;    // Any 십/백/천/만/억/조/경 in it.
};

// Reads [0-9]+(,[0-9]{3})*(\.[0-9]+)? at i; returns the end or i when there is none.
size_t ScanDigits(const CodePoints& t, size_t i, std::string* digits) {
  size_t j = i;
  while (IsAsciiDigit(t.at(j))) digits->push_back(static_cast<char>(t.at(j++)));
  if (j == i) return i;
  // Thousands separators: exactly three digits after each comma.
  while (t.at(j) == ',' && IsAsciiDigit(t.at(j + 1)) && IsAsciiDigit(t.at(j + 2)) &&
         IsAsciiDigit(t.at(j + 3)) && !IsAsciiDigit(t.at(j + 4))) {
    for (size_t k = 1; k <= 3; ++k) digits->push_back(static_cast<char>(t.at(j + k)));
    j += 4;
  }
  if (t.at(j) == '.' && IsAsciiDigit(t.at(j + 1))) {
    digits->push_back('.');
    ++j;
    while (IsAsciiDigit(t.at(j))) digits->push_back(static_cast<char>(t.at(j++)));
  }
  return j;
}

// Accumulates one myriad-system number.
class MyriadAccumulator {
 public:
  bool has_pending() const { return pending_.has_value(); }
  bool empty() const { return !pending_ && group_.is_zero() && total_.is_zero() && !any_unit_; }
  void SetPending(Decimal d) { pending_ = d; }
  // 십/백/천: scales the pending digit (1 if none: 천만 = 1천만).
  void ApplySmall(int power) {
    const Decimal d = pending_.value_or(Decimal::FromInt(1));
    group_ = group_.Plus(d.Times(Decimal::PowerOfTen(power)).value_or(Decimal())).value_or(group_);
    pending_.reset();
    any_unit_ = true;
  }
  // 만/억/조/경: closes the group. Returns false if the unit does not fit (not smaller than the
  // previous big unit, as in 만억).
  bool ApplyBig(int power) {
    if (power >= last_big_) return false;
    Decimal group = group_.Plus(pending_.value_or(Decimal())).value_or(group_);
    if (group.is_zero()) group = Decimal::FromInt(1);  // 만 원 after 억: "1억만" is not a form; 만 alone = 10^4.
    total_ = total_.Plus(group.Times(Decimal::PowerOfTen(power)).value_or(Decimal())).value_or(total_);
    group_ = Decimal();
    pending_.reset();
    last_big_ = power;
    any_unit_ = true;
    return true;
  }
  Decimal Value() const {
    return total_.Plus(group_).value_or(total_).Plus(pending_.value_or(Decimal())).value_or(total_);
  }
  bool any_unit() const { return any_unit_; }
  int last_big() const { return last_big_; }

 private:
  Decimal total_, group_;
  std::optional<Decimal> pending_;
  int last_big_ = 100;
  bool any_unit_ = false;
};

// Reads one part of a number at j (digits or a Sino-Korean digit, then units) into `acc`.
// Returns the end of the part, or j if nothing was read. `require_unit`: the part must contain a
// unit (used after a space, so "3억 2024년" does not read as 300,002,024).
size_t ReadPart(const CodePoints& t, size_t j, MyriadAccumulator* acc, bool* has_digits,
                bool require_unit) {
  MyriadAccumulator trial = *acc;
  bool digits_here = false, unit_here = false;
  size_t k = j;
  while (true) {
    const char32_t c = t.at(k);
    if (IsAsciiDigit(c)) {
      if (trial.has_pending()) break;
      std::string digits;
      const size_t e = ScanDigits(t, k, &digits);
      auto d = Decimal::Parse(digits);
      if (!d) break;
      trial.SetPending(*d);
      digits_here = true;
      k = e;
      continue;
    }
    if (SinoDigit(c) >= 0 && !trial.has_pending() && IsUnitChar(t.at(k + 1))) {
      trial.SetPending(Decimal::FromInt(SinoDigit(c)));
      ++k;
      continue;
    }
    if (const int p = SmallUnitPower(c); p >= 0) {
      // A bare 천/백/십 starts a number only when more numerals follow (천만, 백억).
      if (!trial.has_pending() && trial.empty() && !IsUnitChar(t.at(k + 1)) &&
          SinoDigit(t.at(k + 1)) < 0) {
        break;
      }
      trial.ApplySmall(p);
      unit_here = true;
      ++k;
      continue;
    }
    if (const int p = BigUnitPower(c); p >= 0) {
      if (trial.empty()) break;
      // 경 begins many words (3경기 three games, 경우, 경제), and a number of ten quadrillion
      // is seldom news: 경 is the unit only before a currency, a counter, a particle or no word.
      if (c == U'경' && IsHangulSyllable(t.at(k + 1)) &&
          std::u32string_view(U"원달엔위개건명번배의을이에은는도가와까").find(t.at(k + 1)) ==
              std::u32string_view::npos) {
        break;
      }
      if (!trial.ApplyBig(p)) break;
      unit_here = true;
      ++k;
      continue;
    }
    // A trailing Sino-Korean digit after a unit: 이십오 = 25.
    if (SinoDigit(c) > 0 && !trial.has_pending() && unit_here && !digits_here &&
        !IsHangulSyllable(t.at(k + 1))) {
      trial.SetPending(Decimal::FromInt(SinoDigit(c)));
      ++k;
    }
    break;
  }
  if (k == j || (require_unit && !unit_here)) return j;
  *acc = trial;
  *has_digits |= digits_here;
  return k;
}

std::optional<NumberMatch> ReadMyriadNumber(const CodePoints& t, size_t i) {
  MyriadAccumulator acc;
  NumberMatch m;
  size_t j = ReadPart(t, i, &acc, &m.has_digits, /*require_unit=*/false);
  if (j == i) return std::nullopt;
  while (true) {
    // "50 만": a space before a big unit after digits.
    if (t.at(j) == ' ' && acc.has_pending() && !acc.any_unit() && BigUnitPower(t.at(j + 1)) >= 0 &&
        !IsHangulSyllable(t.at(j + 2))) {
      const size_t e = ReadPart(t, j + 1, &acc, &m.has_digits, false);
      if (e > j + 1) {
        j = e;
        continue;
      }
    }
    // "2억 4천 4백만": a space between parts that each end in a unit.
    if (t.at(j) == ' ' && acc.any_unit() && !acc.has_pending()) {
      const size_t e = ReadPart(t, j + 1, &acc, &m.has_digits, /*require_unit=*/true);
      if (e > j + 1) {
        j = e;
        continue;
      }
    }
    // "1억2,345만6,780": parts glued without space.
    if (acc.any_unit() && !acc.has_pending()) {
      const size_t e = ReadPart(t, j, &acc, &m.has_digits, false);
      if (e > j) {
        j = e;
        continue;
      }
    }
    break;
  }
  m.value = acc.Value();
  m.end = j;
  m.has_unit = acc.any_unit();
  return m;
}

// Native Korean numerals: tens and units, as they stand before a counter (스물한 살, 두 명).
struct NativeWord {
  std::u32string_view word;
  int value;
};
constexpr NativeWord kNativeTens[] = {{U"열", 10},
                                                     {U"스물", 20},
                                                     {U"스무", 20},
                                                     {U"서른", 30},
                                                     {U"마흔", 40},
                                                     {U"쉰", 50},
                                                     {U"예순", 60},
                                                     {U"일흔", 70},
                                                     {U"여든", 80},
                                                     {U"아흔", 90}};
constexpr NativeWord kNativeUnits[] = {{U"하나", 1},
                                                      {U"한", 1},
                                                      {U"둘", 2},
                                                      {U"두", 2},
                                                      {U"셋", 3},
                                                      {U"세", 3},
                                                      {U"석", 3},
                                                      {U"넷", 4},
                                                      {U"네", 4},
                                                      {U"넉", 4},
                                                      {U"다섯", 5},
                                                      {U"여섯", 6},
                                                      {U"일곱", 7},
                                                      {U"여덟", 8},
                                                      {U"아홉", 9}};

// Counters after which a native numeral is certainly a number.
constexpr std::u32string_view kNativeCounters[] = {
    U"명", U"개", U"가지", U"차례", U"번", U"살", U"시", U"곳", U"마리", U"권",
    U"대", U"척", U"채", U"배", U"달", U"해", U"사람", U"장", U"병", U"그루",
    U"벌", U"켤레", U"주", U"층", U"잔", U"군데", U"종류", U"시간"};

std::optional<std::pair<int, size_t>> ReadNativeNumber(const CodePoints& t, size_t i) {
  int value = 0;
  size_t j = i;
  for (const auto& w : kNativeTens) {
    if (t.Matches(j, w.word)) {
      value = w.value;
      j += w.word.size();
      break;
    }
  }
  for (const auto& w : kNativeUnits) {
    if (t.Matches(j, w.word)) {
      value += w.value;
      j += w.word.size();
      break;
    }
  }
  if (j == i) return std::nullopt;
  return std::make_pair(value, j);
}

// 양 "both" before a noun for two parties: 양국, 양측, 양사, 양당, 양 후보. Returns the length of the
// word's 양 part (1), or 0.
size_t BothWordAt(const CodePoints& t, size_t i) {
  if (t.at(i) != U'양') return 0;
  static constexpr std::u32string_view kNouns[] = {U"국", U"측", U"사", U"당", U"팀", U"정상",
                                                   U" 후보", U" 국가", U" 정상", U" 팀", U"자"};
  for (auto noun : kNouns) {
    if (t.Matches(i + 1, noun)) return 1;
  }
  return 0;
}

// A baseball-style ratio at i: N할[N푼[N리]] = 0.NNN. Returns its length and sets *value, or 0.
size_t BattingAverageAt(const CodePoints& t, size_t i, Decimal* value) {
  if (!IsAsciiDigit(t.at(i)) || t.at(i + 1) != U'할') return 0;
  std::string digits = "0.";
  digits.push_back(static_cast<char>(t.at(i)));
  size_t j = i + 2;
  for (char32_t unit : {U'푼', U'리'}) {
    if (IsAsciiDigit(t.at(j)) && t.at(j + 1) == unit) {
      digits.push_back(static_cast<char>(t.at(j)));
      j += 2;
    } else {
      break;
    }
  }
  *value = *Decimal::Parse(digits);
  return j - i;
}

bool IsParticle(char32_t c);

// Words that a date names, as Korean names events by their day (6.15 남북공동선언, 5.18
// 민주화운동, 3.1절, 4.19 혁명, 12.12 사태).
bool NamesAnEventAt(const CodePoints& t, size_t i) {
  static constexpr std::u32string_view kEvents[] = {
      U"선언", U"공동선언", U"남북", U"민주", U"운동", U"사태", U"전쟁", U"혁명",
      U"항쟁", U"정변", U"절",   U"광복", U"참사", U"테러", U"사변", U"의거"};
  if (t.at(i) == ' ') ++i;
  return std::any_of(std::begin(kEvents), std::end(kEvents),
                     [&](std::u32string_view w) { return t.Matches(i, w); });
}

// A month/day date written M/D or M·D (9/11 테러, 6·15 선언), or M.D before an event it names
// (6.15 남북공동선언; else M.D is a decimal), at i: appends month and day quantities and returns
// true.
bool ReadSlashDate(const CodePoints& t, size_t i, std::vector<Quantity>* out) {
  size_t j = i;
  int month = 0, day = 0;
  while (IsAsciiDigit(t.at(j)) && j - i < 2) month = month * 10 + static_cast<int>(t.at(j++) - '0');
  if (j == i || IsAsciiDigit(t.at(j)) ||
      (t.at(j) != '/' && t.at(j) != U'·' && t.at(j) != '.')) {
    return false;
  }
  const bool dotted = t.at(j) == '.';
  const size_t day_start = ++j;
  while (IsAsciiDigit(t.at(j)) && j - day_start < 2) day = day * 10 + static_cast<int>(t.at(j++) - '0');
  if (j == day_start || IsAsciiDigit(t.at(j)) || t.at(j) == '/' || t.at(j) == '.' ||
      month < 1 || month > 12 || day < 1 || day > 31 || (dotted && !NamesAnEventAt(t, j))) {
    return false;
  }
  // Glued to a counter, the mark is "and": 1·2위 first and second place, 3·4호기 units 3 and 4,
  // 1·2심 the first two trials. A date stands alone, takes a particle or names its event.
  if (IsHangulSyllable(t.at(j)) && !IsParticle(t.at(j)) && !NamesAnEventAt(t, j)) return false;
  AppendMonthAndDay(month, {t.offset[i], t.offset[day_start - 1]}, day,
                    {t.offset[day_start], t.offset[j]}, out);
  return true;
}

// The old way of writing a quarter at i, N/4분기 (3/4분기: the third quarter): its length, with
// N in *quarter, or 0.
size_t OldStyleQuarterAt(const CodePoints& t, size_t i, Decimal* quarter) {
  const char32_t n = t.at(i);
  if (n < '1' || n > '4' || t.at(i + 1) != '/' || t.at(i + 2) != '4' ||
      !t.Matches(i + 3, U"분기")) {
    return 0;
  }
  *quarter = Decimal::FromInt(static_cast<int>(n - '0'));
  return 5;
}

// A native word for a number of days at i (하루 1, 이틀 2, ... 열흘 10, 보름 15) that ends a word
// or takes a particle, 간/동안, 씩 (each) or 짜리 (lasting: 열흘짜리 10-day): {days, length}, or
// {0, 0}.
constexpr struct {
  std::u32string_view word;
  int days;
} kDays[] = {{U"하루", 1}, {U"이틀", 2}, {U"사흘", 3},   {U"나흘", 4},   {U"닷새", 5},
             {U"엿새", 6}, {U"이레", 7}, {U"여드레", 8}, {U"아흐레", 9}, {U"열흘", 10},
             {U"보름", 15}};

std::pair<int, size_t> DayWordAt(const CodePoints& t, size_t i) {
  for (const auto& d : kDays) {
    if (!t.Matches(i, d.word)) continue;
    const char32_t next = t.at(i + d.word.size());
    if (!IsHangulSyllable(next) || next == U'간' || next == U'만' || next == U'째' ||
        next == U'을' || next == U'의' || next == U'이' || next == U'가' || next == U'에' ||
        next == U'는' || next == U'동' || next == U'씩' ||
        (next == U'짜' && t.at(i + d.word.size() + 1) == U'리')) {
      return {d.days, d.word.size()};
    }
  }
  return {0, 0};
}

// Whether a Hangul syllable can begin one of the readings of ReadKoreanQuantities: a Sino-Korean
// digit or small unit, 수 (수백), a native numeral or day word, 절반, 양 (양국), 첫. Built from the
// tables the readings use, so the two cannot disagree.
bool MayStartHangulReading(char32_t c) {
  static const auto* starts = [] {
    auto* set = new std::vector<bool>(11172, false);
    const auto add = [set](char32_t first) {
      if (IsHangulSyllable(first)) (*set)[first - 0xAC00] = true;
    };
    for (char32_t c : U"영공일이삼사오육칠팔구십백천수절양첫상하") add(c);
    for (const auto& w : kNativeTens) add(w.word[0]);
    for (const auto& w : kNativeUnits) add(w.word[0]);
    for (const auto& d : kDays) add(d.word[0]);
    return set;
  }();
  return IsHangulSyllable(c) && (*starts)[c - 0xAC00];
}

// The counter word at j (after an optional space), or an empty view.
std::u32string_view CounterAt(const CodePoints& t, size_t j) {
  std::u32string_view best;
  for (auto c : kNativeCounters) {
    if (c.size() > best.size() && t.Matches(j, c)) best = c;
  }
  return best;
}

struct Suffix {
  std::u32string_view text;
  QuantityKind kind;
  const char* unit;
};

// Units and counters after a number, longest first where one is a prefix of another.
constexpr Suffix kSuffixes[] = {
    {U"%포인트", QuantityKind::kPercentPoint, ""},
    {U"%p", QuantityKind::kPercentPoint, ""},
    {U"%P", QuantityKind::kPercentPoint, ""},
    {U"퍼센트포인트", QuantityKind::kPercentPoint, ""},
    {U"퍼센트", QuantityKind::kPercent, ""},
    {U"프로", QuantityKind::kPercent, ""},
    {U"%", QuantityKind::kPercent, ""},
    {U"포인트", QuantityKind::kCount, "point"},
    {U"원", QuantityKind::kMoney, "KRW"},
    {U"달러", QuantityKind::kMoney, "USD"},
    {U"불", QuantityKind::kMoney, "USD"},
    {U"엔", QuantityKind::kMoney, "JPY"},
    {U"위안", QuantityKind::kMoney, "CNY"},
    {U"유로", QuantityKind::kMoney, "EUR"},
    {U"파운드", QuantityKind::kMoney, "GBP"},
    {U"년대", QuantityKind::kYear, "decade"},
    {U"년간", QuantityKind::kDuration, "year"},
    {U"년", QuantityKind::kYear, ""},
    {U"개월", QuantityKind::kDuration, "month"},
    {U"월", QuantityKind::kMonth, ""},
    {U"주 동안", QuantityKind::kDuration, "week"},
    {U"주전", QuantityKind::kDuration, "week"},
    {U"주 전", QuantityKind::kDuration, "week"},
    {U"주후", QuantityKind::kDuration, "week"},
    {U"주 후", QuantityKind::kDuration, "week"},
    {U"주 만", QuantityKind::kDuration, "week"},
    {U"일 간", QuantityKind::kDuration, "day"},
    {U"일 동안", QuantityKind::kDuration, "day"},
    {U"일 만에", QuantityKind::kDuration, "day"},
    {U"일만에", QuantityKind::kDuration, "day"},
    {U"일째", QuantityKind::kDuration, "day"},
    {U"일간", QuantityKind::kDuration, "day"},
    {U"일", QuantityKind::kDay, ""},
    {U"주일", QuantityKind::kDuration, "week"},
    {U"주간", QuantityKind::kDuration, "week"},
    {U"시간", QuantityKind::kDuration, "hour"},
    {U"시", QuantityKind::kTime, ""},
    {U"분기", QuantityKind::kOrdinal, "quarter"},  // 3분기: the third quarter.
    {U"분", QuantityKind::kDuration, "minute"},
    {U"초", QuantityKind::kDuration, "second"},
    {U"세", QuantityKind::kAge, ""},
    {U"살", QuantityKind::kAge, ""},
    {U"배럴", QuantityKind::kMeasure, "bbl"},
    {U"배", QuantityKind::kMultiplier, ""},
    {U"번째", QuantityKind::kOrdinal, ""},
    {U"째", QuantityKind::kOrdinal, ""},
    {U"차례", QuantityKind::kCount, "times"},
    {U"위", QuantityKind::kOrdinal, "rank"},
    {U"km2", QuantityKind::kMeasure, "km2"},
    {U"km²", QuantityKind::kMeasure, "km2"},
    {U"m2", QuantityKind::kMeasure, "m2"},
    {U"m²", QuantityKind::kMeasure, "m2"},
    {U"평방미터", QuantityKind::kMeasure, "m2"},
    {U"제곱미터", QuantityKind::kMeasure, "m2"},
    {U"평방킬로미터", QuantityKind::kMeasure, "km2"},
    {U"제곱킬로미터", QuantityKind::kMeasure, "km2"},
    {U"평", QuantityKind::kMeasure, "pyeong"},
    {U"헥타르", QuantityKind::kMeasure, "ha"},
    {U"ha", QuantityKind::kMeasure, "ha"},
    {U"기가와트", QuantityKind::kMeasure, "GW"},
    {U"메가와트", QuantityKind::kMeasure, "MW"},
    {U"킬로와트", QuantityKind::kMeasure, "kW"},
    {U"와트", QuantityKind::kMeasure, "W"},
    {U"GW", QuantityKind::kMeasure, "GW"},
    {U"MW", QuantityKind::kMeasure, "MW"},
    {U"kW", QuantityKind::kMeasure, "kW"},
    {U"km", QuantityKind::kMeasure, "km"},
    {U"킬로미터", QuantityKind::kMeasure, "km"},
    {U"kg", QuantityKind::kMeasure, "kg"},
    {U"킬로그램", QuantityKind::kMeasure, "kg"},
    {U"cm", QuantityKind::kMeasure, "cm"},
    {U"mm", QuantityKind::kMeasure, "mm"},
    {U"m", QuantityKind::kMeasure, "m"},
    {U"미터", QuantityKind::kMeasure, "m"},
    {U"톤", QuantityKind::kMeasure, "t"},
    {U"t", QuantityKind::kMeasure, "t"},
    {U"도", QuantityKind::kMeasure, "degree"},
    {U"명", QuantityKind::kCount, "people"},
    {U"개국", QuantityKind::kCount, "countries"},
    {U"개사", QuantityKind::kCount, "companies"},
    {U"개", QuantityKind::kCount, ""},
    {U"곳", QuantityKind::kCount, ""},
    {U"건", QuantityKind::kCount, ""},
    {U"대", QuantityKind::kCount, ""},
    {U"척", QuantityKind::kCount, ""},
    {U"채", QuantityKind::kCount, ""},
    {U"마리", QuantityKind::kCount, ""},
    {U"가구", QuantityKind::kCount, "households"},
    {U"차", QuantityKind::kOrdinal, ""},
    {U"회", QuantityKind::kCount, "times"},
    {U"번", QuantityKind::kCount, "times"},
    {U"호", QuantityKind::kOrdinal, "number"},
    {U"층", QuantityKind::kCount, "floor"},
};

constexpr std::u32string_view kApproxAfter[] = {
    U"가량", U"정도", U"쯤", U"이상", U"미만", U"이하", U"남짓", U"안팎", U"내외", U"넘는", U"넘게",
    U"초과"};

// One-syllable particles that may follow a counter: 명이, 번의, 개를.
bool IsParticle(char32_t c) {
  switch (c) {
    case U'이': case U'가': case U'을': case U'를': case U'의': case U'은': case U'는':
    case U'에': case U'로': case U'과': case U'와': case U'도': case U'만': case U'씩':
      return true;
    default:
      return false;
  }
}

// Whether a two-syllable Hangul numeral (이천, 구조, 오억) at [.., end) is followed, directly or
// after one space, by a unit that makes it a number: 이천 원, 오억 달러, 삼천 명. Without one, such
// words are usually something else (이천 the city, 구조 "rescue", 일조 "contribution").
bool FollowedByHangulNumberUnit(const CodePoints& t, size_t end) {
  static constexpr std::u32string_view kUnits[] = {U"원", U"달러", U"엔", U"위안", U"유로",
                                                   U"파운드", U"%", U"퍼센트", U"프로", U"명",
                                                   U"개", U"년", U"배", U"번째", U"가구", U"톤"};
  for (size_t at : {end, end + 1}) {
    if (at == end + 1 && t.at(end) != ' ') break;
    for (auto unit : kUnits) {
      if (t.Matches(at, unit)) return true;
    }
  }
  return false;
}

bool IsWordBefore(const CodePoints& t, size_t i, std::u32string_view word) {
  // `word` ends just before i, possibly with one space between, and starts a word.
  size_t e = i;
  if (e > 0 && t.at(e - 1) == ' ') --e;
  if (e < word.size()) return false;
  const size_t b = e - word.size();
  if (!t.Matches(b, word)) return false;
  return b == 0 || !IsHangulSyllable(t.at(b - 1));
}

// Korean writes a range of months or years with one unit, after its second number (1~10월
// January to October, 2023-2024년), where English names both ends: the first number of such a
// range in `quantities` (read from `text`) is a month or year too. (Not other units: English writes
// "10 to 20 percent" once as well.)
void ReadCalendarRanges(std::string_view text, std::vector<Quantity>* quantities) {
  std::vector<Quantity>& out = *quantities;
  for (size_t k = 0; k + 1 < out.size(); ++k) {
    Quantity& first = out[k];
    const Quantity& second = out[k + 1];
    if (first.kind != QuantityKind::kCount || !first.unit.empty() || first.vague ||
        !first.value.is_integer() || first.span.end > second.span.begin ||
        (second.kind != QuantityKind::kMonth && second.kind != QuantityKind::kYear)) {
      continue;
    }
    std::string_view between = text.substr(first.span.end, second.span.begin - first.span.end);
    while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
    while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
    // A tilde, the tilde operator, a wave dash or a full-width tilde, or a hyphen.
    if (between != "~" && between != "\u223c" && between != "\u301c" && between != "\uff5e" &&
        between != "-") {
      continue;
    }
    const double v = first.value.ToDouble();
    const bool fits =
        second.kind == QuantityKind::kMonth ? v >= 1 && v <= 12 : v >= 1000 && v <= 2999;
    if (fits) first.kind = second.kind;
  }
}

}  // namespace

std::vector<Quantity> ReadKoreanQuantities(std::string_view text_in) {
  const CodePoints t(text_in);
  std::vector<Quantity> out;
  const size_t n = t.size();
  for (size_t i = 0; i < n;) {
    const char32_t c = t.at(i);
    const char32_t prev = i > 0 ? t.at(i - 1) : U' ';
    // Every reading below starts at a digit (perhaps after a currency sign) or at a Hangul
    // syllable that begins a word (or follows 수, 제, 약): skip the other positions, most of
    // the text, before building anything.
    const bool may_start_hangul_number =
        MayStartHangulReading(c) &&
        (!IsHangulSyllable(prev) || prev == U'수' || prev == U'제' || prev == U'약');
    if (!IsAsciiDigit(c) && c != '$' && c != U'₩' && !may_start_hangul_number) {
      ++i;
      continue;
    }
    Quantity q;
    size_t start = i, end = i;
    bool found = false;
    std::string currency_prefix;

    // Currency signs before the number.
    if ((c == U'₩' || c == '$') && IsAsciiDigit(t.at(i + 1))) {
      currency_prefix = c == '$' ? "USD" : "KRW";
      ++i;
    }
    const char32_t d = t.at(i);
    // After a hyphen only the second number of a score or short range (3-1로, 3-5명), both of
    // one or two digits, as English reads them: not a phone number's or an identifier's parts
    // (02-123-4567, 2024-05-01).
    auto short_number_at = [&](size_t k) {
      size_t n = 0;
      while (IsAsciiDigit(t.at(k + n))) ++n;
      return n >= 1 && n <= 2;
    };
    auto short_number_before = [&](size_t k) {  // k: the hyphen.
      size_t n = 0;
      while (n < k && IsAsciiDigit(t.at(k - 1 - n))) ++n;
      return n >= 1 && n <= 2 &&
             (n == k ||
              (!IsAsciiDigit(t.at(k - 1 - n)) && t.at(k - 1 - n) != '-' && t.at(k - 1 - n) != '.'));
    };
    const bool after_score_hyphen = prev == '-' && i >= 2 && short_number_before(i - 1) &&
                                    short_number_at(i) &&
                                    t.at(i + (IsAsciiDigit(t.at(i + 1)) ? 2 : 1)) != '-';
    // Or a hyphen that joins two counted things (50홈런-50도루): after a Hangul word, no part of
    // a phone number or an identifier.
    const bool after_word_hyphen = prev == '-' && i >= 2 && IsHangulSyllable(t.at(i - 2));
    // Or the end of a season or fiscal year that runs into the next year (2024-2025 시즌,
    // 2024-25): the year after the one before the hyphen, with or without its century.
    int season_end_year = 0;
    if (prev == '-' && i >= 5 && (i == 5 || !IsAsciiDigit(t.at(i - 6)))) {
      int first_year = 0;
      for (size_t k = i - 5; k < i - 1; ++k) {
        first_year = IsAsciiDigit(t.at(k)) ? first_year * 10 + static_cast<int>(t.at(k) - '0') : -1;
        if (first_year < 0) break;
      }
      // The digits after the hyphen: two or four are a year's; more are counted, not read (an
      // overlong run would overflow).
      size_t digits = 0;
      int value = 0;
      for (; IsAsciiDigit(t.at(i + digits)); ++digits) {
        if (digits < 4) value = value * 10 + static_cast<int>(t.at(i + digits) - '0');
      }
      if (first_year >= 1900 && first_year < 2100 &&
          ((digits == 4 && value == first_year + 1) ||
           (digits == 2 && value == (first_year + 1) % 100))) {
        season_end_year = first_year + 1;
      }
    }
    // Or a minus sign (영하 -10도, 마이너스 성장률 -0.3%): a hyphen that opens a word. The value
    // is read without its sign, as the English reader reads "minus 10"; the number check compares
    // the signs of temperatures.
    const bool after_minus_sign =
        prev == '-' && (i == 1 || t.at(i - 2) == ' ' || t.at(i - 2) == '(');
    const bool digit_start = IsAsciiDigit(d) && !IsAsciiAlpha(prev) && prev != '.' &&
                             !IsAsciiDigit(prev) && prev != ',' &&
                             (prev != '-' || after_score_hyphen || after_word_hyphen ||
                              after_minus_sign || season_end_year > 0);
    const bool hangul_start = !IsHangulSyllable(prev) || prev == U'수' || prev == U'제' ||
                              prev == U'약';
    bool vague = false;
    if (d == U'수' && hangul_start && IsUnitChar(t.at(i + 1)) && !IsHangulSyllable(prev)) {
      // 수십, 수백, 수천, 수만, 수억, 수십만: a vague magnitude.
      size_t j = i + 1;
      Decimal magnitude = Decimal::FromInt(1);
      while (IsUnitChar(t.at(j))) {
        const int p = SmallUnitPower(t.at(j)) >= 0 ? SmallUnitPower(t.at(j)) : BigUnitPower(t.at(j));
        magnitude = magnitude.Times(Decimal::PowerOfTen(p)).value_or(magnitude);
        ++j;
      }
      q.value = magnitude;
      vague = true;
      end = j;
      found = true;
    } else if (const size_t len = BattingAverageAt(t, i, &q.value); digit_start && len > 0) {
      end = i + len;  // 2할6푼8리 = .268
      found = true;
    } else if (const size_t len = OldStyleQuarterAt(t, i, &q.value); digit_start && len > 0) {
      q.kind = QuantityKind::kOrdinal;
      q.unit = "quarter";
      end = i + len;
      found = true;
    } else if (digit_start && ReadSlashDate(t, i, &out)) {
      // 9/11, 6·15, 6.15: month and day, already added.
      while (IsAsciiDigit(t.at(i)) || t.at(i) == '/' || t.at(i) == U'·' || t.at(i) == '.') ++i;
      continue;
    } else if (digit_start || ((SinoDigit(d) >= 0 || SmallUnitPower(d) >= 0) && hangul_start)) {
      if (auto m = ReadMyriadNumber(t, i)) {
        // Pure Hangul numerals must contain a unit (삼억, 오천): a lone 이 or 일 is a word.
        if (m->has_digits || (m->has_unit && m->end - i >= 2 &&
                              (m->end - i >= 3 || FollowedByHangulNumberUnit(t, m->end)))) {
          // Letters glued after digits make a name or model (3G, 5G, G20 handled above), not a
          // quantity, unless they are a unit (km, kg, m).
          q.value = m->value;
          end = m->end;
          found = true;
        }
      }
    }
    size_t native_end = 0;
    if (!found && hangul_start && !IsHangulSyllable(prev)) {
      // Day words first: 열흘 (ten days) begins with the numeral 열 (ten).
      if (const auto days = DayWordAt(t, i); days.first > 0) {
        // 이틀 "two days", 열흘 "ten days": durations in native words.
        q.value = Decimal::FromInt(days.first);
        q.kind = QuantityKind::kDuration;
        q.unit = "day";
        end = i + days.second;
        native_end = end;
        found = true;
      } else if (auto nat = ReadNativeNumber(t, i)) {
        size_t j = nat->second;
        const bool spaced = t.at(j) == ' ';
        if (spaced) ++j;
        const auto counter = CounterAt(t, j);
        const bool ordinal = t.Matches(j, U"번째") || t.Matches(j, U"째");
        // A one-syllable numeral glued to a counter is usually a word of its own (세명대, 한개인):
        // only ordinals glue (두번째).
        const bool glued_ok = spaced || ordinal || nat->second - i >= 2;
        if ((!counter.empty() || ordinal) && glued_ok) {
          q.value = Decimal::FromInt(nat->first);
          end = nat->second;
          native_end = j;
          found = true;
        } else if (nat->first >= 30 && !spaced && !t.Matches(i, U"쉰") &&
                   (!IsHangulSyllable(t.at(nat->second)) || IsParticle(t.at(nat->second)))) {
          // A person's age in native tens alone (나이 일흔이다, 마흔을 앞두고): not 쉰, a word
          // for 'hoarse' too.
          q.value = Decimal::FromInt(nat->first);
          q.kind = QuantityKind::kAge;
          end = nat->second;
          native_end = end;
          found = true;
        } else if (spaced && nat->second == i + 1 && nat->first >= 2 && IsHangulSyllable(t.at(j))) {
          // 두 남성, 세 아이: a native numeral before a noun. Weak: English may drop it.
          q.value = Decimal::FromInt(nat->first);
          q.weak = true;
          end = nat->second;
          native_end = end;
          found = true;
        }
      } else if ((t.Matches(i, U"상반기") || t.Matches(i, U"하반기")) && !IsHangulSyllable(prev)) {
        // 상반기, 하반기: the first and second half of a year ("the first half"). Weak, as English
        // may say "the first six months" or name the months.
        q.value = Decimal::FromInt(t.at(i) == U'상' ? 1 : 2);
        q.kind = QuantityKind::kOrdinal;
        q.unit = "half";
        q.weak = true;
        end = i + 3;
        native_end = end;
        found = true;
      } else if (t.Matches(i, U"절반") && !IsHangulSyllable(prev)) {
        // 절반 "half": weak, as "half" is in English.
        q = MakeFraction(1, 2, {});
        q.weak = true;
        end = i + 2;
        native_end = end;
        found = true;
      } else if (const size_t len = BothWordAt(t, i); len > 0) {
        // 양국, 양측, 양 후보: "both" / "the two". Weak: English often says neither.
        q.value = Decimal::FromInt(2);
        q.weak = true;
        end = i + len;
        native_end = end;
        found = true;
      } else if (t.Matches(i, U"첫") && t.at(i + 1) == ' ' && IsHangulSyllable(t.at(i + 2)) &&
                 !t.Matches(i + 2, U"번째")) {
        // 첫 답변, 첫 회담: "the first ...". Weak: English often rephrases ("in four years").
        q.value = Decimal::FromInt(1);
        q.kind = QuantityKind::kOrdinal;
        q.weak = true;
        end = i + 1;
        native_end = end;
        found = true;
      } else if (t.Matches(i, U"첫") && (t.Matches(i + 1, U" 번째") || t.Matches(i + 1, U"번째") ||
                                         t.Matches(i + 1, U"째"))) {
        q.value = Decimal::FromInt(1);
        q.kind = QuantityKind::kOrdinal;
        end = i + 1;
        native_end = t.at(i + 1) == ' ' ? i + 2 : i + 1;
        found = true;
      }
    }
    if (!found) {
      i = start + 1;
      continue;
    }
    // Glued Latin letters after digits (3G, 4K) make a name, unless they are a unit.
    if (IsAsciiAlpha(t.at(end)) && !(t.Matches(end, U"km") || t.Matches(end, U"kg") ||
                                     t.Matches(end, U"cm") || t.Matches(end, U"mm") ||
                                     (t.at(end) == 'm' && !IsAsciiAlpha(t.at(end + 1))) ||
                                     (t.at(end) == 't' && !IsAsciiAlpha(t.at(end + 1))))) {
      i = end;
      continue;
    }
    // A fraction (3분의 2, 10분의 1: two-thirds, a tenth): the denominator read so far, then the
    // numerator in digits. A denominator whose numerator this cannot read (3분의 일, rare in news)
    // is no amount of its own, nor 3 minutes: the numerator is read next as a number.
    if (t.Matches(end, U"분의")) {
      size_t k = end + 2;
      if (t.at(k) == ' ') ++k;
      int64_t numerator = 0;
      size_t numerator_end = k;
      if (IsAsciiDigit(t.at(k))) {
        while (IsAsciiDigit(t.at(numerator_end)) && numerator_end - k < 5) {
          numerator = numerator * 10 + static_cast<int64_t>(t.at(numerator_end++) - '0');
        }
        const char32_t next = t.at(numerator_end);
        if (IsAsciiDigit(next) || next == ',' || next == '.') numerator = 0;  // 1,000; 0.5
      }
      const bool whole_denominator = !vague && q.value.is_integer() &&
                                     Decimal::FromInt(2) <= q.value &&
                                     q.value <= Decimal::FromInt(10000);
      if (numerator > 0 && whole_denominator) {
        Quantity fraction = MakeFraction(numerator, static_cast<int64_t>(q.value.ToDouble()),
                                         {t.offset[start], t.offset[numerator_end]});
        fraction.approximate = IsWordBefore(t, start, U"약") || IsWordBefore(t, start, U"대략") ||
                               IsWordBefore(t, start, U"거의");
        out.push_back(std::move(fraction));
        i = numerator_end;
        continue;
      }
      i = end + 2;
      continue;
    }
    q.vague = vague;
    // Approximation right after the number: 10여 명.
    size_t s = native_end ? native_end : end;
    if (t.at(s) == U'여' && !IsHangulSyllable(t.at(s + 1))) {
      q.approximate = true;
      ++s;
    } else if (t.at(s) == U'여' && (t.Matches(s + 1, U"명") || t.Matches(s + 1, U"개") ||
                                    t.Matches(s + 1, U"곳") || t.Matches(s + 1, U"건") ||
                                    t.Matches(s + 1, U"년") || t.Matches(s + 1, U"일") ||
                                    t.Matches(s + 1, U"차례") || t.Matches(s + 1, U"만") ||
                                    t.Matches(s + 1, U"억"))) {
      q.approximate = true;
      ++s;
    }
    // Unit or counter, after at most one space (3억 달러).
    size_t unit_at = s;
    bool matched_suffix = false;
    for (int attempt = 0; attempt < 2 && !matched_suffix; ++attempt) {
      const size_t at = attempt == 0 ? s : s + 1;
      if (attempt == 1 && t.at(s) != ' ') break;
      for (const Suffix& suf : kSuffixes) {
        if (!t.Matches(at, suf.text)) continue;
        // After a space: currencies and percent; counters only when they end the word or a
        // particle follows (12조 번의, not 3 대기업).
        if (attempt == 1 && suf.kind != QuantityKind::kMoney && suf.kind != QuantityKind::kPercent) {
          const char32_t next = t.at(at + suf.text.size());
          if (IsHangulSyllable(next) && !IsParticle(next)) continue;
        }
        // Units of one syllable that begin nouns too count only where the word ends, or a
        // particle or a syllable of their own list follows: 도 degrees (30도를, 30도까지, 30도였다,
        // 30도 안팎), not the start of a noun (50도루 50 stolen bases, 3도시 three cities); 시 an
        // hour (7시에, 7시께, 7시부터, 7시 반), not the start of a loanword (7시즌 seven seasons,
        // 2시리즈).
        static constexpr std::pair<std::u32string_view, std::u32string_view>
            kUnitsBeginningNouns[] = {{U"도", U"까였정안내대넘미초쯤남근"},
                                      {U"시", U"께경쯤부까반정전후"}};
        const auto* noun_unit =
            std::find_if(std::begin(kUnitsBeginningNouns), std::end(kUnitsBeginningNouns),
                         [&](const auto& unit) { return suf.text == unit.first; });
        if (noun_unit != std::end(kUnitsBeginningNouns)) {
          const char32_t next = t.at(at + suf.text.size());
          if (IsHangulSyllable(next) && !IsParticle(next) &&
              noun_unit->second.find(next) == std::u32string_view::npos) {
            continue;
          }
        }
        // Single-letter Latin units must not be the start of a word (5 times, 3 miles).
        if (suf.text.size() <= 2 && IsAsciiAlpha(suf.text[0]) &&
            IsAsciiAlpha(t.at(at + suf.text.size()))) {
          continue;
        }
        q.kind = suf.kind;
        q.unit = suf.unit;
        unit_at = at + suf.text.size();
        matched_suffix = true;
        break;
      }
    }
    // A time in sports, hundredths after the seconds (9초58: 9.58 seconds).
    if (matched_suffix && q.unit == "second" && q.value.is_integer() &&
        IsAsciiDigit(t.at(unit_at))) {
      std::string fraction;  // Up to three digits: hundredths, or thousandths (1분44초402).
      size_t j = unit_at;
      while (IsAsciiDigit(t.at(j)) && fraction.size() < 3) {
        fraction.push_back(static_cast<char>(t.at(j++)));
      }
      if (!IsAsciiDigit(t.at(j))) {
        if (const std::optional<Decimal> seconds =
                Decimal::Parse(q.value.ToString() + "." + fraction)) {
          q.value = *seconds;
          unit_at = j;
        }
      }
    }
    if (q.kind == QuantityKind::kOrdinal && native_end == 0 && !q.value.is_integer()) {
      q.kind = QuantityKind::kCount;
    }
    // Sanity of calendar kinds; otherwise they are durations or counts.
    const double v = q.value.ToDouble();
    if (q.kind == QuantityKind::kYear && q.unit != "decade" &&
        (!q.value.is_integer() || v < 1000 || v > 2999)) {
      q.kind = QuantityKind::kDuration;
      q.unit = "year";
    }
    if (q.kind == QuantityKind::kMonth && (!q.value.is_integer() || v < 1 || v > 12)) {
      q.kind = QuantityKind::kCount;
    }
    if (q.kind == QuantityKind::kDay && (!q.value.is_integer() || v < 1 || v > 31)) {
      q.kind = QuantityKind::kDuration;
      q.unit = "day";
    }
    if (q.kind == QuantityKind::kTime && (!q.value.is_integer() || v > 24)) {
      q.kind = QuantityKind::kCount;
    }
    // 30대: an age bracket ("in their 30s") when a multiple of ten below 100.
    if (q.kind == QuantityKind::kCount && matched_suffix && t.at(unit_at - 1) == U'대' &&
        q.value.is_integer() && v >= 10 && v < 100 && static_cast<int>(v) % 10 == 0 &&
        native_end == 0) {
      q.kind = QuantityKind::kAge;
      q.approximate = true;
    }
    if (q.unit == "decade") q.approximate = true;
    // A bare four-digit integer from 1000 to 2999 is a year, as in English (빌딩 2008).
    if (q.kind == QuantityKind::kCount && !matched_suffix && q.unit.empty() && native_end == 0 &&
        q.value.is_integer() && v >= 1000 && v <= 2999 && t.offset[end] - t.offset[i] == 4) {
      q.kind = QuantityKind::kYear;
    }
    // Numbers inside names: 제8호 태풍 (typhoon No. 8), 6자회담 (six-party talks). They count
    // only against a different number on the other side.
    if (q.unit == "number" || t.Matches(unit_at, U"자회담") || t.Matches(unit_at, U"자 회담")) {
      q.weak = true;
    }
    if (!currency_prefix.empty()) {
      q.kind = QuantityKind::kMoney;
      q.unit = currency_prefix;
    }
    // 헌법 9조, 제9조: an article of a law, not 9 trillion.
    if (!q.value.is_zero() && !matched_suffix && end > i && t.at(end - 1) == U'조' &&
        (IsWordBefore(t, i, U"헌법") || IsWordBefore(t, i, U"법") ||
         (i > 0 && t.at(i - 1) == U'제'))) {
      const Decimal trillion = Decimal::PowerOfTen(12);
      if (q.value < trillion.Times(Decimal::FromInt(1000)).value_or(trillion)) {
        q.value = *Decimal::Parse(q.value.ToString().substr(
            0, q.value.ToString().size() - 12));  // 9000000000000 -> 9
        q.kind = QuantityKind::kOrdinal;
        q.unit = "article";
      }
    }
    if (season_end_year > 0 && q.unit.empty() &&
        (q.kind == QuantityKind::kCount || q.kind == QuantityKind::kYear)) {
      q.value = Decimal::FromInt(season_end_year);
      q.kind = QuantityKind::kYear;
    }
    // 제3차, 제2회: ordinals.
    if (i > 0 && t.at(i - 1) == U'제' && (i < 2 || !IsHangulSyllable(t.at(i - 2)))) {
      q.kind = QuantityKind::kOrdinal;
      start = i - 1;
      // 제1야당, 제1당: "the main opposition party", "the largest party".
      if (q.value == Decimal::FromInt(1) && (t.Matches(end, U"야당") || t.Matches(end, U"당"))) {
        q.weak = true;
      }
    }
    // The number of a court's or a prosecutors' office's division (형사합의25부, 민사1부,
    // 반부패수사2부), which English reports leave out ("the Seoul Central District Court").
    if (t.at(end) == U'부' && (!IsHangulSyllable(t.at(end + 1)) || IsParticle(t.at(end + 1))) &&
        i >= 2 &&
        (t.Matches(i - 2, U"합의") || t.Matches(i - 2, U"형사") || t.Matches(i - 2, U"민사") ||
         t.Matches(i - 2, U"수사") || t.Matches(i - 2, U"행정") || t.Matches(i - 2, U"공판") ||
         IsWordBefore(t, i, U"대법원"))) {  // 대법원 2부: a bench of the Supreme Court.
      q.weak = true;
    }
    // Approximation before (약 3만, 대략) or after (3만 명 가량).
    if (IsWordBefore(t, start, U"약") || IsWordBefore(t, start, U"대략") ||
        IsWordBefore(t, start, U"최소") || IsWordBefore(t, start, U"최대") ||
        IsWordBefore(t, start, U"거의")) {
      q.approximate = true;
    }
    size_t after = unit_at;
    if (t.at(after) == ' ') ++after;
    for (auto w : kApproxAfter) {
      if (t.Matches(after, w) || t.Matches(unit_at, w)) q.approximate = true;
    }
    q.span = {t.offset[start], t.offset[std::min(unit_at, n)]};
    out.push_back(std::move(q));
    i = std::max(unit_at, start + 1);
  }
  ReadCalendarRanges(text_in, &out);
  return out;
}

}  // namespace galley::numbers
