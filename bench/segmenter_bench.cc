// Segmentation speed: Galley's splitter against ICU's bare sentence iterator on the same text.
//   segmenter_bench [--benchmark_*]      text: $GALLEY_DATA_DIR/ko-en-news-dev (default
//   ../shared/data), else the repository's example article repeated.
// The target (issue 2): Galley within 2x of ICU alone.
#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "common/text/sentence_splitter.h"

namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// About 6 KB of running text, like one article side: data lines joined by spaces.
std::string ArticleText(const std::string& language) {
  const char* env = std::getenv("GALLEY_DATA_DIR");
  const std::string dir = env ? env : "../shared/data";
  std::string raw =
      ReadFile(dir + "/ko-en-news-dev/" + (language == "ko" ? "source.ko" : "target.en"));
  if (raw.empty()) {
    raw = ReadFile(std::string(GALLEY_SOURCE_DIR) + "/examples/article." + language + ".txt");
  }
  std::string text;
  std::istringstream lines(raw);
  std::string line;
  while (text.size() < 6000 && std::getline(lines, line)) {
    if (!text.empty()) text += ' ';
    text += line;
  }
  return text;
}

void BM_IcuSentenceIterator(benchmark::State& state, const std::string& language) {
  const std::string text = ArticleText(language);
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale(language.c_str()), error));
  size_t boundaries = 0;
  for (auto _ : state) {
    UText utext = UTEXT_INITIALIZER;
    utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &error);
    it->setText(&utext, error);
    for (int32_t p = it->first(); p != icu::BreakIterator::DONE; p = it->next()) ++boundaries;
    utext_close(&utext);
  }
  benchmark::DoNotOptimize(boundaries);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void BM_GalleySentenceSplitter(benchmark::State& state, const std::string& language) {
  const std::string text = ArticleText(language);
  auto splitter = galley::text::SentenceSplitter::Create(language);
  size_t segments = 0;
  for (auto _ : state) segments += (*splitter)->Split(text).size();
  benchmark::DoNotOptimize(segments);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

BENCHMARK_CAPTURE(BM_IcuSentenceIterator, ko, std::string("ko"));
BENCHMARK_CAPTURE(BM_GalleySentenceSplitter, ko, std::string("ko"));
BENCHMARK_CAPTURE(BM_IcuSentenceIterator, en, std::string("en"));
BENCHMARK_CAPTURE(BM_GalleySentenceSplitter, en, std::string("en"));

}  // namespace

BENCHMARK_MAIN();
