#include "common/align/aligner.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <limits>

namespace galley::align {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

struct BeadShape {
  int source;
  int target;
};
constexpr std::array<BeadShape, 8> kShapes = {
    {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}}};

// -log(2 (1 - Phi(|z|))) = -log(erfc(|z| / sqrt 2)), tabulated: it is called for every cell and
// bead shape, and erfc + log would dominate the DP.
class TailCostTable {
 public:
  TailCostTable() {
    for (int k = 0; k < kSize; ++k) {
      const double z = k * kStep;
      const double tail = std::erfc(z / std::sqrt(2.0));
      table_[k] = tail > 1e-300 ? -std::log(tail) : 690.0;
    }
  }
  double operator()(double z) const {
    z = std::fabs(z);
    const double x = z / kStep;
    const int k = static_cast<int>(x);
    if (k >= kSize - 1) return table_[kSize - 1] + (z * z - kMax * kMax) / 2;
    const double f = x - k;
    return table_[k] * (1 - f) + table_[k + 1] * f;
  }

 private:
  static constexpr double kStep = 0.02;
  static constexpr double kMax = 30.0;
  static constexpr int kSize = static_cast<int>(kMax / kStep) + 1;
  std::array<double, kSize> table_;
};

const TailCostTable& TailCost() {
  static const TailCostTable table;
  return table;
}

}  // namespace

std::vector<Bead> Aligner::Align(const std::vector<SentenceFeatures>& source,
                                 const std::vector<SentenceFeatures>& target) const {
  const int n = static_cast<int>(source.size()), m = static_cast<int>(target.size());
  if (n == 0 || m == 0) {
    std::vector<Bead> beads;
    for (int i = 0; i < n; ++i) beads.push_back({static_cast<uint32_t>(i), 1, 0, 0, 1.0});
    for (int j = 0; j < m; ++j) beads.push_back({0, 0, static_cast<uint32_t>(j), 1, 1.0});
    return beads;
  }
  int band = std::max(params_.min_band, std::abs(n - m) + params_.band_margin + 2);
  while (true) {
    bool touched = false;
    std::vector<Bead> beads = AlignInBand(source, target, band, &touched);
    if (!touched || band >= std::max(n, m)) return beads;
    band *= 2;
  }
}

std::vector<Bead> Aligner::AlignInBand(const std::vector<SentenceFeatures>& source,
                                       const std::vector<SentenceFeatures>& target, int band,
                                       bool* touched_edge) const {
  const int n = static_cast<int>(source.size()), m = static_cast<int>(target.size());
  const int width = 2 * band + 1;
  // Column j of row i is stored at (i, j - lo(i)); lo follows the scaled diagonal.
  auto center = [&](int i) { return static_cast<int>(std::lround(static_cast<double>(i) * m / n)); };
  auto lo = [&](int i) { return center(i) - band; };
  std::vector<double> cost(static_cast<size_t>(n + 1) * width, kInfinity);
  std::vector<uint8_t> back(static_cast<size_t>(n + 1) * width, 0);
  auto cell = [&](int i, int j) -> int {
    const int k = j - lo(i);
    if (j < 0 || j > m || k < 0 || k >= width) return -1;
    return i * width + k;
  };

  // Prefix sums for bead lengths.
  std::vector<double> src_len(n + 1, 0), tgt_len(m + 1, 0);
  for (int i = 0; i < n; ++i) src_len[i + 1] = src_len[i] + source[i].length;
  for (int j = 0; j < m; ++j) tgt_len[j + 1] = tgt_len[j] + target[j].length;

  // Pair evidence for every (source, target) sentence pair a bead in the band can cover: target
  // columns within band + 3 of the source row's centre. Computed once per pair.
  const int evidence_width = width + 8;
  auto evidence_lo = [&](int a) { return center(a) - band - 4; };
  std::vector<PairEvidence> evidence_cache(static_cast<size_t>(n) * evidence_width);
  std::vector<bool> evidence_done(static_cast<size_t>(n) * evidence_width, false);
  static const PairEvidence kNoEvidence;
  auto evidence = [&](int a, int b) -> const PairEvidence& {
    const int k = b - evidence_lo(a);
    if (k < 0 || k >= evidence_width) return kNoEvidence;
    const size_t index = static_cast<size_t>(a) * evidence_width + k;
    if (!evidence_done[index]) {
      evidence_cache[index] = ComparePair(source[a], target[b]);
      evidence_done[index] = true;
    }
    return evidence_cache[index];
  };

  const TailCostTable& tail = TailCost();
  const double ratio = params_.length_ratio, variance = params_.length_variance;

  auto bead_cost = [&](int i, int j, const BeadShape& s) -> double {
    // Bead covering source [i - s.source, i) and target [j - s.target, j).
    double prior;
    if (s.source + s.target == 1) {
      prior = params_.cost_1_0;
    } else if (s.source == 1 && s.target == 1) {
      prior = params_.cost_1_1;
    } else if (s.source + s.target == 3) {
      prior = params_.cost_2_1;
    } else if (s.source == 2 && s.target == 2) {
      prior = params_.cost_2_2;
    } else {
      prior = params_.cost_3_1;
    }
    if (s.source == 0 || s.target == 0) return prior;
    const double ls = src_len[i] - src_len[i - s.source];
    const double lt = tgt_len[j] - tgt_len[j - s.target];
    // Gale-Church: z = (l_t - c l_s) / sqrt(s^2 l_s), with l_s replaced by the mean of both sides
    // in source units so that a short source with a long target is not scored as near-certain.
    const double mean = (ls + lt / ratio) / 2;
    const double z = mean > 0 ? (lt - ratio * ls) / std::sqrt(variance * mean) : 0;
    // Beyond length_huber_z the cost grows linearly, not quadratically: a partial or padded
    // translation is then one bad bead, not a reason to merge it with its neighbours.
    const double az = std::fabs(z), hz = params_.length_huber_z;
    double c = prior + (az <= hz ? tail(az) : tail(hz) + hz * (az - hz));
    // Anchors of the bead's sentences, each counted once: OR the pair masks over the other side.
    int matched_numbers = 0, missing_numbers = 0, matched_names = 0, missing_names = 0;
    int matched_translit = 0, missing_translit = 0, matched_concepts = 0, missing_concepts = 0;
    for (int a = i - s.source; a < i; ++a) {
      uint64_t numbers = 0, names = 0, concepts = 0;
      for (int b = j - s.target; b < j; ++b) {
        const PairEvidence& e = evidence(a, b);
        numbers |= e.source_numbers;
        names |= e.source_names;
        concepts |= e.source_concepts;
      }
      const int n_concepts = static_cast<int>(std::min<size_t>(source[a].concepts.size(), 64));
      matched_concepts += std::popcount(concepts);
      missing_concepts += n_concepts - std::popcount(concepts);
      const int n_numbers = static_cast<int>(std::min<size_t>(source[a].numbers.size(), 64));
      const int n_names = static_cast<int>(std::min<size_t>(source[a].names.size(), 64));
      matched_numbers += std::popcount(numbers);
      missing_numbers += n_numbers - std::popcount(numbers);
      matched_names += std::popcount(names);
      missing_names += n_names - std::popcount(names);
    }
    for (int b = j - s.target; b < j; ++b) {
      uint64_t numbers = 0, names = 0, concepts = 0;
      for (int a = i - s.source; a < i; ++a) {
        const PairEvidence& e = evidence(a, b);
        numbers |= e.target_numbers;
        names |= e.target_names;
        concepts |= e.target_concepts;
      }
      const int n_concepts = static_cast<int>(std::min<size_t>(target[b].concepts.size(), 64));
      matched_concepts += std::popcount(concepts);
      missing_concepts += n_concepts - std::popcount(concepts);
      const int n_numbers = static_cast<int>(std::min<size_t>(target[b].numbers.size(), 64));
      const int n_names = static_cast<int>(std::min<size_t>(target[b].skeletons.size(), 64));
      matched_numbers += std::popcount(numbers);
      missing_numbers += n_numbers - std::popcount(numbers);
      matched_translit += std::popcount(names);
      missing_translit += n_names - std::popcount(names);
    }
    // Numbers count on both sides: half weight each.
    c -= params_.anchor_match_bonus * (matched_names + 0.5 * matched_numbers);
    c += params_.anchor_miss_penalty * (missing_names + 0.5 * missing_numbers);
    c -= params_.translit_bonus * matched_translit;
    c += params_.name_miss_penalty * missing_translit;
    // Lexicon concepts count on both sides too.
    c -= params_.concept_bonus * 0.5 * matched_concepts;
    c += params_.concept_miss_penalty * 0.5 * missing_concepts;
    return c;
  };

  cost[cell(0, 0)] = 0;
  for (int i = 0; i <= n; ++i) {
    const int jlo = std::max(0, lo(i)), jhi = std::min(m, lo(i) + width - 1);
    for (int j = jlo; j <= jhi; ++j) {
      const int here = cell(i, j);
      if (here < 0 || (i == 0 && j == 0)) continue;
      double best = kInfinity;
      uint8_t best_shape = 0;
      for (uint8_t s = 0; s < kShapes.size(); ++s) {
        const int pi = i - kShapes[s].source, pj = j - kShapes[s].target;
        if (pi < 0 || pj < 0) continue;
        const int from = cell(pi, pj);
        if (from < 0 || cost[from] == kInfinity) continue;
        const double c = cost[from] + bead_cost(i, j, kShapes[s]);
        if (c < best) {
          best = c;
          best_shape = s;
        }
      }
      cost[here] = best;
      back[here] = best_shape;
    }
  }

  std::vector<Bead> beads;
  int i = n, j = m;
  *touched_edge = cell(n, m) < 0;
  if (*touched_edge) return beads;
  while (i > 0 || j > 0) {
    const int here = cell(i, j);
    const int k = j - lo(i);
    if (k < params_.band_margin || k >= width - params_.band_margin) {
      // Near the edge, unless the edge is the matrix's own border.
      const bool at_border = (k < params_.band_margin && lo(i) <= 0) ||
                             (k >= width - params_.band_margin && lo(i) + width - 1 >= m);
      if (!at_border) *touched_edge = true;
    }
    const BeadShape s = kShapes[back[here]];
    const int pi = i - s.source, pj = j - s.target;
    const double bead = cost[here] - cost[cell(pi, pj)];
    Bead b;
    b.source_begin = static_cast<uint32_t>(pi);
    b.source_count = static_cast<uint32_t>(s.source);
    b.target_begin = static_cast<uint32_t>(pj);
    b.target_count = static_cast<uint32_t>(s.target);
    // Confidence: a logistic squash of the bead's cost against a typical good 1-1 bead's.
    b.confidence = 1.0 / (1.0 + std::exp(bead - 3.0));
    beads.push_back(b);
    i = pi;
    j = pj;
  }
  std::reverse(beads.begin(), beads.end());
  return beads;
}

}  // namespace galley::align
