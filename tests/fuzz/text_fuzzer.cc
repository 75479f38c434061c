// UTF-8 validation, NFC/NFKC normalization with offset maps, sentence splitting (ko, en) and
// line splitting: no crash, offsets inside the text and on its code point boundaries.
#include <memory>
#include <string_view>

#include "common/text/normalized_text.h"
#include "common/text/utf8.h"
#include "tests/fuzz/fuzz_util.h"

using namespace galley::text;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto invalid = FindInvalidUtf8(input);
  FUZZ_CHECK(ValidateUtf8(input, "fuzz").ok() == !invalid.has_value());
  if (invalid) {
    FUZZ_CHECK(*invalid < size);
    return 0;
  }
  for (const auto form : {NormalizationForm::kNfc, NormalizationForm::kNfkc}) {
    auto normalized = NormalizedText::Create(input, form);
    FUZZ_CHECK(normalized.ok());
    const size_t n = normalized->text().size();
    for (size_t i = 0; i <= n; ++i) {
      FUZZ_CHECK(normalized->OriginalBegin(i) <= size);
      FUZZ_CHECK(normalized->OriginalEnd(i) <= size);
    }
  }
  static const auto ko = SentenceSplitter::Create("ko");
  static const auto en = SentenceSplitter::Create("en");
  for (const auto* splitter : {&ko, &en}) {
    const auto spans = (**splitter)->Split(input);
    CheckSpans(spans, size);
    for (size_t i = 1; i < spans.size(); ++i) FUZZ_CHECK(spans[i - 1].end <= spans[i].begin);
    for (const TextSpan& s : spans) {
      FUZZ_CHECK(!FindInvalidUtf8(input.substr(s.begin, s.end - s.begin)).has_value());
    }
  }
  CheckSpans(SplitLines(input), size);
  return 0;
}
