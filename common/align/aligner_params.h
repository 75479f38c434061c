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
  double length_variance = 25;
  // |z| beyond which the length cost grows linearly instead of quadratically (see the aligner).
  double length_huber_z = 1.5;

  // Bead priors as costs (-log probability). Start: Gale & Church's priors (1-1 0.89, 1-0/0-1
  // 0.0099, 2-1/1-2 0.089, 2-2 0.011); 1-3/3-1 rarer than 2-2.
  double cost_1_1 = 0.117;
  double cost_1_0 = 2.3;
  double cost_2_1 = 3.2;
  double cost_2_2 = 9;
  double cost_3_1 = 10;

  // Anchor evidence: cost subtracted per anchor (equal number, copied Latin token, matching name)
  // shared by the two sides of a bead, and added per anchor on one side without a partner.
  double anchor_match_bonus = 2.6;
  double anchor_miss_penalty = 0.2;
  // Cost subtracted per Korean word whose consonant skeleton matches a capitalized English word
  // (a transliterated name: 오바마 Obama). Weaker than an exact anchor: skeletons can collide.
  double translit_bonus = 1.5;
  // Cost added per English name in a bead with no Korean word that could transliterate it.
  double name_miss_penalty = 0.45;
  // Per news-lexicon concept (정부 ~ government) shared by the bead's two sides, and per concept on
  // one side only. Translations paraphrase, so a missing concept is weak evidence.
  double concept_bonus = 0.8;
  double concept_miss_penalty = 0.5;

  // Band: half-width around the length-scaled diagonal, in source sentences. Doubled and the DP
  // rerun when the best path comes within `band_margin` cells of the band's edge.
  int min_band = 6;
  int band_margin = 2;
};

}  // namespace galley::align

#endif  // GALLEY_COMMON_ALIGN_ALIGNER_PARAMS_H_
