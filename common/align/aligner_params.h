// Every tunable number of the aligner, in one place, with where it came from.
#ifndef GALLEY_COMMON_ALIGN_ALIGNER_PARAMS_H_
#define GALLEY_COMMON_ALIGN_ALIGNER_PARAMS_H_

namespace galley::align {

struct AlignerParams {
  // Length model (Gale & Church 1993, refitted for Korean -> English). Lengths are code points
  // without spaces. Fitted on ../shared/data/ko-en-news-dev (1,000 line pairs): English / Korean
  // length ratio 2.16; variance of (l_en - 2.16 l_ko) / sqrt(l_ko) 13.4 (robust estimate, 1.4826 x
  // MAD squared; the plain variance, 23.5, is inflated by partial translations in that corpus).
  double length_ratio = 2.16;
  double length_variance = 13.4;

  // Bead priors as costs (-log probability). Start: Gale & Church's priors (1-1 0.89, 1-0/0-1
  // 0.0099, 2-1/1-2 0.089, 2-2 0.011); 1-3/3-1 rarer than 2-2.
  double cost_1_1 = 0.117;
  double cost_1_0 = 4.6;
  double cost_2_1 = 2.42;
  double cost_2_2 = 4.5;
  double cost_3_1 = 5.5;

  // Anchor evidence: cost subtracted per anchor (equal number, copied Latin token, matching name)
  // shared by the two sides of a bead, and added per anchor on one side without a partner.
  double anchor_match_bonus = 1.5;
  double anchor_miss_penalty = 0.5;

  // Band: half-width around the length-scaled diagonal, in source sentences. Doubled and the DP
  // rerun when the best path comes within `band_margin` cells of the band's edge.
  int min_band = 12;
  int band_margin = 2;
};

}  // namespace galley::align

#endif  // GALLEY_COMMON_ALIGN_ALIGNER_PARAMS_H_
