#include "common/names/english_words.h"

#include <gtest/gtest.h>

namespace galley::names {
namespace {

TEST(EnglishWordsTest, CommonWordsInAnyCase) {
  for (const char* word : {"gorge", "Gorge", "GORGE", "associated", "Museum", "press", "wind"}) {
    EXPECT_TRUE(IsEnglishDictionaryWord(word)) << word;
  }
}

// The list's capitalized entries are names, and names are what the set must not hold.
TEST(EnglishWordsTest, NamesAreNoCommonWords) {
  for (const char* word : {"Gordon", "Leigh", "Taroko", "Iwate", "Kokkinos", "Laerma"}) {
    EXPECT_FALSE(IsEnglishDictionaryWord(word)) << word;
  }
}

TEST(EnglishWordsTest, OnlyAsciiLetters) {
  EXPECT_FALSE(IsEnglishDictionaryWord(""));
  EXPECT_FALSE(IsEnglishDictionaryWord("gorge's"));
  EXPECT_FALSE(IsEnglishDictionaryWord("well-known"));
  EXPECT_FALSE(IsEnglishDictionaryWord("협곡"));
}

}  // namespace
}  // namespace galley::names
