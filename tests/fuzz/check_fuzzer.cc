// The whole engine: the input is split at its first NUL into a Korean and an English text
// (either may be anything); Check must answer (a report or an error status), never crash, and
// every reported span must lie inside its text.
#include <string_view>

#include "common/checks/engine.h"
#include "tests/fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto engine = galley::checks::Engine::Create();
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t nul = input.find('\0');
  galley::checks::PairInput pair;
  pair.source_text = input.substr(0, nul);
  pair.target_text = nul == std::string_view::npos ? std::string_view() : input.substr(nul + 1);
  for (const auto mode : {galley::checks::Segmentation::kSentences, galley::checks::Segmentation::kLines}) {
    pair.segmentation = mode;
    const auto report = (*engine)->Check(pair);
    if (!report.ok()) continue;
    CheckSpans(report->alignment.source_segments, pair.source_text.size());
    CheckSpans(report->alignment.target_segments, pair.target_text.size());
    for (const auto& f : report->findings) {
      CheckSpans(f.source_spans, pair.source_text.size());
      CheckSpans(f.target_spans, pair.target_text.size());
    }
  }
  return 0;
}
