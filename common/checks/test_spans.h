// For the checks' tests: where a word stands in a text, as the checks' spans give it.
#ifndef GALLEY_COMMON_CHECKS_TEST_SPANS_H_
#define GALLEY_COMMON_CHECKS_TEST_SPANS_H_

#include <gtest/gtest.h>

#include <cstdint>
#include <string_view>

#include "common/text/sentence_splitter.h"

namespace galley::checks::test_spans {

// The byte span of the first `word` in `text`; a test failure if `text` has none.
inline text::TextSpan SpanOf(std::string_view text, std::string_view word) {
  const size_t at = text.find(word);
  EXPECT_NE(at, std::string_view::npos) << word;
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + word.size())};
}

}  // namespace galley::checks::test_spans

#endif  // GALLEY_COMMON_CHECKS_TEST_SPANS_H_
