#include "common/checks/latin_names.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "common/checks/test_spans.h"

namespace galley::checks::latin_names {
namespace {

using test_spans::SpanOf;

TEST(LatinNamesTest, ContainsWordWantsAWholeWord) {
  EXPECT_TRUE(ContainsWord("NHK reported", "NHK"));
  EXPECT_TRUE(ContainsWord("two NHKs", "NHK"));  // a plural's s may follow
  EXPECT_FALSE(ContainsWord("ANHK reported", "NHK"));
  EXPECT_FALSE(ContainsWord("NHK1 reported", "NHK"));
}

TEST(LatinNamesTest, ReadsAcronymsKoreanSpellsOut) {
  EXPECT_TRUE(SpellsAnAcronymOf("케이티", "KT said on Monday"));
  EXPECT_TRUE(SpellsAnAcronymOf("아이유", "singer IU"));
  EXPECT_TRUE(SpellsAnAcronymOf("씨제이그룹", "CJ Group"));
  EXPECT_FALSE(SpellsAnAcronymOf("케이크", "KT said"));  // one letter's name, then no other
  EXPECT_FALSE(SpellsAnAcronymOf("케이티", "KTX trains"));
}

TEST(LatinNamesTest, SplitsLatinWordsKeepingInnerDots) {
  const std::vector<std::string_view> words = LatinWords("U.S. and AT&T's 5G");
  EXPECT_EQ(words, (std::vector<std::string_view>{"U.S", "and", "AT&T", "s", "5G"}));
}

TEST(LatinNamesTest, FindsAllCapitalWordsOnly) {
  const std::string_view en = "The EU and U.S. met NBC, not BSkyB, NW1 or AT&T.";
  const std::vector<Acronym> acronyms = Acronyms(en, 0);
  ASSERT_EQ(acronyms.size(), 3u);
  EXPECT_EQ(acronyms[0].letters, "EU");
  EXPECT_FALSE(acronyms[0].dotted);
  EXPECT_EQ(acronyms[1].letters, "US");
  EXPECT_TRUE(acronyms[1].dotted);
  EXPECT_EQ(en.substr(acronyms[1].span.begin, acronyms[1].span.end - acronyms[1].span.begin),
            "U.S");
  EXPECT_EQ(acronyms[2].letters, "NBC");
  // From a byte on: the words before it are not read.
  EXPECT_EQ(Acronyms(en, en.find("NBC")).size(), 1u);
  EXPECT_EQ(Undotted("U.S."), "US");
}

TEST(LatinNamesTest, EnglishCarriesALatinNameInItsForms) {
  auto carries = [](std::string_view en, std::string_view name) {
    return EnglishCarriesLatinName(LatinWords(en), name);
  };
  EXPECT_TRUE(carries("Nymex crude rose", "NYMEX"));           // any case
  EXPECT_TRUE(carries("the U.N. said", "UN"));                 // dotted
  EXPECT_TRUE(carries("a Korean firm", "Korea"));              // derived
  EXPECT_TRUE(carries("the Philippine navy", "Philippines"));  // derived, s dropped
  EXPECT_TRUE(carries("users of ChatGPT", "GPT"));             // camel case's end
  EXPECT_TRUE(carries("JPMorgan said", "JP"));                 // camel case's start
  EXPECT_TRUE(carries("a 4WD car", "WD"));                     // glued to a number
  EXPECT_TRUE(carries("the Centers for Disease Control and Prevention", "CDC"));  // initials
  EXPECT_FALSE(carries("Japan's public broadcaster said", "NHK"));
  EXPECT_FALSE(carries("the Korean War", "KOR"));  // a three-letter token derives nothing
}

TEST(LatinNamesTest, WordsInASpelledOutName) {
  const std::string_view en = "the Centers for Disease Control and Prevention said";
  const std::vector<std::string_view> words = LatinWords(en);
  const std::vector<std::string_view> cdc = {"CDC"}, who = {"WHO"};
  EXPECT_TRUE(InSpelledOutLatinName(en, words, cdc, SpanOf(en, "Disease")));
  EXPECT_FALSE(InSpelledOutLatinName(en, words, who, SpanOf(en, "Disease")));
  EXPECT_FALSE(InSpelledOutLatinName(en, words, cdc, SpanOf(en, "said")));
}

TEST(LatinNamesTest, ReadsTheLatinNameAfterAHangulWord) {
  const std::string_view glossed = "연방준비제도(Fed)는";
  EXPECT_EQ(LatinGlossAfter(glossed, glossed.find('(')), "Fed");
  const std::string_view spaced = "연방준비제도 (Fed)는";
  EXPECT_EQ(LatinGlossAfter(spaced, spaced.find(' ')), "Fed");
  const std::string_view listed = "미국여자프로골프(LPGA, 미국)";
  EXPECT_EQ(LatinGlossAfter(listed, listed.find('(')), "LPGA");
  const std::string_view number = "올해(2024)";
  EXPECT_EQ(LatinGlossAfter(number, number.find('(')), "");
  const std::string_view joined = "챗GPT를";
  EXPECT_EQ(LatinNameAfter(joined, joined.find('G')), "GPT");
  EXPECT_EQ(LatinNameAfter(glossed, glossed.find('(')), "Fed");
}

TEST(LatinNamesTest, GlossesAndQuotedEnglishAreNoNamesToCarry) {
  const std::string_view gloss = "국제올림픽위원회(IOC)는";
  EXPECT_TRUE(LatinGlossOrQuotedEnglish(gloss, SpanOf(gloss, "IOC")));
  const std::string_view name = "삼성전자와 IBM이";
  EXPECT_FALSE(LatinGlossOrQuotedEnglish(name, SpanOf(name, "IBM")));
  const std::string_view quoted = "“A Church Offers Cash”라는 제목";
  EXPECT_TRUE(LatinGlossOrQuotedEnglish(quoted, SpanOf(quoted, "Church")));
}

TEST(LatinNamesTest, AnAcronymIsInCapitalsOnly) {
  EXPECT_TRUE(IsAcronym("FDA"));
  EXPECT_TRUE(IsAcronym("M.N"));
  EXPECT_FALSE(IsAcronym("Fed"));
  EXPECT_FALSE(IsAcronym("X"));
}

}  // namespace
}  // namespace galley::checks::latin_names
