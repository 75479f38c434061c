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

// Latin letters beyond ASCII fold to ASCII in the same bytes: offsets stay, words stay whole.
TEST(EnglishWordsTest, LatinLettersFoldInTheirOwnBytes) {
  EXPECT_EQ(FoldLatinLetters("François Hollande"), "Franssois Hollande");
  EXPECT_EQ(FoldLatinLetters("José Mourinho"), "Josee Mourinho");
  EXPECT_EQ(FoldLatinLetters("Peña"), "Penya");
  EXPECT_EQ(FoldLatinLetters("Müller, Straße"), "Muuller, Strasse");
  EXPECT_EQ(FoldLatinLetters("Élysée"), "Eelyseee");
  for (std::string_view text : {"Müller", "Łódź", "5×3", "한국 café"}) {
    EXPECT_EQ(FoldLatinLetters(text).size(), text.size()) << text;
  }
  // Not a sign, nor Hangul or CJK, nor a lone byte.
  EXPECT_EQ(FoldLatinLetters("5×3 한국 \xC3"), "5×3 한국 \xC3");
  EXPECT_FALSE(HasLatinLettersToFold("Hollande 5×3 한국"));
  EXPECT_TRUE(HasLatinLettersToFold("Zoë"));
}

}  // namespace
}  // namespace galley::names
