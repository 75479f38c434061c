// OMISSION / ADDITION / OMISSION_PARTIAL: sentences the aligner left unpaired, and pairs whose
// lengths say part of the source is missing from the translation.
#include "common/base/str_cat.h"
#include "common/checks/pair_context.h"
#include "common/text/utf8.h"

namespace galley::checks {
namespace {

// A side's length in code points without spaces: what the aligner's length model counts, summed
// over the side's sentences.
double ContentLength(const std::vector<const align::SentenceFeatures*>& sentences) {
  double n = 0;
  for (const align::SentenceFeatures* f : sentences) n += f->length;
  return n;
}

// A Korean sentence this long (code points) left untranslated is a major omission; shorter ones
// (bylines, photo credits, headers) are minor.
constexpr double kMajorOmissionLength = 20;
constexpr double kMajorAdditionLength = 40;
// A pair is a partial omission when the English is under this share of the expected length and
// the Korean is long enough for the length model to be trusted.
constexpr double kPartialOmissionRatio = 0.45;
constexpr double kPartialOmissionMinSource = 30;

class OmissionCheck final : public PairCheck {
 public:
  std::string_view name() const override { return "omission"; }

  void Run(const PairContext& pair, std::vector<Finding>* findings) const override {
    const double ls = ContentLength(pair.source_features);
    const double lt = ContentLength(pair.target_features);
    if (pair.target->empty() && !pair.source->empty()) {
      Finding f;
      f.pair_index = pair.pair_index;
      f.code = codes::kOmission;
      f.severity = ls >= kMajorOmissionLength ? Severity::kMajor : Severity::kMinor;
      f.category = MqmCategory::kOmission;
      f.message = galley::StrCat("Korean sentence not translated: ",
                               Quote(pair.source->original(),
                                     {0, static_cast<uint32_t>(pair.source->original().size())}));
      f.source_spans.push_back(pair.source->document_span());
      findings->push_back(std::move(f));
    } else if (pair.source->empty() && !pair.target->empty()) {
      Finding f;
      f.pair_index = pair.pair_index;
      f.code = codes::kAddition;
      f.severity = lt >= kMajorAdditionLength ? Severity::kMajor : Severity::kMinor;
      f.category = MqmCategory::kAddition;
      f.message = galley::StrCat("English sentence with no Korean source: ",
                               Quote(pair.target->original(),
                                     {0, static_cast<uint32_t>(pair.target->original().size())}));
      f.target_spans.push_back(pair.target->document_span());
      findings->push_back(std::move(f));
    } else if (ls >= kPartialOmissionMinSource &&
               lt < kPartialOmissionRatio * pair.length_ratio * ls) {
      Finding f;
      f.pair_index = pair.pair_index;
      f.code = codes::kPartialOmission;
      f.severity = Severity::kMinor;
      f.category = MqmCategory::kOmission;
      f.message = galley::StrCat("English is ",
                               static_cast<int>(100 * lt / (pair.length_ratio * ls) + 0.5),
                               "% of the length expected for this Korean: part may be missing");
      f.source_spans.push_back(pair.source->document_span());
      f.target_spans.push_back(pair.target->document_span());
      findings->push_back(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<PairCheck> MakeOmissionCheck() { return std::make_unique<OmissionCheck>(); }

}  // namespace galley::checks
