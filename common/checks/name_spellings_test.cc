#include "common/checks/name_spellings.h"

#include <gtest/gtest.h>

namespace galley::checks::name_spellings {
namespace {

TEST(NameSpellingsTest, StripsAPossessive) {
  EXPECT_EQ(StripPossessive("Obama's"), "Obama");
  EXPECT_EQ(StripPossessive("Obama’s"), "Obama");
  EXPECT_EQ(StripPossessive("Texas"), "Texas");
  EXPECT_EQ(StripPossessive("A's"), "A's");  // too short to be a name's
}

TEST(NameSpellingsTest, AKeyIgnoresWordOrderCaseAndHyphens) {
  EXPECT_EQ(SpellingKey("Ha-kyung Lee"), SpellingKey("Lee Ha-kyung"));
  EXPECT_EQ(SpellingKey("LEE HA-KYUNG's"), SpellingKey("Lee Ha-kyung"));
  EXPECT_NE(SpellingKey("Lee Ha-kyung"), SpellingKey("Lee Ha-kyun"));
}

TEST(NameSpellingsTest, VariantsAreCloseSpellingsNotDerivedForms) {
  EXPECT_TRUE(SpellingVariants("talabani", "talibani"));
  EXPECT_TRUE(SpellingVariants("beijing", "bejing"));
  EXPECT_FALSE(SpellingVariants("iraq", "iraqi"));     // a demonym
  EXPECT_FALSE(SpellingVariants("korea", "koreans"));  // a plural demonym
  EXPECT_FALSE(SpellingVariants("japan", "japanese"));     // a demonym by its ending alone
  EXPECT_FALSE(SpellingVariants("bush", "bushes"));        // a plural
  EXPECT_TRUE(SpellingVariants("zelensky", "zelenskyy"));  // a letter more, no ending
  EXPECT_FALSE(SpellingVariants("putin", "putin"));    // the same
  EXPECT_FALSE(SpellingVariants("gordon", "walker"));
}

TEST(NameSpellingsTest, OnePersonInEitherOrder) {
  EXPECT_TRUE(SamePersonSpelling("Lee Ha-kyung", "Ha-kyung Lee"));
  EXPECT_TRUE(SamePersonSpelling("Lee Hakyung", "Lee Ha-kyung"));
  EXPECT_TRUE(SamePersonSpelling("Pak Ui Chun", "Pak Ui-chun"));
  EXPECT_FALSE(SamePersonSpelling("Lee Ha-kyung", "Lee Ha-kyun"));
}

TEST(NameSpellingsTest, NameWordsOfOneStem) {
  EXPECT_TRUE(SameNameWord("iraq", "iraqis"));
  EXPECT_TRUE(SameNameWord("britain", "british"));
  EXPECT_FALSE(SameNameWord("iran", "iraq"));
  EXPECT_FALSE(SameNameWord("us", "usa"));  // shorter than a stem
}

}  // namespace
}  // namespace galley::checks::name_spellings
