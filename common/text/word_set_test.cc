#include "common/text/word_set.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace galley::text {
namespace {

TEST(WordSetTest, FindsItsWordsAndNoOthers) {
  static const std::string kLong(70, 'x');
  const std::vector<std::string_view> words = {"The", "Mr.", "September", "", "정부", kLong};
  const WordSet set(words);
  for (std::string_view w : words) EXPECT_TRUE(set.contains(w)) << w;
  // Same first byte, other length; same length, other first byte; a prefix; another long word.
  const std::vector<std::string_view> others = {
      "Th", "Thee", "She", "Septembe", "정", "xx", std::string_view(kLong).substr(1)};
  for (std::string_view w : others) {
    EXPECT_FALSE(set.contains(w)) << w;
  }
  const std::string long_other(71, 'x');
  EXPECT_FALSE(set.contains(long_other));
  EXPECT_FALSE(WordSet({"a"}).contains(""));
}

}  // namespace
}  // namespace galley::text
