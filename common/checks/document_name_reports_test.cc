#include "common/checks/document_name_reports.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/align/news_lexicon.h"

namespace galley::checks::document_name_reports {
namespace {

NameSpelling Spelling(std::string korean, std::string english, uint32_t pair, bool person) {
  NameSpelling s;
  s.korean = std::move(korean);
  s.english = std::move(english);
  s.pair_index = pair;
  s.person = person;
  return s;
}

TEST(DocumentNameReportsTest, ANameSpelledTwoWaysOncePerPair) {
  DocumentNotes notes;
  notes.name_spellings = {
      Spelling("탈라바니", "Talabani", 0, false),   Spelling("탈라바니", "Talibani", 2, false),
      Spelling("탈라바니", "Talibani's", 2, false), Spelling("탈라바니", "Talabani", 3, false),
      Spelling("이하경", "Lee Ha-kyung", 0, true),  Spelling("이하경", "Ha-kyung Lee", 1, true),
      Spelling("이하경", "Lee Ha-gyeong", 4, true)};
  std::vector<Finding> findings;
  ReportInconsistentNames(notes, &findings);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].code, codes::kNameInconsistent);
  EXPECT_EQ(findings[0].pair_index, 2u);
  EXPECT_NE(findings[0].message.find("\"Talibani\" here but \"Talabani\" in pair 0"),
            std::string::npos)
      << findings[0].message;
  EXPECT_EQ(findings[1].pair_index, 4u);  // a person's name: any other spelling
}

TEST(DocumentNameReportsTest, ALetterMoreIsAVariantAnEndingIsNot) {
  DocumentNotes notes;
  notes.name_spellings = {
      Spelling("젤렌스키", "Zelensky", 0, false), Spelling("젤렌스키", "Zelenskyy", 2, false),
      Spelling("조앤", "Joanne", 3, false),       Spelling("조앤", "Joann's", 5, false),
      Spelling("일본", "Japan", 1, false),        Spelling("일본", "Japanese", 4, false)};
  std::vector<Finding> findings;
  ReportInconsistentNames(notes, &findings);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].pair_index, 2u);
  EXPECT_EQ(findings[1].pair_index, 5u);
}

TEST(DocumentNameReportsTest, ATransliterationAgainstTheLexiconsSpelling) {
  DocumentNotes notes;
  DocumentNotes::KnownNameRendering beijing;
  beijing.english = "Beijing";
  align::NewsLexicon::Default().KoreanConcepts("베이징", &beijing.concepts);
  ASSERT_FALSE(beijing.concepts.empty());
  notes.known_name_renderings.push_back(beijing);
  notes.name_spellings = {Spelling("베이징", "Bejing", 3, false)};
  std::vector<Finding> findings;
  ReportInconsistentNames(notes, &findings);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].pair_index, 3u);
  // Not a short one, which is as often another name that sounds alike (Roma, Rome).
  notes.name_spellings = {Spelling("베이징", "Bejin", 3, false)};
  findings.clear();
  ReportInconsistentNames(notes, &findings);
  EXPECT_TRUE(findings.empty());
}

TEST(DocumentNameReportsTest, AnAcronymASentenceAroundSpellsOut) {
  DocumentNotes notes;
  notes.missing_acronyms.push_back({5, "FDA", {10, 13}});
  notes.english_sentences = {{4, "The Food and Drug Administration approved the drug."},
                             {5, "The agency said it was safe."}};
  std::vector<Finding> findings;
  ReportMissingAcronyms(notes, &findings);
  EXPECT_TRUE(findings.empty());
  // Too far away: the acronym is missing.
  notes.english_sentences[0].first = 0;
  ReportMissingAcronyms(notes, &findings);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].code, codes::kNameMissing);
  EXPECT_EQ(findings[0].pair_index, 5u);
  EXPECT_EQ(findings[0].source_spans.at(0).begin, 10u);
}

TEST(DocumentNameReportsTest, AnAddedNameNoSentenceAroundMentions) {
  DocumentNotes notes;
  notes.unmatched_english_names.push_back({2, "walker", "Walker", {40, 46}});
  notes.english_name_words = {{1, "walker"}, {2, "walker"}};
  std::vector<Finding> findings;
  ReportNamesNoSentenceMentions(notes, &findings);
  EXPECT_TRUE(findings.empty());  // pair 1 names him too
  notes.english_name_words = {{2, "walker"}, {6, "walker"}};
  ReportNamesNoSentenceMentions(notes, &findings);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].code, codes::kNameMismatch);
  EXPECT_EQ(findings[0].target_spans.at(0).begin, 40u);
}

}  // namespace
}  // namespace galley::checks::document_name_reports
