// Check speed, and what the number and name checks cost.
//   check_bench [--benchmark_*]     text: $GALLEY_DATA_DIR/ko-en-news-dev (default ../shared/data)
// BM_ReadQuantities: the Korean and English quantity readers over a 6 KB article pair.
// BM_Check/all: a full check of that pair (pre-segmented lines, aligner on);
// BM_Check/no_numbers, no_names: the same without the number (name) check. What a check adds is
// all / without it - 1 (the counters' names_added); the targets are at most 20% for numbers
// (issue 4), 30% for names (issue 5). BM_AlignBetweenChecks, BM_CheckInterleaved,
// BM_CheckInterleavedArticles, BM_CheckInterleavedArticlesAsSubmitted, BM_CheckAfterIdle: see
// there.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "common/checks/engine.h"
#include "common/numbers/quantity_reader.h"
#include "common/text/normalized_text.h"

namespace {

struct Pair {
  std::string ko, en;
};

// Articles of about 6 KB each (the two sides together, one line a segment), cut from the dev lines
// in their order: the first `count`, or fewer if the data runs out. Without the data, the example
// article of the repository.
const std::vector<Pair>& ArticlePairs(size_t count) {
  static std::map<size_t, std::vector<Pair>>* cache = new std::map<size_t, std::vector<Pair>>;
  auto [it, inserted] = cache->try_emplace(count);
  std::vector<Pair>& pairs = it->second;
  if (!inserted) return pairs;
  const char* env = std::getenv("GALLEY_DATA_DIR");
  const std::string dir = std::string(env ? env : "../shared/data") + "/ko-en-news-dev/";
  std::ifstream ko(dir + "source.ko"), en(dir + "target.en");
  std::string k, e;
  while (pairs.size() < count) {
    Pair p;
    while (p.ko.size() + p.en.size() < 6000 && std::getline(ko, k) && std::getline(en, e)) {
      p.ko += k + "\n";
      p.en += e + "\n";
    }
    if (p.ko.empty()) break;
    pairs.push_back(std::move(p));
  }
  if (pairs.empty()) {
    std::ifstream ek(std::string(GALLEY_SOURCE_DIR) + "/examples/article.ko.txt");
    std::ifstream ee(std::string(GALLEY_SOURCE_DIR) + "/examples/article.en.txt");
    std::stringstream a, b;
    a << ek.rdbuf();
    b << ee.rdbuf();
    pairs.push_back({a.str(), b.str()});
  }
  return pairs;
}

// About 6 KB: the first such article.
const Pair& ArticlePair() { return ArticlePairs(1).front(); }

void BM_ReadQuantities(benchmark::State& state) {
  const Pair& p = ArticlePair();
  const auto ko = galley::text::NormalizedText::Create(p.ko, galley::text::NormalizationForm::kNfkc);
  const auto en = galley::text::NormalizedText::Create(p.en, galley::text::NormalizationForm::kNfkc);
  size_t n = 0;
  for (auto _ : state) {
    n += galley::numbers::ReadKoreanQuantities(ko->text()).size();
    n += galley::numbers::ReadEnglishQuantities(en->text()).size();
  }
  benchmark::DoNotOptimize(n);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * (p.ko.size() + p.en.size())));
}
BENCHMARK(BM_ReadQuantities)->Unit(benchmark::kMicrosecond);

// An engine with every check but `disabled` ("" for none).
std::unique_ptr<galley::checks::Engine> EngineWithout(const char* disabled) {
  galley::checks::EngineOptions options;
  if (*disabled != '\0') options.disabled_checks.push_back(disabled);
  return std::move(galley::checks::Engine::Create(options)).value();
}

// An article pair as the checks take it: one line a segment, aligner on.
galley::checks::PairInput ArticleInput(const Pair& p) {
  galley::checks::PairInput input;
  input.source_text = p.ko;
  input.target_text = p.en;
  input.segmentation = galley::checks::Segmentation::kLines;
  return input;
}
galley::checks::PairInput ArticleInput() { return ArticleInput(ArticlePair()); }

void BM_Check(benchmark::State& state, const char* disabled) {
  const auto engine = EngineWithout(disabled);
  const galley::checks::PairInput input = ArticleInput();
  for (auto _ : state) benchmark::DoNotOptimize(engine->Check(input));
  state.counters["pairs_per_s"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK_CAPTURE(BM_Check, all, "")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Check, no_numbers, "number")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Check, no_names, "name")->Unit(benchmark::kMicrosecond);

// Why the name check costs more in time than in instructions: the time of the very same Align
// (segments, quantities, sentence features, aligner) when each iteration also runs a full check,
// with or without the name check. Only the Align is timed.
void BM_AlignBetweenChecks(benchmark::State& state, const char* disabled) {
  const auto engine = EngineWithout(disabled);
  const galley::checks::PairInput input = ArticleInput();
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    benchmark::DoNotOptimize(engine->Align(input));
    const auto end = std::chrono::steady_clock::now();
    benchmark::DoNotOptimize(engine->Check(input));
    state.SetIterationTime(std::chrono::duration<double>(end - start).count());
  }
}
BENCHMARK_CAPTURE(BM_AlignBetweenChecks, all, "")->UseManualTime()->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_AlignBetweenChecks, no_names, "name")
    ->UseManualTime()
    ->Unit(benchmark::kMicrosecond);

// Counters, per article checked: all_us, no_names_us, names_added = all / no_names - 1, from the
// two engines' total times over `articles` articles an iteration.
void SetNameShareCounters(benchmark::State& state, size_t articles,
                          std::chrono::steady_clock::duration all_time,
                          std::chrono::steady_clock::duration no_names_time) {
  const double n = static_cast<double>(state.iterations() * articles);
  const double all_us = std::chrono::duration<double, std::micro>(all_time).count() / n;
  const double no_names_us = std::chrono::duration<double, std::micro>(no_names_time).count() / n;
  state.counters["all_us"] = all_us;
  state.counters["no_names_us"] = no_names_us;
  state.counters["names_added"] = all_us / no_names_us - 1;
}

// BM_Check/all and no_names in the same loop: the two share the caches' state, as the checks of a
// server that runs all of them do, so the difference is what the name check itself costs.
// (BM_Check/no_names alone runs with the caches warm for the rest of the check only: a
// configuration no server runs.) Each iteration checks every one of `inputs` with one engine, then
// every one with the other, the engine going first alternating from one iteration to the next: a
// check thus follows the same engine's check of the previous article, never the other engine's
// check of the same article, whose lexicon entries and dictionary words it would find in the
// cache as a server checking each article once never does. (Checked with a name check that
// returns at once: the two engines then read within 0.2% of each other over the first 20 articles,
// where checking each article with both in turn read 8.5% apart.) Counters, per article: all_us,
// no_names_us, names_added = all / no_names - 1.
void TimeNameCheckInterleaved(benchmark::State& state,
                              const std::vector<galley::checks::PairInput>& inputs) {
  const auto all = EngineWithout("");
  const auto no_names = EngineWithout("name");
  std::chrono::steady_clock::duration all_time{}, no_names_time{};
  bool all_first = true;
  for (auto _ : state) {
    for (const bool run_all : {all_first, !all_first}) {
      const galley::checks::Engine& engine = run_all ? *all : *no_names;
      std::chrono::steady_clock::duration& total = run_all ? all_time : no_names_time;
      for (const galley::checks::PairInput& input : inputs) {
        const auto start = std::chrono::steady_clock::now();
        benchmark::DoNotOptimize(engine.Check(input));
        total += std::chrono::steady_clock::now() - start;
      }
    }
    all_first = !all_first;
  }
  state.counters["articles"] = static_cast<double>(inputs.size());
  SetNameShareCounters(state, inputs.size(), all_time, no_names_time);
}

// The first 6 KB article.
void BM_CheckInterleaved(benchmark::State& state) {
  TimeNameCheckInterleaved(state, {ArticleInput()});
}
BENCHMARK(BM_CheckInterleaved)->Unit(benchmark::kMicrosecond);

// The first 20 articles: the first alone is one sample, and one of the lighter ones (per article
// the name check adds from about 22% to 73%: it turns on how many of an article's names find no
// counterpart at once, each of which sends the transliteration search through every word of its
// Korean sentence).
void BM_CheckInterleavedArticles(benchmark::State& state) {
  std::vector<galley::checks::PairInput> inputs;
  for (const Pair& p : ArticlePairs(20)) inputs.push_back(ArticleInput(p));
  TimeNameCheckInterleaved(state, inputs);
}
BENCHMARK(BM_CheckInterleavedArticles)->Unit(benchmark::kMillisecond);

// The same 20 articles as a newsroom submits them and `galley check` checks them by default: whole
// texts, split into sentences and aligned by the engine (Segmentation::kSentences), not
// pre-segmented lines. The segmenting is part of the full check whose time the name check adds to.
void BM_CheckInterleavedArticlesAsSubmitted(benchmark::State& state) {
  std::vector<galley::checks::PairInput> inputs;
  for (const Pair& p : ArticlePairs(20)) {
    inputs.push_back(ArticleInput(p));
    inputs.back().segmentation = galley::checks::Segmentation::kSentences;
  }
  TimeNameCheckInterleaved(state, inputs);
}
BENCHMARK(BM_CheckInterleavedArticlesAsSubmitted)->Unit(benchmark::kMillisecond);

// The same comparison with the machine idle before every check (busy waiting `gap` us, touching
// no memory), the engines alternating article by article: whether the name check's share is an
// artefact of checks running back to back, each finding the last one's data in the caches. (On
// this project's VM the rest of a check is a fifth slower or more after a millisecond's idle, and the
// name check's share stays where it is.) Arguments: the gap in us, the number of articles.
void BM_CheckAfterIdle(benchmark::State& state) {
  std::vector<galley::checks::PairInput> inputs;
  for (const Pair& p : ArticlePairs(static_cast<size_t>(state.range(1)))) {
    inputs.push_back(ArticleInput(p));
  }
  const auto all = EngineWithout("");
  const auto no_names = EngineWithout("name");
  const auto gap = std::chrono::microseconds(state.range(0));
  std::chrono::steady_clock::duration all_time{}, no_names_time{};
  bool all_first = true;
  for (auto _ : state) {
    for (const galley::checks::PairInput& input : inputs) {
      for (const bool run_all : {all_first, !all_first}) {
        const auto idle_until = std::chrono::steady_clock::now() + gap;
        while (std::chrono::steady_clock::now() < idle_until) {
        }
        const auto start = std::chrono::steady_clock::now();
        benchmark::DoNotOptimize((run_all ? *all : *no_names).Check(input));
        (run_all ? all_time : no_names_time) += std::chrono::steady_clock::now() - start;
      }
      all_first = !all_first;
    }
  }
  SetNameShareCounters(state, inputs.size(), all_time, no_names_time);
}
BENCHMARK(BM_CheckAfterIdle)
    ->ArgsProduct({{0, 1000}, {1, 20}})
    ->ArgNames({"idle_us", "articles"})
    ->Unit(benchmark::kMillisecond);

// One pair of a single line each (pre-aligned), of `state.range(0)` KiB of Korean and about two
// thirds of that in English: the first dev lines run together, repeated. The checks compare every
// number and name of a pair's two sides, a cost that grows with the square of the line's length,
// hence the engine's max_segment_bytes (32 KiB): its largest value here is what a segment at the
// limit costs. (Text made to be worst is slower: a 32 KiB line of one 66-byte fragment repeated,
// a listed Korean name, a Korean-style English name and three numbers in each, checks in 0.17 to
// 0.27 s with `galley check --segmented=lines --pre-aligned`; it took 11 to 13 s before the name
// check matched each listed name with the English once a pair, not once for each English name,
// and the number check kept its search for an opening parenthesis to the 16 bytes it looks at.)
void BM_CheckOneLongLine(benchmark::State& state) {
  const size_t bytes = static_cast<size_t>(state.range(0)) << 10;
  std::string ko, en;
  const std::vector<Pair>& pairs = ArticlePairs(1);
  for (size_t i = 0; ko.size() < bytes; ++i) {
    const Pair& p = pairs[i % pairs.size()];
    for (const std::string* side : {&p.ko, &p.en}) {
      std::string line = *side;
      std::replace(line.begin(), line.end(), '\n', ' ');
      (side == &p.ko ? ko : en) += line;
    }
  }
  // Cut at a character boundary, the English in proportion.
  auto cut = [](std::string* s, size_t n) {
    while (n < s->size() && (static_cast<unsigned char>((*s)[n]) & 0xC0) == 0x80) --n;
    s->resize(std::min(n, s->size()));
  };
  cut(&ko, bytes);
  cut(&en, bytes * 2 / 3);
  galley::checks::EngineOptions options;
  options.max_segment_bytes = bytes;
  const auto engine = std::move(galley::checks::Engine::Create(options)).value();
  galley::checks::PairInput input;
  input.source_text = ko;
  input.target_text = en;
  input.segmentation = galley::checks::Segmentation::kLines;
  input.pre_aligned = true;
  size_t findings = 0;
  for (auto _ : state) {
    const auto report = engine->Check(input);
    if (!report.ok()) {
      state.SkipWithError(std::string(report.status().message()).c_str());
      return;
    }
    findings = report->findings.size();
  }
  state.counters["findings"] = static_cast<double>(findings);
}
BENCHMARK(BM_CheckOneLongLine)->RangeMultiplier(2)->Range(4, 32)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
