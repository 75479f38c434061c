// Bilingual sentence alignment of a source text and its translation.
#ifndef GALLEY_COMMON_ALIGN_ALIGNER_H_
#define GALLEY_COMMON_ALIGN_ALIGNER_H_

#include <cstdint>
#include <vector>

#include "common/align/aligner_params.h"
#include "common/align/sentence_features.h"

namespace galley::align {

// One bead: source sentences [source_begin, source_begin + source_count) translate target
// sentences [target_begin, target_begin + target_count). Counts are 0..3; a 1-0 bead is an omitted
// source sentence, a 0-1 bead an added target sentence.
struct Bead {
  uint32_t source_begin = 0;
  uint32_t source_count = 0;
  uint32_t target_begin = 0;
  uint32_t target_count = 0;
  // How sure the aligner is of this bead, in [0, 1].
  double confidence = 1.0;
  bool operator==(const Bead& o) const {
    return source_begin == o.source_begin && source_count == o.source_count &&
           target_begin == o.target_begin && target_count == o.target_count;
  }
};

// What one Align call cost, for benchmarks and logs.
struct AlignStats {
  int band = 0;              // Final half-width of the band.
  int passes = 0;            // DP runs (the band doubles when the path nears its edge).
  size_t cells = 0;          // DP cells in the last pass.
  size_t working_bytes = 0;  // Bytes of DP and evidence tables in the last pass.
};

// Monotonic dynamic-programming aligner over beads 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3, scored
// by a Korean-English length model, anchor evidence and bead priors (see AlignerParams).
//
// Cost: O((n + m) x band) time and memory, band a constant half-width around the diagonal scaled
// by the two sides' sentence counts (m / n), so an article's cost grows linearly. The band is safe because a
// translation's sentence order follows the source: the true path strays from the scaled diagonal
// only by the imbalance of merges and drops seen so far, a few sentences in news. When the best
// path found comes near the band's edge (it may have wanted to leave), the band is doubled and
// the DP rerun, up to the full matrix, so the band never changes the result on inputs it fits.
// The same happens when the band cannot reach the end at all (one sentence against twenty).
//
// Immutable; thread-safe.
class Aligner {
 public:
  explicit Aligner(const AlignerParams& params = AlignerParams()) : params_(params) {}

  // Beads in order, covering every sentence of both sides exactly once. Either side may be empty.
  std::vector<Bead> Align(const std::vector<SentenceFeatures>& source,
                          const std::vector<SentenceFeatures>& target,
                          AlignStats* stats = nullptr) const;

 private:
  std::vector<Bead> AlignInBand(const std::vector<SentenceFeatures>& source,
                                const std::vector<SentenceFeatures>& target, int band,
                                bool* touched_edge, AlignStats* stats) const;
  AlignerParams params_;
};

}  // namespace galley::align

#endif  // GALLEY_COMMON_ALIGN_ALIGNER_H_
