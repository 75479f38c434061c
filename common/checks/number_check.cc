// NUMBER_MISMATCH / NUMBER_MISSING / NUMBER_EXTRA: quantities compared by value and kind, never by
// digit strings, so 12억 달러 = $1.2 billion and 1만2천 명 != 1,200 people.
#include <algorithm>
#include <string>

#include "common/base/str_cat.h"
#include "common/checks/pair_context.h"
#include "common/numbers/quantity_reader.h"

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
      return Severity::kMajor;
  }
  return Severity::kMajor;
}

// Words by which English news gives a date without its number (9일 -> "on Monday").
bool MentionsRelativeDay(std::string_view english) {
  static constexpr std::string_view kWords[] = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      "yesterday", "today", "tomorrow", "last week", "this week", "next week", "earlier this month",
      "last month", "this month", "weekend", "Yesterday", "Today", "Tomorrow"};
  for (std::string_view w : kWords) {
    if (english.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// Whether target quantity `q` is a conversion added in parentheses after another amount:
// "3.5 trillion won ($2.6 billion)", "100 km (62 miles)".
bool IsParentheticalConversion(std::string_view target, const Quantity& q) {
  size_t b = q.span.begin;
  while (b > 0 && (target[b - 1] == ' ' || target[b - 1] == '$')) --b;
  // Allow "about" / "or" / "roughly" between "(" and the number.
  const size_t paren = target.rfind('(', b);
  if (paren == std::string_view::npos || b - paren > 16) return false;
  if (target.find(')', paren) < q.span.begin) return false;
  return q.kind == QuantityKind::kMoney || q.kind == QuantityKind::kMeasure ||
         q.kind == QuantityKind::kCount;
}

class NumberCheck final : public PairCheck {
 public:
  std::string_view name() const override { return "number"; }

  void Run(const PairContext& pair, std::vector<Finding>* findings) const override {
    if (pair.source->empty() || pair.target->empty()) return;  // Omission check's business.
    const std::string_view ko = pair.source->text(), en = pair.target->text();
    std::vector<Quantity> source = numbers::ReadKoreanQuantities(ko);
    std::vector<Quantity> target = numbers::ReadEnglishQuantities(en);
    std::vector<bool> source_used(source.size()), target_used(target.size());

    // 1. Match by value: exact kind first, then any compatible kind.
    for (int pass = 0; pass < 2; ++pass) {
      for (size_t s = 0; s < source.size(); ++s) {
        if (source_used[s]) continue;
        for (size_t t = 0; t < target.size(); ++t) {
          if (target_used[t]) continue;
          const bool kinds = pass == 0 ? source[s].kind == target[t].kind
                                       : numbers::CompatibleKinds(source[s], target[t]);
          if (kinds && numbers::SameValue(source[s], target[t])) {
            source_used[s] = target_used[t] = true;
            break;
          }
        }
      }
    }
    // 2. What is left and not weak; conversions in parentheses are not extra.
    std::vector<size_t> source_left, target_left;
    for (size_t s = 0; s < source.size(); ++s) {
      if (source_used[s] || source[s].weak || source[s].vague) continue;
      // 한 명, 1년: "a person", "a year" carry no numeral in English.
      if (source[s].value == numbers::Decimal::FromInt(1)) continue;
      source_left.push_back(s);
    }
    for (size_t t = 0; t < target.size(); ++t) {
      if (target_used[t] || target[t].weak || target[t].vague) continue;
      if (IsParentheticalConversion(en, target[t])) continue;
      target_left.push_back(t);
    }
    // 3. Leftovers of compatible kind, in order, disagree: a mismatch.
    for (auto sit = source_left.begin(); sit != source_left.end();) {
      const Quantity& sq = source[*sit];
      auto tit = std::find_if(target_left.begin(), target_left.end(), [&](size_t t) {
        return numbers::CompatibleKinds(sq, target[t]) && sq.kind != QuantityKind::kDay &&
               target[t].kind != QuantityKind::kYear && sq.kind != QuantityKind::kYear;
      });
      if (tit == target_left.end()) {
        ++sit;
        continue;
      }
      const Quantity& tq = target[*tit];
      Finding f;
      f.pair_index = pair.pair_index;
      f.code = codes::kNumberMismatch;
      f.severity = std::max(SeverityOf(sq), SeverityOf(tq));
      f.category = MqmCategory::kMistranslation;
      f.message = galley::StrCat("Korean says ", numbers::DescribeValue(sq), " (", Quote(ko, sq.span),
                               "); English says ", numbers::DescribeValue(tq), " (",
                               Quote(en, tq.span), ")");
      f.source_spans.push_back(pair.source->ToDocument(sq.span));
      f.target_spans.push_back(pair.target->ToDocument(tq.span));
      findings->push_back(std::move(f));
      target_left.erase(tit);
      sit = source_left.erase(sit);
    }
    // 4. Numbers on one side only.
    for (size_t s : source_left) {
      const Quantity& sq = source[s];
      if (sq.kind == QuantityKind::kDay && MentionsRelativeDay(en)) continue;
      Finding f;
      f.pair_index = pair.pair_index;
      f.code = codes::kNumberMissing;
      f.severity = SeverityOf(sq);
      f.category = MqmCategory::kOmission;
      f.message = galley::StrCat("Korean says ", numbers::DescribeValue(sq), " (", Quote(ko, sq.span),
                               "); the English has no such number");
      f.source_spans.push_back(pair.source->ToDocument(sq.span));
      findings->push_back(std::move(f));
    }
    for (size_t t : target_left) {
      const Quantity& tq = target[t];
      Finding f;
      f.pair_index = pair.pair_index;
      f.code = codes::kNumberExtra;
      f.severity = SeverityOf(tq) == Severity::kCritical ? Severity::kCritical : Severity::kMajor;
      f.category = MqmCategory::kAddition;
      f.message = galley::StrCat("English says ", numbers::DescribeValue(tq), " (", Quote(en, tq.span),
                               "); the Korean has no such number");
      f.target_spans.push_back(pair.target->ToDocument(tq.span));
      findings->push_back(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<PairCheck> MakeNumberCheck() { return std::make_unique<NumberCheck>(); }

}  // namespace galley::checks
