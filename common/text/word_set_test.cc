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

// Enough words to grow the table several times, each added twice: every one is found, and none
// of the words of the same first bytes and lengths that were left out.
TEST(WordSetTest, GrowsAndKeepsEveryWord) {
  std::vector<std::string> words, others;
  for (int k = 0; k < 1000; ++k) {
    std::string word = std::to_string(k);
    word.insert(word.begin(), 'w');
    (k % 2 == 0 ? words : others).push_back(std::move(word));
  }
  WordSet set;
  for (int round = 0; round < 2; ++round) {
    for (const std::string& w : words) set.Add(w);
  }
  for (const std::string& w : words) EXPECT_TRUE(set.contains(w)) << w;
  for (const std::string& w : others) EXPECT_FALSE(set.contains(w)) << w;
  EXPECT_FALSE(set.contains(""));
  set.Add("");
  EXPECT_TRUE(set.contains(""));
}

}  // namespace
}  // namespace galley::text
