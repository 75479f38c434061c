#include "common/align/news_lexicon.h"

#include <gtest/gtest.h>

namespace galley::align {
namespace {

std::vector<uint32_t> Korean(const NewsLexicon& l, std::string_view w) {
  std::vector<uint32_t> out;
  l.KoreanConcepts(w, &out);
  return out;
}
std::vector<uint32_t> English(const NewsLexicon& l, std::string_view w) {
  std::vector<uint32_t> out;
  l.EnglishConcepts(w, &out);
  return out;
}

TEST(NewsLexiconTest, CompiledInDataParses) {
  EXPECT_GT(NewsLexicon::Default().size(), 200u);
}

TEST(NewsLexiconTest, StemsMatchAsDocumented) {
  auto lexicon = NewsLexicon::Parse("# comment\n정부|당국\tgovernment|gov\n군\tmilitary\n");
  ASSERT_TRUE(lexicon.ok());
  EXPECT_EQ(Korean(*lexicon, "정부"), (std::vector<uint32_t>{0}));
  EXPECT_EQ(Korean(*lexicon, "정부측"), (std::vector<uint32_t>{0}));  // Prefix of 2+ syllables.
  EXPECT_EQ(English(*lexicon, "governments"), (std::vector<uint32_t>{0}));
  EXPECT_EQ(English(*lexicon, "gov"), (std::vector<uint32_t>{0}));  // Short stem: whole word.
  EXPECT_TRUE(English(*lexicon, "govs").empty());
  EXPECT_EQ(Korean(*lexicon, "군"), (std::vector<uint32_t>{1}));   // One syllable: whole word.
  EXPECT_TRUE(Korean(*lexicon, "군사").empty());
}

TEST(NewsLexiconTest, MalformedLinesAreNamed) {
  auto lexicon = NewsLexicon::Parse("정부\tgovernment\nbroken line\n");
  ASSERT_FALSE(lexicon.ok());
  EXPECT_NE(std::string(lexicon.status().message()).find("line 2"), std::string::npos);
}

}  // namespace
}  // namespace galley::align
