// The Korean and English quantity and relative date readers and the name finders on any valid
// UTF-8: no crash, spans inside the text.
#include <string_view>

#include "common/names/name_finder.h"
#include "common/numbers/quantity_reader.h"
#include "common/numbers/relative_dates.h"
#include "common/text/utf8.h"
#include "tests/fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (galley::text::FindInvalidUtf8(input)) return 0;
  for (const auto& q : galley::numbers::ReadKoreanQuantities(input)) CheckSpans(std::vector{q.span}, size);
  for (const auto& q : galley::numbers::ReadEnglishQuantities(input)) CheckSpans(std::vector{q.span}, size);
  for (const auto& d : galley::numbers::ReadKoreanRelativeDates(input))
    CheckSpans(std::vector{d.span}, size);
  for (const auto& d : galley::numbers::ReadEnglishRelativeDates(input))
    CheckSpans(std::vector{d.span}, size);
  for (const auto& p : galley::names::FindKoreanPersonNames(input)) CheckSpans(std::vector{p.span}, size);
  CheckSpans(galley::names::FindLatinNames(input), size);
  for (const auto& n : galley::names::FindEnglishNames(input)) {
    CheckSpans(std::vector{n.span}, size);
    CheckSpans(n.words, size);
  }
  return 0;
}
