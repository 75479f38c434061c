#include "common/align/aligner.h"

#include <algorithm>
#include <array>
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
    {{1, 0}, {0, 1}, {1, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}}};
constexpr uint8_t kShape1To0 = 0, kShape0To1 = 1;  // Indices into kShapes.

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
    const double x = z * kStepsPerUnit;  // A multiplication: this runs for every bead scored.
    const int k = static_cast<int>(x);
    if (k >= kSize - 1) return table_[kSize - 1] + (z * z - kMax * kMax) / 2;
    const double f = x - k;
    return table_[k] * (1 - f) + table_[k + 1] * f;
  }

 private:
  static constexpr double kStep = 0.02;
  static constexpr double kStepsPerUnit = 50;  // 1 / kStep.
  static constexpr double kMax = 30.0;
  static constexpr int kSize = static_cast<int>(kMax / kStep) + 1;
  std::array<double, kSize> table_;
};

// Population count without relying on the POPCNT instruction (not in the x86-64 baseline, and
// std::popcount compiles to a library call without it).
inline int PopCount(uint64_t x) {
  x = x - ((x >> 1) & 0x5555555555555555ULL);
  x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
  return static_cast<int>((x * 0x0101010101010101ULL) >> 56);
}

const TailCostTable& TailCost() {
  static const TailCostTable table;
  return table;
}

}  // namespace

std::vector<Bead> Aligner::Align(const std::vector<SentenceFeatures>& source,
                                 const std::vector<SentenceFeatures>& target,
                                 AlignStats* stats) const {
  AlignStats local;
  if (stats == nullptr) stats = &local;
  *stats = AlignStats();
  const int n = static_cast<int>(source.size()), m = static_cast<int>(target.size());
  if (n == 0 || m == 0) {
    std::vector<Bead> beads;
    for (int i = 0; i < n; ++i) beads.push_back({static_cast<uint32_t>(i), 1, 0, 0, 1.0});
    for (int j = 0; j < m; ++j) beads.push_back({0, 0, static_cast<uint32_t>(j), 1, 1.0});
    return beads;
  }
  // The band follows the diagonal scaled by m / n, which already absorbs any global imbalance
  // between the two sides; it only has to hold local drift, so its width is constant.
  int band = params_.min_band;
  while (true) {
    bool touched = false;
    std::vector<Bead> beads = AlignInBand(source, target, band, &touched, stats);
    if (!touched || band >= std::max(n, m)) return beads;
    band *= 2;
  }
}

std::vector<Bead> Aligner::AlignInBand(const std::vector<SentenceFeatures>& source,
                                       const std::vector<SentenceFeatures>& target, int band,
                                       bool* touched_edge, AlignStats* stats) const {
  const int n = static_cast<int>(source.size()), m = static_cast<int>(target.size());
  const int width = 2 * band + 1;
  // Row i holds columns [lo[i], lo[i] + width) around the diagonal scaled by m / n. (Centring
  // on cumulative length instead was tried: it follows a merge exactly but drifts like a random
  // walk over long documents, and needed far more reruns.)
  std::vector<int> lo(n + 1);
  for (int i = 0; i <= n; ++i) {
    lo[i] = static_cast<int>((static_cast<int64_t>(i) * m * 2 + n) / (2 * n)) - band;
  }
  std::vector<double> cost(static_cast<size_t>(n + 1) * width, kInfinity);
  std::vector<uint8_t> back(static_cast<size_t>(n + 1) * width, 0);
  auto cell = [&](int i, int j) -> int {
    const int k = j - lo[i];
    if (j < 0 || j > m || k < 0 || k >= width) return -1;
    return i * width + k;
  };

  // Per-sentence lengths (prefix sums) and anchor counts.
  std::vector<double> src_len(n + 1, 0), tgt_len(m + 1, 0);
  struct Counts {
    int numbers, names, concepts;
  };
  std::vector<Counts> src_counts(n), tgt_counts(m);
  auto capped = [](size_t k) { return static_cast<int>(std::min<size_t>(k, 64)); };
  for (int i = 0; i < n; ++i) {
    src_len[i + 1] = src_len[i] + source[i].length;
    src_counts[i] = {capped(source[i].numbers.size()), capped(source[i].names.size()),
                     capped(source[i].concepts.size())};
  }
  for (int j = 0; j < m; ++j) {
    tgt_len[j + 1] = tgt_len[j] + target[j].length;
    tgt_counts[j] = {capped(target[j].numbers.size()), capped(target[j].skeletons.size()),
                     capped(target[j].concepts.size())};
  }
  // Prefix sums of anchor counts, for a cheap upper bound on what a bead's anchors can take off
  // its cost: each side matches at most as many numbers (concepts) as the other side has, and at
  // most as many English names as there are Korean words. Beads whose cost cannot beat the best
  // so far at their cell are then not scored.
  struct CountSums {
    int numbers = 0, names = 0, concepts = 0, words = 0;
  };
  std::vector<CountSums> src_sums(n + 1), tgt_sums(m + 1);
  for (int i = 0; i < n; ++i) {
    src_sums[i + 1] = {src_sums[i].numbers + src_counts[i].numbers,
                       src_sums[i].names + src_counts[i].names,
                       src_sums[i].concepts + src_counts[i].concepts,
                       src_sums[i].words + static_cast<int>(source[i].skeletons.size())};
  }
  for (int j = 0; j < m; ++j) {
    tgt_sums[j + 1] = {tgt_sums[j].numbers + tgt_counts[j].numbers,
                       tgt_sums[j].names + tgt_counts[j].names,
                       tgt_sums[j].concepts + tgt_counts[j].concepts, 0};
  }
  auto max_anchor_bonus = [&](int pi, int i, int pj, int j) {
    const int sn = src_sums[i].numbers - src_sums[pi].numbers;
    const int tn = tgt_sums[j].numbers - tgt_sums[pj].numbers;
    const int sc = src_sums[i].concepts - src_sums[pi].concepts;
    const int tc = tgt_sums[j].concepts - tgt_sums[pj].concepts;
    const int names = src_sums[i].names - src_sums[pi].names;
    const int translit = std::min(tgt_sums[j].names - tgt_sums[pj].names,
                                  src_sums[i].words - src_sums[pi].words);
    return params_.anchor_match_bonus * (names + std::min(sn, tn)) +
           params_.translit_bonus * translit + params_.concept_bonus * std::min(sc, tc);
  };

  // Evidence for every sentence pair a bead in the band can cover: for source row a, target
  // columns [lo[a] - 3, lo[a] + width + 3). Computed once per pair, on first use, with the
  // popcounts a bead needs when one of its sides is a single sentence (most beads) and the whole
  // cost of the 1-1 bead.
  struct PairEntry {
    PairEvidence e;
    uint8_t source_numbers = 0, source_names = 0, source_concepts = 0;
    uint8_t target_numbers = 0, target_names = 0, target_concepts = 0;
    double cost_1_1 = 0;  // The whole cost of the 1-1 bead (a, b), the commonest bead.
    bool ready = false;
  };
  const int evidence_width = width + 6;
  std::vector<PairEntry> evidence_table(static_cast<size_t>(n) * evidence_width);
  const TailCostTable& tail = TailCost();
  const double ratio = params_.length_ratio, variance = params_.length_variance;
  const double hz = params_.length_huber_z;
  const double tail_at_hz = tail(hz);
  // Gale-Church: z = (l_t - c l_s) / sqrt(s^2 l_s), with l_s replaced by the mean of both sides in
  // source units so that a short source with a long target is not scored as near-certain. Beyond
  // length_huber_z the cost grows linearly, not quadratically: a partial or padded translation is
  // then one bad bead, not a reason to merge it with its neighbours.
  auto length_cost = [&](double ls, double lt) {
    const double mean = (ls + lt / ratio) / 2;
    const double az = mean > 0 ? std::fabs(lt - ratio * ls) / std::sqrt(variance * mean) : 0;
    return az <= hz ? tail(az) : tail_at_hz + hz * (az - hz);
  };
  // The anchor part of a bead's cost from its matched and missing anchor counts. Numbers and
  // concepts are counted on both sides, so they weigh half each.
  auto anchor_cost = [&](int matched_numbers, int missing_numbers, int matched_names,
                         int missing_names, int matched_translit, int missing_translit,
                         int matched_concepts, int missing_concepts) {
    return -params_.anchor_match_bonus * (matched_names + 0.5 * matched_numbers) +
           params_.anchor_miss_penalty * (missing_names + 0.5 * missing_numbers) -
           params_.translit_bonus * matched_translit +
           params_.name_miss_penalty * missing_translit -
           params_.concept_bonus * 0.5 * matched_concepts +
           params_.concept_miss_penalty * 0.5 * missing_concepts;
  };
  // Entries are filled on first use: beads pruned by the bound below never pay for theirs.
  auto fill = [&](PairEntry& p, int a, int b) {
    p.e = ComparePair(source[a], target[b]);
    p.source_numbers = static_cast<uint8_t>(PopCount(p.e.source_numbers));
    p.source_names = static_cast<uint8_t>(PopCount(p.e.source_names));
    p.source_concepts = static_cast<uint8_t>(PopCount(p.e.source_concepts));
    p.target_numbers = static_cast<uint8_t>(PopCount(p.e.target_numbers));
    p.target_names = static_cast<uint8_t>(PopCount(p.e.target_names));
    p.target_concepts = static_cast<uint8_t>(PopCount(p.e.target_concepts));
    const Counts& sc = src_counts[a];
    const Counts& tc = tgt_counts[b];
    p.cost_1_1 = params_.cost_1_1 + length_cost(source[a].length, target[b].length) +
                 anchor_cost(p.source_numbers + p.target_numbers,
                             sc.numbers - p.source_numbers + tc.numbers - p.target_numbers,
                             p.source_names, sc.names - p.source_names, p.target_names,
                             tc.names - p.target_names, p.source_concepts + p.target_concepts,
                             sc.concepts - p.source_concepts + tc.concepts - p.target_concepts);
    p.ready = true;
  };
  static const PairEntry kNoEvidence;
  auto entry = [&](int a, int b) -> const PairEntry& {
    const int k = b - (lo[a] - 3);
    if (k < 0 || k >= evidence_width || b < 0 || b >= m) return kNoEvidence;
    PairEntry& p = evidence_table[static_cast<size_t>(a) * evidence_width + k];
    if (!p.ready) fill(p, a, b);
    return p;
  };

  ++stats->passes;
  stats->band = band;
  stats->cells = cost.size();
  stats->working_bytes = cost.size() * (sizeof(double) + sizeof(uint8_t)) +
                         evidence_table.size() * sizeof(PairEntry);

  double shape_prior[kShapes.size()];
  for (size_t k = 0; k < kShapes.size(); ++k) {
    const BeadShape& s = kShapes[k];
    shape_prior[k] = s.source + s.target == 1           ? params_.cost_1_0
                     : s.source == 1 && s.target == 1   ? params_.cost_1_1
                     : s.source + s.target == 3         ? params_.cost_2_1
                     : s.source == 2 && s.target == 2   ? params_.cost_2_2
                                                        : params_.cost_3_1;
  }

  // Cost of the bead of shape k covering source [i - s.source, i) and target [j - s.target, j),
  // or infinity once it is clear that the cost cannot be below `budget`: the anchors, the dear
  // part, are then not scored. `max_bonus` bounds what the anchors can take off. REQUIRES: both
  // sides of the shape non-empty (a 1-0 or 0-1 bead costs its prior alone).
  auto bead_cost = [&](int i, int j, size_t k, double budget, double max_bonus) -> double {
    const BeadShape& s = kShapes[k];
    if (s.source == 1 && s.target == 1) return entry(i - 1, j - 1).cost_1_1;
    const double ls = src_len[i] - src_len[i - s.source];
    const double lt = tgt_len[j] - tgt_len[j - s.target];
    double c = shape_prior[k] + length_cost(ls, lt);
    if (c - max_bonus >= budget) return kInfinity;

    // Anchors, each counted once per bead: OR the pair masks over the other side. For each side,
    // how many of its sentences' anchors found a partner and how many did not.
    struct Tally {
      int matched_numbers = 0, missing_numbers = 0, matched_names = 0, missing_names = 0;
      int matched_concepts = 0, missing_concepts = 0;
      void Add(int numbers, int names, int concepts, const Counts& total) {
        matched_numbers += numbers;
        missing_numbers += total.numbers - numbers;
        matched_names += names;
        missing_names += total.names - names;
        matched_concepts += concepts;
        missing_concepts += total.concepts - concepts;
      }
    };
    Tally src, tgt;
    for (int a = i - s.source; a < i; ++a) {
      if (s.target == 1) {
        const PairEntry& p = entry(a, j - 1);
        src.Add(p.source_numbers, p.source_names, p.source_concepts, src_counts[a]);
        continue;
      }
      uint64_t numbers = 0, names = 0, concepts = 0;
      for (int b = j - s.target; b < j; ++b) {
        const PairEvidence& e = entry(a, b).e;
        numbers |= e.source_numbers;
        names |= e.source_names;
        concepts |= e.source_concepts;
      }
      src.Add(PopCount(numbers), PopCount(names), PopCount(concepts), src_counts[a]);
    }
    for (int b = j - s.target; b < j; ++b) {
      if (s.source == 1) {
        const PairEntry& p = entry(i - 1, b);
        tgt.Add(p.target_numbers, p.target_names, p.target_concepts, tgt_counts[b]);
        continue;
      }
      uint64_t numbers = 0, names = 0, concepts = 0;
      for (int a = i - s.source; a < i; ++a) {
        const PairEvidence& e = entry(a, b).e;
        numbers |= e.target_numbers;
        names |= e.target_names;
        concepts |= e.target_concepts;
      }
      tgt.Add(PopCount(numbers), PopCount(names), PopCount(concepts), tgt_counts[b]);
    }
    // Source names are exact anchors (Latin tokens, person names); target names are English
    // names matched by transliteration.
    c += anchor_cost(src.matched_numbers + tgt.matched_numbers,
                     src.missing_numbers + tgt.missing_numbers, src.matched_names,
                     src.missing_names, tgt.matched_names, tgt.missing_names,
                     src.matched_concepts + tgt.matched_concepts,
                     src.missing_concepts + tgt.missing_concepts);
    return c;
  };

  cost[cell(0, 0)] = 0;
  for (int i = 0; i <= n; ++i) {
    const int jlo = std::max(0, lo[i]), jhi = std::min(m, lo[i] + width - 1);
    for (int j = jlo; j <= jhi; ++j) {
      const int here = cell(i, j);
      if (i == 0 && j == 0) continue;
      double best = kInfinity;
      uint8_t best_shape = 0;
      for (uint8_t k = 0; k < kShapes.size(); ++k) {
        const int pi = i - kShapes[k].source, pj = j - kShapes[k].target;
        if (pi < 0 || pj < 0) continue;
        // cell(pi, pj) without its checks that cannot fail here (pj <= j <= m).
        const int column = pj - lo[pi];
        if (column < 0 || column >= width) continue;
        const double before = cost[static_cast<size_t>(pi) * width + column];
        if (before == kInfinity) continue;
        double c;
        if (k == kShape1To0 || k == kShape0To1) {
          c = before + shape_prior[k];  // No anchors, no length: the bead costs its prior.
        } else {
          const double max_bonus = max_anchor_bonus(pi, i, pj, j);
          if (before + shape_prior[k] - max_bonus >= best) continue;
          c = before + bead_cost(i, j, k, best - before, max_bonus);
        }
        if (c < best) {
          best = c;
          best_shape = k;
        }
      }
      cost[here] = best;
      back[here] = best_shape;
    }
  }

  std::vector<Bead> beads;
  int i = n, j = m;
  // The corner outside the band, or cut off from the start (when m / n exceeds what the widest
  // bead can climb between two rows' windows): widen.
  *touched_edge = cell(n, m) < 0 || cost[cell(n, m)] == kInfinity;
  if (*touched_edge) return beads;
  while (i > 0 || j > 0) {
    const int here = cell(i, j);
    const int k = j - lo[i];
    if (k < params_.band_margin || k >= width - params_.band_margin) {
      // Near the edge, unless the edge is the matrix's own border.
      const bool at_border = (k < params_.band_margin && lo[i] <= 0) ||
                             (k >= width - params_.band_margin && lo[i] + width - 1 >= m);
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
