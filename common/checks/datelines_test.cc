#include "common/checks/datelines.h"

#include <gtest/gtest.h>

namespace galley::checks {
namespace {

TEST(DatelinesTest, ReadsTheCityAndTheRegion) {
  const std::string en = "LONDON, England (CNN) Taking inspiration from nature, a designer ...";
  const std::optional<Dateline> d = ReadDateline(en, en.find(')') + 1);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->city, "LONDON");
  EXPECT_EQ(d->region, "England");
  const std::string no_region = "BEIJING (CNN) Officials said ...";
  EXPECT_FALSE(ReadDateline(no_region, no_region.find(')') + 1).has_value());
}

TEST(DatelinesTest, KnowsWhereACityIs) {
  EXPECT_EQ(DatelineRegionFits("LONDON", "England"), true);
  EXPECT_EQ(DatelineRegionFits("LONDON", "Ontario"), true);  // London, Ontario.
  EXPECT_EQ(DatelineRegionFits("LONDON", "Hawaii"), false);
  EXPECT_EQ(DatelineRegionFits("ATLANTA", "Ga."), true);  // AP's abbreviation, dots ignored.
  EXPECT_EQ(DatelineRegionFits("ST. LOUIS", "Missouri"), true);
  EXPECT_EQ(DatelineRegionFits("GENEVA", "Taiwan"), false);
  EXPECT_EQ(DatelineRegionFits("SPRINGFIELD", "Hawaii"), std::nullopt);  // Not in the table.
  EXPECT_EQ(DatelineHomeRegion("Naples"), "italy");
}

}  // namespace
}  // namespace galley::checks
