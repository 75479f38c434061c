// What users hand the CLI and the API besides texts: glossaries (TSV, TBX), bilingual XLIFF,
// batch manifests and proto3 JSON requests. Errors are fine; crashes are not, and a request that parses must print
// the same JSON through Galley's printer as through protobuf's.
#include <unistd.h>

#include <cstdio>
#include <string>
#include <string_view>

#include "common/checks/glossary.h"
#include "galley/v1/check_service.pb.h"
#include "services/api/json.h"
#include "services/api/xliff.h"
#include "services/cli/batch/batch_input.h"
#include "tests/fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  (void)galley::checks::Glossary::FromTsv(input, "fuzz.tsv");
  (void)galley::checks::Glossary::FromTbx(input, "fuzz.tbx");
  if (auto xliff = galley::api::ParseXliff(input, "fuzz.xlf"); xliff.ok()) {
    const galley::api::XliffCheck check = galley::api::CheckRequestFor(*xliff);
    FUZZ_CHECK(check.checked.size() + check.untranslated.size() <= xliff->units.size());
    // One line per checked unit on each side: the pre-aligned pairs are the units.
    size_t lines = 0;
    for (char c : check.request.source_text()) lines += c == '\n';
    FUZZ_CHECK(lines == check.checked.size());
  }

  static const std::string manifest = "/tmp/galley-fuzz-manifest-" + std::to_string(getpid());
  if (std::FILE* f = std::fopen(manifest.c_str(), "wb")) {
    std::fwrite(input.data(), 1, input.size(), f);
    std::fclose(f);
    if (auto batch = galley::cli::OpenManifest(manifest); batch.ok()) {
      while (auto item = (*batch)->Next()) FUZZ_CHECK(!item->id.empty());
    }
    std::remove(manifest.c_str());  // Nothing left in /tmp when the fuzzer stops.
  }

  galley::v1::CheckRequest request;
  if (galley::api::FromJson(input, &request).ok()) {
    const auto fast = galley::api::ToJson(request);
    const auto reference = galley::api::ToJsonWithProtobuf(request);
    FUZZ_CHECK(fast.ok() == reference.ok());
    if (fast.ok()) FUZZ_CHECK(*fast == *reference);
  }
  return 0;
}
