#include "common/checks/korean_orphans.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "common/align/news_lexicon.h"

namespace galley::checks::korean_orphans {
namespace {

struct Orphan {
  std::string text;  // as the Korean writes it
  std::string romanized;
  bool place = false, person = false;
};

// Every Korean name of `ko` that `en`, whose names are `english_names`, leaves unmatched.
std::vector<Orphan> Orphans(std::string_view ko, std::string_view en,
                            const std::vector<std::string_view>& english_names,
                            bool places_only = false) {
  name_matching::KoreanSide korean(ko, nullptr);
  std::vector<align::EnglishWordEvidence> english;
  for (std::string_view name : english_names)
    english.push_back(align::EvidenceForEnglishWord(name));
  const PairContext pair;
  OrphanSearch search;
  std::vector<Orphan> found;
  ForEachKoreanOrphan(
      &korean, en, /*persons=*/{}, english, /*first_words=*/{},
      /*lone_surnames=*/{}, pair, places_only, &search, [&](OrphanName&& o) {
        found.push_back({std::string(ko.substr(o.span.begin, o.span.end - o.span.begin)),
                         o.romanized, o.place, o.person});
        return false;
      });
  return found;
}

TEST(KoreanOrphansTest, ATransliteratedNameNoEnglishWordRenders) {
  const std::string_view ko = "트럼프는 서울을 방문했다.";
  EXPECT_TRUE(Orphans(ko, "Trump visited Seoul.", {"Trump", "Seoul"}).empty());
  const std::vector<Orphan> left = Orphans(ko, "Biden visited Seoul.", {"Biden", "Seoul"});
  ASSERT_EQ(left.size(), 1u);
  EXPECT_EQ(left[0].text, "트럼프");
  EXPECT_FALSE(left[0].place);
}

TEST(KoreanOrphansTest, APlaceTheEnglishNeverMentions) {
  const std::string_view ko = "트럼프는 서울을 방문했다.";
  const std::vector<Orphan> left = Orphans(ko, "Trump visited Busan.", {"Trump", "Busan"});
  ASSERT_EQ(left.size(), 1u);
  EXPECT_EQ(left[0].text, "서울");
  EXPECT_TRUE(left[0].place);
  // Places only: the transliterated name is not asked about.
  const std::vector<Orphan> places =
      Orphans(ko, "Biden visited Busan.", {"Biden", "Busan"}, /*places_only=*/true);
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].text, "서울");
}

TEST(KoreanOrphansTest, APersonBySurnameAndTitle) {
  const std::string_view ko = "윤 대통령은 이날 기자들에게 말했다.";
  EXPECT_TRUE(Orphans(ko, "President Yoon told reporters.", {"Yoon"}).empty());
  const std::vector<Orphan> left = Orphans(ko, "President Moon told reporters.", {"Moon"});
  ASSERT_EQ(left.size(), 1u);
  EXPECT_EQ(left[0].text, "윤");
  EXPECT_TRUE(left[0].person);
}

TEST(KoreanOrphansTest, TheFirstOrphanAndASearchThatGoesOn) {
  const std::string_view ko = "트럼프와 푸틴이 만났다.";
  const std::string_view en = "Obama and Macron met.";
  name_matching::KoreanSide korean(ko, nullptr);
  const std::vector<align::EnglishWordEvidence> english = {align::EvidenceForEnglishWord("Obama"),
                                                           align::EvidenceForEnglishWord("Macron")};
  const PairContext pair;
  OrphanSearch search;
  const std::optional<OrphanName> first =
      FirstKoreanOrphan(&korean, en, {}, english, {}, {}, pair, false, &search);
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(ko.substr(first->span.begin, first->span.end - first->span.begin), "트럼프");
  const std::optional<OrphanName> second =
      FirstKoreanOrphan(&korean, en, {}, english, {}, {}, pair, false, &search);
  ASSERT_TRUE(second.has_value());
  EXPECT_EQ(ko.substr(second->span.begin, second->span.end - second->span.begin), "푸틴");
  EXPECT_FALSE(FirstKoreanOrphan(&korean, en, {}, english, {}, {}, pair, false, &search));
}

}  // namespace
}  // namespace galley::checks::korean_orphans
