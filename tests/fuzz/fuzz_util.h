// Shared by the libFuzzer targets: a crash or a broken contract aborts (libFuzzer keeps the input).
#ifndef GALLEY_TESTS_FUZZ_FUZZ_UTIL_H_
#define GALLEY_TESTS_FUZZ_FUZZ_UTIL_H_

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "common/text/sentence_splitter.h"

#define FUZZ_CHECK(condition)                                              \
  do {                                                                     \
    if (!(condition)) {                                                    \
      std::fprintf(stderr, "%s:%d: contract broken: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                        \
    }                                                                      \
  } while (0)

// Every span lies inside a text of `size` bytes, begin <= end.
template <typename Spans>
void CheckSpans(const Spans& spans, size_t size) {
  for (const galley::text::TextSpan& s : spans) {
    FUZZ_CHECK(s.begin <= s.end);
    FUZZ_CHECK(s.end <= size);
  }
}

#endif  // GALLEY_TESTS_FUZZ_FUZZ_UTIL_H_
