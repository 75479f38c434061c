#include "common/checks/pair_context.h"

#include <gtest/gtest.h>

#include <string>

namespace galley::checks {
namespace {

// Case-folded lookups, words of every length (the hash reads eight bytes at a time, and the last
// word of a text has fewer than eight bytes after it), and capitals within a sentence only.
TEST(EnglishWordCasesTest, KnowsHowTheDocumentWritesEachWord) {
  const std::string text =
      "Apple said the apple harvest fell. Analysts said Samsung and the internationalization "
      "effort helped, said Obama";
  const EnglishWordCases cases(text);
  EXPECT_TRUE(cases.InLowerCase("Apple"));
  EXPECT_TRUE(cases.InLowerCase("APPLE"));
  EXPECT_TRUE(cases.InLowerCase("internationalization"));
  EXPECT_FALSE(cases.InLowerCase("Samsung"));
  EXPECT_FALSE(cases.InLowerCase("Analysts"));  // Only capitalized, at a sentence's start.
  EXPECT_TRUE(cases.CapitalizedWithinSentence("samsung"));
  EXPECT_TRUE(cases.CapitalizedWithinSentence("Obama"));  // The text's last word.
  EXPECT_FALSE(cases.CapitalizedWithinSentence("Analysts"));
  EXPECT_FALSE(cases.CapitalizedWithinSentence("Apple"));  // The text's first word.
  EXPECT_FALSE(cases.InLowerCase("app"));                  // A prefix is no word.
  EXPECT_FALSE(cases.InLowerCase("apple-pie"));            // Nor a word with other bytes.
}

}  // namespace
}  // namespace galley::checks
