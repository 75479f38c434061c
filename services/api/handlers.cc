#include "services/api/handlers.h"

#include "common/base/status_macros.h"
#include "common/base/str_cat.h"

namespace galley::api {
namespace {

checks::Segmentation FromProto(v1::SegmentationMode mode) {
  return mode == v1::SEGMENTATION_MODE_LINES ? checks::Segmentation::kLines
                                             : checks::Segmentation::kSentences;
}

// Copies the segments' spans and text: offsets are into `text` as submitted.
void AddSegments(std::string_view text, const std::vector<text::TextSpan>& spans,
                 google::protobuf::RepeatedPtrField<v1::Segment>* out) {
  out->Reserve(static_cast<int>(spans.size()));
  for (const auto& span : spans) {
    v1::Segment* s = out->Add();
    s->set_begin(span.begin);
    s->set_end(span.end);
    s->set_text(std::string(text.substr(span.begin, span.end - span.begin)));
  }
}

void AddPairs(const std::vector<align::Bead>& beads,
              google::protobuf::RepeatedPtrField<v1::Pair>* out) {
  out->Reserve(static_cast<int>(beads.size()));
  for (const auto& bead : beads) {
    v1::Pair* p = out->Add();
    for (uint32_t k = 0; k < bead.source_count; ++k) p->add_source_indexes(bead.source_begin + k);
    for (uint32_t k = 0; k < bead.target_count; ++k) p->add_target_indexes(bead.target_begin + k);
    p->set_confidence(bead.confidence);
  }
}

void AddSpans(std::string_view text, const std::vector<text::TextSpan>& spans,
              google::protobuf::RepeatedPtrField<v1::Span>* out) {
  for (const auto& span : spans) {
    v1::Span* s = out->Add();
    s->set_begin(span.begin);
    s->set_end(span.end);
    s->set_text(std::string(text.substr(span.begin, span.end - span.begin)));
  }
}

checks::PairInput ToPairInput(const std::string& source, const std::string& target,
                              const std::string& source_language,
                              const std::string& target_language, v1::SegmentationMode mode,
                              bool pre_aligned) {
  checks::PairInput input;
  input.source_text = source;
  input.target_text = target;
  input.source_language = source_language;
  input.target_language = target_language;
  input.segmentation = FromProto(mode);
  input.pre_aligned = pre_aligned;
  return input;
}

// The request's glossary terms, checked: INVALID_ARGUMENT names the bad field.
absl::StatusOr<checks::Glossary> GlossaryOf(const v1::CheckRequest& request) {
  constexpr int kMaxGlossaryTerms = 100000;
  checks::Glossary glossary;
  if (request.glossary_size() > kMaxGlossaryTerms) {
    return absl::ResourceExhaustedError(StrCat("glossary: ", request.glossary_size(),
                                               " terms is over the limit of ", kMaxGlossaryTerms));
  }
  for (int i = 0; i < request.glossary_size(); ++i) {
    const v1::GlossaryTerm& term = request.glossary(i);
    const std::vector<std::string> targets(term.targets().begin(), term.targets().end());
    if (absl::Status s = glossary.Add(term.source(), targets, term.note()); !s.ok()) {
      return absl::InvalidArgumentError(StrCat("glossary[", i, "]: ", s.message()));
    }
  }
  return glossary;
}

}  // namespace

absl::StatusOr<v1::SegmentResponse> Segment(const checks::Engine& engine,
                                            const v1::SegmentRequest& request) {
  ASSIGN_OR_RETURN(const auto spans,
                   engine.Segment(request.text(), request.language_code(),
                                  FromProto(request.segmentation()), "text"));
  v1::SegmentResponse response;
  AddSegments(request.text(), spans, response.mutable_segments());
  return response;
}

absl::StatusOr<v1::AlignResponse> Align(const checks::Engine& engine,
                                        const v1::AlignRequest& request) {
  ASSIGN_OR_RETURN(const checks::Alignment alignment,
                   engine.Align(ToPairInput(request.source_text(), request.target_text(),
                                            request.source_language_code(),
                                            request.target_language_code(),
                                            request.segmentation(), false)));
  v1::AlignResponse response;
  AddSegments(request.source_text(), alignment.source_segments, response.mutable_source_segments());
  AddSegments(request.target_text(), alignment.target_segments, response.mutable_target_segments());
  AddPairs(alignment.beads, response.mutable_pairs());
  return response;
}

absl::StatusOr<v1::CheckResponse> Check(const checks::Engine& engine,
                                        const v1::CheckRequest& request) {
  ASSIGN_OR_RETURN(const checks::Glossary glossary, GlossaryOf(request));
  checks::PairInput input =
      ToPairInput(request.source_text(), request.target_text(), request.source_language_code(),
                  request.target_language_code(), request.segmentation(), request.pre_aligned());
  if (!glossary.empty()) input.glossary = &glossary;
  ASSIGN_OR_RETURN(const checks::Report report, engine.Check(input));
  v1::CheckResponse response;
  AddSegments(request.source_text(), report.alignment.source_segments,
              response.mutable_source_segments());
  AddSegments(request.target_text(), report.alignment.target_segments,
              response.mutable_target_segments());
  AddPairs(report.alignment.beads, response.mutable_pairs());
  for (const checks::Finding& f : report.findings) {
    v1::Finding* out = response.add_findings();
    out->set_pair_index(f.pair_index);
    out->set_code(f.code);
    out->set_severity(static_cast<v1::Severity>(f.severity));
    out->set_category(static_cast<v1::MqmCategory>(f.category));
    out->set_message(f.message);
    AddSpans(request.source_text(), f.source_spans, out->mutable_source_spans());
    AddSpans(request.target_text(), f.target_spans, out->mutable_target_spans());
    out->set_fingerprint(f.fingerprint);
  }
  v1::Summary* s = response.mutable_summary();
  s->set_minor(report.summary.minor);
  s->set_major(report.summary.major);
  s->set_critical(report.summary.critical);
  s->set_flagged_pairs(report.summary.flagged_pairs);
  s->set_mqm_score(report.summary.mqm_score);
  return response;
}

v1::CheckBatchResponse CheckBatchItem(const checks::Engine& engine,
                                      const v1::CheckBatchRequest& request) {
  v1::CheckBatchResponse response;
  response.set_id(request.id());
  auto result = Check(engine, request.check());
  if (result.ok()) {
    *response.mutable_response() = std::move(result).value();
  } else {
    response.set_error_code(static_cast<int>(result.status().code()));
    response.set_error_message(std::string(result.status().message()));
  }
  return response;
}

}  // namespace galley::api
