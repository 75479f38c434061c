#include "common/checks/engine.h"

#include <algorithm>

#include "common/base/str_cat.h"
#include "common/align/sentence_features.h"
#include "common/numbers/quantity_reader.h"
#include "common/base/status_macros.h"
#include "common/text/normalized_text.h"
#include "common/text/utf8.h"

namespace galley::checks {
namespace {

constexpr std::string_view kDefaultSource = "ko";
constexpr std::string_view kDefaultTarget = "en";

// "ko-KR" -> "ko".
std::string_view PrimaryLanguage(std::string_view tag) {
  return tag.substr(0, std::min(tag.find_first_of("-_"), tag.size()));
}

absl::Status ValidateText(std::string_view text, std::string_view field, size_t max_bytes) {
  if (text.size() > max_bytes) {
    return absl::ResourceExhaustedError(galley::StrCat(field, " is ", text.size(),
                                                     " bytes; the limit is ", max_bytes));
  }
  RETURN_IF_ERROR(text::ValidateUtf8(text, field));
  bool blank = true;
  for (size_t pos = 0; pos < text.size() && blank;) {
    blank = text::IsSpace(text::DecodeUtf8(text, &pos));
  }
  if (blank) return absl::InvalidArgumentError(galley::StrCat(field, " is empty"));
  return absl::OkStatus();
}

// Runs of bytes other than ASCII whitespace. Each byte is compared with the one before it, with
// no state carried from byte to byte, so that the compiler vectorizes the loop.
uint32_t CountWords(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
  if (s.empty()) return 0;
  uint32_t words = space(s[0]) ? 0 : 1;
  for (size_t i = 1; i < s.size(); ++i) words += space(s[i - 1]) && !space(s[i]);
  return words;
}

}  // namespace

Engine::Engine(const EngineOptions& options) : options_(options), aligner_(options.aligner) {
  std::vector<std::unique_ptr<PairCheck>> all;
  all.push_back(MakeOmissionCheck());
  all.push_back(MakeNumberCheck());
  all.push_back(MakeNameCheck());
  all.push_back(MakeUntranslatedCheck());
  all.push_back(MakeGlossaryCheck());
  for (auto& check : all) {
    const auto& off = options.disabled_checks;
    if (std::find(off.begin(), off.end(), check->name()) == off.end()) {
      checks_.push_back(std::move(check));
    }
  }
}

absl::StatusOr<std::unique_ptr<Engine>> Engine::Create(const EngineOptions& options) {
  auto engine = std::unique_ptr<Engine>(new Engine(options));
  // Build the two default splitters now, so a broken ICU fails at start-up, not on a request.
  RETURN_IF_ERROR(engine->SplitterFor(kDefaultSource).status());
  RETURN_IF_ERROR(engine->SplitterFor(kDefaultTarget).status());
  return engine;
}

absl::StatusOr<const text::SentenceSplitter*> Engine::SplitterFor(std::string_view language) const {
  std::lock_guard<std::mutex> lock(splitters_mutex_);
  auto it = splitters_.find(language);
  if (it != splitters_.end()) return it->second.get();
  ASSIGN_OR_RETURN(auto splitter, text::SentenceSplitter::Create(language));
  const text::SentenceSplitter* raw = splitter.get();
  splitters_.emplace(std::string(language), std::move(splitter));
  return raw;
}

absl::StatusOr<std::vector<text::TextSpan>> Engine::Segment(std::string_view text,
                                                            std::string_view language,
                                                            Segmentation segmentation,
                                                            std::string_view field) const {
  RETURN_IF_ERROR(ValidateText(text, field, options_.max_text_bytes));
  if (language.empty()) {
    return absl::InvalidArgumentError(galley::StrCat(field, ": language code is required"));
  }
  std::vector<text::TextSpan> segments;
  if (segmentation == Segmentation::kLines) {
    segments = text::SplitLines(text);
  } else {
    ASSIGN_OR_RETURN(const text::SentenceSplitter* splitter, SplitterFor(language));
    segments = splitter->Split(text);
  }
  if (segments.size() > options_.max_segments) {
    return absl::ResourceExhaustedError(galley::StrCat(field, " has ", segments.size(),
                                                     " segments; the limit is ",
                                                     options_.max_segments));
  }
  // The checks' cost grows with the square of a segment's length (EngineOptions).
  for (size_t k = 0; k < segments.size(); ++k) {
    const text::TextSpan segment = segments[k];
    if (segment.end - segment.begin > options_.max_segment_bytes) {
      return absl::ResourceExhaustedError(galley::StrCat(
          field, ": segment ", k + 1, " (bytes ", segment.begin, "-", segment.end, ") is ",
          segment.end - segment.begin, " bytes; the limit is ", options_.max_segment_bytes,
          segmentation == Segmentation::kLines ? " (one sentence or paragraph a line)" : ""));
    }
  }
  return segments;
}

absl::StatusOr<Alignment> Engine::Align(const PairInput& input) const {
  const std::string_view source_language =
      input.source_language.empty() ? kDefaultSource : input.source_language;
  const std::string_view target_language =
      input.target_language.empty() ? kDefaultTarget : input.target_language;
  if (PrimaryLanguage(source_language) != "ko" || PrimaryLanguage(target_language) != "en") {
    return absl::InvalidArgumentError(galley::StrCat(
        "unsupported language pair ", source_language, " -> ", target_language,
        "; this engine checks ko -> en"));
  }
  Alignment alignment;
  ASSIGN_OR_RETURN(alignment.source_segments,
                   Segment(input.source_text, source_language, input.segmentation, "source_text"));
  ASSIGN_OR_RETURN(alignment.target_segments,
                   Segment(input.target_text, target_language, input.segmentation, "target_text"));
  const size_t n = alignment.source_segments.size(), m = alignment.target_segments.size();
  if (input.pre_aligned && n != m) {
    return absl::InvalidArgumentError(StrCat("pre-aligned input: the source has ", n,
                                             " segments and the target ", m,
                                             "; they must be equal"));
  }
  // Each segment is normalized and its quantities read once; spans go back to submitted bytes.
  std::vector<align::SentenceFeatures>& source_features = alignment.source_features;
  std::vector<align::SentenceFeatures>& target_features = alignment.target_features;
  source_features.reserve(n);
  target_features.reserve(m);
  alignment.source_quantities.resize(n);
  alignment.target_quantities.resize(m);
  for (int side = 0; side < 2; ++side) {
    const bool korean = side == 0;
    const std::string_view document = korean ? input.source_text : input.target_text;
    const auto& spans = korean ? alignment.source_segments : alignment.target_segments;
    auto& quantities = korean ? alignment.source_quantities : alignment.target_quantities;
    auto& features = korean ? source_features : target_features;
    for (size_t k = 0; k < spans.size(); ++k) {
      const text::TextSpan span = spans[k];
      ASSIGN_OR_RETURN(const text::NormalizedText normalized,
                       text::NormalizedText::Create(document.substr(span.begin, span.end - span.begin),
                                                    text::NormalizationForm::kNfkc));
      std::vector<numbers::Quantity> found = korean
                                                 ? numbers::ReadKoreanQuantities(normalized.text())
                                                 : numbers::ReadEnglishQuantities(normalized.text());
      features.push_back(korean ? align::KoreanSentenceFeatures(normalized.text(), found)
                                : align::EnglishSentenceFeatures(normalized.text(), found));
      for (numbers::Quantity& q : found) {
        q.span = {span.begin + normalized.OriginalBegin(q.span.begin),
                  span.begin + normalized.OriginalEnd(q.span.end)};
      }
      quantities[k] = std::move(found);
    }
  }
  if (input.pre_aligned) {
    for (size_t i = 0; i < n; ++i) {
      alignment.beads.push_back(
          {static_cast<uint32_t>(i), 1, static_cast<uint32_t>(i), 1, 1.0});
    }
    return alignment;
  }
  alignment.beads = aligner_.Align(source_features, target_features);
  return alignment;
}

absl::StatusOr<Report> Engine::Check(const PairInput& input) const {
  Report report;
  ASSIGN_OR_RETURN(report.alignment, Align(input));
  const Alignment& a = report.alignment;
  std::vector<bool> flagged(a.beads.size(), false);
  const EnglishWordCases target_word_cases(input.target_text);
  DocumentNotes notes;
  for (size_t b = 0; b < a.beads.size(); ++b) {
    const align::Bead& bead = a.beads[b];
    PairSide source, target;
    if (bead.source_count > 0) {
      ASSIGN_OR_RETURN(source,
                       PairSide::Create(input.source_text, a.source_segments[bead.source_begin].begin,
                                        a.source_segments[bead.source_begin + bead.source_count - 1].end));
    }
    if (bead.target_count > 0) {
      ASSIGN_OR_RETURN(target,
                       PairSide::Create(input.target_text, a.target_segments[bead.target_begin].begin,
                                        a.target_segments[bead.target_begin + bead.target_count - 1].end));
    }
    PairContext pair;
    pair.pair_index = static_cast<uint32_t>(b);
    pair.bead = &bead;
    pair.source = &source;
    pair.target = &target;
    pair.source_document = input.source_text;
    pair.glossary = input.glossary;
    pair.target_document = input.target_text;
    pair.target_word_cases = &target_word_cases;
    pair.notes = &notes;
    pair.length_ratio = options_.aligner.length_ratio;
    for (uint32_t k = 0; k < bead.source_count; ++k) {
      pair.source_features.push_back(&a.source_features[bead.source_begin + k]);
    }
    for (uint32_t k = 0; k < bead.target_count; ++k) {
      pair.target_features.push_back(&a.target_features[bead.target_begin + k]);
    }
    for (uint32_t k = 0; k < bead.source_count; ++k) {
      const auto& q = a.source_quantities[bead.source_begin + k];
      pair.source_quantities.insert(pair.source_quantities.end(), q.begin(), q.end());
    }
    for (uint32_t k = 0; k < bead.target_count; ++k) {
      const auto& q = a.target_quantities[bead.target_begin + k];
      pair.target_quantities.insert(pair.target_quantities.end(), q.begin(), q.end());
    }
    const size_t before = report.findings.size();
    for (const auto& check : checks_) check->Run(pair, &report.findings);
    flagged[b] = report.findings.size() > before;
  }
  const size_t before_document = report.findings.size();
  for (const auto& check : checks_) check->FinishDocument(notes, &report.findings);
  for (size_t k = before_document; k < report.findings.size(); ++k) {
    flagged[report.findings[k].pair_index] = true;
  }
  for (Finding& f : report.findings) {
    f.fingerprint = Fingerprint(f.code, input.source_text, f.source_spans, input.target_text,
                                f.target_spans);
  }
  std::stable_sort(report.findings.begin(), report.findings.end(),
                   [](const Finding& x, const Finding& y) {
                     if (x.pair_index != y.pair_index) return x.pair_index < y.pair_index;
                     auto key = [](const Finding& f) {
                       return f.target_spans.empty()
                                  ? (f.source_spans.empty() ? 0u : f.source_spans[0].begin)
                                  : f.target_spans[0].begin;
                     };
                     return key(x) < key(y);
                   });
  Summary& s = report.summary;
  for (const Finding& f : report.findings) {
    switch (f.severity) {
      case Severity::kMinor: ++s.minor; break;
      case Severity::kMajor: ++s.major; break;
      case Severity::kCritical: ++s.critical; break;
    }
  }
  s.flagged_pairs = static_cast<uint32_t>(std::count(flagged.begin(), flagged.end(), true));
  const double words = std::max<uint32_t>(1, CountWords(input.target_text));
  const double penalty = s.minor + 5.0 * s.major + 10.0 * s.critical;
  s.mqm_score = std::clamp(100.0 - 100.0 * penalty / words, 0.0, 100.0);
  return report;
}

}  // namespace galley::checks
