#include "common/names/korean_words.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace galley::names {
namespace {

TEST(KoreanWordsTest, TransliteratedNamesAndLoanwordsLookTransliterated) {
  // With an epenthetic ㅡ (알프스, 크리스토퍼) or by their syllables alone (잭슨, 워싱턴, 오바마).
  for (const char* word : {"알프스", "크리스토퍼", "잭슨", "워싱턴", "오바마", "모리오카", "랭킹"}) {
    EXPECT_TRUE(LooksTransliterated(word)) << word << " " << LoanwordScore(word);
  }
}

TEST(KoreanWordsTest, NativeAndSinoKoreanWordsDoNot) {
  // Including words that open with 그 or 쓰, whose ㅡ is native, and predicates.
  for (const char* word : {"대통령", "정부", "관계자", "가능성", "그러나", "그동안", "그들",
                           "쓰여진", "발표했다", "그렇지"}) {
    EXPECT_FALSE(LooksTransliterated(word)) << word << " " << LoanwordScore(word);
  }
}

// A headline's Han characters for countries, parties and surnames, standing as words or opening
// one (美, 中에, 韓美); not a character glued to a word (에너지省, IBM社), a gloss (미(美)
// 'beauty') or a word of characters outside the table (中國).
TEST(KoreanWordsTest, HeadlineHanjaStandForHangulWords) {
  auto readings = [](std::string_view text) {
    std::vector<std::string> out;
    for (const HanjaAbbreviation& h : HanjaAbbreviations(text)) {
      EXPECT_EQ(h.span.end - h.span.begin, 3u);
      out.emplace_back(h.hangul);
    }
    return out;
  };
  EXPECT_EQ(readings("美, 中에 반도체 제재…日도 동참"),
            (std::vector<std::string>{"미국", "중국", "일본"}));
  EXPECT_EQ(readings("尹 전 대통령, 韓美 정상회담"),
            (std::vector<std::string>{"윤", "한국", "미국"}));
  EXPECT_EQ(readings("與 \"특검법 통과\"…野 반발"), (std::vector<std::string>{"여당", "야당"}));
  EXPECT_TRUE(readings("에너지省 차관과 IBM社, 가로등에 미(美)를 부여한 中國").empty());
  const std::string headline = "北, 미사일 발사";
  ASSERT_EQ(HanjaAbbreviations(headline).size(), 1u);
  EXPECT_EQ(HanjaAbbreviations(headline)[0].span.begin, 0u);
}

// A word ending in 할 is a verb's future adnominal when a noun comes before it (참석할 'who will
// attend', 발표할), and a name otherwise (카르바할 Carvajal, 타지마할 the Taj Mahal).
TEST(KoreanWordsTest, ANameEndingLikeAFutureFormIsNoPredicate) {
  EXPECT_TRUE(LooksTransliterated("카르바할"));
  EXPECT_TRUE(ScoresAsTransliterated("타지마할", -1.0));
  for (const char* word : {"스포츠할", "리드할", "참석할"}) {
    EXPECT_FALSE(LooksTransliterated(word)) << word;
  }
}

TEST(KoreanWordsTest, TenseConsonantsAreNative) {
  // Transliteration never writes ㄲ ㄸ ㅃ ㅉ, though 이끄 has the ㅡ of 스 and 트.
  for (const char* word : {"이끄", "따르", "빠른", "짜리"}) EXPECT_FALSE(LooksTransliterated(word)) << word;
}

TEST(KoreanWordsTest, DictionaryHoldsOrdinaryWordsNotForeignNames) {
  for (const char* word : {"이번", "오후", "정부", "대통령", "비디오"}) {
    EXPECT_TRUE(IsKoreanDictionaryWord(word)) << word;
  }
  for (const char* word : {"탈라바니", "도쿠다", "무가베", "고든", "", "IBM"}) {
    EXPECT_FALSE(IsKoreanDictionaryWord(word)) << word;
  }
}

TEST(KoreanWordsTest, OrdinaryWordsAreFoundThroughTheirDictionaryForms) {
  for (const char* word : {"이번",      // An entry.
                           "섬에",      // An entry and a particle.
                           "곰팡",      // 곰팡이 without the 이 taken for a particle.
                           "닫히지",    // 닫히다.
                           "웃돌고",    // 웃돌다.
                           "보인다",    // 보이다: ㄴ다 after the stem.
                           "돌아갈",    // 돌아가다: ㄹ on the stem.
                           "자동차나",  // An entry and a particle or suffix: 나 'or',
                           "킬로당",    // 당 'per',
                           "나라별",    // 별 'by',
                           "며칠전",    // 전 'before'.
                           "응급서비스", "폭탄테러"}) {  // Two entries.
    EXPECT_TRUE(IsOrdinaryKoreanWord(word)) << word;
  }
  for (const char* word : {"탈라바니", "도쿠다", "로저스컵", "포사다", "온코어"}) {
    EXPECT_FALSE(IsOrdinaryKoreanWord(word)) << word;
  }
}

TEST(KoreanWordsTest, PredicateFormsAndTheUnmistakableOnes) {
  for (const char* word : {"무너지",      // 무너지다's stem.
                           "모르고",      // 모르다 + 고.
                           "이루어지길",  // 이루어지다 + 기 + ㄹ.
                           "야기시키",    // 야기 + 시키다.
                           "실시하"}) {   // 실시 + 하다.
    EXPECT_TRUE(IsKoreanPredicateForm(word)) << word;
    EXPECT_TRUE(IsUnmistakablyPredicateForm(word)) << word;
  }
  // Names that are verbs' forms too (밀다 + 러, 베이다 + ㄹ, 바라다 + ㄴ): only the broad test says so.
  for (const char* word : {"밀러", "베일", "바란"}) {
    EXPECT_TRUE(IsKoreanPredicateForm(word)) << word;
    EXPECT_FALSE(IsUnmistakablyPredicateForm(word)) << word;
  }
  for (const char* word : {"탈라바니", "도쿠다", "오바마"}) {
    EXPECT_FALSE(IsKoreanPredicateForm(word)) << word;
  }
  // A verb's -어 form and an auxiliary (오다, 가다, 보다, 주다), merged or not.
  for (const char* word : {"사귀어온",    // 사귀다 + 어 + 오다.
                           "살아온",      // 살다 + 아 + 오다.
                           "지켜본",      // 지키다 + 어 + 보다.
                           "가져온",      // 가지다 + 어 + 오다.
                           "싸워온"}) {   // 싸우다 + 어 + 오다.
    EXPECT_TRUE(IsUnmistakablyPredicateForm(word)) << word;
  }
  // Names ending in those syllables: Michigan, Lisbon, Afghan (아프다 + 아 is 아파), Lebanon.
  for (const char* word : {"미시간", "리스본", "아프간", "레바논"}) {
    EXPECT_FALSE(IsUnmistakablyPredicateForm(word)) << word;
  }
}

TEST(KoreanWordsTest, CompoundsSplitBeforeTheirOrdinaryTail) {
  auto head = [](std::string_view word) { return word.substr(0, CompoundSplit(word)); };
  EXPECT_EQ(head("마스터스시리즈"), "마스터스");
  EXPECT_EQ(head("유럽위원회"), "유럽");
  EXPECT_EQ(head("네팔공산당"), "네팔");
  EXPECT_EQ(CompoundSplit("탈라바니"), 0u);  // No ordinary tail.
  EXPECT_EQ(CompoundSplit("대통령"), 0u);    // Too short, and an entry.
}

TEST(KoreanWordsTest, MayBeTransliteratedIsLooserButRefusesPredicates) {
  EXPECT_TRUE(MayBeTransliterated("도쿠다", -0.6));    // Score -0.17: not "looks", but may be.
  EXPECT_FALSE(LooksTransliterated("도쿠다"));
  EXPECT_FALSE(MayBeTransliterated("대통령", -0.6));
  for (const char* word : {"발표했다", "밝혔다고", "하는", "보도된", "있다"}) {
    EXPECT_FALSE(MayBeTransliterated(word, -5)) << word;
  }
  EXPECT_FALSE(MayBeTransliterated("벨", -5));  // One syllable: too little to go on.
  // Names end in 다 and 고 too.
  for (const char* word : {"도쿠다", "플로리다", "시카고", "우간다"}) {
    EXPECT_TRUE(MayBeTransliterated(word, -5)) << word;
  }
}

TEST(KoreanWordsTest, LoanwordScoreOrdersWords) {
  EXPECT_GT(LoanwordScore("워싱턴"), 1.0);
  EXPECT_LT(LoanwordScore("대통령"), -1.0);
  EXPECT_EQ(LoanwordScore(""), 0.0);
  EXPECT_EQ(LoanwordScore("IBM"), 0.0);  // No Hangul: no evidence either way.
}

TEST(KoreanWordsTest, StripsParticlesAndThePluralBeforeThem) {
  EXPECT_EQ(StripKoreanParticle("오스트리아인들이"), "오스트리아인");
  // A province's 도 is no particle (경상북도), the particle after it is (전라남도에서).
  EXPECT_EQ(StripKoreanParticle("경상북도"), "경상북도");
  EXPECT_EQ(StripKoreanParticle("전라남도에서"), "전라남도");
  EXPECT_EQ(StripKoreanParticle("남북도"), "남북");
  EXPECT_EQ(StripKoreanParticle("요르단에선"), "요르단");
  EXPECT_EQ(StripKoreanParticle("사람들"), "사람");
  EXPECT_EQ(StripKoreanParticle("그들"), "그들");    // Two syllables stay.
  EXPECT_EQ(StripKoreanParticle("정부는"), "정부");
  EXPECT_EQ(StripKoreanParticle("매케인과의"), "매케인");  // Two particles together.
  EXPECT_EQ(StripKoreanParticle("워싱턴에서의"), "워싱턴");
  EXPECT_EQ(StripKoreanParticle("결과의"), "결과");        // 과 here is the word's own.
}

TEST(KoreanWordsTest, HangulWordsStripParticles) {
  const auto words = HangulWords("오바마는 IBM과 워싱턴에서 만났다.");
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(words[0].stem, "오바마");
  EXPECT_EQ(words[1].stem, "과");
  EXPECT_EQ(words[2].stem, "워싱턴");
}

// The ending glued to a closing quotation mark or bracket is no word ("위반"이라고, (EPL)에서); a
// word glued there is (“군고렌에서” keeps 군고렌).
TEST(KoreanWordsTest, EndingsAfterAQuoteOrBracketAreNoWords) {
  const auto words = HangulWords("\"명백한 위반\"이라고 (EPL)에서 '나비'의 “군고렌에서”");
  std::vector<std::string_view> stems;
  for (const HangulWord& w : words) stems.push_back(w.stem);
  EXPECT_EQ(stems, (std::vector<std::string_view>{"명백한", "위반", "나비", "군고렌"}));
}

// A syllable and a particle of one, which the particle stripper leaves whole.
TEST(KoreanWordsTest, ASyllableAndAParticle) {
  EXPECT_TRUE(IsSyllableAndParticle("연은"));
  EXPECT_TRUE(IsSyllableAndParticle("씨가"));
  EXPECT_FALSE(IsSyllableAndParticle("연"));
  EXPECT_FALSE(IsSyllableAndParticle("정부"));
  EXPECT_FALSE(IsSyllableAndParticle("스티븐"));
}

}  // namespace
}  // namespace galley::names
