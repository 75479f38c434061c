#include "common/names/name_finder.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "common/names/romanizer.h"

namespace galley::names {
namespace {

TEST(RomanizerTest, RevisedRomanizationPerSyllable) {
  EXPECT_EQ(RomanizeHangul("하경"), "hagyeong");
  EXPECT_EQ(RomanizeHangul("재명"), "jaemyeong");
  EXPECT_EQ(RomanizeHangul("석열"), "seokyeol");
  EXPECT_EQ(RomanizeHangul("IBM 박"), "IBM bak");
}

TEST(RomanizerTest, PlaceNamesWithTheSoundChangesTheRevisedRomanizationWrites) {
  const std::pair<std::string, std::string> expected[] = {
      {"백령도", "baengnyeongdo"}, {"종로", "jongno"},       {"독립문", "dongnimmun"},
      {"신라", "silla"},           {"만리포", "mallipo"},    {"울릉도", "ulleungdo"},
      {"설날", "seollal"},         {"월악산", "woraksan"},   {"한국어", "hangugeo"},
      {"왕십리", "wangsimni"},     {"백마", "baengma"},      {"부산", "busan"},
      {"해운대", "haeundae"},      {"낙원동", "nagwondong"}, {"좋은", "joeun"}};
  for (const auto& [hangul, latin] : expected) EXPECT_EQ(RomanizePlaceName(hangul), latin);
  EXPECT_EQ(RomanizePlaceName("IBM 박"), "IBM bak");
}

TEST(RomanizerTest, PhoneticKeyMergesNewspaperSpellings) {
  // Two columns, as the table reads best.
  // clang-format off
  const std::pair<std::string, std::string> same[] = {
      {"hagyeong", "Ha-kyung"}, {"jaemyeong", "Jae-myung"},
      {"seogyeol", "Suk-yeol"}, {"sehun", "Se-hoon"},
      {"gimun", "Ki-moon"},     {"geunhye", "Geun-hye"},
      {"jun", "Joon"},          {"hui", "Hee"},
      {"uiseon", "Eui-sun"},    {"ain", "Ah-in"},
      {"o", "Oh"},              {"yeongho", "Yung-ho"},
      {"gyeonghwa", "Kyung-wha"}, {"hoechang", "Hoi-chang"},
      {"gyubaek", "Gyu-back"}};
  // clang-format on
  for (const auto& [a, b] : same) EXPECT_EQ(PhoneticKey(a), PhoneticKey(b)) << a << " " << b;
  EXPECT_NE(PhoneticKey("minjeong"), PhoneticKey("Min-young"));
  // An h before a consonant of its syllable or the next vowel is no open syllable's.
  EXPECT_NE(PhoneticKey("an"), PhoneticKey("Ahn"));
  EXPECT_NE(PhoneticKey("ain"), PhoneticKey("Ahin"));
  EXPECT_NE(PhoneticKey("bak"), PhoneticKey("Back"));  // 박 is no Back; 백 is.
}

// The capitalized runs FindEnglishNames reports, as text; a run that opens a sentence marked "^".
std::vector<std::string> EnglishNameTexts(std::string_view text) {
  std::vector<std::string> out;
  for (const EnglishName& name : FindEnglishNames(text)) {
    std::string run = name.starts_sentence ? "^" : "";
    run += text.substr(name.span.begin, name.span.end - name.span.begin);
    out.push_back(std::move(run));
  }
  return out;
}

TEST(NameFinderTest, EnglishNamesMarkASentencesFirstWord) {
  EXPECT_EQ(EnglishNameTexts("Critics met Obama. Prospects dimmed."),
            (std::vector<std::string>{"^Critics", "Obama", "^Prospects"}));
  // Not only after ASCII punctuation: curly quotation marks keep a sentence's start.
  EXPECT_EQ(EnglishNameTexts("He left. \u201cNobody knew,\u201d said Lee. \u2019Prospects dimmed."),
            (std::vector<std::string>{"^He", "^Nobody", "Lee", "^Prospects"}));
  // A quotation closed after a comma goes on with the sentence: Moon is a name.
  EXPECT_EQ(EnglishNameTexts("\"It is new,\" Moon said."),
            (std::vector<std::string>{"^It", "Moon"}));
  // A title's abbreviation ends no sentence: Obama is a name.
  EXPECT_EQ(EnglishNameTexts("It was Sen. Obama who spoke."),
            (std::vector<std::string>{"^It", "Sen", "Obama"}));
}

TEST(NameFinderTest, ASentencesFirstWordMayNameWhatEnglishWritesOnlyCapitalized) {
  for (std::string_view word : {"Samsung", "Obama", "Pyongyang", "Samsung's"}) {
    EXPECT_TRUE(MayNameAtSentenceStart(word)) << word;
  }
  // Common words, names that are words too, contractions, compounds, short words.
  for (std::string_view word :
       {"However", "Officials", "Bush", "Don't", "Well-known", "Obama-mania", "Ex", "The"}) {
    EXPECT_FALSE(MayNameAtSentenceStart(word)) << word;
  }
}

TEST(NameFinderTest, EnglishNamesRunOnThroughMiddleInitials) {
  EXPECT_EQ(EnglishNameTexts("Later, President George W. Bush spoke, and Andrew H Bass wrote."),
            (std::vector<std::string>{"^Later", "President George W. Bush", "Andrew H Bass"}));
  // An initial before no capitalized word is no part of a name.
  EXPECT_EQ(EnglishNameTexts("They met Lopez A and left."),
            (std::vector<std::string>{"^They", "Lopez"}));
}

// An Arabic name after its article, which English writes in lower case, is a name too, alone or
// in a run; a lower-case word that only begins like one (al-powered) is not.
TEST(NameFinderTest, ArabicNamesAfterTheirArticle) {
  EXPECT_EQ(EnglishNameTexts("Later, Nouri al-Maliki met al-Sadr and el-Sisi in al-powered talks."),
            (std::vector<std::string>{"^Later", "Nouri al-Maliki", "al-Sadr", "el-Sisi"}));
  EXPECT_EQ(ArabicArticleLength("ash-Sharaa"), 4u);
  EXPECT_EQ(ArabicArticleLength("al-"), 0u);
  EXPECT_EQ(ArabicArticleLength("Al-Qaida"), 0u);  // Capitalized: a name as it stands.
}

TEST(NameFinderTest, FindsNamesBesideTitles) {
  const std::string text = "이하경 주필은 김민정 서울연구원 연구위원과 만났다. 박지성씨도 왔다.";
  const auto names = FindKoreanPersonNames(text);
  ASSERT_EQ(names.size(), 3u);
  EXPECT_EQ(names[0].surname, "이");
  EXPECT_EQ(names[0].given, "하경");
  EXPECT_EQ(text.substr(names[0].span.begin, names[0].span.end - names[0].span.begin), "이하경");
  EXPECT_EQ(names[1].given, "민정");
  EXPECT_EQ(names[2].given, "지성");
}

// A coach (코치) is a title of sports news as a manager (감독) is.
TEST(NameFinderTest, FindsNamesBeforeCoach) {
  const auto names = FindKoreanPersonNames("김상식 코치는 선수들을 칭찬했다.");
  ASSERT_EQ(names.size(), 1u);
  EXPECT_EQ(names[0].surname, "김");
  EXPECT_EQ(names[0].given, "상식");
  EXPECT_TRUE(TitleFollows("코치가"));
}

// The honorific 씨 apart from the name and with a particle (송강호 씨는), which the particle
// stripper leaves whole.
TEST(NameFinderTest, FindsNamesBeforeTheHonorificWithAParticle) {
  const auto names = FindKoreanPersonNames("송강호 씨는 상을 받았고 김민수 씨가 축하했다.");
  ASSERT_EQ(names.size(), 2u);
  EXPECT_EQ(names[0].surname, "송");
  EXPECT_EQ(names[0].given, "강호");
  EXPECT_EQ(names[1].given, "민수");
}

// An occupation Korean news writes before the name (배우 송강호는); not a word that only looks
// like a name after one (아이유, whose 아 is no surname).
TEST(NameFinderTest, FindsNamesAfterAnOccupation) {
  const auto names = FindKoreanPersonNames("배우 송강호는 가수 아이유와 함께 무대에 올랐다.");
  ASSERT_EQ(names.size(), 1u);
  EXPECT_EQ(names[0].surname, "송");
  EXPECT_EQ(names[0].given, "강호");
  // Writers and musicians as well.
  for (const char* text : {"작가 김애란의 소설이 번역됐다.", "지휘자 정명훈이 무대에 섰다."}) {
    EXPECT_EQ(FindKoreanPersonNames(text).size(), 1u) << text;
  }
}

TEST(NameFinderTest, FindsNamesBeforeForeignAndNorthKoreanOffices) {
  const auto names = FindKoreanPersonNames("박의춘 북한 외무상과 체니 부통령이 만났다.");
  ASSERT_EQ(names.size(), 1u);
  EXPECT_EQ(names[0].surname, "박");
  EXPECT_EQ(names[0].given, "의춘");
}

TEST(NameFinderTest, OrdinaryWordsAreNotNames) {
  EXPECT_TRUE(FindKoreanPersonNames("정부는 이날 발표했다").empty());
  // A title glued on that starts within the three syllables: 국무 + 위원장, no 국무위 + 원장.
  const auto names = FindKoreanPersonNames("김정은 국무위원장의 여동생");
  ASSERT_EQ(names.size(), 1u);
  EXPECT_EQ(names[0].given, "정은");
}

// A verb form before a name and title (기소된 조현준 회장, "the indicted Chairman Cho") is no name,
// though 기 is a surname: given names end in no verb ending.
TEST(NameFinderTest, VerbFormsBeforeANameAreNotNames) {
  const auto names = FindKoreanPersonNames("배임 혐의로 기소된 조현준 효성그룹 회장에게");
  ASSERT_EQ(names.size(), 1u);
  EXPECT_EQ(names[0].surname, "조");
  EXPECT_EQ(names[0].given, "현준");
  EXPECT_EQ(FindKoreanPersonNames("새로 선출된 의장이").size(), 0u);
}

// No one person's name stands before a title made plural (기자들 reporters, 의원들 lawmakers).
TEST(NameFinderTest, NoNameBeforeAPluralTitle) {
  const auto names = FindKoreanPersonNames("최 위원장은 이어 기자들과 만났다");
  for (const KoreanPersonName& name : names) EXPECT_NE(name.surname + name.given, "이어");
  EXPECT_TRUE(FindKoreanPersonNames("이번 회의에서 이들 의원들은 반대했다").empty());
  EXPECT_EQ(FindKoreanPersonNames("그는 이정민 기자와 만났다").size(), 1u);
}

// An ordinary word before a name and its title (이끈 'who led', 만든 'who made') is no name, though
// it starts with a surname and a title follows two words on: the title is the nearer name's.
TEST(NameFinderTest, AnOrdinaryWordBeforeANameAndItsTitleIsNoName) {
  auto givens = [](std::string_view korean) {
    std::vector<std::string> out;
    for (const KoreanPersonName& name : FindKoreanPersonNames(korean)) {
      out.push_back(name.surname + name.given);
    }
    return out;
  };
  EXPECT_THAT(givens("대표팀을 이끈 이정효 감독은 웃었다"), ::testing::ElementsAre("이정효"));
  EXPECT_THAT(givens("이 제품을 만든 박소라 대표가 말했다"), ::testing::ElementsAre("박소라"));
  // A name no dictionary has, before an institution and a title, stays a name.
  EXPECT_THAT(givens("반기문 유엔 사무총장은"), ::testing::Contains("반기문"));
}

TEST(NameFinderTest, MatchesSpellingsAndFlagsAnotherPerson) {
  KoreanPersonName name{{0, 9}, "이", "하경"};
  using O = PersonNameMatch::Outcome;
  EXPECT_EQ(MatchPersonName(name, "said Lee Ha-kyung, the editor").outcome, O::kMatched);
  EXPECT_EQ(MatchPersonName(name, "said Ha-kyung Lee, the editor").outcome, O::kMatched);
  EXPECT_EQ(MatchPersonName(name, "said Rhee Hakyung").outcome, O::kMatched);
  EXPECT_EQ(MatchPersonName(name, "President Lee said").outcome, O::kSurnameOnly);
  const std::string wrong = "said Lee Ha-young, the editor";
  const auto m = MatchPersonName(name, wrong);
  EXPECT_EQ(m.outcome, O::kGivenDiffers);
  EXPECT_EQ(wrong.substr(m.english_span.begin, m.english_span.end - m.english_span.begin),
            "Lee Ha-young");
  EXPECT_EQ(MatchPersonName(name, "said Kim Ha-kyung").outcome, O::kSurnameDiffers);
  EXPECT_EQ(MatchPersonName(name, "officials said").outcome, O::kAbsent);
  // A possessive is no part of the given name.
  EXPECT_EQ(MatchPersonName(name, "Lee Ha-kyung's remarks").outcome, O::kMatched);
  EXPECT_EQ(MatchPersonName(name, "Ha-kyung Lee's remarks").outcome, O::kMatched);
  // A sentence without a hyphen is answered by its surnames alone: at either end of the text, with
  // a possessive, not inside another word.
  EXPECT_EQ(MatchPersonName(name, "Lee said").outcome, O::kSurnameOnly);
  EXPECT_EQ(MatchPersonName(name, "said Rhee").outcome, O::kSurnameOnly);
  EXPECT_EQ(MatchPersonName(name, "Yi's remarks").outcome, O::kSurnameOnly);
  EXPECT_EQ(MatchPersonName(name, "the Leeward Islands").outcome, O::kAbsent);
  EXPECT_EQ(MatchPersonName(name, "the Leeward Islands").expected, "Lee Ha-gyeong");
  // 모 withholds the given name: the surname is the whole name.
  const KoreanPersonName withheld{{0, 6}, "박", "모"};
  EXPECT_EQ(MatchPersonName(withheld, "a man surnamed Park").outcome, O::kMatched);
  EXPECT_EQ(MatchPersonName(withheld, "a man surnamed Kim").outcome, O::kAbsent);
  EXPECT_EQ(MatchPersonName(withheld, "a man surnamed Kim").expected, "Park");
  // A given name in two words, as North Korean names are written.
  KoreanPersonName pak{{0, 9}, "박", "의춘"};
  EXPECT_EQ(MatchPersonName(pak, "met Pak Ui Chun on Monday").outcome, O::kMatched);
  EXPECT_EQ(MatchPersonName(pak, "met Pak Ui Paek on Monday").outcome, O::kGivenDiffers);
  EXPECT_EQ(MatchPersonName(pak, "met Pak Ui Pyeongtaek on Monday").outcome, O::kSurnameOnly);
  // Spellings newspapers use: Kweon for 권 (Kweon Seong-dong), Ah for 아 (Yoo Ah-in).
  EXPECT_EQ(MatchPersonName({{0, 9}, "권", "성동"}, "said Kweon Seong-dong").outcome, O::kMatched);
  EXPECT_EQ(MatchPersonName({{0, 9}, "유", "아인"}, "actor Yoo Ah-in").outcome, O::kMatched);
  EXPECT_EQ(MatchPersonName({{0, 9}, "지", "영미"}, "said Jee Young-mee").outcome, O::kMatched);
  EXPECT_EQ(MatchPersonName({{0, 9}, "한", "덕수"}, "said Hahn Duck-soo").outcome, O::kMatched);
  // 유 is also the 류 (柳) South Korea writes without its initial r, spelled as 류 is.
  EXPECT_EQ(MatchPersonName({{0, 9}, "유", "시민"}, "writer Rhyu Si-min").outcome, O::kMatched);
  EXPECT_EQ(MatchPersonName({{0, 9}, "유", "시민"}, "writer Ryoo Si-min").outcome, O::kMatched);
  // A given name of one syllable: another syllable after the surname is another given name; the
  // syllable spelled as a surname is (왕이 Wang Yi).
  const KoreanPersonName hyun{{0, 6}, "조", "현"};
  EXPECT_EQ(MatchPersonName(hyun, "Foreign Minister Cho Hyun said").outcome, O::kMatched);
  EXPECT_EQ(MatchPersonName(hyun, "Foreign Minister Cho Hyung said").outcome, O::kGivenDiffers);
  EXPECT_EQ(MatchPersonName({{0, 6}, "왕", "이"}, "Foreign Minister Wang Yi said").outcome,
            O::kMatched);
}

// Phonetic keys merge o and u (ㅓ is Jung and Jong), but a syllable's spelled vowel must fit its
// Hangul vowel: ㅜ without a final is never a bare o, ㅗ never u, ㅏ never e, ㅕ never ya.
TEST(NameFinderTest, GivenNameVowelsFitTheirSyllables) {
  using O = PersonNameMatch::Outcome;
  const KoreanPersonName sunwoo{{0, 9}, "정", "순후"};
  EXPECT_EQ(MatchPersonName(sunwoo, "said Chung Soon-hoo").outcome, O::kMatched);
  EXPECT_EQ(MatchPersonName(sunwoo, "said Jeong Sun-hu").outcome, O::kMatched);
  EXPECT_EQ(MatchPersonName(sunwoo, "said Chung Soon-ho").outcome, O::kGivenDiffers);
  const KoreanPersonName dongsu{{0, 9}, "김", "동수"};
  EXPECT_EQ(MatchPersonName(dongsu, "said Kim Dong-soo").outcome, O::kMatched);
  EXPECT_EQ(MatchPersonName(dongsu, "said Kim Dung-soo").outcome, O::kMatched);  // Before a final.
  EXPECT_EQ(MatchPersonName({{0, 9}, "박", "도현"}, "said Park Doo-hyun").outcome,
            O::kGivenDiffers);
  EXPECT_EQ(MatchPersonName({{0, 9}, "최", "가연"}, "said Choi Ga-yeon").outcome, O::kMatched);
  EXPECT_EQ(MatchPersonName({{0, 9}, "최", "가연"}, "said Choi Gae-yeon").outcome,
            O::kGivenDiffers);
  EXPECT_EQ(MatchPersonName({{0, 9}, "최", "가연"}, "said Choi Ga-yan").outcome, O::kGivenDiffers);
  // ㅓ is spelled o in the older romanization (김정은 Kim Jong-un).
  EXPECT_EQ(MatchPersonName({{0, 9}, "김", "정은"}, "leader Kim Jong-un").outcome, O::kMatched);
  // A hyphen splits the given name where its syllables part: 하 is never Hak, nor is 경 yung.
  const KoreanPersonName hakyung{{0, 9}, "이", "하경"};
  EXPECT_EQ(MatchPersonName(hakyung, "said Lee Ha-kyung").outcome, O::kMatched);
  EXPECT_EQ(MatchPersonName(hakyung, "said Lee Hakyung").outcome, O::kMatched);
  EXPECT_EQ(MatchPersonName(hakyung, "said Lee Hak-yung").outcome, O::kGivenDiffers);
  EXPECT_EQ(MatchPersonName({{0, 9}, "이", "수병"}, "said Lee Sub-young").outcome,
            O::kGivenDiffers);
  EXPECT_EQ(MatchPersonName({{0, 9}, "이", "승엽"}, "said Lee Seung-yuop").outcome, O::kMatched);
  EXPECT_EQ(MatchPersonName({{0, 9}, "윤", "여정"}, "said Youn Yuh-jung").outcome, O::kMatched);
  // A ㄹ after a final ㅇ or ㅁ is written as spoken too (박경리 Park Kyung-ni), or as written.
  const KoreanPersonName kyungri{{0, 9}, "박", "경리"};
  EXPECT_EQ(MatchPersonName(kyungri, "novelist Park Kyung-ni").outcome, O::kMatched);
  EXPECT_EQ(MatchPersonName(kyungri, "novelist Park Kyung-ri").outcome, O::kMatched);
  EXPECT_EQ(MatchPersonName(kyungri, "novelist Park Kyung-mi").outcome, O::kGivenDiffers);
  EXPECT_EQ(MatchPersonName({{0, 9}, "김", "정은"}, "leader Kim Jong-nun").outcome,
            O::kGivenDiffers);
}

TEST(NameFinderTest, FindsLatinNamesButNotCommonAbbreviations) {
  const std::string text = "ASCI White는 IBM이 만들었고 CEO가 발표했다";
  const auto spans = FindLatinNames(text);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].end - spans[0].begin), "ASCI");
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].end - spans[1].begin), "White");
  EXPECT_EQ(text.substr(spans[2].begin, spans[2].end - spans[2].begin), "IBM");
}

}  // namespace
}  // namespace galley::names
