#include "services/api/xliff.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace galley::api {
namespace {

using ::testing::HasSubstr;

TEST(XliffTest, ReadsVersion12WithInlineTagsAndGroups) {
  const std::string xml = R"(<?xml version="1.0"?>
<xliff version="1.2"><file source-language="ko" target-language="en"><body>
  <trans-unit id="a"><source>예산 <g id="1">1조</g> 원</source>
    <target>a <x id="2"/>budget of  1 <g id="1">trillion</g>
      won</target></trans-unit>
  <group><trans-unit id="b"><source>둘</source><target>two</target></trans-unit></group>
  <trans-unit id="c"><source>셋</source></trans-unit>
</body></file></xliff>)";
  auto doc = ParseXliff(xml, "a.xlf");
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->version, "1.2");
  EXPECT_EQ(doc->source_language, "ko");
  ASSERT_EQ(doc->units.size(), 3u);
  EXPECT_EQ(doc->units[0].id, "a");
  EXPECT_EQ(doc->units[0].source, "예산 1조 원");
  EXPECT_EQ(doc->units[0].target, "a budget of 1 trillion won");  // Whitespace folded.
  EXPECT_EQ(doc->units[1].id, "b");
  EXPECT_EQ(doc->units[2].target, "");
  EXPECT_EQ(doc->units[2].line, 7);

  const XliffCheck check = CheckRequestFor(*doc);
  ASSERT_EQ(check.checked.size(), 2u);
  ASSERT_EQ(check.untranslated.size(), 1u);
  EXPECT_EQ(check.untranslated[0]->id, "c");
  EXPECT_EQ(check.request.source_text(), "예산 1조 원\n둘\n");
  EXPECT_TRUE(check.request.pre_aligned());
  EXPECT_EQ(check.request.segmentation(), v1::SEGMENTATION_MODE_LINES);
}

TEST(XliffTest, ReadsVersion20UnitsOfSeveralSegments) {
  const std::string xml = R"(<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"
  srcLang="ko" trgLang="en"><file id="f"><unit id="u1">
  <segment><source>하나.</source><target>One.</target></segment>
  <ignorable><source> </source></ignorable>
  <segment><source>둘<pc id="1">이다</pc>.</source><target>It is <pc id="1">two</pc>.</target></segment>
</unit></file></xliff>)";
  auto doc = ParseXliff(xml, "b.xlf");
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->target_language, "en");
  ASSERT_EQ(doc->units.size(), 1u);
  EXPECT_EQ(doc->units[0].source, "하나. 둘이다.");
  EXPECT_EQ(doc->units[0].target, "One. It is two.");
}

TEST(XliffTest, BadFilesAreNamedWithTheirLine) {
  auto broken = ParseXliff("<xliff version=\"1.2\">\n<file>\n</xliff>", "bad.xlf");
  EXPECT_EQ(broken.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(broken.status().message(), HasSubstr("bad.xlf:3: not well-formed XML"));
  EXPECT_THAT(ParseXliff("<tmx version=\"1.4\"/>", "t.xml").status().message(),
              HasSubstr("not XLIFF"));
  EXPECT_THAT(ParseXliff("<xliff version=\"3.0\"/>", "v.xlf").status().message(),
              HasSubstr("Galley reads 1.2 and 2.x"));
  EXPECT_THAT(ParseXliff("<xliff version=\"1.2\"><file/></xliff>", "e.xlf").status().message(),
              HasSubstr("no <trans-unit>"));
}

// XXE: an external entity is neither fetched nor expanded; a DTD is refused outright.
TEST(XliffTest, RefusesDtdsAndExternalEntities) {
  const std::string xxe = R"(<?xml version="1.0"?>
<!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<xliff version="1.2"><file><body><trans-unit id="1"><source>&secret;</source>
<target>x</target></trans-unit></body></file></xliff>)";
  auto doc = ParseXliff(xxe, "xxe.xlf");
  ASSERT_FALSE(doc.ok());
  EXPECT_THAT(doc.status().message(), HasSubstr("DTD"));
}

}  // namespace
}  // namespace galley::api
