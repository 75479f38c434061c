// NAME_MISMATCH / NAME_MISSING: Korean person names against their English renderings, and Latin
// names inside the Korean (IBM, NHK) that must appear unchanged in the English.
#include <algorithm>
#include <string>

#include "common/base/str_cat.h"
#include "common/checks/pair_context.h"
#include "common/names/name_finder.h"

namespace galley::checks {
namespace {

bool ContainsWord(std::string_view haystack, std::string_view needle) {
  for (size_t pos = haystack.find(needle); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + 1)) {
    const bool left = pos == 0 || !std::isalnum(static_cast<unsigned char>(haystack[pos - 1]));
    const size_t end = pos + needle.size();
    const bool right = end >= haystack.size() ||
                       !std::isalnum(static_cast<unsigned char>(haystack[end])) ||
                       haystack[end] == 's';  // Plural or possessive-less "NHKs" is rare; allow.
    if (left && right) return true;
  }
  return false;
}

class NameCheck final : public PairCheck {
 public:
  std::string_view name() const override { return "name"; }

  void Run(const PairContext& pair, std::vector<Finding>* findings) const override {
    if (pair.source->empty() || pair.target->empty()) return;
    const std::string_view ko = pair.source->text(), en = pair.target->text();
    using Outcome = names::PersonNameMatch::Outcome;
    for (const names::KoreanPersonName& person : names::FindKoreanPersonNames(ko)) {
      const names::PersonNameMatch match = names::MatchPersonName(person, en);
      if (match.outcome != Outcome::kGivenDiffers && match.outcome != Outcome::kSurnameDiffers) {
        continue;
      }
      Finding f;
      f.pair_index = pair.pair_index;
      f.code = codes::kNameMismatch;
      f.severity = Severity::kMajor;
      f.category = MqmCategory::kMistranslation;
      f.message = galley::StrCat("Korean names ", Quote(ko, person.span), " (", match.expected,
                               "); English says ", Quote(en, match.english_span));
      f.source_spans.push_back(pair.source->ToDocument(person.span));
      f.target_spans.push_back(pair.target->ToDocument(match.english_span));
      findings->push_back(std::move(f));
    }
    for (const text::TextSpan& latin : names::FindLatinNames(ko)) {
      const std::string_view token = ko.substr(latin.begin, latin.end - latin.begin);
      if (ContainsWord(en, token)) continue;
      Finding f;
      f.pair_index = pair.pair_index;
      f.code = codes::kNameMissing;
      f.severity = Severity::kMinor;
      f.category = MqmCategory::kOmission;
      f.message = galley::StrCat("Korean has the name ", token,
                               "; the English does not (Latin names are normally kept as they are)");
      f.source_spans.push_back(pair.source->ToDocument(latin));
      findings->push_back(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<PairCheck> MakeNameCheck() { return std::make_unique<NameCheck>(); }

}  // namespace galley::checks
