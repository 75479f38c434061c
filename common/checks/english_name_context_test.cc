#include "common/checks/english_name_context.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

#include "common/checks/test_spans.h"

namespace galley::checks::english_name_context {
namespace {

using test_spans::SpanOf;

// `word` as a view into `text`, as SignificantWords gives it.
std::string_view WordIn(std::string_view text, std::string_view word) {
  const text::TextSpan span = SpanOf(text, word);
  return text.substr(span.begin, span.end - span.begin);
}

TEST(EnglishNameContextTest, ASurnameBeforeAVerb) {
  const std::string_view said = "Lee said on Monday.";
  EXPECT_TRUE(SurnameBeforeAVerb(said, SpanOf(said, "Lee")));
  const std::string_view possessive = "Park's remarks drew fire.";
  EXPECT_TRUE(SurnameBeforeAVerb(possessive, SpanOf(possessive, "Park")));
  const std::string_view full = "Lee Jae-myung said.";
  EXPECT_FALSE(SurnameBeforeAVerb(full, SpanOf(full, "Lee")));
  const std::string_view no_surname = "Leeward said.";
  EXPECT_FALSE(SurnameBeforeAVerb(no_surname, SpanOf(no_surname, "Leeward")));
  const std::string_view short_surname = "Ko said.";  // two letters: too often something else
  EXPECT_FALSE(SurnameBeforeAVerb(short_surname, SpanOf(short_surname, "Ko")));
}

TEST(EnglishNameContextTest, TitlesInstitutionsPeoplesAndParties) {
  EXPECT_TRUE(IsTitleBeforeName("Prophet"));
  EXPECT_TRUE(IsTitleBeforeName("Prosecutor"));
  EXPECT_FALSE(IsTitleBeforeName("Gordon"));
  EXPECT_TRUE(IsBareInstitutionWord("Ministry"));
  EXPECT_TRUE(IsBareInstitutionWord("Reverend"));
  EXPECT_FALSE(IsBareInstitutionWord("Seoul"));
  EXPECT_TRUE(IsAdjectiveOfAPeople("Jordanian"));
  EXPECT_TRUE(IsAdjectiveOfAPeople("Japanese"));
  EXPECT_TRUE(IsAdjectiveOfAPeople("Thai"));
  EXPECT_TRUE(IsAdjectiveOfAPeople("Iraqi"));  // Iraq, a place the lexicon knows, and -i
  EXPECT_FALSE(IsAdjectiveOfAPeople("Obama"));
  EXPECT_TRUE(IsPartyMember("Democrat"));
  EXPECT_FALSE(IsPartyMember("Obama"));
}

TEST(EnglishNameContextTest, NounsAndParticiplesAreDictionaryWords) {
  EXPECT_TRUE(IsNounOrParticiple("Cooperation"));
  EXPECT_TRUE(IsNounOrParticiple("Accomplished"));
  EXPECT_FALSE(IsNounOrParticiple("Charity"));   // no such ending
  EXPECT_FALSE(IsNounOrParticiple("Mohammed"));  // the ending, but no dictionary word
  EXPECT_FALSE(IsNounOrParticiple("Reed"));      // too short
}

TEST(EnglishNameContextTest, PersonsWordsAndDescriptions) {
  EXPECT_TRUE(IsPersonWord("senators"));
  EXPECT_TRUE(IsPersonWord("authorities"));
  EXPECT_TRUE(IsPersonWord("presidential"));
  EXPECT_FALSE(IsPersonWord("river"));
  const std::string_view before = "the Illinois senator said";
  EXPECT_TRUE(DescribesAPerson(before, {WordIn(before, "Illinois")}));
  const std::string_view adjective = "the presumptive Democratic presidential nominee";
  EXPECT_TRUE(DescribesAPerson(adjective, {WordIn(adjective, "Democratic")}));
  const std::string_view after = "the senator from Illinois";
  EXPECT_TRUE(DescribesAPerson(after, {WordIn(after, "Illinois")}));
  const std::string_view river = "the Mississippi river rose";
  EXPECT_FALSE(DescribesAPerson(river, {WordIn(river, "Mississippi")}));
  const std::string_view name = "the Gordon senator said";  // no place the lexicon knows
  EXPECT_FALSE(DescribesAPerson(name, {WordIn(name, "Gordon")}));
}

TEST(EnglishNameContextTest, TheNameInAHyphenatedCompound) {
  EXPECT_EQ(NamePart("Boston-based"), "Boston");
  EXPECT_EQ(NamePart("Mugabe-led"), "Mugabe");
  EXPECT_EQ(NamePart("Vice-President-elect"), "Vice-President");
  EXPECT_EQ(NamePart("Ki-moon"), "Ki-moon");  // a given name, whole
}

TEST(EnglishNameContextTest, TheInitialsOfANamesWords) {
  const std::string_view en = "The Associated Press and the Unified Marxist-Leninist party";
  names::EnglishName ap;
  ap.words = {SpanOf(en, "The"), SpanOf(en, "Associated"), SpanOf(en, "Press")};
  EXPECT_EQ(Initials(en, ap), "AP");
  names::EnglishName uml;
  uml.words = {SpanOf(en, "Unified"), SpanOf(en, "Marxist-Leninist")};
  EXPECT_EQ(Initials(en, uml), "UML");
}

TEST(EnglishNameContextTest, KoreanStyleNamesAndTitleCaseHeadlines) {
  EXPECT_TRUE(HasKoreanStyleName("said Kim Yong-won on Monday"));
  EXPECT_FALSE(HasKoreanStyleName("a well-known fact"));
  EXPECT_FALSE(HasKoreanStyleName("the so-called Kim"));
  EXPECT_TRUE(TitleCase("4 Killed as SUV Collides with Car"));
  EXPECT_TRUE(TitleCase("Moon Jae-in Meets Biden in Seoul"));
  EXPECT_FALSE(TitleCase("He is staying in Gimhae, South Gyeongsang."));
}

}  // namespace
}  // namespace galley::checks::english_name_context
