// The engine: segment -> align -> checks -> report. Used in-process by the CLI and by galleyd.
#ifndef GALLEY_COMMON_CHECKS_ENGINE_H_
#define GALLEY_COMMON_CHECKS_ENGINE_H_

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "common/align/aligner.h"
#include "common/align/sentence_features.h"
#include "common/checks/finding.h"
#include "common/checks/glossary.h"
#include "common/checks/pair_context.h"
#include "common/numbers/quantity.h"
#include "common/text/sentence_splitter.h"

namespace galley::checks {

enum class Segmentation {
  kSentences,  // News sentence segmentation.
  kLines,      // Each non-empty line is a segment.
};

struct EngineOptions {
  // Largest text accepted on either side, in bytes (RESOURCE_EXHAUSTED above it).
  size_t max_text_bytes = 1 << 20;
  // Most segments accepted on either side (RESOURCE_EXHAUSTED above it).
  size_t max_segments = 10000;
  // Longest segment accepted, in bytes (RESOURCE_EXHAUSTED above it). The checks compare every
  // name and number of a pair's two sides, which costs the square of a segment's length: 32 KiB
  // (a whole long article on one line; a news sentence is under 1.5 KB) checks in well under a
  // second at worst, while one line of 500 KB took minutes.
  size_t max_segment_bytes = 32 << 10;
  align::AlignerParams aligner;
  // Checks not to run, by name: "number", "name", "omission", "untranslated", "glossary".
  std::vector<std::string> disabled_checks;
};

// One article pair. Views: the caller keeps the texts alive during the call.
struct PairInput {
  std::string_view source_text;
  std::string_view target_text;
  // BCP 47; "" means the default (ko -> en).
  std::string_view source_language;
  std::string_view target_language;
  Segmentation segmentation = Segmentation::kSentences;
  // Source segment i translates target segment i; no aligner runs.
  bool pre_aligned = false;
  // House translations to enforce (GLOSSARY_VIOLATION); null for none. Not owned.
  const Glossary* glossary = nullptr;
};

struct Alignment {
  // Byte spans into the submitted texts, trimmed of whitespace.
  std::vector<text::TextSpan> source_segments;
  std::vector<text::TextSpan> target_segments;
  // In text order; every segment in exactly one bead.
  std::vector<align::Bead> beads;
  // The quantities of each segment, spans in bytes of the submitted text (read once here; the
  // aligner and the number check both use them).
  std::vector<std::vector<numbers::Quantity>> source_quantities;
  std::vector<std::vector<numbers::Quantity>> target_quantities;
  // What the aligner knows of each segment; the name check reads the Korean side's.
  std::vector<align::SentenceFeatures> source_features;
  std::vector<align::SentenceFeatures> target_features;
};

struct Summary {
  uint32_t minor = 0, major = 0, critical = 0;
  uint32_t flagged_pairs = 0;
  // 100 - 100 x (minor + 5 major + 10 critical) / target words, clamped to [0, 100].
  double mqm_score = 100;
};

struct Report {
  Alignment alignment;
  // Ordered by pair, then by first target (else source) offset.
  std::vector<Finding> findings;
  Summary summary;
};

// Thread-safe: one Engine serves all threads of a process.
class Engine {
 public:
  static absl::StatusOr<std::unique_ptr<Engine>> Create(const EngineOptions& options = {});

  // Segments of one text. `field` names the text in error messages ("text", a file name).
  // Errors: INVALID_ARGUMENT (empty, invalid UTF-8 with its byte offset, unknown language),
  // RESOURCE_EXHAUSTED (over the size or segment limit).
  absl::StatusOr<std::vector<text::TextSpan>> Segment(std::string_view text,
                                                      std::string_view language,
                                                      Segmentation segmentation,
                                                      std::string_view field = "text") const;

  // Segments and aligns a pair. Errors as Segment, plus INVALID_ARGUMENT for an unsupported
  // language pair or a pre-aligned pair whose segment counts differ.
  absl::StatusOr<Alignment> Align(const PairInput& input) const;

  // Segments, aligns and runs every check.
  absl::StatusOr<Report> Check(const PairInput& input) const;

  const EngineOptions& options() const { return options_; }

 private:
  explicit Engine(const EngineOptions& options);
  absl::StatusOr<const text::SentenceSplitter*> SplitterFor(std::string_view language) const;

  EngineOptions options_;
  align::Aligner aligner_;
  std::vector<std::unique_ptr<PairCheck>> checks_;
  mutable std::mutex splitters_mutex_;
  // Created on first use per language; never removed, so pointers stay valid.
  mutable std::map<std::string, std::unique_ptr<text::SentenceSplitter>, std::less<>>
      splitters_;  // GUARDED_BY(splitters_mutex_)
};

}  // namespace galley::checks

#endif  // GALLEY_COMMON_CHECKS_ENGINE_H_
