#include "common/align/news_lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace galley::align {

extern const char kNewsLexiconTsv[];  // The compiled-in data/news_lexicon.tsv.

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

TEST(NewsLexiconTest, WholeWordConceptsAreAStemsOwn) {
  auto lexicon = NewsLexicon::Parse("인텔\tintel\tname\n군\tmilitary\n");
  ASSERT_TRUE(lexicon.ok());
  auto whole = [&](std::string_view w) {
    std::vector<uint32_t> out;
    lexicon->KoreanWholeWordConcepts(w, &out);
    return out;
  };
  EXPECT_EQ(whole("인텔"), (std::vector<uint32_t>{0}));
  EXPECT_EQ(Korean(*lexicon, "인텔리전스"), (std::vector<uint32_t>{0}));  // By its prefix.
  EXPECT_TRUE(whole("인텔리전스").empty());
  EXPECT_EQ(whole("군"), (std::vector<uint32_t>{1}));
  EXPECT_TRUE(whole("군사").empty());
  EXPECT_TRUE(whole("").empty());
  EXPECT_TRUE(whole("intel").empty());
}

// The gazetteer part of the data: places and their English names, a capital for its country's
// government (Baghdad for 이라크), acronyms (EU), and the South for 한국.
TEST(NewsLexiconTest, GazetteerPlacesShareANameConceptWithTheirEnglish) {
  const NewsLexicon& lexicon = NewsLexicon::Default();
  const std::pair<const char*, const char*> kPairs[] = {{"시카고", "chicago"},
                                                        {"바그다드", "baghdad"},
                                                        {"이라크", "baghdad"},
                                                        {"유럽", "eu"},
                                                        {"남측", "korea"},
                                                        {"레바논", "lebanese"},
                                                        {"텍사스", "texan"},
                                                        {"사우디아라비아", "saudi"},
                                                        {"국토교통부", "infrastructure"},
                                                        {"과학기술정보통신부", "ict"},
                                                        {"양곤", "rangoon"},
                                                        {"다우지수", "dow"},
                                                        {"삼성전자는", "samsung"},
                                                        {"현대차", "hyundai"},
                                                        {"더불어민주당", "democratic"},
                                                        {"구글", "google"},
                                                        {"마이크로소프트", "microsoft"},
                                                        {"코스피", "kospi"},
                                                        {"뮌헨", "munich"},
                                                        {"대한상공회의소", "korea chamber"},
                                                        {"대한상의", "korea chamber"},
                                                        {"재미교포", "korean american"},
                                                        {"신장위구르자치구", "xinjiang"},
                                                        {"시짱", "tibet"},
                                                        {"네이멍구", "mongolia"},
                                                        {"홍콩", "hong kong"}};
  for (const auto& [korean, english] : kPairs) {
    const std::vector<uint32_t> k = Korean(lexicon, korean), e = English(lexicon, english);
    const bool shared = std::any_of(k.begin(), k.end(), [&](uint32_t c) {
      return lexicon.IsName(c) && std::find(e.begin(), e.end(), c) != e.end();
    });
    EXPECT_TRUE(shared) << korean << " " << english;
  }
  // A word that begins like a place and is none (인도적 humanitarian, not India's).
  for (const char* korean : {"인도적", "인도분", "신장", "신장률"}) {
    for (uint32_t c : Korean(lexicon, korean)) EXPECT_FALSE(lexicon.IsName(c)) << korean;
  }
}

// A place of two English words is named by both: "Kong" alone is no Hong Kong (the Abramovich
// Kong-based centre put a name in the place of Hong), nor "Hong", a Korean surname.
TEST(NewsLexiconTest, APlaceOfTwoWordsNeedsBoth) {
  const NewsLexicon& lexicon = NewsLexicon::Default();
  const std::vector<uint32_t> k = Korean(lexicon, "홍콩");
  ASSERT_FALSE(k.empty());
  for (const char* part : {"hong", "kong"}) {
    const std::vector<uint32_t> e = English(lexicon, part);
    EXPECT_EQ(std::find_first_of(k.begin(), k.end(), e.begin(), e.end()), k.end()) << part;
  }
}

// A company's or party's name takes only its distinctive word: its common words (Electronics,
// People Power) are concepts but no names, so that "exchange" or "office" elsewhere is no place.
TEST(NewsLexiconTest, CommonWordsOfInstitutionsAreNoNames) {
  const NewsLexicon& lexicon = NewsLexicon::Default();
  const std::pair<const char*, const char*> kPairs[] = {
      {"삼성전자", "electronics"}, {"현대차", "motor"},         {"국민의힘", "people"},
      {"대통령실", "office"},      {"한국거래소", "exchange"},  {"상공회의소", "chamber"},
      {"대검찰청", "supreme"},     {"왕비", "queen"},           {"일왕", "emperor"},
      {"왕궁", "imperial"},        {"선수권", "championships"}, {"새해", "new year"},
      {"그랑프리", "grand prix"}};
  for (const auto& [korean, english] : kPairs) {
    const std::vector<uint32_t> k = Korean(lexicon, korean), e = English(lexicon, english);
    const auto shared = std::find_first_of(k.begin(), k.end(), e.begin(), e.end());
    ASSERT_NE(shared, k.end()) << korean << " " << english;
    EXPECT_FALSE(lexicon.IsName(*shared)) << korean << " " << english;
  }
}

// English stems cut before a y that turns to i (laborator: laboratory, laboratories) match both.
TEST(NewsLexiconTest, StemsCoverPluralsInIes) {
  const NewsLexicon& lexicon = NewsLexicon::Default();
  const std::vector<uint32_t> k = Korean(lexicon, "연구소");
  for (const char* english : {"laboratory", "laboratories"}) {
    const std::vector<uint32_t> e = English(lexicon, english);
    EXPECT_TRUE(std::any_of(k.begin(), k.end(), [&](uint32_t c) {
      return std::find(e.begin(), e.end(), c) != e.end();
    })) << english;
  }
}

// A plural in -ies finds its singular's stem when it has none of its own (libraries: library).
TEST(NewsLexiconTest, PluralsInIesFindTheirSingular) {
  auto lexicon = NewsLexicon::Parse("도서관\tlibrary\n국가\tcountry\n");
  ASSERT_TRUE(lexicon.ok());
  EXPECT_EQ(English(*lexicon, "libraries"), (std::vector<uint32_t>{0}));
  EXPECT_EQ(English(*lexicon, "countries"), (std::vector<uint32_t>{1}));
  EXPECT_TRUE(English(*lexicon, "series").empty());
}

// Every Korean stem of the compiled-in lexicon is reachable: a word that is the stem itself
// finds a concept (stems longer than the lookup's reach were once silently dead).
TEST(NewsLexiconTest, EveryKoreanStemOfTheDataIsFound) {
  const NewsLexicon& lexicon = NewsLexicon::Default();
  std::string_view tsv(kNewsLexiconTsv);
  int stems = 0;
  while (!tsv.empty()) {
    const size_t eol = tsv.find('\n');
    const std::string_view line = tsv.substr(0, eol);
    tsv = eol == std::string_view::npos ? std::string_view() : tsv.substr(eol + 1);
    if (line.empty() || line[0] == '#') continue;
    std::string_view korean = line.substr(0, line.find('\t'));
    while (!korean.empty()) {
      const size_t bar = korean.find('|');
      const std::string_view stem = korean.substr(0, bar);
      korean = bar == std::string_view::npos ? std::string_view() : korean.substr(bar + 1);
      EXPECT_FALSE(Korean(lexicon, stem).empty()) << stem;
      ++stems;
    }
  }
  EXPECT_GT(stems, 500);
}

TEST(NewsLexiconTest, OverlongStemsAreRefused) {
  auto lexicon = NewsLexicon::Parse("가나다라마바사	seven\n");
  ASSERT_FALSE(lexicon.ok());
  EXPECT_NE(std::string(lexicon.status().message()).find("longer than 6"), std::string::npos);
}

TEST(NewsLexiconTest, OverlongEnglishStemsAreRefused) {
  auto lexicon = NewsLexicon::Parse("맨유	manchester united\n");
  ASSERT_FALSE(lexicon.ok());
  EXPECT_NE(std::string(lexicon.status().message()).find("longer than 14"), std::string::npos);
}

// An English stem of several words is found by the whole name only, and its first word is
// known as one that begins such a stem.
TEST(NewsLexiconTest, EnglishStemsOfSeveralWords) {
  auto lexicon = NewsLexicon::Parse("동해\teast sea\tname\n동부\teast|eastern\n");
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  EXPECT_EQ(English(*lexicon, "east sea"), (std::vector<uint32_t>{0}));
  EXPECT_EQ(English(*lexicon, "east"), (std::vector<uint32_t>{1}));
  EXPECT_TRUE(lexicon->StartsEnglishStemOfWords("east"));
  EXPECT_FALSE(lexicon->StartsEnglishStemOfWords("eastern"));
}

TEST(NewsLexiconTest, MalformedLinesAreNamed) {
  auto lexicon = NewsLexicon::Parse("정부\tgovernment\nbroken line\n");
  ASSERT_FALSE(lexicon.ok());
  EXPECT_NE(std::string(lexicon.status().message()).find("line 2"), std::string::npos);
}

}  // namespace
}  // namespace galley::align
