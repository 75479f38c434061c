#include "common/checks/glossary.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/checks/engine.h"

namespace galley::checks {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

TEST(GlossaryTest, ReadsTsvWithHeaderCommentsAndRepeatedSources) {
  auto g = Glossary::FromTsv(
      "source\ttarget\tnote\n# house names\n이재명\tLee Jae Myung\tpresident\n\n"
      "이재명\tLee Jae-myung\n한국은행\tthe Bank of Korea\n",
      "g.tsv");
  ASSERT_TRUE(g.ok()) << g.status();
  ASSERT_EQ(g->terms().size(), 2u);
  EXPECT_EQ(g->terms()[0].source, "이재명");
  EXPECT_THAT(g->terms()[0].targets, ElementsAre("Lee Jae Myung", "Lee Jae-myung"));
  EXPECT_EQ(g->terms()[0].note, "president");
}

TEST(GlossaryTest, TsvErrorsNameTheFileAndLine) {
  auto g = Glossary::FromTsv("이재명\tLee Jae Myung\n한국은행\n", "house.tsv");
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(g.status().message(), HasSubstr("house.tsv:2:"));
  EXPECT_THAT(Glossary::FromTsv("# nothing\n", "empty.tsv").status().message(),
              HasSubstr("empty.tsv: glossary has no terms"));
  EXPECT_THAT(Glossary::FromTsv("a\xff\tb\n", "bad.tsv").status().message(),
              HasSubstr("bad.tsv: invalid UTF-8 at byte offset 1"));
}

TEST(GlossaryTest, ReadsTbxBasicBothVersions) {
  const std::string tbx2008 = R"(<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
  <termEntry id="t1">
    <descrip type="definition">Korean central bank</descrip>
    <langSet xml:lang="ko"><tig><term>한국은행</term></tig></langSet>
    <langSet xml:lang="en-US"><tig><term>Bank of Korea</term></tig><tig><term>BOK</term></tig></langSet>
  </termEntry>
  <termEntry id="t2"><langSet xml:lang="ja"><tig><term>日本銀行</term></tig></langSet></termEntry>
</body></text></martif>)";
  auto g = Glossary::FromTbx(tbx2008, "g.tbx");
  ASSERT_TRUE(g.ok()) << g.status();
  ASSERT_EQ(g->terms().size(), 1u);
  EXPECT_THAT(g->terms()[0].targets, ElementsAre("Bank of Korea", "BOK"));
  EXPECT_EQ(g->terms()[0].note, "Korean central bank");

  const std::string tbx3 = R"(<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
  <conceptEntry id="c1">
    <langSec xml:lang="ko"><termSec><term>이재명</term></termSec></langSec>
    <langSec xml:lang="en"><termSec><term>Lee Jae Myung</term></termSec></langSec>
  </conceptEntry>
</body></text></tbx>)";
  g = Glossary::FromTbx(tbx3, "g3.tbx");
  ASSERT_TRUE(g.ok()) << g.status();
  ASSERT_EQ(g->terms().size(), 1u);
  EXPECT_EQ(g->terms()[0].source, "이재명");

  auto bad = Glossary::FromTbx("<martif><text>", "broken.tbx");
  ASSERT_FALSE(bad.ok());
  EXPECT_THAT(bad.status().message(), HasSubstr("broken.tbx:1: not well-formed XML"));
}

class GlossaryCheckTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto engine = Engine::Create();
    ASSERT_TRUE(engine.ok());
    engine_ = std::move(engine).value();
    ASSERT_TRUE(glossary_.Add("이재명", {"Lee Jae Myung"}, "house spelling").ok());
    ASSERT_TRUE(glossary_.Add("서울시", {"Seoul Metropolitan Government"}).ok());
    ASSERT_TRUE(glossary_.Add("한국은행", {"the Bank of Korea"}).ok());
  }

  std::vector<Finding> Findings(const std::string& ko, const std::string& en) {
    PairInput input;
    input.source_text = ko;
    input.target_text = en;
    input.segmentation = Segmentation::kLines;
    input.pre_aligned = true;
    input.glossary = &glossary_;
    auto report = engine_->Check(input);
    EXPECT_TRUE(report.ok()) << report.status();
    std::vector<Finding> glossary_findings;
    for (const Finding& f : report->findings) {
      if (f.code == codes::kGlossaryViolation) glossary_findings.push_back(f);
    }
    return glossary_findings;
  }

  std::unique_ptr<Engine> engine_;
  Glossary glossary_;
};

TEST_F(GlossaryCheckTest, FlagsATermRenderedAnotherWay) {
  const std::string ko = "이재명은 12일 기자회견을 열었다.";
  const auto f = Findings(ko, "Lee Jae-myung held a press conference on the 12th.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, Severity::kMajor);
  EXPECT_EQ(f[0].category, MqmCategory::kTerminology);
  ASSERT_EQ(f[0].source_spans.size(), 1u);
  EXPECT_EQ(ko.substr(f[0].source_spans[0].begin,
                      f[0].source_spans[0].end - f[0].source_spans[0].begin),
            "이재명");
  EXPECT_THAT(f[0].message, HasSubstr("\"Lee Jae Myung\""));
  EXPECT_THAT(f[0].message, HasSubstr("house spelling"));
}

TEST_F(GlossaryCheckTest, AcceptsTheHouseRenderingWithParticlesAndSentenceCase) {
  EXPECT_TRUE(Findings("이재명은 12일 기자회견을 열었다.",
                       "Lee Jae Myung held a press conference on the 12th.")
                  .empty());
  // First letter capitalized at the start of the sentence.
  EXPECT_TRUE(Findings("한국은행이 기준금리를 동결했다.", "The Bank of Korea froze its key rate.")
                  .empty());
}

TEST_F(GlossaryCheckTest, DoesNotMatchInsideACompoundOrAnotherWord) {
  // 서울시장 is 서울 + 시장 (the mayor), not 서울시 + 장.
  EXPECT_TRUE(Findings("서울시장은 이날 말했다.", "The Seoul mayor said on the day.").empty());
  // A target must match as whole words: "Lee Jae Myungs" is not the term.
  EXPECT_EQ(Findings("이재명이 말했다.", "Lee Jae Myungs said.").size(), 1u);
}

}  // namespace
}  // namespace galley::checks
