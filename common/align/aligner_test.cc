#include "common/align/aligner.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "common/align/sentence_features.h"

namespace galley::align {
namespace {

// Sentences with a given length and optional number anchors; English ~2.16x Korean.
SentenceFeatures Ko(double length, std::vector<uint64_t> numbers = {}) {
  SentenceFeatures f;
  f.length = length;
  f.numbers = std::move(numbers);
  return f;
}
SentenceFeatures En(double length, std::vector<uint64_t> numbers = {}) {
  return Ko(length * 2.16, std::move(numbers));
}

// Beads as "s-t" shape strings.
std::vector<std::string> Shapes(const std::vector<Bead>& beads) {
  std::vector<std::string> out;
  for (const Bead& b : beads) {
    out.push_back(std::to_string(b.source_count) + "-" + std::to_string(b.target_count));
  }
  return out;
}

void ExpectCoversEverySentenceOnce(const std::vector<Bead>& beads, size_t n, size_t m) {
  size_t s = 0, t = 0;
  for (const Bead& b : beads) {
    EXPECT_EQ(b.source_begin, s);
    EXPECT_EQ(b.target_begin, t);
    s += b.source_count;
    t += b.target_count;
    EXPECT_GE(b.confidence, 0.0);
    EXPECT_LE(b.confidence, 1.0);
  }
  EXPECT_EQ(s, n);
  EXPECT_EQ(t, m);
}

TEST(AlignerTest, OneToOneWhenLengthsAgree) {
  const std::vector<SentenceFeatures> ko = {Ko(30), Ko(55), Ko(20), Ko(41)};
  const std::vector<SentenceFeatures> en = {En(31), En(53), En(21), En(40)};
  const auto beads = Aligner().Align(ko, en);
  EXPECT_EQ(Shapes(beads), (std::vector<std::string>{"1-1", "1-1", "1-1", "1-1"}));
  ExpectCoversEverySentenceOnce(beads, 4, 4);
}

TEST(AlignerTest, FindsMergesAtStartMiddleAndEnd) {
  // Korean sentences 0+1, 4+5 and 8+9 are one English sentence each.
  const std::vector<SentenceFeatures> ko = {Ko(30), Ko(25), Ko(40), Ko(33), Ko(28),
                                            Ko(36), Ko(44), Ko(31), Ko(26), Ko(35)};
  const std::vector<SentenceFeatures> en = {En(55), En(40), En(33), En(64), En(44), En(31), En(61)};
  const auto beads = Aligner().Align(ko, en);
  EXPECT_EQ(Shapes(beads),
            (std::vector<std::string>{"2-1", "1-1", "1-1", "2-1", "1-1", "1-1", "2-1"}));
  ExpectCoversEverySentenceOnce(beads, 10, 7);
}

TEST(AlignerTest, FindsASplitSentence) {
  const std::vector<SentenceFeatures> ko = {Ko(30), Ko(70), Ko(30)};
  const std::vector<SentenceFeatures> en = {En(30), En(33), En(37), En(30)};
  EXPECT_EQ(Shapes(Aligner().Align(ko, en)), (std::vector<std::string>{"1-1", "1-2", "1-1"}));
}

TEST(AlignerTest, FindsSplitsAtStartAndEnd) {
  // Korean sentences 0 and 3 are each translated as two English sentences.
  const std::vector<SentenceFeatures> ko = {Ko(70), Ko(30), Ko(40), Ko(64)};
  const std::vector<SentenceFeatures> en = {En(36), En(34), En(31), En(39), En(30), En(34)};
  const auto beads = Aligner().Align(ko, en);
  EXPECT_EQ(Shapes(beads), (std::vector<std::string>{"1-2", "1-1", "1-1", "1-2"}));
  ExpectCoversEverySentenceOnce(beads, 4, 6);
}

TEST(AlignerTest, NumbersInTheWrongOrderDoNotBreakMonotonicity) {
  // The translation swaps which sentence carries which number (Korean 7 then 9, English 9 then
  // 7): the anchors pull across each other, the path stays monotonic and the lengths decide.
  const std::vector<SentenceFeatures> ko = {Ko(30), Ko(22, {7}), Ko(48, {9}), Ko(25)};
  const std::vector<SentenceFeatures> en = {En(31), En(21, {9}), En(47, {7}), En(26)};
  const auto beads = Aligner().Align(ko, en);
  ExpectCoversEverySentenceOnce(beads, 4, 4);
  EXPECT_EQ(Shapes(beads), (std::vector<std::string>{"1-1", "1-1", "1-1", "1-1"}));
}

TEST(AlignerTest, DroppedFirstAndLastSentencesWithAnchors) {
  // Numbers anchor the middle sentences; the first and last Korean sentences have no translation.
  const std::vector<SentenceFeatures> ko = {Ko(35, {1}), Ko(30, {2}), Ko(42, {3}), Ko(38, {4})};
  const std::vector<SentenceFeatures> en = {En(30, {2}), En(42, {3})};
  const auto beads = Aligner().Align(ko, en);
  EXPECT_EQ(Shapes(beads), (std::vector<std::string>{"1-0", "1-1", "1-1", "1-0"}));
  ExpectCoversEverySentenceOnce(beads, 4, 2);
}

TEST(AlignerTest, IdenticalNumbersInNeighbouringSentencesDoNotCrossTheAlignment) {
  // Sentences 1 and 2 carry the same number; lengths decide, and the path stays monotonic.
  const std::vector<SentenceFeatures> ko = {Ko(30), Ko(20, {7}), Ko(45, {7}), Ko(25)};
  const std::vector<SentenceFeatures> en = {En(31), En(21, {7}), En(44, {7}), En(26)};
  EXPECT_EQ(Shapes(Aligner().Align(ko, en)),
            (std::vector<std::string>{"1-1", "1-1", "1-1", "1-1"}));
}

TEST(AlignerTest, ReportsItsBandAndMemory) {
  std::vector<SentenceFeatures> ko(500, Ko(30)), en(500, En(30));
  AlignStats stats;
  Aligner().Align(ko, en, &stats);
  EXPECT_EQ(stats.passes, 1);
  EXPECT_EQ(stats.band, AlignerParams().min_band);
  // Linear: a few hundred bytes a sentence, not n x m.
  EXPECT_LT(stats.working_bytes, 500u * 2000u);
}

TEST(AlignerTest, OneSideEmpty) {
  const std::vector<SentenceFeatures> ko = {Ko(10), Ko(20)};
  EXPECT_EQ(Shapes(Aligner().Align(ko, {})), (std::vector<std::string>{"1-0", "1-0"}));
  EXPECT_EQ(Shapes(Aligner().Align({}, ko)), (std::vector<std::string>{"0-1", "0-1"}));
  EXPECT_TRUE(Aligner().Align({}, {}).empty());
}

TEST(AlignerTest, OneSentenceArticles) {
  EXPECT_EQ(Shapes(Aligner().Align({Ko(40)}, {En(40)})), (std::vector<std::string>{"1-1"}));
}

TEST(AlignerTest, LopsidedPairWidensTheBandUntilTheCornerIsReachable) {
  // One Korean sentence against 20 English ones: with the narrow first band the rows' windows do
  // not meet, so the corner is unreachable; the aligner must widen, not read outside the band.
  const std::vector<SentenceFeatures> ko = {Ko(40, {9})};
  std::vector<SentenceFeatures> en(20, En(40));
  en[7].numbers = {9};
  AlignStats stats;
  const auto beads = Aligner().Align(ko, en, &stats);
  ExpectCoversEverySentenceOnce(beads, 1, 20);
  EXPECT_GT(stats.passes, 1);
  // The anchored sentence is the Korean sentence's partner.
  for (const Bead& b : beads) {
    if (b.source_count == 1) {
      EXPECT_LE(b.target_begin, 7u);
      EXPECT_GT(b.target_begin + b.target_count, 7u);
    }
  }
}

TEST(AlignerTest, EveryShapeOfInputIsCoveredExactlyOnce) {
  // Property over many lopsided and empty-ish pairs (fixed seed): whatever the sizes, lengths and
  // anchors, the beads cover both sides once, in order, with confidences in [0, 1].
  std::mt19937 random(20261129);
  for (int trial = 0; trial < 300; ++trial) {
    const int n = static_cast<int>(random() % 40), m = static_cast<int>(random() % 40);
    std::vector<SentenceFeatures> ko, en;
    for (int i = 0; i < n; ++i) {
      ko.push_back(Ko(1 + random() % 90, {random() % 6 == 0 ? std::vector<uint64_t>{random() % 5}
                                                             : std::vector<uint64_t>{}}));
    }
    for (int j = 0; j < m; ++j) {
      en.push_back(En(1 + random() % 90, {random() % 6 == 0 ? std::vector<uint64_t>{random() % 5}
                                                             : std::vector<uint64_t>{}}));
    }
    SCOPED_TRACE("n=" + std::to_string(n) + " m=" + std::to_string(m));
    ExpectCoversEverySentenceOnce(Aligner().Align(ko, en), n, m);
  }
}

TEST(AlignerTest, LongDocumentStaysOnTheDiagonal) {
  // 2,000 sentences with varied lengths and a merge every 100: linear-time band, exact result.
  std::vector<SentenceFeatures> ko, en;
  std::vector<std::string> expected;
  for (int i = 0; i < 2000; ++i) {
    const double len = 20 + (i * 37) % 50;
    ko.push_back(Ko(len));
    if (i % 100 == 99) {
      en.back().length += len * 2.16;
      expected.back() = "2-1";
    } else {
      en.push_back(En(len));
      expected.push_back("1-1");
    }
  }
  const auto beads = Aligner().Align(ko, en);
  EXPECT_EQ(Shapes(beads), expected);
  ExpectCoversEverySentenceOnce(beads, ko.size(), en.size());
}

// The length model's input: code points without spaces, Unicode spaces (no-break, ideographic,
// thin) included and curly quotes, whose first byte begins some of those spaces, counted.
TEST(SentenceFeaturesTest, LengthCountsCodePointsWithoutSpaces) {
  EXPECT_EQ(KoreanSentenceFeatures("정부는 발표했다.").length, 8);
  EXPECT_EQ(KoreanSentenceFeatures("정부는\u00a0발표했다.\u3000\t\r\n").length, 8);
  EXPECT_EQ(EnglishSentenceFeatures("\u201cNo,\u201d he\u2009said\u00a0\u00e9t\u00e9.").length, 15);
  EXPECT_EQ(EnglishSentenceFeatures(" \v\f ").length, 0);
  EXPECT_EQ(EnglishSentenceFeatures("").length, 0);
}

}  // namespace
}  // namespace galley::align
