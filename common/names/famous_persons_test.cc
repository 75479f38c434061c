#include "common/names/famous_persons.h"

#include <gtest/gtest.h>

namespace galley::names {
namespace {

TEST(FamousPersonsTest, GivenNamesOfTheListedSurnames) {
  EXPECT_TRUE(IsFamousGivenName("Mugabe", "Robert"));
  EXPECT_TRUE(IsFamousGivenName("Obama", "Michelle"));
  EXPECT_TRUE(IsFamousGivenName("Biden", "Joe"));
  EXPECT_TRUE(IsFamousGivenName("Biden", "Joseph"));
  EXPECT_TRUE(IsFamousGivenName("MUGABE", "robert"));
  EXPECT_FALSE(IsFamousGivenName("Mugabe", "Ross"));
  EXPECT_FALSE(IsFamousGivenName("McCain", "Rami"));
  EXPECT_FALSE(IsFamousGivenName("Obama", "Obama"));
}

// Folded accents double a letter (António -> Antoonio), which counts as one.
TEST(FamousPersonsTest, DoubledLettersCountAsOne) {
  EXPECT_TRUE(IsFamousGivenName("Guterres", "Antoonio"));
  EXPECT_TRUE(IsFamousGivenName("Guterres", "Antonio"));
  EXPECT_TRUE(IsFamousGivenName("Maduro", "Nicolaas"));
  EXPECT_FALSE(IsFamousGivenName("Guterres", "Anton"));
  EXPECT_TRUE(IsFamousGivenName("Mbappee", "Kylian"));
  EXPECT_TRUE(IsFamousGivenName("Erdoggan", "Recep"));
}

// Surnames several persons of note share are not listed: any given name may be right there.
TEST(FamousPersonsTest, SharedSurnamesAreNotListed) {
  for (const char* surname : {"Bush", "Kennedy", "Johnson", "Harris", "Powell", "Kim", ""}) {
    EXPECT_FALSE(IsFamousSurname(surname)) << surname;
    EXPECT_FALSE(IsFamousGivenName(surname, "George")) << surname;
  }
  EXPECT_TRUE(IsFamousSurname("Zelenskyy"));
  EXPECT_EQ(FamousSurnames().front(), "Obama");
  EXPECT_GT(FamousSurnames().size(), 100u);
  EXPECT_TRUE(IsFamousSurname("zelensky"));
}

}  // namespace
}  // namespace galley::names
