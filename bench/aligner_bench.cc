// Aligner speed and scaling.
//   aligner_bench [--benchmark_*]     text: $GALLEY_DATA_DIR/ko-en-news-dev (default ../shared/data)
// BM_AlignDp/40: the DP alone on a 40-sentence pre-segmented article pair whose sentence features
// are computed beforehand (the aligner proper). BM_AlignArticle/40: the engine's whole Align for
// the same pair given as text with --segmented=lines (validation, features and DP).
// BM_AlignDp/500, 1000, 2000: growth with document length; counters give the band and working
// memory of the DP.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "common/align/aligner.h"
#include "common/align/sentence_features.h"
#include "common/checks/engine.h"
#include "common/text/normalized_text.h"

namespace {

std::vector<std::string> ReadLines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

struct Corpus {
  std::vector<std::string> ko, en;
};

const Corpus& DevCorpus() {
  static const Corpus* corpus = [] {
    const char* env = std::getenv("GALLEY_DATA_DIR");
    const std::string dir = std::string(env ? env : "../shared/data") + "/ko-en-news-dev/";
    auto* c = new Corpus{ReadLines(dir + "source.ko"), ReadLines(dir + "target.en")};
    if (c->ko.empty()) {
      c->ko = ReadLines(std::string(GALLEY_SOURCE_DIR) + "/examples/article.ko.txt");
      c->en = ReadLines(std::string(GALLEY_SOURCE_DIR) + "/examples/article.en.txt");
    }
    return c;
  }();
  return *corpus;
}

// n sentence pairs from the corpus (cycled), with every 10th English pair merged into its
// predecessor so the path is not a plain diagonal.
void Features(size_t n, std::vector<galley::align::SentenceFeatures>* ko,
              std::vector<galley::align::SentenceFeatures>* en) {
  const Corpus& c = DevCorpus();
  std::string pending;
  for (size_t i = 0; i < n; ++i) {
    const std::string& k = c.ko[i % c.ko.size()];
    const std::string& e = c.en[i % c.en.size()];
    ko->push_back(galley::align::KoreanSentenceFeatures(
        galley::text::NormalizedText::Create(k, galley::text::NormalizationForm::kNfkc)->text()));
    if (i % 10 == 9 && !en->empty()) {
      en->back() = galley::align::EnglishSentenceFeatures(pending + " " + e);
    } else {
      en->push_back(galley::align::EnglishSentenceFeatures(e));
      pending = e;
    }
  }
}

void BM_AlignDp(benchmark::State& state) {
  std::vector<galley::align::SentenceFeatures> ko, en;
  Features(static_cast<size_t>(state.range(0)), &ko, &en);
  const galley::align::Aligner aligner;
  galley::align::AlignStats stats;
  for (auto _ : state) benchmark::DoNotOptimize(aligner.Align(ko, en, &stats));
  state.counters["band"] = stats.band;
  state.counters["passes"] = stats.passes;
  state.counters["working_KiB"] = static_cast<double>(stats.working_bytes) / 1024;
  state.counters["articles_per_s"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_AlignDp)->Arg(40)->Arg(500)->Arg(1000)->Arg(2000)->Unit(benchmark::kMicrosecond);

void BM_AlignArticle(benchmark::State& state) {
  const Corpus& c = DevCorpus();
  std::string ko, en;
  for (int i = 0; i < state.range(0); ++i) {
    ko += c.ko[static_cast<size_t>(i) % c.ko.size()] + "\n";
    en += c.en[static_cast<size_t>(i) % c.en.size()] + "\n";
  }
  auto engine = galley::checks::Engine::Create();
  galley::checks::PairInput input;
  input.source_text = ko;
  input.target_text = en;
  input.segmentation = galley::checks::Segmentation::kLines;
  for (auto _ : state) benchmark::DoNotOptimize((*engine)->Align(input));
  state.counters["articles_per_s"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_AlignArticle)->Arg(40)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
