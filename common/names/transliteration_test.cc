#include "common/names/transliteration.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "common/text/utf8.h"

namespace galley::names {

std::string HangulSkeletonRaw(std::string_view hangul);  // transliteration.cc

namespace {

bool Match(const std::string& hangul, const std::string& latin) {
  return SkeletonsMatch(HangulSkeleton(hangul), LatinSkeleton(latin));
}

TEST(TransliterationTest, NamesMatchTheirHangulTransliterations) {
  // Well-known names across spelling patterns: epenthetic 스/트, silent r, soft c and g, ng,
  // Greek ch, initial x and ts.
  const std::pair<const char*, const char*> kPairs[] = {
      {"오바마", "Obama"},         {"로렌스", "Lawrence"},     {"고든", "Gordon"},
      {"워싱턴", "Washington"},    {"텍사스", "Texas"},        {"디즈니", "Disney"},
      {"처칠", "Churchill"},       {"크라이슬러", "Chrysler"}, {"크리스토퍼", "Christopher"},
      {"마이클", "Michael"},       {"매케인", "McCain"},       {"신화", "Xinhua"},
      {"쿤밍", "Kunming"},         {"나이트", "Knight"},       {"바그다드", "Baghdad"},
  };
  for (const auto& [hangul, latin] : kPairs) {
    EXPECT_TRUE(Match(hangul, latin)) << hangul << " " << HangulSkeleton(hangul) << " vs " << latin
                                      << " " << LatinSkeleton(latin);
  }
}

TEST(TransliterationTest, DifferentNamesDoNotMatch) {
  const std::pair<const char*, const char*> kPairs[] = {
      {"오바마", "Clinton"}, {"처칠", "Michael"}, {"크라이슬러", "Ford"},
      {"워싱턴", "Boston"},  {"마이클", "Mitchell"},
  };
  for (const auto& [hangul, latin] : kPairs) {
    EXPECT_FALSE(Match(hangul, latin)) << hangul << " " << HangulSkeleton(hangul) << " vs "
                                       << latin << " " << LatinSkeleton(latin);
  }
}

// HangulSkeleton reads J as S and collapses repeats in the pass that builds the skeleton: the
// same as merging the sibilants of the raw skeleton afterwards, for every syllable before and
// after a sample of others (ㅈ ㅉ ㅊ beside ㅅ ㅆ, finals beside initials, ㅎ first and later).
TEST(TransliterationTest, SkeletonMergesSibilantsAsTheRawSkeletonDoes) {
  auto merged = [](std::string s) {
    std::replace(s.begin(), s.end(), 'J', 'S');
    s.erase(std::unique(s.begin(), s.end()), s.end());
    return s;
  };
  for (char32_t a = 0xAC00; a <= 0xD7A3; ++a) {
    for (char32_t b = 0xAC00; b <= 0xD7A3; b += 97) {
      std::string word;
      text::AppendUtf8(a, &word);
      text::AppendUtf8(b, &word);
      word += " x";  // Not Hangul: skipped.
      text::AppendUtf8(a, &word);
      ASSERT_EQ(HangulSkeleton(word), merged(HangulSkeletonRaw(word))) << word;
    }
  }
}

}  // namespace
}  // namespace galley::names
