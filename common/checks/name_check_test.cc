// The name check through the Engine: pairs of lines checked whole, their NAME_* findings asserted.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/checks/engine_test_fixture.h"

namespace galley::checks {
namespace {

using ::testing::HasSubstr;

// Name checks run whole, through the Engine.
using NameCheckTest = EngineTest;

TEST_F(NameCheckTest, NameAndUntranslatedFindings) {
  const Report r = CheckLines("이하경 주필은 말했다.", "Editor Lee Ha-young said 말했다.");
  EXPECT_THAT(Codes(r), ::testing::ElementsAre("NAME_MISMATCH", "UNTRANSLATED"));
}

// A Latin name in the Korean must reach the English, but in any of the forms English writes it.
TEST_F(NameCheckTest, LatinNamesInTheKoreanAreFoundInTheirEnglishForms) {
  auto name_codes = [&](const std::string& ko, const std::string& en) {
    std::vector<std::string> out;
    for (const std::string& code : Codes(CheckLines(ko, en))) {
      if (code.rfind("NAME", 0) == 0) out.push_back(code);
    }
    return out;
  };
  // Dotted, other case, spelled out, derived.
  EXPECT_THAT(name_codes("UN 보고서가 나왔다.", "The U.N. report came out."), ::testing::IsEmpty());
  EXPECT_THAT(name_codes("NYMEX 거래에서 유가가 내렸다.", "Oil fell in Nymex trading."),
              ::testing::IsEmpty());
  EXPECT_THAT(
      name_codes("CDC에 따르면 환자가 늘었다.",
                 "Cases rose, according to the Centers for Disease Control and Prevention."),
      ::testing::IsEmpty());
  EXPECT_THAT(
      name_codes("USGS는 지진이 났다고 밝혔다.", "The U.S. Geological Survey reported a quake."),
      ::testing::IsEmpty());
  EXPECT_THAT(name_codes("Korea 팀이 이겼다.", "The Korean team won."), ::testing::IsEmpty());
  EXPECT_THAT(name_codes("AD 79년에 화산이 터졌다.", "The volcano erupted in 79AD."),
              ::testing::IsEmpty());  // Glued to a number.
  // Really missing, or replaced: still reported.
  EXPECT_THAT(
      name_codes("CNN 보도에 따르면 회담이 열린다.", "The talks will be held, NBC reported."),
      ::testing::Contains("NAME_MISSING"));
  EXPECT_THAT(
      name_codes("CDC에 따르면 환자가 늘었다.", "Cases rose, according to health officials."),
      ::testing::Contains("NAME_MISSING"));
}

// A name whose last syllable looks like a particle (콜로라도: 도 'also') still matches.
TEST_F(NameCheckTest, NameEndingLikeAParticleStillMatches) {
  const Report r = CheckLines("최근 콜로라도 주 볼더의 한 기사가 프로그램을 만들었다.",
                              "Recently, an engineer from Boulder, Colorado, wrote a program.");
  for (const Finding& f : r.findings) EXPECT_NE(f.code, "NAME_MISMATCH") << f.message;
  const Report wrong = CheckLines("최근 콜로라도 주 볼더의 한 기사가 프로그램을 만들었다.",
                                  "Recently, an engineer from Boulder, Nebraska, wrote a program.");
  EXPECT_THAT(Codes(wrong), ::testing::Contains("NAME_MISMATCH"));
}

// The NAME findings of a check, as "CODE: message".
std::vector<std::string> NameFindings(const Report& r) {
  std::vector<std::string> out;
  for (const Finding& f : r.findings) {
    if (f.code.rfind("NAME", 0) == 0) out.push_back(f.code + ": " + f.message);
  }
  return out;
}

// The name findings that set an English name against a Korean one (a name put in another's
// place), without the names the English adds on its own.
std::vector<std::string> ReplacedNameFindings(const Report& r) {
  std::vector<std::string> out;
  for (const std::string& f : NameFindings(r)) {
    if (f.find("the Korean has") != std::string::npos) out.push_back(f);
  }
  return out;
}

// One word of a two-word name put in place of another is caught when the Korean has both words.
TEST_F(NameCheckTest, EveryWordOfAnEnglishNameNeedsACounterpart) {
  EXPECT_THAT(NameFindings(CheckLines("버락 오바마 상원의원은 27일 연설했다.",
                                      "Sen. Barack Obama gave a speech on Sunday.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("버락 오바마 상원의원은 27일 연설했다.",
                                      "Sen. Mugabe Obama gave a speech on Sunday.")),
              ::testing::ElementsAre(::testing::HasSubstr("Mugabe Obama")));
  // Korean may leave a first name out, and writes some names as one word (훈센, Hun Sen).
  EXPECT_THAT(
      NameFindings(CheckLines("무가베 대통령이 서명했다.", "President Robert Mugabe signed.")),
      ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("훈센 총리가 승리했다.", "Prime Minister Hun Sen won.")),
              ::testing::IsEmpty());
  // A name Korean writes as one word (박의춘, Pak Ui Chun) explains only its own words: another
  // word before them still needs a counterpart.
  EXPECT_THAT(NameFindings(CheckLines("박의춘 외무상은 도쿠다와 만났다.",
                                      "Foreign Minister Lopez Pak Ui Chun met an envoy.")),
              ::testing::ElementsAre(::testing::HasSubstr("Lopez Pak Ui Chun")));
  EXPECT_THAT(NameFindings(CheckLines("박의춘 외무상은 도쿠다와 만났다.",
                                      "Foreign Minister Pak Ui Chun met Tokuda.")),
              ::testing::IsEmpty());
  // A Korean given name's hyphen is no compound ("Nam-sun" is not "Nam" + "sun"), though the
  // Korean has a name the English lacks (도쿠다).
  EXPECT_THAT(NameFindings(CheckLines("백남순 북한 외무상은 도쿠다와 만났다.",
                                      "North Korean Foreign Minister Paek Nam-sun met an envoy.")),
              ::testing::IsEmpty());
}

// Ordinary Korean words (이번 'this', 오후 'afternoon') are no evidence of a missing name, however
// foreign their syllables look; a transliteration nothing matches is.
TEST_F(NameCheckTest, OnlyForeignLookingKoreanWordsCountAsNamesTheEnglishLacks) {
  EXPECT_THAT(ReplacedNameFindings(CheckLines("이번 회담은 오후에 끝났다.",
                                              "The talks with Gerry ended in the afternoon.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("도쿠다와의 회담은 오후에 끝났다.",
                                      "The talks with Gerry ended in the afternoon.")),
              ::testing::ElementsAre(::testing::HasSubstr("도쿠다")));
}

// A place the Korean names twice and the English once has lost a mention to another name; Korean
// repeating a person's name where English says "he" is no evidence. An English capital stands for
// its country's government (Baghdad for 이라크).
TEST_F(NameCheckTest, APlaceTheKoreanNamesMoreOftenThanTheEnglishLostAMention) {
  EXPECT_THAT(
      NameFindings(CheckLines("이집트 정부는 이집트 관광객이 늘었다고 밝혔다.",
                              "The Egyptian government said tourists to Lisbon increased.")),
      ::testing::ElementsAre(::testing::HasSubstr("Lisbon")));
  EXPECT_THAT(NameFindings(CheckLines("이집트 정부는 이집트 관광객이 늘었다고 밝혔다.",
                                      "The Egyptian government said tourists to Egypt increased.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("도쿠다는 도쿠다의 책을 Lisbon에서 냈다.",
                                      "Tokuda published his book in Lisbon.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("이집트 정부는 이집트 관광객이 늘었다고 밝혔다.",
                                      "Cairo said tourists to Egypt increased.")),
              ::testing::IsEmpty());
}

// The rest of a foreign name after its first word: a one-syllable word (피터 킹) or a name-like
// word before a title (무아메르 굴러 주지사), though both are also dictionary words; not a bound
// noun (오바마 측) or a verb's stem (무너지는).
TEST_F(NameCheckTest, TheRestOfAForeignNameCountsAsAName) {
  EXPECT_THAT(NameFindings(CheckLines("피터 킹 의원이 반대했다.", "Rep. Peter Lopez objected.")),
              ::testing::ElementsAre(::testing::HasSubstr("Lopez")));
  EXPECT_THAT(NameFindings(CheckLines("피터 킹 의원이 반대했다.", "Rep. Peter King objected.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("무아메르 굴러 앙카라 주지사는 사과했다.",
                                      "Ankara Gov. Muammer Lopez apologized.")),
              ::testing::ElementsAre(::testing::HasSubstr("Lopez")));
  EXPECT_THAT(NameFindings(CheckLines("무아메르 굴러 앙카라 주지사는 사과했다.",
                                      "Ankara Gov. Muammer Guler apologized.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("오바마 측 대변인이 말했다.", "A spokesman for Lopez said.")),
              ::testing::ElementsAre(::testing::HasSubstr("오바마")));
  EXPECT_THAT(NameFindings(CheckLines("오바마 측 대변인이 말했다.", "A spokesman for Obama said.")),
              ::testing::IsEmpty());
  EXPECT_THAT(ReplacedNameFindings(CheckLines("낡은 다리가 무너지는 것을 봤다.",
                                              "They watched the old Lopez bridge fall.")),
              ::testing::IsEmpty());
}

// A person's name the English writes whole has its counterpart, with 씨 glued on or not; words
// that only look like a surname and a given name (공안 'public security' before a title) are no
// person the English lacks. (Lopez, which nothing in the Korean has, is a name of its own added.)
TEST_F(NameCheckTest, PersonNamesAreMatchedWholeAndOrdinaryWordsAreNoPersons) {
  const auto only_lopez_added =
      ::testing::ElementsAre(HasSubstr("English has Lopez, which neither the Korean"));
  EXPECT_THAT(
      NameFindings(CheckLines("박동선씨는 어제 말했다.", "Tongsun Park of Lopez spoke yesterday.")),
      only_lopez_added);
  EXPECT_THAT(NameFindings(CheckLines("박동선씨는 어제 말했다.", "Tongsun Park spoke yesterday.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("공안 부국장은 단체를 적발했다고 말했다.",
                                      "The deputy chief of the Lopez Security Bureau said a group "
                                      "was uncovered.")),
              only_lopez_added);
}

// The dictionary has famous people (반기문, 김정은): such a name before a title is a person's
// still, and one surname put in the place of another is reported, with the name as English spells
// it. An entry the words around make a name of is not (정쟁을 'strife' three words before 대통령;
// 주니어 'junior' before 목사).
TEST_F(NameCheckTest, AFamousPersonInTheDictionaryIsAPersonStill) {
  const std::string ko = "반기문 총장은 어제 연설했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "Secretary-General Kim spoke yesterday.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 반기문 (Ban Gi-mun)")));
  EXPECT_THAT(NameFindings(CheckLines(ko, "Secretary-General Ban spoke yesterday.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("김정은 국무위원장은 어제 연설했다.",
                                      "Chairman Park spoke yesterday.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 김정은 (Kim Jeong-eun)")));
  // A foreign name taken for a Korean one keeps its romanization (기시다 is no Ki Si-da).
  EXPECT_THAT(NameFindings(CheckLines("그는 기시다 후미오 일본 총리와 회담했다.",
                                      "He met Japanese Prime Minister Shinzo Abe.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 기시다 (gisida)")));
  EXPECT_THAT(NameFindings(CheckLines("양측은 정쟁을 중단하고 무가베 대통령과 합의했다.",
                                      "The two sides agreed with President Mugabe to end the "
                                      "strife in Harare.")),
              ::testing::Not(::testing::Contains(HasSubstr("정쟁"))));
}

// A Korean's full name is romanized, not transliterated: an English name of another person that
// resembles it by chance ("ParkChan" and 봉준호, 0.61) is no counterpart of it. A Chinese name of
// two syllables (친강 Qin Gang) is still matched as a transliteration. (Not yet 장위 Jiang Yu,
// whose pinyin yu Korean writes 위.)
TEST_F(NameCheckTest, AKoreansNameIsMatchedByItsRomanizationOnly) {
  const std::string ko = "봉준호 감독의 영화 기생충은 아카데미상을 받았다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "Director Park Chan-wook made the film.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 봉준호 (Bong Jun-ho)")));
  EXPECT_THAT(NameFindings(CheckLines(ko, "Director Bong Joon-ho made the film.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines("친강 대변인은 어제 말했다.", "Spokesman Qin Gang said yesterday.")),
      ::testing::IsEmpty());
}

// An acronym the gazetteer names is a name: one put in the place of another is reported. Others
// (AP, FDA), which translations add as attributions and glosses, are not checked.
TEST_F(NameCheckTest, AnAcronymTheGazetteerNamesIsAName) {
  const std::string ko = "유엔 안보리는 결의안을 채택했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "The EU Security Council adopted a resolution.")),
              ::testing::ElementsAre(
                  ::testing::AllOf(HasSubstr("English has EU"), HasSubstr("the Korean has 유엔"))));
  EXPECT_THAT(NameFindings(CheckLines(ko, "The UN Security Council adopted a resolution.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("코스피는 1.2% 상승했다.", "The KOSDAQ rose 1.2 percent.")),
              ::testing::ElementsAre(HasSubstr("English has KOSDAQ")));
  EXPECT_THAT(NameFindings(CheckLines("미 식품의약국은 새 치료제를 승인했다.",
                                      "The FDA approved the new treatment, AP reported.")),
              ::testing::IsEmpty());
}

// Companies English calls by their initials (AMD, IBM, GM, TSMC, HP) are names the gazetteer knows:
// one put in the place of another company is caught, as a name would be; one the Korean writes in
// Latin letters or spells out is explained.
TEST_F(NameCheckTest, ACompanyByItsInitialsInAnothersPlace) {
  const std::string nvidia = "SK하이닉스는 엔비디아에 HBM4를 공급한다.";
  EXPECT_THAT(NameFindings(CheckLines(nvidia, "SK hynix will supply HBM4 to AMD.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("English has AMD"),
                                                      HasSubstr("the Korean has 엔비디아"))));
  EXPECT_THAT(NameFindings(CheckLines(nvidia, "SK hynix will supply HBM4 to Nvidia.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("SK하이닉스는 AMD에 HBM4를 공급한다.",
                                      "SK hynix will supply HBM4 to AMD.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("현대차는 포드와 공동 개발 계약을 맺었다.",
                                      "Hyundai Motor signed a joint development deal with GM.")),
              ::testing::ElementsAre(HasSubstr("English has GM")));
  EXPECT_THAT(NameFindings(CheckLines("현대차는 제너럴모터스와 공동 개발 계약을 맺었다.",
                                      "Hyundai Motor signed a joint development deal with GM.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("삼성전자는 인텔과 파운드리 경쟁을 벌이고 있다.",
                                      "Samsung Electronics is competing with TSMC in foundry.")),
              ::testing::ElementsAre(HasSubstr("English has TSMC")));
  // Dell by one syllable before its particle; the laptop Korean calls a notebook is no name.
  EXPECT_THAT(NameFindings(CheckLines("델은 새 노트북을 공개했다.", "Dell unveiled a new laptop.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("델은 새 노트북을 공개했다.", "HP unveiled a new laptop.")),
              ::testing::ElementsAre(HasSubstr("English has HP")));
}

// Koreans English knows by a spelling of their own (Syngman Rhee, Philip Jaisohn), and words of
// institutions and sites the lexicon knows (임시정부 the Provisional Government, 암각화
// petroglyphs, 롤드컵 the League of Legends World Championship), are explained; another person in
// their place is not.
TEST_F(NameCheckTest, OwnSpellingsOfFamousKoreansAndWordsOfInstitutions) {
  const std::string rhee = "이승만 전 대통령은 1948년 초대 대통령에 취임했다.";
  EXPECT_THAT(
      NameFindings(CheckLines(rhee, "Syngman Rhee took office as the first president in 1948.")),
      ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines(rhee, "Park Chung-hee took office as the first president in 1948.")),
      ::testing::Not(::testing::IsEmpty()));
  const std::string jaisohn = "서재필은 독립신문을 창간했다.";
  EXPECT_THAT(
      NameFindings(CheckLines(jaisohn, "Philip Jaisohn founded The Independent newspaper.")),
      ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines(jaisohn, "Philip Jackson founded The Independent newspaper.")),
      ::testing::Not(::testing::IsEmpty()));
  EXPECT_THAT(
      NameFindings(CheckLines("김구 선생은 임시정부 주석을 지냈다.",
                              "Kim Koo served as president of the Provisional Government.")),
      ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("반구천 암각화가 세계유산이 됐다.",
                                      "The Bangucheon Petroglyphs became a World Heritage Site.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines("국회 법제사법위원회는 법안을 의결했다.",
                              "The National Assembly's Legislation and Judiciary Committee passed "
                              "the bill.")),
      ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("페이커는 롤드컵에서 우승했다.",
                                      "Faker won the League of Legends World Championship.")),
              ::testing::IsEmpty());
}

// The New York stock market is Wall Street in English news; the employers' federation (경총) and
// the Yellow Envelope Act (노란봉투법) have English names of their own.
TEST_F(NameCheckTest, MarketsFederationsAndLawsByTheirEnglishNames) {
  const std::string market = "뉴욕증시에서 나스닥지수는 2% 하락했다.";
  EXPECT_THAT(NameFindings(CheckLines(market, "On Wall Street, the Nasdaq fell 2 percent.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(market, "In London, the Nasdaq fell 2 percent.")),
              ::testing::ElementsAre(HasSubstr("English has London")));
  const std::string federation = "경총은 노란봉투법에 반대했다.";
  EXPECT_THAT(NameFindings(CheckLines(
                  federation, "The Korea Enterprises Federation opposed the Yellow Envelope Act.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines(
          federation, "The Federation of Korean Industries opposed the Yellow Envelope Act.")),
      ::testing::ElementsAre(HasSubstr("the Korean has 경총")));
}

// People Korean names by the Korean reading of their names' Chinese characters (손정의 Masayoshi
// Son, 양조위 Tony Leung) or English by an older romanization (장제스 Chiang Kai-shek) are the
// gazetteer's; another person in their place is caught.
TEST_F(NameCheckTest, HanjaReadingsAndOlderRomanizations) {
  const std::string son = "손정의 소프트뱅크 회장은 오픈AI에 투자했다.";
  EXPECT_THAT(NameFindings(CheckLines(son, "SoftBank Chairman Masayoshi Son invested in OpenAI.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(son, "SoftBank Chairman Jack Ma invested in OpenAI.")),
              ::testing::Not(::testing::IsEmpty()));
  const std::string leung = "배우 양조위는 베니스영화제 심사위원장을 맡았다.";
  EXPECT_THAT(
      NameFindings(CheckLines(leung, "Actor Tony Leung chaired the Venice Film Festival jury.")),
      ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines(leung, "Actor Andy Lau chaired the Venice Film Festival jury.")),
      ::testing::Not(::testing::IsEmpty()));
  EXPECT_THAT(
      NameFindings(CheckLines("장제스는 대만으로 건너갔다.", "Chiang Kai-shek fled to Taiwan.")),
      ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines("모택동은 1949년 중화인민공화국을 세웠다.",
                              "Mao Zedong founded the People's Republic of China in 1949.")),
      ::testing::IsEmpty());
}

// The West Bank is 요르단강 서안 (the Jordan River's west bank) or 서안지구: English names no
// river.
TEST_F(NameCheckTest, TheWestBankWithoutItsRiver) {
  const std::string ko = "요르단강 서안 정착촌이 확대됐다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "Settlements in the West Bank expanded.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko, "Settlements in the Gaza Strip expanded.")),
              ::testing::ElementsAre(HasSubstr("English has Gaza Strip")));
  EXPECT_THAT(NameFindings(CheckLines("요르단강에서 세례 의식이 열렸다.",
                                      "A baptism ceremony was held at the Jordan River.")),
              ::testing::IsEmpty());
}

// Rain is 비, the weather's and the singer's (가수 비 Rain), before any particle.
TEST_F(NameCheckTest, TheSingerRainIsRain) {
  EXPECT_THAT(NameFindings(CheckLines("가수 비는 새 예능에 출연한다.",
                                      "Singer Rain will appear on a new variety show.")),
              ::testing::IsEmpty());
}

// "Blue" is no name of its own: the Blue House is 청와대 by its two words, and the Toronto Blue
// Jays are 블루제이스.
TEST_F(NameCheckTest, BlueAloneIsNoBlueHouse) {
  EXPECT_THAT(NameFindings(CheckLines("류현진은 토론토 블루제이스를 떠났다.",
                                      "Ryu Hyun-jin left the Toronto Blue Jays.")),
              ::testing::IsEmpty());
  const std::string cheong_wa_dae = "청와대는 이날 입장문을 냈다.";
  EXPECT_THAT(
      NameFindings(CheckLines(cheong_wa_dae, "The Blue House issued a statement on the day.")),
      ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines(cheong_wa_dae, "The White House issued a statement on the day.")),
      ::testing::Not(::testing::IsEmpty()));
  EXPECT_THAT(NameFindings(CheckLines("백악관은 이날 입장문을 냈다.",
                                      "The Blue House issued a statement on the day.")),
              ::testing::Not(::testing::IsEmpty()));
}

// A compound of a native head and a loanword (대륙간탄도미사일 an ICBM) is no name left over in the
// Korean, though the loanword makes it look transliterated; the English name nothing matches is
// checked against the sentences around instead.
TEST_F(NameCheckTest, ANativeCompoundWithALoanwordIsNoName) {
  EXPECT_THAT(NameFindings(CheckLines("북한은 대륙간탄도미사일 1발을 발사했다고 합참이 밝혔다.",
                                      "North Korea fired an intercontinental ballistic missile, "
                                      "the Joint Chiefs of Staff said.")),
              ::testing::IsEmpty());
}

// A name whose own final s English writes as a possessive's (Schwan's, 슈완스).
TEST_F(NameCheckTest, ANameWhoseSLooksPossessive) {
  const std::string ko = "CJ제일제당은 미국 식품업체 슈완스를 인수했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "CJ CheilJedang acquired U.S. food company Schwan's.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko, "CJ CheilJedang acquired U.S. food company Nestle's.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 슈완스")));
}

// A university by its short name (하버드대): the name without 대.
TEST_F(NameCheckTest, AUniversityByItsShortName) {
  const std::string ko = "그는 하버드대를 졸업했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "He graduated from Harvard University.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko, "He graduated from Yale University.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 하버드대")));
}

// Clubs the sports pages call by Korean short names (맨유, 레알) or by names English does not
// transliterate (생제르맹 Saint-Germain), by their names or nicknames.
TEST_F(NameCheckTest, ClubsByTheirKoreanNames) {
  EXPECT_THAT(NameFindings(CheckLines("맨유는 레알에 2-1로 이겼다.",
                                      "Manchester United beat Real Madrid 2-1.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("호날두는 맨유에 남겠다고 말했다.",
                                      "Ronaldo said he would stay with the Red Devils.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("이강인이 뛰는 파리 생제르맹은 리옹을 꺾었다.",
                                      "Paris Saint-Germain, where Lee Kang-in plays, beat Lyon.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("맨유는 레알에 2-1로 이겼다.",
                                      "Manchester United beat Liverpool 2-1.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 레알")));
}

// A name's word before a common word the lexicon knows is no given name before a surname: it
// needs a counterpart of its own ("Olympic Disney Stadium" for 올림픽 공원 체조경기장).
TEST_F(NameCheckTest, AWordBeforeACommonWordIsNoGivenName) {
  const std::string ko =
      "올림픽 공원 체조경기장에서 있었던 한국의 인기 그룹 동방신기의 공연이 끝났다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "The concert of Korean boy band TVXQ at Olympic Park "
                                      "Gymnastics Stadium in Seoul ended.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "The concert of Korean boy band TVXQ at Olympic Disney "
                                      "Stadium in Seoul ended.")),
              ::testing::ElementsAre(HasSubstr("Disney")));
}

// A sentence's first word the gazetteer names is a name, first of several too (Hyundai of
// "Hyundai Construction won"), though the document writes it nowhere else.
TEST_F(NameCheckTest, AGazetteerNameOpensASentence) {
  EXPECT_THAT(NameFindings(
                  CheckLines("현대건설은 공사를 수주했다.", "Hyundai Construction won the order.")),
              ::testing::IsEmpty());
}

// A name that opens a sentence with "of" and what it belongs to after it ("Jisoo of Blackpink")
// is checked as a name alone at a sentence's start is, not dropped as a description.
TEST_F(NameCheckTest, ANameOfSomethingOpensASentence) {
  const std::string ko = "에스파의 윈터는 새 앨범을 발표했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "Winter of Aespa released a new album.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko, "Minji of Aespa released a new album.")),
              ::testing::ElementsAre(HasSubstr("Minji")));
}

// An owner's name the lexicon knows whole ("Real Madrid's") explains no name after it in the same
// capitalized run ("Real Madrid's Jude Bellingham").
TEST_F(NameCheckTest, AnOwnersNameExplainsNoNameAfterIt) {
  const std::string ko = "레알 마드리드의 루카 모드리치는 결승골을 넣었다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "Real Madrid's Luka Modric scored the winning goal.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko, "Real Madrid's Toni Kroos scored the winning goal.")),
              ::testing::ElementsAre(HasSubstr("Toni Kroos")));
}

// A name the lexicon knows whole is a name though the document writes each of its words in lower
// case elsewhere ("Reform Party" beside "the ruling party" and "the reform bill").
TEST_F(NameCheckTest, ANameOfOrdinaryWordsTheLexiconKnows) {
  const std::string ko = "더불어민주당은 회담을 제안했다.\n여야는 개혁 법안을 논의했다.";
  const std::string rest = "\nThe ruling party and the opposition discussed the reform bill.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "The Democratic Party proposed talks." + rest)),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko, "The Reform Party proposed talks." + rest)),
              ::testing::ElementsAre(HasSubstr("Reform Party")));
}

// An institution whose Korean name ends in a lexicon word (국가통계국: statistics) is known by
// that word wherever the English's name is looked at.
TEST_F(NameCheckTest, AnInstitutionByTheTailOfItsKoreanName) {
  EXPECT_THAT(
      NameFindings(CheckLines("중국 국가통계국은 3분기 국내총생산이 4.6% 성장했다고 밝혔다.",
                              "China's National Bureau of Statistics said third-quarter "
                              "gross domestic product grew 4.6 percent.")),
      ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("한국수력원자력은 두코바니 원전 우선협상대상자로 선정됐다.",
                                      "Korea Hydro & Nuclear Power was selected as the preferred "
                                      "bidder for the Dukovany nuclear plant.")),
              ::testing::IsEmpty());
}

// Korea's landmarks are gazetteer names (판문점 Panmunjom, a dictionary word): another place in
// the English has the landmark as its Korean counterpart left without one.
TEST_F(NameCheckTest, KoreanLandmarksAreGazetteerNames) {
  const std::string ko = "판문점 공동경비구역에서 미군 병사가 월북했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "A U.S. soldier crossed into North Korea at the Joint "
                                      "Security Area in Panmunjom.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "A U.S. soldier crossed into North Korea at the Joint "
                                      "Security Area in Cheorwon.")),
              ::testing::Contains(HasSubstr("English has Cheorwon; the Korean has 판문점")));
}

// 북핵 is North Korea's nuclear program: North Korea by name.
TEST_F(NameCheckTest, NorthKoreasNuclearProgramNamesNorthKorea) {
  EXPECT_THAT(NameFindings(CheckLines("라이스 장관은 북핵 6자회담을 위해 베이징을 방문했다.",
                                      "Rice visited Beijing for the six-party talks on North "
                                      "Korea's nuclear program.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("라이스 장관은 북핵 6자회담을 위해 베이징을 방문했다.",
                                      "Rice visited Beijing for the six-party talks on Iran's "
                                      "nuclear program.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 북핵")));
}

// Korean names the United States by its forces (미군, 주한미군) and the North by what crosses into
// it or visits it (월북, 방북): "American", "North Korea" and "Pyongyang" have their counterparts
// there, and the wrong country or Korea does not. (The forces are no name the English must
// carry: "the troops" may translate 미군.)
TEST_F(NameCheckTest, TheForcesAndTheCrossingNameTheirCountry) {
  const std::string crossed = "미군 병사가 어제 월북했다고 당국이 밝혔다.";
  EXPECT_THAT(NameFindings(CheckLines(crossed,
                                      "An American soldier crossed into North Korea "
                                      "yesterday, officials said.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("그는 지난해 방북했다고 말했다.",
                                      "He said he visited Pyongyang last year.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(crossed,
                                      "A Chinese soldier crossed into North Korea "
                                      "yesterday, officials said.")),
              ::testing::ElementsAre(HasSubstr("English has Chinese")));
  EXPECT_THAT(NameFindings(CheckLines(crossed,
                                      "An American soldier crossed into South Korea "
                                      "yesterday, officials said.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 월북, which is North Korea")));
}

// World cities the news names, by their usual English names whatever a transliteration's
// likeness says (상파울루 Sao Paulo, a dictionary word held to the native words' bar; 헤이그 The
// Hague; 엘리제궁 the Elysee Palace).
TEST_F(NameCheckTest, WorldCitiesAreGazetteerNames) {
  EXPECT_THAT(NameFindings(CheckLines("룰라 대통령은 상파울루에서 리우데자네이루로 갔다.",
                                      "President Lula went from Sao Paulo to Rio de Janeiro.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("마크롱 대통령은 엘리제궁에서 기자회견을 했다.",
                                      "President Macron held a press conference at the Elysee "
                                      "Palace.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("룰라 대통령은 상파울루에서 연설했다.",
                                      "President Lula spoke in Brasilia.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 상파울루")));
}

// A match against a club (리버풀전, the Liverpool match): the name without 전.
TEST_F(NameCheckTest, AMatchAgainstAClubIsTheClub) {
  const std::string ko = "과르디올라 감독은 리버풀전 패배를 인정했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "Guardiola acknowledged the loss to Liverpool.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko, "Guardiola acknowledged the loss to Arsenal.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 리버풀전")));
}

// Korean writes a Chinese name whole (시진핑, 원자바오); English gives the surname alone.
TEST_F(NameCheckTest, AChineseSurnameAloneRendersTheWholeName) {
  EXPECT_THAT(
      NameFindings(CheckLines("시진핑 주석은 어제 연설했다.", "President Xi spoke yesterday.")),
      ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines("원자바오 총리는 어제 연설했다.", "Premier Wen spoke yesterday.")),
      ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines("시진핑 주석은 어제 연설했다.", "President Hu spoke yesterday.")),
      ::testing::ElementsAre(HasSubstr("the Korean has 시진핑")));
}

// Korean institutions of the news and the place their names begin with (한국은행 Bank of Korea).
TEST_F(NameCheckTest, KoreanCompaniesAndInstitutionsHaveTheirEnglishNames) {
  EXPECT_THAT(NameFindings(CheckLines("한국은행은 기준금리를 동결했다.",
                                      "The Bank of Korea froze the key rate.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("삼성전자는 영업이익이 늘었다고 밝혔다.",
                                      "Samsung Electronics said its operating profit rose.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("국민의힘은 어제 회의를 열었다.",
                                      "The People Power Party held a meeting yesterday.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("현대차는 울산 공장에서 전기차 생산을 시작한다.",
                                      "Kia will start producing electric vehicles at its Ulsan "
                                      "plant.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 현대차")));
  // Another group's acronym with the same common word (LG Electronics for 삼성전자): the common
  // word is no mention of the name.
  EXPECT_THAT(NameFindings(CheckLines("삼성전자는 영업이익이 늘었다고 밝혔다.",
                                      "LG Electronics said its operating profit rose.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 삼성전자")));
  EXPECT_THAT(NameFindings(CheckLines("SK하이닉스는 사상 최대 실적을 기록했다.",
                                      "SK hynix posted record earnings.")),
              ::testing::IsEmpty());
  // A Supreme Court justice (대법관), as the court (대법원).
  EXPECT_THAT(NameFindings(CheckLines("노태악 대법관은 선거관리위원장을 맡고 있다.",
                                      "Supreme Court Justice Roh Tae-ak chairs the National "
                                      "Election Commission.")),
              ::testing::IsEmpty());
  // Korea University, whose 고려 English renders as Korea.
  EXPECT_THAT(NameFindings(CheckLines("연세대와 고려대는 정기전을 열었다.",
                                      "Yonsei University and Korea University held their annual "
                                      "games.")),
              ::testing::IsEmpty());
  // 교도통신, though 교도 and 통신 are ordinary words (correction; communications).
  const std::string kyodo = "기시다 총리가 한국을 방문한다고 교도통신이 보도했다.";
  EXPECT_THAT(NameFindings(CheckLines(kyodo,
                                      "Prime Minister Kishida will visit Korea, Kyodo News "
                                      "reported.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(kyodo,
                                      "Prime Minister Kishida will visit Korea, Yonhap News "
                                      "reported.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 교도통신")));
  // Industrial sites by their common names (포항제철소 Pohang Steelworks).
  EXPECT_THAT(NameFindings(CheckLines("현대중공업 울산조선소에서 화재가 났다.",
                                      "A fire broke out at Hyundai Heavy Industries' Ulsan "
                                      "Shipyard.")),
              ::testing::IsEmpty());
}

// Korean names a person by surname and title alone (윤 대통령), as English does ("President
// Yoon"); another surname there is a name put in the place of his. 전 before 대통령 is "former".
TEST_F(NameCheckTest, ASurnameAndTitleAloneNameAPerson) {
  const std::string ko = "윤 대통령은 용산 대통령실에서 회의를 주재했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "On Monday, President Yoon presided over a meeting at "
                                      "the presidential office in Yongsan.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "On Monday, President Moon presided over a meeting at "
                                      "the presidential office in Yongsan.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 윤 (Yoon)")));
  EXPECT_THAT(NameFindings(CheckLines("노무현 전 대통령은 어제 연설했다.",
                                      "On Monday, Roh Moo-hyun spoke in Seoul.")),
              ::testing::Not(::testing::Contains(HasSubstr("the Korean has 전"))));
  // 전 'former' between the surname and the title (윤 전 대통령: "former President Yoon").
  const std::string former = "윤 전 대통령은 내란 혐의 재판에 출석했다.";
  EXPECT_THAT(NameFindings(CheckLines(former,
                                      "Former President Yoon appeared at his insurrection "
                                      "trial.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(former,
                                      "Former President Moon appeared at his insurrection "
                                      "trial.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 윤 (Yoon)")));
  // Seoul's districts are places of the gazetteer.
  EXPECT_THAT(NameFindings(CheckLines("서울 강남구에서 사고가 발생했다.",
                                      "An accident occurred in Mapo District, western Seoul.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 강남구")));
}

// Headlines write countries, parties and surnames in Han characters (美 the U.S., 與 the ruling
// party, 尹 Yoon); another country or person in the English is still a name the Korean lacks.
TEST_F(NameCheckTest, HeadlineHanjaNameCountriesPartiesAndPersons) {
  EXPECT_THAT(NameFindings(CheckLines("美, 中에 반도체 추가 제재…日도 동참",
                                      "U.S. adds chip sanctions on China; Japan joins")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("尹 전 대통령, 내란 재판 출석",
                                      "Former President Yoon appears at insurrection trial")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("與 \"특검법 통과시킬 것\"…野 반발",
                                      "Ruling party vows to pass special counsel bill; "
                                      "opposition protests")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines("美, 中에 반도체 추가 제재", "U.S. adds chip sanctions on Russia")),
      ::testing::ElementsAre(HasSubstr("Russia")));
  EXPECT_THAT(NameFindings(CheckLines("尹 전 대통령, 내란 재판 출석",
                                      "Former President Moon appears at insurrection trial")),
              ::testing::ElementsAre(HasSubstr("Moon")));
}

// A foreign name written given name first has a surname that looks Korean (젠슨 황, Jensen Huang):
// it is matched as a transliteration, not held to the Korean spellings of 황 (Hwang).
TEST_F(NameCheckTest, AForeignSurnameAfterTheGivenNameIsNoKoreanSurname) {
  const std::string ko = "엔비디아의 젠슨 황 최고경영자는 타이베이에서 기조연설을 했다.";
  EXPECT_THAT(
      NameFindings(CheckLines(ko, "Nvidia CEO Jensen Huang delivered a keynote in Taipei.")),
      ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko, "Nvidia CEO Jensen Kim delivered a keynote in Taipei.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 황")));
}

// A letter hyphenated to a name is read by its letter's name (제이홉 J-Hope), and a verb form
// before a person's name and title is no name of its own (기소된 조현준 회장: "the indicted
// Chairman Cho").
TEST_F(NameCheckTest, LetterNamesAndVerbFormsBeforeAName) {
  // (Jin, of one syllable, is no Korean word the name check takes for a name: 제이홉 is looked
  // for in the English as the name left over.)
  const std::string bts = "BTS 멤버 진은 지난 6월 전역했으며, 제이홉은 오는 10월 전역할 예정이다.";
  EXPECT_THAT(NameFindings(CheckLines(bts,
                                      "BTS member Jin was discharged in June, and J-Hope "
                                      "is expected to be discharged in October.")),
              ::testing::Not(::testing::Contains(HasSubstr("제이홉"))));
  const std::string court =
      "재판부는 배임 혐의로 기소된 조현준 효성그룹 회장에게 징역 2년을 선고했다.";
  EXPECT_THAT(NameFindings(CheckLines(court,
                                      "The Seoul Central District Court sentenced Hyosung "
                                      "Group Chairman Cho Hyun-joon to two years.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(court,
                                      "The Seoul Central District Court sentenced Hyosung "
                                      "Group Chairman Koo Hyun-joon to two years.")),
              ::testing::ElementsAre(HasSubstr("Koo Hyun-joon")));
}

// A Korean's name the English has in place of one the Korean lists without a title (신동엽과),
// but not a Hong Kong name whose Korean reading is no romanization of it (양조위 Tony Leung).
TEST_F(NameCheckTest, AKoreansNameInPlaceOfOneListedWithoutATitle) {
  const std::string hosts = "시상식은 코엑스에서 열렸으며, 신동엽과 수지가 진행을 맡았다.";
  EXPECT_THAT(NameFindings(CheckLines(hosts,
                                      "The ceremony was held at Coex, hosted by Shin "
                                      "Dong-yup and Suzy.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(hosts,
                                      "The ceremony was held at Coex, hosted by Yoo "
                                      "Jae-suk and Suzy.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 신동엽")));
  // (The English names are still reported as names the Korean lacks: a Korean reading of
  // Chinese characters is matched by no likeness of sound.)
  EXPECT_THAT(ReplacedNameFindings(CheckLines("양조위와 유가령이 결혼식을 올렸다.",
                                              "Tony Leung Chiu-wai and Carina Lau were married.")),
              ::testing::IsEmpty());
}

// A place the lexicon knows is mentioned by its names there, not by a word that sounds like it:
// Iraq is no mention of 이란, nor is the quotative 이라고 after a quotation a name.
TEST_F(NameCheckTest, APlaceTheLexiconKnowsByItsNamesAlone) {
  const std::string ko =
      "한편 이란 외무부는 이스라엘의 공격을 \"명백한 국제법 위반\"이라고 비난했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Meanwhile, Iran's Foreign Ministry condemned the Israeli "
                                      "attack as a violation of international law.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Meanwhile, Iraq's Foreign Ministry condemned the Israeli "
                                      "attack as a violation of international law.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 이란")));
  // Its other spellings are the lexicon's too (Turk, al-Qaida): no orphan when the English has a
  // name of its own (Gungoren, Uighur) that sends the check looking for one.
  EXPECT_THAT(NameFindings(CheckLines("터키 통신 DHA의 기자는 폭발이 일어났다고 전했다.",
                                      "A DHA reporter told CNN Turk the blasts hit Gungoren.")),
              ::testing::Not(::testing::Contains(HasSubstr("터키"))));
  EXPECT_THAT(NameFindings(CheckLines("이 단체는 알카에다와 관계를 맺고 있다.",
                                      "The Uighur group has ties to al-Qaida.")),
              ::testing::Not(::testing::Contains(HasSubstr("알카에다"))));
}

// A place's name that is a Korean's too (한강: the Han River; Han Kang the novelist) is mentioned
// by the person's name; a word that begins with a place's name (인텔리전스, 인텔 Intel) is matched
// by its sound still, and 조선중앙통신 by its words (Central: 중앙).
TEST_F(NameCheckTest, PlacesThatAreAlsoNamesOrWords) {
  const std::string nobel = "한강 작가는 2024년 노벨문학상을 수상했다.";
  EXPECT_THAT(NameFindings(CheckLines(nobel,
                                      "Novelist Han Kang won the 2024 Nobel Prize in "
                                      "Literature.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(nobel,
                                      "Novelist Kim Young-ha won the 2024 Nobel Prize in "
                                      "Literature.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 한강")));
  // With a name the Korean lacks, which sends the check looking for a Korean name left over.
  EXPECT_THAT(NameFindings(CheckLines(nobel,
                                      "Novelist Han Kang won the 2024 Nobel Prize in "
                                      "Literature, the Swedish Academy said.")),
              ::testing::Not(::testing::Contains(HasSubstr("한강"))));
  EXPECT_THAT(NameFindings(CheckLines("팀 쿡 최고경영자는 애플 인텔리전스를 소개했다.",
                                      "CEO Tim Cook introduced Apple Intelligence.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("조선중앙통신은 신형 미사일을 시험발사했다고 보도했다.",
                                      "The Korean Central News Agency reported that the country "
                                      "test-fired a new missile.")),
              ::testing::IsEmpty());
}

// A disease by its discoverer's name (알츠하이머병 Alzheimer's), a journal's title (네이처 메디신
// Nature Medicine), a committee by its words (환경노동위원회: Environment and Labor Committee).
TEST_F(NameCheckTest, DiseasesJournalsAndCommittees) {
  EXPECT_THAT(NameFindings(CheckLines("연구팀은 알츠하이머병의 진행을 늦추는 치료 표적을 찾았다.",
                                      "The team found a treatment target that slows the "
                                      "progression of Alzheimer's disease.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("연구 결과는 국제학술지 '네이처 메디신'에 실렸다.",
                                      "The findings were published in the international journal "
                                      "Nature Medicine.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("하니는 국회 환경노동위원회 국정감사에 참고인으로 출석했다.",
                                      "Hanni appeared as a witness at the National Assembly's "
                                      "Environment and Labor Committee audit.")),
              ::testing::IsEmpty());
}

// Words of a housing report: degrees Celsius are no name; the Korea Real Estate Board has its
// words in 한국부동산원, and the Finance Minister is the 경제부총리 (전주보다, "than the week
// before", then stays no city left over).
TEST_F(NameCheckTest, WordsOfWeatherAndHousingReports) {
  EXPECT_THAT(NameFindings(CheckLines("이날 서울의 낮 최고기온은 35.2도까지 올랐다.",
                                      "The daytime high in Seoul reached 35.2 degrees Celsius.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines("한국부동산원에 따르면 서울 아파트 값은 전주보다 0.32% 올랐다.",
                              "Apartment prices in Seoul rose 0.32 percent from the "
                              "previous week, according to the Korea Real Estate Board.")),
      ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("최상목 경제부총리는 추가 대책을 내놓겠다고 밝혔다.",
                                      "Finance Minister Choi Sang-mok said the government will "
                                      "come up with additional measures.")),
              ::testing::IsEmpty());
}

// Japan's parties by their Japanese names or their words (자민당 LDP, 공명당 Komeito, 입헌민주당
// the Constitutional Democratic Party), the main board by its index (유가증권시장 Kospi), a
// district by its suffix (해운대구 Haeundae District), an apartment by its clipped loanword.
TEST_F(NameCheckTest, PartiesMarketsAndDistricts) {
  EXPECT_THAT(NameFindings(CheckLines("자민당과 연립여당인 공명당의 의석은 215석이었다.",
                                      "The Liberal Democratic Party and its coalition partner "
                                      "Komeito won 215 seats.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("노다 요시히코 대표가 이끄는 입헌민주당은 148석을 얻었다.",
                                      "The Constitutional Democratic Party of Japan, led by "
                                      "Yoshihiko Noda, won 148 seats.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("삼성전자 주가는 유가증권시장에서 0.68% 내렸다.",
                                      "Samsung Electronics shares closed down 0.68 percent on the "
                                      "main Kospi market.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("금속노조 현대차지부는 울산공장에서 출정식을 열었다.",
                                      "The Hyundai Motor branch of the Korean Metal Workers' "
                                      "Union held a rally at the Ulsan plant.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("부산 해운대구의 한 아파트에서 불이 났다.",
                                      "A fire broke out at an apartment in Haeundae District, "
                                      "Busan.")),
              ::testing::IsEmpty());
}

// A province split north and south (경북 North Gyeongsang, 전남 South Jeolla) or a sea by its
// side (동해 East Sea): the other half is another place, though the rest of its name fits (경상
// begins 경상북도). Words that begin like a province are none (전남편 an ex-husband).
TEST_F(NameCheckTest, TheOtherHalfOfAPlaceSplitByDirection) {
  const std::string quake = "경상북도 포항에서 규모 4.0의 지진이 발생했다.";
  EXPECT_THAT(NameFindings(CheckLines(quake,
                                      "A magnitude 4.0 earthquake struck Pohang, North "
                                      "Gyeongsang Province.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(quake,
                                      "A magnitude 4.0 earthquake struck Pohang, South "
                                      "Gyeongsang Province.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 경상북도")));
  EXPECT_THAT(NameFindings(CheckLines("전남 여수에서 큰 불이 났다.",
                                      "A big fire broke out in Yeosu, North Jeolla.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 전남")));
  EXPECT_THAT(NameFindings(CheckLines("전남 여수에서 큰 불이 났다.",
                                      "A big fire broke out in Yeosu, South Jeolla.")),
              ::testing::IsEmpty());
  const std::string missile = "북한은 동해상으로 탄도미사일을 발사했다.";
  EXPECT_THAT(NameFindings(CheckLines(missile,
                                      "North Korea fired a ballistic missile into the "
                                      "East Sea.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(missile,
                                      "North Korea fired a ballistic missile into the "
                                      "West Sea.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 동해")));
  EXPECT_THAT(NameFindings(CheckLines("그의 전남편 김씨가 사고로 숨졌다.",
                                      "Her ex-husband Kim died in the accident.")),
              ::testing::Not(::testing::Contains(HasSubstr("전남편"))));
}

// North Korea's provinces split as the South's are (평안남도 South Pyongan); a name the lexicon
// knows whole whose words are ordinary (Yellow Sea: 황해) is looked for like any other; and the
// United States of a word that names two or three countries (한미일 Korea, the United States and
// Japan).
TEST_F(NameCheckTest, NorthKoreanProvincesSeasAndCountriesInOneWord) {
  const std::string launch = "북한이 8일 평안남도 일대에서 동해상으로 미사일 여러 발을 발사했다.";
  EXPECT_THAT(NameFindings(CheckLines(launch,
                                      "North Korea fired several missiles from South Pyongan "
                                      "Province into the East Sea on Thursday.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(launch,
                                      "North Korea fired several missiles from North Pyongan "
                                      "Province into the East Sea on Thursday.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 평안남도")));
  // 여러 ("several") sounds like Yellow, but the English translates it.
  EXPECT_THAT(NameFindings(CheckLines(launch,
                                      "North Korea fired several missiles from South Pyongan "
                                      "Province into the Yellow Sea on Thursday.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 동해")));
  EXPECT_THAT(NameFindings(CheckLines("한미일 3국은 북한의 도발을 규탄하는 공동성명을 냈다.",
                                      "Korea, the United States and Japan issued a joint "
                                      "statement condemning the North's provocation.")),
              ::testing::IsEmpty());
}

// Agencies the English names by acronym are names: another agency's acronym is a mismatch (the
// FBI for 국정원), while the acronym and the name spelled out both render the agency; a name that
// begins like one (the World Trade Center, not the World Trade Organization) is no rendering of it.
TEST_F(NameCheckTest, AnAgencyByItsAcronym) {
  EXPECT_THAT(NameFindings(CheckLines("국정원은 발표했다.", "The FBI announced.")),
              ::testing::ElementsAre(HasSubstr("English has FBI; the Korean has 국정원")));
  EXPECT_THAT(NameFindings(CheckLines("국정원은 발표했다.", "The NIS announced.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("연방수사국은 발표했다.", "The FBI announced.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("연방수사국은 발표했다.",
                                      "The Federal Bureau of Investigation announced.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("국제통화기금은 전망을 낮췄다.",
                                      "The International Monetary Fund cut its forecast.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines("국제통화기금은 전망을 낮췄다.", "The IMF cut its forecast.")),
      ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines("국제통화기금은 전망을 낮췄다.", "The OECD cut its forecast.")),
      ::testing::ElementsAre(HasSubstr("English has OECD")));
  EXPECT_THAT(NameFindings(CheckLines("세계 무역 센터의 잔해 속에서 생존자를 찾았다.",
                                      "They searched the ruins of the World Trade Center for "
                                      "survivors.")),
              ::testing::IsEmpty());
}

// A Korean's whole name the English adds (Kim Min-jae, where the Korean names only 손흥민) is
// reported as a name nothing mentions, unless the Korean names the person by surname and title or
// a sentence around names the person; a name whose Korean the sentence has is no addition however
// the words before it fare ("South Korean Foreign Minister Ban Ki-moon" for 반기문 전 외교부 장관).
TEST_F(NameCheckTest, AKoreansNameTheEnglishAddsIsReported) {
  EXPECT_THAT(NameFindings(CheckLines("손흥민이 골을 넣었다.",
                                      "Son Heung-min scored as teammate Kim Min-jae watched.")),
              ::testing::ElementsAre(
                  "NAME_MISMATCH: English has Kim Min-jae, which neither the Korean nor the "
                  "sentences around it mention"));
  // Named by surname and title, or 통 (대통령) glued on: the English writes the name whole.
  EXPECT_THAT(NameFindings(CheckLines("박 대통령은 말했다.", "President Park Chung-hee said.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines("박통의 독재가 이어졌다.", "The Park Chung-hee regime went on.")),
      ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines("박통의 독재가 이어졌다.", "The Kim Dae-jung regime went on.")),
      ::testing::ElementsAre(HasSubstr("the Korean has 박통 (Park)")));
  EXPECT_THAT(
      NameFindings(CheckLines("유통 업계는 반발했다.", "The distribution industry protested.")),
      ::testing::IsEmpty());
  // Named in the Korean of the sentence before, though not in its English.
  const Report named_before = CheckLines("김민재는 수비에 나섰다.\n손흥민이 골을 넣었다.",
                                         "The defender held the line.\nSon Heung-min scored as "
                                         "teammate Kim Min-jae watched.");
  for (const Finding& f : named_before.findings) EXPECT_NE(f.pair_index, 1u) << f.message;
  EXPECT_THAT(NameFindings(CheckLines("반기문 전 외교부 장관이 유엔 총장으로 선출될 때 일본이 "
                                      "반대했다.",
                                      "Japan opposed former South Korean Foreign Minister Ban "
                                      "Ki-moon's election as U.N. secretary-general.")),
              ::testing::IsEmpty());
}

// A name in the possessive that owns a name the Korean has ("Olmert's Central News Agency" for
// 대만 중앙통신, "Taiwan" matched elsewhere in the sentence) needs a counterpart as any word of a
// longer name does; a place the lexicon knows ("Taiwan's") has one.
TEST_F(NameCheckTest, AnOwnersNameNeedsACounterpart) {
  const std::string ko =
      "대만 중앙통신은 정부당국이 28일 오전 태풍이 상륙하기 전 공공기관과 학교에 폐쇄령을 내렸다고 "
      "보도했다.";
  const std::string en =
      "Government offices and schools in Taiwan closed ahead of the storm's landfall early "
      "Monday, authorities said, according to %s Central News Agency.";
  auto with_owner = [&](const char* owner) {
    std::string text = en;
    text.replace(text.find("%s"), 2, owner);
    return NameFindings(CheckLines(ko, text));
  };
  EXPECT_THAT(with_owner("Olmert's"),
              ::testing::ElementsAre("NAME_MISMATCH: English has Olmert, which neither the Korean "
                                     "nor the sentences around it mention"));
  EXPECT_THAT(with_owner("Taiwan's"), ::testing::IsEmpty());
}

// A name finding quotes and marks the name alone: not the sentence's first word before it ("The",
// "In"), a title ("President", "Prophet") or a possessive ending; a name the lexicon knows whole,
// and words before an "of", stay whole.
TEST_F(NameCheckTest, ANameFindingQuotesTheNameAlone) {
  // The text a name finding marks in `en`, and its message.
  auto quoted = [&](const std::string& ko, const std::string& en) {
    std::vector<std::string> out;
    for (const Finding& f : CheckLines(ko, en).findings) {
      if (f.code != "NAME_MISMATCH" || f.target_spans.size() != 1) continue;
      const text::TextSpan span = f.target_spans[0];
      out.push_back(en.substr(span.begin, span.end - span.begin) + " | " + f.message);
    }
    return out;
  };
  const std::string israel = "이스라엘 정부는 즉시 이번 사건을 테러 공격이라고 규정했다.";
  EXPECT_THAT(quoted(israel, "The Berlin government immediately called it a terrorist attack."),
              ::testing::ElementsAre(
                  "Berlin | English has Berlin; the Korean has 이스라엘 (iseurael), which nothing "
                  "in the English matches"));
  EXPECT_THAT(quoted(israel, "In Berlin's view, the government called it a terrorist attack."),
              ::testing::ElementsAre(::testing::StartsWith("Berlin | English has Berlin;")));
  EXPECT_THAT(quoted("탈라바니 대통령은 말했다.", "President Jalal Barzani said."),
              ::testing::ElementsAre(::testing::StartsWith("Jalal Barzani | English has Jalal "
                                                           "Barzani;")));
  EXPECT_THAT(quoted("양제츠 외교부장은 말했다.", "Foreign Minister Wang Yi said."),
              ::testing::ElementsAre(::testing::StartsWith("Wang Yi | English has Wang Yi;")));
  EXPECT_THAT(quoted(israel, "South Africa immediately called it a terrorist attack."),
              ::testing::ElementsAre(::testing::StartsWith("South Africa | ")));
}

// One Korea for the other is a mismatch, though the lexicon renders both as "Korea"; not where
// the Korean leaves South Korea unsaid (정부, Seoul's government) and the English names both.
TEST_F(NameCheckTest, OneKoreaForTheOther) {
  const std::string north = "북한은 미사일을 발사했다.";
  EXPECT_THAT(NameFindings(CheckLines(north, "North Korea launched a missile.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(north, "South Korea launched a missile.")),
              ::testing::ElementsAre(
                  "NAME_MISMATCH: English has South Korea; the Korean has 북한, which is North "
                  "Korea"));
  const std::string south = "한국은 미사일을 발사했다.";
  EXPECT_THAT(NameFindings(CheckLines(south, "South Korea launched a missile.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(south, "The North Korean army launched a missile.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 한국")));
  EXPECT_THAT(NameFindings(CheckLines("정부는 북한에 쌀을 보냈다.",
                                      "The South Korean government sent rice to North Korea.")),
              ::testing::IsEmpty());
}

// Names of ordinary words that Korean translates: parties (국민의힘 the People Power Party,
// 독일을위한대안 the Alternative for Germany), a university department (생명화학공학과), a stock
// exchange written as one word with its city (뉴욕증권거래소), after a title's abbreviation
// (Prof.).
TEST_F(NameCheckTest, NamesOfOrdinaryWordsTheKoreanTranslates) {
  const std::string leader = "국민의힘 권성동 원내대표는 결과를 받아들인다고 했다.";
  EXPECT_THAT(NameFindings(CheckLines(leader,
                                      "Kweon Seong-dong, floor leader of the People Power "
                                      "Party, said the party accepts the result.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(leader,
                                      "Kweon Seong-dong, floor leader of the Democratic "
                                      "Party, said the party accepts the result.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 국민의힘")));
  // A party's name of words capitalized in any name (Justice, Party) is still a name.
  EXPECT_THAT(NameFindings(CheckLines("정의당 대표는 이날 기자회견을 열었다.",
                                      "The Justice Party leader held a press conference that "
                                      "day.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("국민의힘 대표는 이날 기자회견을 열었다.",
                                      "The Justice Party leader held a press conference that "
                                      "day.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 국민의힘")));
  EXPECT_THAT(NameFindings(CheckLines("극우 성향의 독일을위한대안은 2위에 올랐다.",
                                      "The far-right Alternative for Germany came second.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("김희탁 생명화학공학과 교수팀이 결과를 발표했다.",
                                      "The team led by Prof. Kim Hee-tak of the Department of "
                                      "Chemical and Biomolecular Engineering published the "
                                      "results.")),
              ::testing::IsEmpty());
  const std::string listed = "쿠팡은 미국 뉴욕증권거래소에 상장돼 있다.";
  EXPECT_THAT(NameFindings(CheckLines(listed, "Coupang is listed on the New York Stock Exchange.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(listed, "Coupang is listed on the London Stock Exchange.")),
              ::testing::Not(::testing::IsEmpty()));
}

// A Chinese or Korean person known by an English given name before the surname (Jack Ma for
// 마윈, Bom Kim for 김범석), whose given name the Korean has nothing for; and a Korean city of
// the gazetteer (원주) is a name an English city may be put in the place of.
TEST_F(NameCheckTest, EnglishGivenNamesAndKoreanCities) {
  const std::string symposium =
      "좌담회에는 알리바바 창업자 마윈과 화웨이의 런정페이 회장이 참석했다.";
  EXPECT_THAT(NameFindings(CheckLines(symposium,
                                      "Alibaba founder Jack Ma and Huawei Chairman Ren Zhengfei "
                                      "attended the symposium.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(symposium,
                                      "Alibaba founder Jack Chen and Huawei Chairman Ren "
                                      "Zhengfei attended the symposium.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 마윈")));
  // Not a Western name whose first syllable sounds like a surname (코르다 Korda: Lydia Ko).
  EXPECT_THAT(NameFindings(CheckLines("그는 2위 넬리 코르다를 2타 차로 따돌렸다.",
                                      "She beat second-placed Lydia Ko by two strokes.")),
              ::testing::Not(::testing::IsEmpty()));
  EXPECT_THAT(NameFindings(CheckLines("김범석 쿠팡Inc 의장은 대만 진출이 성공적이었다고 말했다.",
                                      "Coupang Inc. Chairman Bom Kim said the company's entry "
                                      "into Taiwan had been a success.")),
              ::testing::IsEmpty());
  const std::string serving = "멤버 제이홉은 강원도 원주에서 복무하고 있다.";
  EXPECT_THAT(NameFindings(CheckLines(serving, "Member J-Hope is serving in Wonju, Gangwon.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(serving, "Member J-Hope is serving in Chuncheon, Gangwon.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 원주")));
  // Not the indigenous people (원주민), which begin like the city.
  EXPECT_THAT(NameFindings(CheckLines("원주민 대표들이 캔버라에서 집회를 열었다.",
                                      "Indigenous leaders held a rally in Sydney.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 캔버라")));
}

// A foreign name's surname between its given name and a title (브라이언 오서 코치) may be a
// name though it sounds like a native word (오서), and a coach is a title.
TEST_F(NameCheckTest, ForeignSurnameBetweenGivenNameAndTitle) {
  const std::string coach = "브라이언 오서 코치는 \"완벽한 연기였다\"고 말했다.";
  EXPECT_THAT(NameFindings(CheckLines(coach,
                                      "\"It was a perfect performance,\" said coach Brian "
                                      "Orser.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(coach,
                                      "\"It was a perfect performance,\" said coach Brian "
                                      "Walker.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 오서")));
  // Not a compound of two words (제헌의회 the constituent assembly), whose head 제헌 comes close
  // to "Aegean".
  const std::string chairman = "데이비드 존 스미스 제헌의회 의장이 결과를 발표했다.";
  EXPECT_THAT(NameFindings(CheckLines(chairman,
                                      "David John Smith, chairman of the constituent "
                                      "assembly, announced the result.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(chairman,
                                      "David Aegean Smith, chairman of the constituent "
                                      "assembly, announced the result.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 존")));
}

// A unit after a number written apart (300억 달러, 2,000 파운드) counts; it is no name that an
// English name sounds like (달러 and "Dollan"). Digits alone may be part of a name (스냅드래곤 8
// 엘리트 Snapdragon 8 Elite), whose next word stays a name.
TEST_F(NameCheckTest, AUnitAfterANumberIsNoName) {
  const std::string budget = "트럼프 대통령은 국경 장벽 예산으로 300억 달러를 요구했다.";
  EXPECT_THAT(NameFindings(CheckLines(budget,
                                      "President Trump asked for $30 billion for the border "
                                      "wall.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(budget,
                                      "President Dollan asked for $30 billion for the border "
                                      "wall.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 트럼프")));
  EXPECT_THAT(NameFindings(CheckLines("존슨 총리는 복구비로 2,000 파운드를 약속했다.",
                                      "Prime Minister Pound promised 2,000 pounds for repairs.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 존슨")));
  const std::string chip = "신형 휴대폰에는 퀄컴의 스냅드래곤 8 엘리트 칩이 들어간다.";
  EXPECT_THAT(NameFindings(CheckLines(chip,
                                      "The new phone runs on Qualcomm's Snapdragon 8 Elite "
                                      "chip.")),
              ::testing::IsEmpty());
}

// A currency written with a capital after its amount is the amount's unit, no name: "5.7
// billion Yuan" has no counterpart to find, and in another currency it is the number check's.
TEST_F(NameCheckTest, ACapitalizedCurrencyIsNoName) {
  EXPECT_THAT(Codes(CheckLines("그는 57억 위안의 재산을 모았다.",
                               "He has amassed a fortune of 5.7 billion Yuan.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("그는 57억 달러의 재산을 모았다.",
                               "He has amassed a fortune of 5.7 billion Yuan.")),
              ::testing::ElementsAre("NUMBER_MISMATCH"));
}

// A river whose name is one syllable (센강 the Seine, 론강 the Rhone) is that syllable before 강.
TEST_F(NameCheckTest, ARiverOfOneSyllable) {
  const std::string seine = "개막식은 센강 위에서 열렸다.";
  EXPECT_THAT(NameFindings(CheckLines(seine, "The opening ceremony was held on the Seine.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(seine, "The opening ceremony was held on the Seine River.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(seine, "The opening ceremony was held on the Thames.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 센강")));
  EXPECT_THAT(
      NameFindings(CheckLines("그들은 론강을 따라 걸었다.", "They walked along the Rhone.")),
      ::testing::IsEmpty());
}

// English names a government by its capital: "Seoul" may stand for the 정부 (government) of
// Korean news, which is Korea's; no other capital does.
TEST_F(NameCheckTest, SeoulForTheGovernment) {
  const std::string protest = "정부는 이번 조치에 강하게 항의했다.";
  EXPECT_THAT(NameFindings(CheckLines(protest, "Seoul strongly protested the measure.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(protest, "Canberra strongly protested the measure.")),
              ::testing::ElementsAre(HasSubstr("Canberra")));
  EXPECT_THAT(NameFindings(CheckLines("그는 이번 조치에 강하게 항의했다.",
                                      "Seoul strongly protested the measure.")),
              ::testing::ElementsAre(HasSubstr("Seoul")));
}

// A name after an occupation (작가 이민진, the author Lee Min-jin) is a person's though it begins
// like a word the lexicon knows (이민 'immigration'), which a title after it would not make one.
TEST_F(NameCheckTest, ANameAfterAnOccupationThatBeginsLikeAWord) {
  const std::string ko = "작가 이민진의 소설 '파친코'는 애플TV플러스에서 드라마로 제작됐다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Author Lee Min-jin's novel \"Pachinko\" was adapted "
                                      "into a series on Apple TV+.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Author Han Kang's novel \"Pachinko\" was adapted "
                                      "into a series on Apple TV+.")),
              ::testing::ElementsAre(HasSubstr("Han Kang")));
}

// A place before 국제 'international' names an event or an institution (칸국제영화제 the Cannes
// International Film Festival), a place of one syllable too.
TEST_F(NameCheckTest, APlaceBeforeInternational) {
  const std::string festival = "그 영화는 칸국제영화제 경쟁 부문에 초청됐다.";
  EXPECT_THAT(NameFindings(CheckLines(
                  festival, "The film was invited to the competition section of Cannes.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(
                  festival, "The film was invited to the competition section of Sundance.")),
              ::testing::ElementsAre(HasSubstr("Sundance")));
}

// A foreign name in a dictionary entry with the kind of place it names (루브르박물관, which the
// dictionary lists whole) is the name and the kind: "Louvre" renders 루브르. A loanword is not
// split by a word its tail happens to end with (팔레스타인: 팔레스 + 타인 'another person').
TEST_F(NameCheckTest, AForeignNameInADictionaryCompound) {
  const std::string museum = "국립중앙박물관은 루브르박물관과 함께 특별전을 연다.";
  EXPECT_THAT(NameFindings(CheckLines(
                  museum, "The National Museum will hold a special exhibition with the Louvre.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(
                  museum, "The National Museum will hold a special exhibition with the Prado.")),
              ::testing::ElementsAre(HasSubstr("Prado")));
  EXPECT_THAT(NameFindings(CheckLines("경찰은 운전자가 22살의 팔레스타인 남성이라고 밝혔다.",
                                      "Police said the driver was a 22-year-old Fars man.")),
              ::testing::ElementsAre(HasSubstr("Fars")));
}

// The country that ends the English name of a Korean public body after "of" (the National Museum
// of Korea: 국립중앙박물관) is no word the Korean has, and no name put in the place of one the
// English leaves out (the director's); another country is.
TEST_F(NameCheckTest, TheCountryEndingAKoreanPublicBodysName) {
  const std::string ko = "국립중앙박물관은 다음 달 특별전을 연다고 리처드 관장이 밝혔다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "The National Museum of Korea will hold a special "
                                      "exhibition next month, its director said.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "The National Museum of Japan will hold a special "
                                      "exhibition next month, its director said.")),
              ::testing::ElementsAre(HasSubstr("Japan")));
}

// A Korean word glossed by a Latin name in parentheses (미국여자프로골프(LPGA)) is mentioned
// where the English carries that name; and the gloss of a word the English translates
// (연방준비제도(Fed): "the Federal Reserve") need not be carried over.
TEST_F(NameCheckTest, AWordGlossedByALatinName) {
  const std::string tour = "고진영이 미국여자프로골프(LPGA) 투어 캐나다 여자오픈에서 우승했다.";
  EXPECT_THAT(NameFindings(
                  CheckLines(tour, "Ko Jin-young won the Canadian Women's Open on the LPGA Tour.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(
                  tour, "Ko Jin-young won the Canadian Women's Open on the Ladies Tour.")),
              ::testing::Contains(HasSubstr("미국여자프로골프")));
  // Not where the English glosses another name with it in turn.
  const std::string flights = "영국항공(BA)의 항공편 수백 편이 결항됐다.";
  EXPECT_THAT(
      NameFindings(CheckLines(flights, "Hundreds of British Airways (BA) flights were canceled.")),
      ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines(flights, "Hundreds of Virgin Atlantic (BA) flights were canceled.")),
      ::testing::Contains(HasSubstr("영국항공")));
  const std::string fed = "미국 연방준비제도(Fed)의 금리 인하 기대감이 커졌다.";
  EXPECT_THAT(
      NameFindings(CheckLines(fed, "Expectations of a rate cut by the U.S. Federal Reserve grew.")),
      ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines(fed, "Expectations of a rate cut by the U.S. Treasury grew.")),
      ::testing::Contains(HasSubstr("Fed")));
  // A gloss of a word the lexicon does not know is carried by the Latin name alone.
  EXPECT_THAT(NameFindings(CheckLines("에너지 정보업체 플랫츠(Platts)가 전망치를 냈다.",
                                      "Energy information firm Births issued a forecast.")),
              ::testing::Contains(HasSubstr("Platts")));
}

// An Arabic name's "bin" (son of), which Korean writes as a word of its own (무함마드 빈 살만),
// is that word's counterpart, though it sounds like a name (빈 Vienna).
TEST_F(NameCheckTest, APatronymicInsideAnArabicName) {
  const std::string ko = "무함마드 빈 살만 사우디아라비아 왕세자가 방한했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "Saudi Crown Prince Mohammed bin Salman visited Korea.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("무함마드 빈 살만 사우디아라비아 왕세자가 일본을 방문했다.",
                                      "Saudi Crown Prince Mohammed bin Salman visited Korea.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 일본")));
}

// Countries joined by hyphens in the English (Korea-Vietnam, Korea-U.S., Korea-China-Japan) and
// by a hyphen or a middle dot in the Korean (한-베트남, 한·미, 한·중·일): each country has its
// counterpart, and one the Korean does not join is missing.
TEST_F(NameCheckTest, CountriesJoinedByHyphensOrDots) {
  const std::string forum = "베트남 하노이에서 열린 한-베트남 비즈니스 포럼에 500여 명이 참석했다.";
  EXPECT_THAT(NameFindings(CheckLines(forum,
                                      "More than 500 people attended a business forum "
                                      "held by Korea-Vietnam partners in the capital.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("한·미 연합훈련이 시작됐다고 군은 밝혔다.",
                                      "The military said the Korea-U.S. joint exercise had "
                                      "begun.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("한·중·일 정상회의가 서울에서 열렸다.",
                                      "The Korea-China-Japan summit was held in Seoul on Monday, "
                                      "officials said.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("한미 동맹은 굳건하다고 그는 말했다.",
                                      "He said the Seoul-Washington alliance remains strong.")),
              ::testing::IsEmpty());
  const std::string summit = "한·일 정상은 회담을 가졌다.";
  EXPECT_THAT(NameFindings(CheckLines(summit,
                                      "The leaders held a Korea-Japan summit on the "
                                      "sidelines of the meeting.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(summit,
                                      "The leaders held a Korea-China summit on the "
                                      "sidelines of the meeting.")),
              ::testing::ElementsAre(HasSubstr("Korea-China")));
}

// The commands of the forces in Korea are gazetteer names, known by translation: 한미연합사령부
// the Combined Forces Command, 유엔군사령부 the United Nations Command.
TEST_F(NameCheckTest, TheCommandsInKoreaAreGazetteerNames) {
  const std::string cfc = "한미연합사령부는 성명을 냈다.";
  EXPECT_THAT(NameFindings(CheckLines(cfc, "The Combined Forces Command issued a statement.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(cfc, "The Joint Chiefs of Staff issued a statement.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 한미연합사령부")));
  EXPECT_THAT(NameFindings(CheckLines("유엔군사령부는 조사에 착수했다.",
                                      "The United Nations Command launched an investigation.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("유엔사는 조사에 착수했다.",
                                      "The UN Command launched an investigation.")),
              ::testing::IsEmpty());
}

// Korean companies' names: a name the gazetteer knows and the rest of the compound written apart
// (두산에너빌리티 Doosan Enerbility, 롯데칠성 Lotte Chilsung), old romanizations with oo (Daewoong,
// Hankook) and the words of the trade (제강 Steel, 제약 Pharmaceutical, 석유화학 Petrochemical).
// A word in the place of the rest is a name the Korean lacks, a dictionary word too; a word after
// a name whose compound ends in an ordinary word needs no rest (삼성전자 Samsung Electronics).
TEST_F(NameCheckTest, KoreanCompaniesByTheirNamesAndTrades) {
  const std::pair<std::string, std::string> kClean[] = {
      {"두산에너빌리티는 원전 수주에 성공했다.",
       "Doosan Enerbility won a nuclear power plant order."},
      {"롯데칠성은 신제품을 출시했다.", "Lotte Chilsung launched a new product."},
      {"동국제강은 철근 생산을 줄였다.", "Dongkuk Steel cut its rebar production."},
      {"대웅제약은 신약을 출시했다.", "Daewoong Pharmaceutical released a new drug."},
      {"금호석유화학은 자사주를 매입했다.", "Kumho Petrochemical bought back its own shares."},
      {"한국타이어는 실적을 발표했다.", "Hankook Tire announced its earnings."},
      {"현대로템은 K2 전차를 생산한다.", "Hyundai Rotem produces the K2 tank."},
      {"MBK파트너스와 영풍은 공개매수에 나섰다.",
       "MBK Partners and Young Poong launched a tender offer."},
      {"배달의민족은 독일 딜리버리히어로가 소유하고 있다.",
       "Baemin is owned by Germany's Delivery Hero."},
  };
  for (const auto& [ko, en] : kClean) {
    EXPECT_THAT(NameFindings(CheckLines(ko, en)), ::testing::IsEmpty()) << en;
  }
  EXPECT_THAT(NameFindings(CheckLines("롯데칠성은 신제품을 출시했다.",
                                      "Lotte Walker launched a new product.")),
              ::testing::ElementsAre(HasSubstr("English has Walker")));
  EXPECT_THAT(NameFindings(CheckLines("두산에너빌리티는 원전 수주에 성공했다.",
                                      "Doosan Oxford won a nuclear power plant order.")),
              ::testing::ElementsAre(HasSubstr("English has Oxford")));
  EXPECT_THAT(NameFindings(CheckLines("삼성전자는 실적을 발표했다.",
                                      "Samsung Kenya announced its earnings.")),
              ::testing::ElementsAre(HasSubstr("English has Kenya")));
  // The rest of a compound that is words run together the English translates (합의전선 the
  // Accord Front) is no name that a word in its place stands for.
  EXPECT_THAT(NameFindings(CheckLines("이라크합의전선의 하시미가 말했다.",
                                      "Hashimi of the Iraqi Accord Front said.")),
              ::testing::IsEmpty());
}

// A place Korean writes after a direction in one word, which English writes as two (남오세티야
// South Ossetia, 북아일랜드 Northern Ireland, 동티모르 East Timor, 북마케도니아 North Macedonia):
// the place is a form of its own. Another place put in its stead is still a name the Korean lacks.
TEST_F(NameCheckTest, APlaceAfterItsDirection) {
  const std::pair<std::string, std::string> kClean[] = {
      {"러시아와 그루지야는 남오세티야를 두고 전쟁을 벌였다.",
       "Russia and Georgia went to war over South Ossetia."},
      {"북아일랜드 의회가 재개됐다.", "The Northern Ireland Assembly reconvened."},
      {"동티모르는 2002년 독립했다.", "East Timor became independent in 2002."},
      {"북마케도니아는 나토에 가입했다.", "North Macedonia joined NATO."},
      {"북유럽 국가들은 복지가 잘 돼 있다.", "The Nordic countries have strong welfare systems."},
  };
  for (const auto& [ko, en] : kClean) {
    EXPECT_THAT(NameFindings(CheckLines(ko, en)), ::testing::IsEmpty()) << en;
  }
  EXPECT_THAT(NameFindings(CheckLines("동티모르는 2002년 독립했다.",
                                      "East Berlin became independent in 2002.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 동티모르")));
}

// A word before a place the lexicon finds in the Korean stands in no given name's place (Korean
// leaves out given names, never a word before a place), nor does a name the lexicon knows ride on
// the place as a run of words transliterated together ("Kenya Delhi": 뉴델리's 뉴 echoes Kenya's
// "nya"); a direction may (이스트예루살렘 East Jerusalem).
TEST_F(NameCheckTest, NoNameBeforeAPlaceTheKoreanHas) {
  const std::string delhi = "인도 뉴델리에서 회담했다.";
  EXPECT_THAT(NameFindings(CheckLines(delhi, "He held talks in New Delhi, India.")),
              ::testing::IsEmpty());
  for (const std::string name : {"Gordon", "Kenya", "Nairobi"}) {
    EXPECT_THAT(NameFindings(CheckLines(delhi, "He held talks in " + name + " Delhi, India.")),
                ::testing::ElementsAre(HasSubstr("English has " + name)))
        << name;
  }
  EXPECT_THAT(NameFindings(CheckLines("운전자는 이스트예루살렘 출신이다.",
                                      "The driver was from East Jerusalem.")),
              ::testing::IsEmpty());
}

// A loanword of the Korean dictionary that a lower-case English word renders closely (포럼
// "forum") is that word's: no name is its transliteration ("bin Peru" for 빈 살만 is no 포럼).
TEST_F(NameCheckTest, ALoanwordTheEnglishWritesInLowerCaseIsNoName) {
  const std::string forum = "무함마드 빈 살만 왕세자는 리야드에서 투자 포럼을 열었다.";
  EXPECT_THAT(NameFindings(CheckLines(
                  forum, "Crown Prince Mohammed bin Salman held an investment forum in Riyadh.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(
                  forum, "Crown Prince Mohammed bin Peru held an investment forum in Riyadh.")),
              ::testing::ElementsAre(HasSubstr("Peru")));
}

// Korean spells some acronyms out in the letters' names (아이유 IU, 씨제이그룹 CJ Group), which
// are then no names left without a counterpart; a number word written as a name that the Korean
// transliterates (세븐틴 Seventeen, the band) is no number.
TEST_F(NameCheckTest, AcronymsSpelledOutAndNumberWordsAsNames) {
  EXPECT_THAT(Codes(CheckLines("씨제이그룹은 투자를 늘렸다.", "CJ Group increased investment.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("세븐틴은 유네스코 청년 친선대사로 임명됐다.",
                               "Seventeen was appointed UNESCO youth goodwill ambassadors.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("13명이 임명됐다.", "Seventeen people were appointed.")),
              ::testing::ElementsAre("NUMBER_MISMATCH"));
  // The drama's English title has no counterpart the check can see; 아이유 is not the name left.
  EXPECT_THAT(NameFindings(CheckLines("아이유는 드라마 폭싹 속았수다에 출연했다.",
                                      "IU starred in the drama When Life Gives You Tangerines.")),
              ::testing::Each(::testing::Not(HasSubstr("아이유"))));
}

// Names English translates (천지 Heaven Lake, 세계유산 World Heritage, 기본법 Basic Act), a
// prefix capitalized as a sentence opens (Inter-Korean: no two names joined); and a place the
// lexicon knows at the head of a compound (파리 of 파리올림픽) is no other place alike in sound.
TEST_F(NameCheckTest, TranslatedNamesPrefixesAndAPlaceAtACompoundsHead) {
  const std::pair<std::string, std::string> kClean[] = {
      {"백두산 천지는 관광 명소다.", "Heaven Lake on Mount Paektu is a tourist attraction."},
      {"안동 하회마을은 유네스코 세계유산이다.",
       "Hahoe Village in Andong is a UNESCO World Heritage site."},
      {"과학기술정보통신부는 인공지능 기본법을 시행했다.",
       "The Ministry of Science and ICT implemented the AI Basic Act."},
      {"판문점에서 남북 군사회담이 열렸다.", "Inter-Korean military talks were held at Panmunjom."},
      {"김우진은 파리올림픽 양궁 3관왕에 올랐다.",
       "Kim Woo-jin won three archery gold medals at the Paris Olympics."},
  };
  for (const auto& [ko, en] : kClean) {
    EXPECT_THAT(NameFindings(CheckLines(ko, en)), ::testing::IsEmpty()) << en;
  }
  EXPECT_THAT(
      NameFindings(CheckLines("김우진은 파리올림픽 양궁 3관왕에 올랐다.",
                              "Kim Woo-jin won three archery gold medals at the Peru Olympics.")),
      ::testing::ElementsAre(HasSubstr("English has Peru")));
}

// An Arabic name after its article is checked like any (al-Gordon for 알말리키 is reported), and
// matched with its article or without (알아사드, 아사드, 사드르 for al-Sadr); given names before
// it, one before another, are the given names Korean leaves out (시시 for Abdel Fattah el-Sisi).
TEST_F(NameCheckTest, ArabicNamesWithTheirArticle) {
  const std::pair<std::string, std::string> kClean[] = {
      {"바샤르 알아사드 대통령은 러시아로 망명했다.", "President Bashar al-Assad fled to Russia."},
      {"아사드 대통령은 러시아로 망명했다.", "President Bashar al-Assad fled to Russia."},
      {"사드르가 시위를 이끌었다.", "Muqtada al-Sadr led the protests."},
      {"시시 대통령이 회담했다.", "President Abdel Fattah el-Sisi held talks."},
      {"그는 알카에다 조직원이다.", "He is a member of al-Qaida."},
  };
  for (const auto& [ko, en] : kClean) {
    EXPECT_THAT(NameFindings(CheckLines(ko, en)), ::testing::IsEmpty()) << en;
  }
  EXPECT_THAT(NameFindings(CheckLines("누리 알말리키 총리가 말했다.",
                                      "Prime Minister Nouri al-Gordon said.")),
              ::testing::ElementsAre(HasSubstr("al-Gordon")));
}

// A body before its head's title is no person (이사회 의장: the board's chairman, no Lee
// Sa-hoe), and Latin letters Korean writes before a Hangul word begin the English word in camel
// case (JP모건 JPMorgan).
TEST_F(NameCheckTest, BoardsBeforeTitlesAndCamelCaseHeads) {
  EXPECT_THAT(Codes(CheckLines("이해진 네이버 창업자가 이사회 의장으로 복귀했다.",
                               "Naver founder Lee Hae-jin returned as chairman of the board.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("제이미 다이먼 JP모건 최고경영자는 경기 침체를 경고했다.",
                               "JPMorgan CEO Jamie Dimon warned of a recession.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("JP모건은 전망을 내놨다.", "Morgan Stanley released its outlook.")),
              ::testing::Contains("NAME_MISSING"));
}

// The WHO's spelled-out name (세계보건기구) is in the lexicon; a terminal is a facility's word, as
// an airport or a station is (제2여객터미널 Terminal 2); a surname after its particle, in a name
// whose given names Korean leaves out, has its counterpart written together with the particle
// (다시우바 da Silva).
TEST_F(NameCheckTest, AgenciesTerminalsAndSurnamesAfterTheirParticle) {
  const std::pair<std::string, std::string> kClean[] = {
      {"세계보건기구는 제네바에서 긴급회의를 소집했다.",
       "The World Health Organization convened an emergency meeting in Geneva."},
      {"세계기상기구는 올해가 역대 가장 더운 해가 될 것이라고 밝혔다.",
       "The World Meteorological Organization said this year will be the hottest on record."},
      {"인천국제공항공사는 제2여객터미널 확장을 마쳤다.",
       "Incheon International Airport Corporation completed the expansion of Terminal 2."},
      {"룰라 다시우바 브라질 대통령은 상파울루에서 연설했다.",
       "Brazilian President Luiz Inacio Lula da Silva spoke in Sao Paulo."},
  };
  for (const auto& [ko, en] : kClean) {
    EXPECT_THAT(NameFindings(CheckLines(ko, en)), ::testing::IsEmpty()) << en;
  }
  EXPECT_THAT(NameFindings(CheckLines("세계보건기구는 제네바에서 긴급회의를 소집했다.",
                                      "The World Trade Organization convened an emergency "
                                      "meeting in Geneva.")),
              ::testing::Contains(HasSubstr("세계보건기구")));
  EXPECT_THAT(NameFindings(CheckLines("세계보건기구는 올해가 가장 더운 해라고 밝혔다.",
                                      "The World Meteorological Organization said this year is "
                                      "the hottest.")),
              ::testing::Contains(HasSubstr("세계보건기구")));
  EXPECT_THAT(NameFindings(CheckLines("인천국제공항공사는 제2여객터미널 확장을 마쳤다.",
                                      "Incheon International Airport Corporation completed the "
                                      "expansion of Gordon 2.")),
              ::testing::Contains(HasSubstr("Gordon")));
  EXPECT_THAT(NameFindings(CheckLines("룰라 다시우바 브라질 대통령은 상파울루에서 연설했다.",
                                      "Brazilian President Luiz Inacio Lula da Costa spoke in Sao "
                                      "Paulo.")),
              ::testing::Contains(HasSubstr("Costa")));
}

// A place something is bound for (후쿠오카행 bound for Fukuoka); a market's index (항셍지수 the
// Hang Seng Index); a sentence that opens with a two-word place's possessive ("Hong Kong's Hang
// Seng Index"), whose first word is the place's and no description; an organization of nations
// (석유수출국기구, 유럽안보협력기구, co-operation spelled with its hyphen); Vienna, which Korean
// writes 빈, after the country's name as often as not.
TEST_F(NameCheckTest, BoundForIndexesOrganizationsAndVienna) {
  const std::pair<std::string, std::string> kClean[] = {
      {"후쿠오카행 항공편이 태풍으로 결항됐다.",
       "Flights bound for Fukuoka were canceled due to the typhoon."},
      {"홍콩 증시는 항셍지수가 2% 하락했다.", "In Hong Kong, the Hang Seng Index fell 2 percent."},
      {"홍콩 증시는 항셍지수가 2% 하락했다.", "Hong Kong's Hang Seng Index fell 2 percent."},
      {"오스트리아 빈에서 석유수출국기구 회의가 열렸다.",
       "The Organization of the Petroleum Exporting Countries met in Vienna, Austria."},
      {"빈에서 유럽안보협력기구 회의가 열렸다.",
       "The Organization for Security and Co-operation in Europe met in Vienna."},
  };
  for (const auto& [ko, en] : kClean) {
    EXPECT_THAT(NameFindings(CheckLines(ko, en)), ::testing::IsEmpty()) << en;
  }
  const std::pair<std::string, std::string> kSwapped[] = {
      {"후쿠오카행 항공편이 태풍으로 결항됐다.",
       "Flights bound for Nairobi were canceled due to the typhoon."},
      {"홍콩 증시는 항셍지수가 2% 하락했다.", "Hong Kong's Hang Walker Index fell 2 percent."},
      {"홍콩 증시는 항셍지수가 2% 하락했다.", "Hong Kenya's Hang Seng Index fell 2 percent."},
      {"오스트리아 빈에서 회의가 열렸다.", "The meeting was held in Nairobi, Austria."},
      {"빈에서 석유수출국기구 회의가 열렸다.", "OPEC met in Nairobi."},
  };
  for (const auto& [ko, en] : kSwapped) {
    EXPECT_THAT(NameFindings(CheckLines(ko, en)), ::testing::Not(::testing::IsEmpty())) << en;
  }
  // 빈 is 'empty' too.
  EXPECT_THAT(
      NameFindings(CheckLines("빈 집이 늘고 있다.", "The number of empty houses is rising.")),
      ::testing::IsEmpty());
}

// A description that opens a sentence before a Korean's name is no part of the name
// ("Entertainer Yoo Jae-suk"); a hall of fame (명예의 전당); Hyundai's companies by the words
// their English names add (현대모비스 Hyundai Mobis, 현대제철 Hyundai Steel); a drugmaker (한미약품
// Hanmi Pharmaceutical); any maker's electronics (LG전자); an app by its English name (당근마켓
// Karrot).
TEST_F(NameCheckTest, DescriptionsHallsOfFameAndCompanies) {
  const std::pair<std::string, std::string> kClean[] = {
      {"방송인 유재석은 새 예능 프로그램을 시작했다.",
       "Entertainer Yoo Jae-suk launched a new variety show."},
      {"박세리는 LPGA 명예의 전당에 헌액됐다.",
       "Pak Se-ri was inducted into the LPGA Hall of Fame."},
      {"현대모비스는 독일 프랑크푸르트에 연구소를 열었다.",
       "Hyundai Mobis opened a research center in Frankfurt, Germany."},
      {"현대제철이 연구소를 열었다.", "Hyundai Steel opened a research center."},
      {"한미약품은 비만 치료제 임상시험을 시작했다.",
       "Hanmi Pharmaceutical began clinical trials of an obesity treatment."},
      {"LG전자는 올레드 TV 신제품을 선보였다.", "LG Electronics showcased new OLED TVs."},
      {"당근마켓은 지역 기반 중고거래 플랫폼이다.",
       "Karrot is a local secondhand trading platform."},
  };
  for (const auto& [ko, en] : kClean) {
    EXPECT_THAT(NameFindings(CheckLines(ko, en)), ::testing::IsEmpty()) << en;
  }
  const std::pair<std::string, std::string> kSwapped[] = {
      {"방송인 유재석은 새 예능 프로그램을 시작했다.",
       "Entertainer Yoo Jae-min launched a new variety show."},
      {"현대모비스는 독일 프랑크푸르트에 연구소를 열었다.",
       "Hyundai Glovis opened a research center in Frankfurt, Germany."},
      {"한미약품은 비만 치료제 임상시험을 시작했다.",
       "Shares of Yuhan Pharmaceutical rose as it began clinical trials of an obesity treatment."},
      {"LG전자는 올레드 TV 신제품을 선보였다.", "LG Display showcased new OLED TVs."},
      {"당근마켓은 지역 기반 중고거래 플랫폼이다.",
       "Coupang is a local secondhand trading platform."},
  };
  for (const auto& [ko, en] : kSwapped) {
    EXPECT_THAT(NameFindings(CheckLines(ko, en)), ::testing::Not(::testing::IsEmpty())) << en;
  }
}

// A Korean word English keeps, romanized, at the head of a compound with the ㅅ that links the two
// (전셋값: jeonse + 값); "Household" opening a sentence is no White House (the lexicon's houses
// are of two words).
TEST_F(NameCheckTest, LinkedCompoundsAndHouseholds) {
  const std::pair<std::string, std::string> kClean[] = {
      {"전셋값이 3주 연속 올랐다.", "Jeonse prices rose for the third consecutive week."},
      {"가계부채는 1900조 원에 육박한다.", "Household debt is approaching 1,900 trillion won."},
      {"백악관 대변인은 성명을 냈다.", "A White House spokesperson issued a statement."},
  };
  for (const auto& [ko, en] : kClean) {
    EXPECT_THAT(NameFindings(CheckLines(ko, en)), ::testing::IsEmpty()) << en;
  }
  EXPECT_THAT(NameFindings(CheckLines("전셋값이 3주 연속 올랐다.",
                                      "Jeonju prices rose for the third consecutive week.")),
              ::testing::Contains(HasSubstr("Jeonju")));
  EXPECT_THAT(NameFindings(CheckLines("백악관 대변인은 성명을 냈다.",
                                      "A Blue House spokesperson issued a statement.")),
              ::testing::Not(::testing::IsEmpty()));
}

// A Korean surname that is an English word too (lee, park, song, moon) opening a sentence before a
// verb ("Lee said") is a person's name where the Korean names a person: it must be the Korean's.
TEST_F(NameCheckTest, ASurnameOpeningASentenceBeforeAVerb) {
  EXPECT_THAT(NameFindings(CheckLines("박 대통령은 동맹이 굳건하다고 말했다.",
                                      "Lee said the alliance is strong.")),
              ::testing::Contains(HasSubstr("Lee")));
  EXPECT_THAT(NameFindings(CheckLines("문 대통령은 동맹이 굳건하다고 말했다.",
                                      "Song said the alliance is strong.")),
              ::testing::Contains(HasSubstr("Song")));
  EXPECT_THAT(NameFindings(CheckLines("이 대통령은 동맹이 굳건하다고 말했다.",
                                      "Park said the alliance is strong.")),
              ::testing::Contains(HasSubstr("Park")));
  const std::pair<std::string, std::string> kClean[] = {
      {"박 대통령은 동맹이 굳건하다고 말했다.", "Park said the alliance is strong."},
      {"이 대통령은 \"동맹은 굳건하다\"고 말했다.", "\"The alliance is strong,\" Lee said."},
      {"송 장관은 동맹이 굳건하다고 말했다.", "Song said the alliance is strong."},
      // No person in the Korean: the word is the English word.
      {"공원은 주말에 붐볐다.", "Park visitors crowded in on the weekend."},
  };
  for (const auto& [ko, en] : kClean) {
    EXPECT_THAT(NameFindings(CheckLines(ko, en)), ::testing::IsEmpty()) << en;
  }
}

// Another given name before a surname the Korean has with its own given name: one ending in 이,
// which the particle stripper read as the subject's particle (세르게이 Sergei), and one a title
// of the English echoes by chance (스콧 and Secretary); another surname after a given name the
// Korean has.
TEST_F(NameCheckTest, GivenNamesEndingInIAndBesideTitles) {
  EXPECT_THAT(NameFindings(CheckLines("세르게이 라브로프 러시아 외무장관은 평양을 방문했다.",
                                      "Russian Foreign Minister Gordon Lavrov visited Pyongyang.")),
              ::testing::Contains(HasSubstr("세르게이")));
  // A given name ending in 에 (사나에 Sanae), which the stripper reads as the locative particle.
  EXPECT_THAT(NameFindings(CheckLines("사나에 다카이치 총리는 말했다.",
                                      "Prime Minister Yuko Takaichi said.")),
              ::testing::Contains(HasSubstr("사나에")));
  // A surname ending in s is no plural whose run with the given name may drop it
  // ("VladimirHarri" for 블라디미르).
  EXPECT_THAT(NameFindings(CheckLines("블라디미르 푸틴 러시아 대통령은 크렘린궁에서 회견했다.",
                                      "Russian President Vladimir Harris held a press conference "
                                      "at the Kremlin.")),
              ::testing::Contains(HasSubstr("푸틴")));
  EXPECT_THAT(NameFindings(CheckLines("스콧 베선트 미 재무장관은 관세 협상에 대해 언급했다.",
                                      "U.S. Treasury Secretary Smith Bessent commented on the "
                                      "tariff negotiations.")),
              ::testing::Contains(HasSubstr("스콧")));
  const std::pair<std::string, std::string> kClean[] = {
      {"세르게이 라브로프 러시아 외무장관은 평양을 방문했다.",
       "Russian Foreign Minister Sergei Lavrov visited Pyongyang."},
      {"사나에 다카이치 총리는 말했다.", "Prime Minister Sanae Takaichi said."},
      // A place with the locative particle before a name is no given name.
      {"도쿄에 다카이치 총리가 왔다.", "Prime Minister Takaichi came to Tokyo."},
      {"스콧 베선트 미 재무장관은 관세 협상에 대해 언급했다.",
       "U.S. Treasury Secretary Scott Bessent commented on the tariff negotiations."},
      // An ordinary word's subject before a name is no given name.
      {"경찰이 라브로프를 만났다.", "Police met Lavrov."},
      // A people's plural run together (뉴요커들 New Yorkers).
      {"뉴요커들은 환호했다.", "New Yorkers cheered."},
  };
  for (const auto& [ko, en] : kClean) {
    EXPECT_THAT(NameFindings(CheckLines(ko, en)), ::testing::IsEmpty()) << en;
  }
}

// A capitalized common word that translates another word of the Korean (Shrine for 신사 of 야스쿠니
// 신사) is no transliteration of a name it happens to sound like (사나에: "Shrine" 0.74): the given
// name put in its place is still found. A loanword's own English word still matches it.
TEST_F(NameCheckTest, TranslatedWordsAreNoTransliterations) {
  const std::string ko = "다카이치 사나에 일본 총리는 야스쿠니 신사에 갔다.";
  EXPECT_THAT(NameFindings(CheckLines(
                  ko, "Japanese Prime Minister Mariko Takaichi went to Yasukuni Shrine.")),
              ::testing::Contains(HasSubstr("사나")));
  EXPECT_THAT(NameFindings(CheckLines(
                  ko, "Japanese Prime Minister Sanae Takaichi went to Yasukuni Shrine.")),
              ::testing::IsEmpty());
}

// A famous person the Korean names by surname alone, whom English gives a given name: the
// person's or a family member's passes; another is a name put in its place, unless the Korean has
// it or the word describes the person.
TEST_F(NameCheckTest, FamousPersonsGivenNames) {
  EXPECT_THAT(
      NameFindings(CheckLines("무가베 대통령이 서명했다.", "President Ross Mugabe signed.")),
      ::testing::ElementsAre(::testing::AllOf(HasSubstr("Ross Mugabe"), HasSubstr("무가베"))));
  EXPECT_THAT(NameFindings(CheckLines("오바마는 매케인이 말을 바꿨다고 말했다.",
                                      "Obama said John McCain flipped.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("오바마는 매케인이 말을 바꿨다고 말했다.",
                                      "Obama said Rami McCain flipped.")),
              ::testing::Contains(HasSubstr("Rami McCain")));
  const std::pair<std::string, std::string> kClean[] = {
      {"무가베 대통령이 서명했다.", "President Robert Mugabe signed."},
      {"트럼프 대통령 부부가 도착했다.", "President Donald Trump and Melania Trump arrived."},
      {"구테흐스 총장은 말했다.", "Secretary-General António Guterres said."},
      {"로스 무가베가 서명했다.", "Ross Mugabe signed."},
      {"무가베 대통령이 서명했다.", "Zimbabwean Mugabe signed."},
      {"트럼프 대통령은 말했다.", "Republican Trump said."},
      // Not a surname several persons of note share.
      {"부시 대통령은 말했다.", "President Jeb Bush said."},
  };
  for (const auto& [ko, en] : kClean) {
    EXPECT_THAT(NameFindings(CheckLines(ko, en)), ::testing::IsEmpty()) << en;
  }
}

// Words run together render a Korean word only as far as they are its: a run whose words but the
// last render the word whole leave the last without a counterpart ("the Silicon Valley of
// Tayyip" for 인도의 실리콘밸리); a run whose last word renders the rest of a compound stays whole
// (Nihon Keizai Shimbun, 니혼게이자이신문).
TEST_F(NameCheckTest, RunsRenderAsFarAsTheKoreanGoes) {
  const std::string ko = "인도의 실리콘밸리로 알려진 방갈로르에서 폭발이 일어났다.";
  EXPECT_THAT(NameFindings(CheckLines(
                  ko, "Explosions rocked Bangalore, known as the Silicon Valley of Tayyip.")),
              ::testing::Contains(HasSubstr("인도")));
  const std::pair<std::string, std::string> kClean[] = {
      {ko, "Explosions rocked Bangalore, known as the Silicon Valley of India."},
      {"니혼게이자이신문은 일본 정부가 추가 경기부양책을 검토 중이라고 전했다.",
       "The Nihon Keizai Shimbun reported that the Japanese government was considering "
       "additional stimulus."},
      {"호찌민시에서 회의가 열렸다.", "The meeting was held in Ho Chi Minh City."},
      {"산티아고데콤포스텔라에 도착했다.", "He arrived in Santiago de Compostela."},
  };
  for (const auto& [korean, en] : kClean) {
    EXPECT_THAT(NameFindings(CheckLines(korean, en)), ::testing::IsEmpty()) << en;
  }
}

// An owner's possessive opening a sentence is a name, which needs its counterpart ("Pfizer's
// Wegovy" for 노보노디스크의 위고비); not a common word's (Today's).
TEST_F(NameCheckTest, OwnersOpeningASentenceAreNames) {
  const std::string ko = "노보노디스크의 위고비는 한국에서도 출시됐다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "Pfizer's Wegovy was also launched in Korea.")),
              ::testing::Contains(HasSubstr("노보노디스크")));
  const std::pair<std::string, std::string> kClean[] = {
      {ko, "Novo Nordisk's Wegovy was also launched in Korea."},
      {"오늘의 서울은 맑다.", "Today's Seoul is sunny."},
      // And a telescope is a common word's translation (망원경).
      {"제임스웹 우주망원경이 관측했다.", "The James Webb Space Telescope observed it."},
  };
  for (const auto& [korean, en] : kClean) {
    EXPECT_THAT(NameFindings(CheckLines(korean, en)), ::testing::IsEmpty()) << en;
  }
}

// A name's particle between the given name and the surname (Mohammed bin Salman), which Korean
// writes as a word before the surname (빈 살만): the given name Korean leaves out passes, and so
// does the particle; a memorial (기념관) and the Champs-Elysees (샹젤리제) are the lexicon's.
TEST_F(NameCheckTest, ParticlesMemorialsAndTheChampsElysees) {
  const std::pair<std::string, std::string> kClean[] = {
      {"빈 살만 사우디 왕세자는 네옴시티 사업을 추진하고 있다.",
       "Saudi Crown Prince Mohammed bin Salman is pursuing the Neom City project."},
      {"워싱턴 링컨기념관 앞에서 집회가 열렸다.",
       "A rally was held in front of the Lincoln Memorial in Washington."},
      {"파리 샹젤리제 거리에서 축하 행진이 열렸다.",
       "A celebration parade was held on the Champs-Elysees in Paris."},
  };
  for (const auto& [korean, en] : kClean) {
    EXPECT_THAT(NameFindings(CheckLines(korean, en)), ::testing::IsEmpty()) << en;
  }
  EXPECT_THAT(NameFindings(CheckLines("빈 살만 사우디 왕세자는 네옴시티 사업을 추진하고 있다.",
                                      "Saudi Crown Prince Mohammed bin Zayed is pursuing the Neom "
                                      "City project.")),
              ::testing::Not(::testing::IsEmpty()));
  // "of" is no name's particle: a word before it is no given name the Korean leaves out.
  EXPECT_THAT(NameFindings(CheckLines("지난해 응용미술관(Museum of Applied Arts)과 합작으로 "
                                      "오스트리아 빈에 처음 설치됐다.",
                                      "It was first installed in Vienna last year with the "
                                      "Tennessee of Applied Arts.")),
              ::testing::Contains(HasSubstr("Tennessee")));
  EXPECT_THAT(NameFindings(CheckLines("파리 샹젤리제 거리에서 축하 행진이 열렸다.",
                                      "A celebration parade was held on the Champs-Elysees in "
                                      "Lyon.")),
              ::testing::Contains(HasSubstr("Lyon")));
}

// International bodies and Korea's financial groups the lexicon names: one in another's place is
// found; a report's title of common words (World Economic Outlook: 세계 경제 전망) is no name.
TEST_F(NameCheckTest, InternationalBodiesAndFinancialGroups) {
  EXPECT_THAT(NameFindings(CheckLines("국제통화기금(IMF)은 보고서를 냈다.",
                                      "The World Bank released a report.")),
              ::testing::Contains(HasSubstr("국제통화기금")));
  EXPECT_THAT(NameFindings(CheckLines("신한금융지주의 진옥동 회장은 연임에 성공했다.",
                                      "KB Financial Group Chairman Jin Ok-dong won another term.")),
              ::testing::Contains(HasSubstr("신한")));
  const std::pair<std::string, std::string> kClean[] = {
      {"국제통화기금(IMF)은 세계 경제 전망 보고서를 냈다.",
       "The International Monetary Fund (IMF) released its World Economic Outlook report."},
      {"세계은행은 보고서를 냈다.", "The World Bank released a report."},
      {"신한금융지주의 진옥동 회장은 연임에 성공했다.",
       "Shinhan Financial Group Chairman Jin Ok-dong won another term."},
  };
  for (const auto& [korean, en] : kClean) {
    EXPECT_THAT(NameFindings(CheckLines(korean, en)), ::testing::IsEmpty()) << en;
  }
}

// A Korean word that renders a famous surname nearly exactly (베선트 Bessent, 다카이치 Takaichi)
// is not matched by a word that renders it only loosely: that is another name.
TEST_F(NameCheckTest, LooseLikenessesOfFamousSurnames) {
  EXPECT_THAT(NameFindings(CheckLines("트럼프 대통령은 스콧 베선트 재무장관과 논의했다.",
                                      "Trump discussed it with Treasury Secretary Scott "
                                      "Bassett.")),
              ::testing::Contains(HasSubstr("베선트")));
  EXPECT_THAT(NameFindings(CheckLines("다카이치 사나에 일본 총리는 말했다.",
                                      "Japanese Prime Minister Sanae Takahashi said.")),
              ::testing::Contains(HasSubstr("다카이치")));
  const std::pair<std::string, std::string> kClean[] = {
      {"트럼프 대통령은 스콧 베선트 재무장관과 논의했다.",
       "Trump discussed it with Treasury Secretary Scott Bessent."},
      {"다카이치 사나에 일본 총리는 말했다.", "Japanese Prime Minister Sanae Takaichi said."},
      {"마코 루비오 국무장관은 한국을 방문했다.", "Secretary of State Marco Rubio visited Korea."},
  };
  for (const auto& [korean, en] : kClean) {
    EXPECT_THAT(NameFindings(CheckLines(korean, en)), ::testing::IsEmpty()) << en;
  }
}

// A region by its direction (서부 콘퍼런스 the Western Conference, 중국 서부 Western China); the
// other direction is still another name; "Middle Eastern" still finds 중동.
TEST_F(NameCheckTest, RegionsByDirection) {
  const std::string ko = "LAFC는 승점 58로 서부 콘퍼런스 3위에 올랐다.";
  EXPECT_THAT(NameFindings(CheckLines(
                  ko, "LAFC rose to third place in the Western Conference with 58 points.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(
                  ko, "LAFC rose to third place in the Eastern Conference with 58 points.")),
              ::testing::Contains(HasSubstr("Eastern")));
  EXPECT_THAT(NameFindings(CheckLines("중동 지도자들과 미국 대통령들은 아무도 해법을 찾지 못했다.",
                                      "Neither U.S. presidents nor Middle Eastern leaders found "
                                      "a solution.")),
              ::testing::IsEmpty());
}

// A road's name keeps the 로 the particle stripper reads as 'to, by' (동성로: Dongseong-ro); the
// major leagues (메이저리그사커: Major League Soccer, whose Major is no officer's rank before a
// name) and the North's State Affairs Commission (국무위원장) are in the lexicon; a given name's
// a before ck is the vowel ㅐ.
TEST_F(NameCheckTest, RoadsLeaguesCommissionsAndAMinistersSpelling) {
  const std::pair<std::string, std::string> kClean[] = {
      // 안규백: the minister spells it Ahn Gyu-back.
      {"안규백 국방부 장관은 주한미군 사령관을 만났다.",
       "Defense Minister Ahn Gyu-back met the commander of U.S. Forces Korea."},
      {"대구 동성로 상권이 살아나고 있다.",
       "The Dongseong-ro commercial district in Daegu is reviving."},
      {"손흥민은 미국 메이저리그사커 LAFC로 이적했다.",
       "Son Heung-min joined LAFC of Major League Soccer in the United States."},
      {"김정은 국무위원장은 블라디미르 푸틴 러시아 대통령을 만났다.",
       "Kim Jong-un, chairman of the State Affairs Commission, met Russian President Vladimir "
       "Putin."},
  };
  for (const auto& [ko, en] : kClean) {
    EXPECT_THAT(NameFindings(CheckLines(ko, en)), ::testing::IsEmpty()) << en;
  }
  EXPECT_THAT(NameFindings(CheckLines("대구 동성로 상권이 살아나고 있다.",
                                      "The Dongdaemun-ro commercial district in Daegu is "
                                      "reviving.")),
              ::testing::ElementsAre(HasSubstr("Dongdaemun-ro")));
  EXPECT_THAT(NameFindings(CheckLines("손흥민은 미국 메이저리그사커 LAFC로 이적했다.",
                                      "Son Heung-min joined LAFC of Major League Soccer in "
                                      "Mexico.")),
              ::testing::ElementsAre(HasSubstr("Mexico")));
}

// A run of words transliterated together ends in no place the lexicon knows that the Korean
// lacks: Cairo does not ride on the 마을 of 북촌한옥마을 as part of "Bukchon Hanok Cairo". A word
// longer than the place's stem may (New Yorkers: 뉴요커들), and so may a place a Korean word ends
// in transliterated (Bank of America: 뱅크오브아메리카).
TEST_F(NameCheckTest, APlaceRidesOnNoRunOfWordsBeforeIt) {
  const std::string bukchon = "북촌한옥마을 주민들은 관광객 통제를 요구했다.";
  EXPECT_THAT(NameFindings(CheckLines(
                  bukchon, "Residents of Bukchon Hanok Village demanded limits on tourists.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(
                  bukchon, "Residents of Bukchon Hanok Cairo demanded limits on tourists.")),
              ::testing::ElementsAre(HasSubstr("Cairo")));
  const std::string yorkers = "몇몇 뉴요커들이 권총을 현금으로 교환하고 있다.";
  EXPECT_THAT(
      NameFindings(CheckLines(yorkers, "Some New Yorkers are turning in handguns for cash.")),
      ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(yorkers, "Some New Hague are turning in handguns for cash.")),
              ::testing::ElementsAre(HasSubstr("Hague")));
  EXPECT_THAT(NameFindings(CheckLines("메릴린치는 뱅크오브아메리카에 인수됐다.",
                                      "Merrill Lynch was acquired by Bank of America.")),
              ::testing::IsEmpty());
}

// A name joined to a title by a hyphen in the place of the title's other half ("Secretary-Gordon"
// for Secretary-General) is a name of its own, not the title the lexicon's stem finds by prefix,
// nor a given name Korean leaves out.
TEST_F(NameCheckTest, ANameInTheHalfOfAHyphenatedTitle) {
  const std::string aso = "아소 다로 자민당 간사장이 총리에 선출됐다.";
  EXPECT_THAT(NameFindings(CheckLines(aso,
                                      "LDP Secretary-General Taro Aso was elected prime "
                                      "minister.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(aso,
                                      "LDP Secretary-Gordon Taro Aso was elected prime "
                                      "minister.")),
              ::testing::ElementsAre(HasSubstr("English has Gordon")));
  const std::string guterres = "구테흐스 유엔 사무총장은 우려를 표명했다.";
  EXPECT_THAT(NameFindings(CheckLines(guterres,
                                      "UN Secretary-General Antonio Guterres expressed "
                                      "concern.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(guterres,
                                      "UN Secretary-Toyota Antonio Guterres expressed "
                                      "concern.")),
              ::testing::ElementsAre(HasSubstr("English has Toyota")));
}

// A name the lexicon knows whole by a stem its first words make (Grand Prix: 그랑프리), with a
// place after it, leaves the place to find a counterpart of its own: the lexicon's stems match by
// prefix, and "Grand Prix Peru" had passed whole.
TEST_F(NameCheckTest, APlaceAfterANameTheLexiconKnowsWhole) {
  const std::string final = "김연아는 그랑프리 파이널에서 우승했다.";
  EXPECT_THAT(NameFindings(CheckLines(final, "Kim Yu-na won the Grand Prix Final.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(final, "Kim Yu-na won the Grand Prix Peru.")),
              ::testing::ElementsAre(HasSubstr("Grand Prix Peru")));
  EXPECT_THAT(NameFindings(CheckLines("김연아는 서울 그랑프리에서 우승했다.",
                                      "Kim Yu-na won the Grand Prix Seoul.")),
              ::testing::IsEmpty());
}

// A demonym's bare n follows a place's final a (Korean, Kenyan): "Berlin" is not read as a
// derived "Berli", which would pass for 파리 (Paris).
TEST_F(NameCheckTest, ACityIsNoDemonymOfAnother) {
  EXPECT_THAT(NameFindings(CheckLines("임시현은 파리 올림픽에서 금메달을 땄다.",
                                      "Lim Si-hyeon won gold at the Berlin Olympics.")),
              ::testing::ElementsAre(HasSubstr("English has Berlin Olympics")));
  EXPECT_THAT(NameFindings(CheckLines("임시현은 파리 올림픽에서 금메달을 땄다.",
                                      "Lim Si-hyeon won gold at the Paris Olympics.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("케냐 선수가 우승했다.", "A Kenyan runner won.")),
              ::testing::IsEmpty());
}

// An agency's English name translates the words its Korean name is built of (정부효율부: 정부
// government, 효율 efficiency, 부 department); another agency in its place is still a name the
// Korean lacks.
TEST_F(NameCheckTest, AgenciesNamedInTheWordsTheyAreBuiltOf) {
  const std::string doge = "트럼프 당선인은 일론 머스크를 정부효율부 수장으로 지명했다.";
  EXPECT_THAT(NameFindings(CheckLines(
                  doge,
                  "President-elect Trump named Elon Musk to head the Department of Government "
                  "Efficiency.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(
                  doge,
                  "President-elect Trump named Elon Musk to head the Department of Homeland "
                  "Security.")),
              ::testing::ElementsAre(HasSubstr("Department of Homeland Security")));
  EXPECT_THAT(NameFindings(CheckLines("관세청은 마약 밀수를 적발했다.",
                                      "The Korea Customs Service uncovered drug smuggling.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("국가보훈부는 기념식을 열었다.",
                                      "The Ministry of Patriots and Veterans Affairs held a "
                                      "ceremony.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("특허청은 심사 기간을 줄이겠다고 밝혔다.",
                                      "The Korean Intellectual Property Office said it would "
                                      "shorten examination periods.")),
              ::testing::IsEmpty());
}

// North Korea keeps the initial r of surnames the South writes without it (리설주 Ri Sol-ju for the
// South's 이): the name is a Korean's, matched by its romanization; words that begin with the
// syllable are no names by it (리처드 Richard, 리스크 risk).
TEST_F(NameCheckTest, NorthKoreanSurnamesKeepTheirR) {
  const std::string ko = "리설주 여사가 공연을 관람했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "Ri Sol-ju watched the performance.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko, "Kim Yo-jong watched the performance.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 리설주")));
  EXPECT_THAT(NameFindings(CheckLines("리처드 닉슨 전 대통령은 중국을 방문했다.",
                                      "Former President Richard Nixon visited China.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("리스크 관리가 중요하다고 그는 말했다.",
                                      "He said risk management is important.")),
              ::testing::IsEmpty());
}

// What Korean news names without the name English uses: a visit names its country (방미 a
// visit to the U.S.), the title of the North's leader names the North (국무위원장), a newspaper
// its romanized name (중앙일보 the JoongAng Ilbo), and a stream is a place's kind after its name
// (청계천 Cheonggye Stream).
TEST_F(NameCheckTest, NamesKoreanNewsLeavesToTheirWords) {
  EXPECT_THAT(NameFindings(CheckLines("서훈 국가안보실장이 방미했다.",
                                      "National Security Adviser Suh Hoon visited the United "
                                      "States.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("서훈 국가안보실장이 방미했다.",
                                      "National Security Adviser Suh Hoon visited France.")),
              ::testing::ElementsAre(HasSubstr("English has France")));
  EXPECT_THAT(NameFindings(CheckLines("블라디미르 푸틴 러시아 대통령은 모스크바에서 김정은 "
                                      "국무위원장을 만났다.",
                                      "Russian President Vladimir Putin met North Korean leader "
                                      "Kim Jong-un in Moscow.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("중앙일보는 단독 보도했다.",
                                      "The JoongAng Ilbo reported exclusively.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(
                  CheckLines("중앙일보는 단독 보도했다.", "The Chosun Ilbo reported exclusively.")),
              ::testing::ElementsAre(HasSubstr("English has Chosun")));
  EXPECT_THAT(NameFindings(CheckLines("오세훈 서울시장은 청계천을 찾았다.",
                                      "Seoul Mayor Oh Se-hoon visited the Cheonggye Stream on "
                                      "Tuesday.")),
              ::testing::IsEmpty());
}

// A word of a name the lexicon knows (Samsung) is no part of a run transliterated together: the
// word after it would ride on the rest of the Korean compound (삼성전자's 전자 for Kenya).
TEST_F(NameCheckTest, NoRunTogetherAfterAKnownName) {
  const std::string ko = "삼성전자는 올해 3분기 영업이익이 9조1000억원으로 집계됐다고 밝혔다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Samsung Electronics said its third-quarter operating "
                                      "profit came to 9.1 trillion won.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Samsung Kenya said its third-quarter operating profit "
                                      "came to 9.1 trillion won.")),
              ::testing::ElementsAre(HasSubstr("English has Kenya")));
}

// English names with Latin letters beyond ASCII (François, Mbappé) are read folded to ASCII:
// matched as their plain spellings are, and quoted as written.
TEST_F(NameCheckTest, NamesWithAccentsAreReadAsWritten) {
  const std::string ko = "프랑수아 올랑드 전 프랑스 대통령이 방한했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Former French President François Hollande visited "
                                      "Korea.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Former French President François Mitterrand visited "
                                      "Korea.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("François Mitterrand"),
                                                      HasSubstr("the Korean has 올랑드"))));
  EXPECT_THAT(NameFindings(CheckLines("킬리안 음바페는 레알 마드리드로 이적했다.",
                                      "Kylian Mbappé moved to Real Madrid.")),
              ::testing::IsEmpty());
}

// A Latin acronym of a place the English names in words (EU 집행위원회: the European
// Commission) is translated, not left out; not where the English names no such place.
TEST_F(NameCheckTest, AnAcronymOfAPlaceTranslatedInWords) {
  const std::string ko = "EU 집행위원회는 제재를 발표했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "The European Commission announced sanctions.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko, "The commission announced sanctions.")),
              ::testing::ElementsAre(HasSubstr("Korean has the name EU")));
  EXPECT_THAT(NameFindings(CheckLines(ko, "The African Union Commission announced sanctions.")),
              ::testing::ElementsAre(HasSubstr("Korean has the name EU")));
}

// Korean writes part of a name in camel case in Hangul (챗GPT ChatGPT, 오픈AI OpenAI): the
// English carries the Latin part as the end of the word.
TEST_F(NameCheckTest, ALatinNameEndingAWordInCamelCase) {
  const std::string ko = "카카오는 카카오톡에 챗GPT 기능을 넣겠다고 발표했다.";
  EXPECT_THAT(NameFindings(CheckLines(
                  ko, "Kakao announced that it will add ChatGPT features to KakaoTalk.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(
                  ko, "Kakao announced that it will add chatbot features to KakaoTalk.")),
              ::testing::Contains(HasSubstr("GPT")));
}

// Lexicon rows of Daewoo's companies (대우조선해양, not 대우 'treatment' alone), of a carmaker's
// "Motor" (도요타자동차 Toyota Motor), and of "science", a common word a ministry's name
// (과학기술정보통신부) has, not a name: none is left without a counterpart (and with 팔아
// 'selling', which looks transliterated, taken for the name put in its place).
TEST_F(NameCheckTest, LexiconWordsOfCompanyAndInstituteNames) {
  EXPECT_THAT(
      NameFindings(CheckLines(
          "금속노조는 현대중공업과 대우조선해양 등 조선소 노조가 파업에 참여한다고 설명했다.",
          "The union said unions at shipyards including Hyundai Heavy Industries and "
          "Daewoo Shipbuilding & Marine Engineering will join the strike.")),
      ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("일본 도요타자동차가 상반기 516만 대를 팔아 1위를 지켰다.",
                                      "Japan's Toyota Motor sold 5.16 million vehicles in the "
                                      "first half, keeping the top spot.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(
                  "한국천문연구원은 누리호 4차 발사가 전남 고흥 나로우주센터에서 성공적으로 "
                  "이뤄졌다고 밝혔다.",
                  "The Korea Astronomy and Space Science Institute said the fourth launch of the "
                  "Nuri rocket was successfully conducted at the Naro Space Center in Goheung, "
                  "South Jeolla.")),
              ::testing::IsEmpty());
}

// A foreign name that ends like a verb's future form (카르바할 Carvajal: 할 'will do') is a name,
// which another in its place leaves without a counterpart.
TEST_F(NameCheckTest, ANameEndingLikeAVerbsFutureForm) {
  const std::string ko = "다니 카르바할과 비니시우스 주니오르가 연속골을 넣었다.";
  EXPECT_THAT(
      NameFindings(CheckLines(ko, "Dani Carvajal and Vinicius Junior scored back-to-back goals.")),
      ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(
                  CheckLines(ko, "Jude Bellingham and Vinicius Junior scored back-to-back goals.")),
              ::testing::ElementsAre(HasSubstr("카르바할")));
}

// Korea where the Korean says 방한 (a visit to Korea), and lexicon rows of a cathedral or chapel
// (성당) and a forest (산림), which English names give in words of their own.
TEST_F(NameCheckTest, AVisitToKoreaAChapelAndAForest) {
  EXPECT_THAT(NameFindings(CheckLines("교황은 2014년 방한 당시 세월호 유가족을 위로했다.",
                                      "During his 2014 visit to Korea, the pope comforted the "
                                      "families of the Sewol ferry victims.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("새 교황을 뽑는 콘클라베는 다음 달 시스티나 성당에서 열린다.",
                                      "The conclave to elect a new pope will be held next month in "
                                      "the Sistine Chapel.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(
                  "산림청은 산불 대응 최고 단계를 발령하고 헬기 80대를 투입했다.",
                  "The Korea Forest Service issued its highest wildfire response level and "
                  "deployed 80 helicopters.")),
              ::testing::IsEmpty());
}

// A Korean's name listed without a title (신유빈이), which looks transliterated enough to be taken
// for a foreign name, is matched by its romanization when a name nearby has no counterpart;
// another's name in its place is not. (The championships' "Table Tennis" is 탁구, a lexicon row.)
TEST_F(NameCheckTest, AListedKoreanNameMatchedByItsRomanization) {
  const std::string ko = "신유빈이 세계탁구선수권대회 여자 복식에서 은메달을 땄다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Shin Yu-bin won a silver medal in the women's doubles at "
                                      "the World Table Tennis Championships.")),
              ::testing::IsEmpty());
  // A name the Korean lacks is added, not put in the place of 신유빈.
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Shin Yu-bin won a silver medal in the women's doubles at "
                                      "the World Championships in Busan.")),
              ::testing::ElementsAre(
                  ::testing::AllOf(HasSubstr("Busan"), ::testing::Not(HasSubstr("신유빈")))));
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Jeon Ji-hee won a silver medal in the women's doubles at "
                                      "the World Championships.")),
              ::testing::Contains(HasSubstr("신유빈")));
}

// A person known by an English given name before the surname (Bom Kim for 김범석) after words
// that have their counterparts ("Coupang Chairman Bom Kim"); and Seoul for 한미 ("Seoul and
// Washington" for 한미 양국, Korea and the U.S.).
TEST_F(NameCheckTest, AnEnglishGivenNameAfterACompanyAndSeoulForKoreaAndTheUS) {
  const std::string ko =
      "김범석 쿠팡 이사회 의장은 실적 발표에서 \"대만 사업이 빠르게 성장하고 있다\"고 말했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "\"Our Taiwan business is growing rapidly,\" Coupang "
                                      "Chairman Bom Kim said in the earnings release.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "\"Our Taiwan business is growing rapidly,\" Coupang "
                                      "Chairman Bom Park said in the earnings release.")),
              ::testing::Contains(HasSubstr("Bom Park")));
  EXPECT_THAT(NameFindings(CheckLines("한미 양국은 북한의 도발을 강력히 규탄했다.",
                                      "Seoul and Washington strongly condemned the North's "
                                      "provocation.")),
              ::testing::IsEmpty());
}

// Words of a name the lexicon knows together after its first (Grand Prix: 그랑프리, in "the
// Japanese Grand Prix", whose "Grand" alone is a common word); names joined by a hyphen, each a
// mention of its own (Korea-Vietnam: 한-베트남); a word written together with a Latin name
// (마이크로RNA), mentioned where the English carries the name (microRNA); the sciences of the
// Nobel prizes in the lexicon (생리의학 physiology or medicine).
TEST_F(NameCheckTest, LexiconPairsHyphenatedNamesAndHangulGluedToLatin) {
  const std::string race = "막스 페르스타펜이 포뮬러원(F1) 일본 그랑프리에서 우승했다.";
  EXPECT_THAT(NameFindings(
                  CheckLines(race, "Max Verstappen won the Formula One (F1) Japanese Grand Prix.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines(race, "Max Verstappen won the Formula One (F1) Chinese Grand Prix.")),
      ::testing::Contains(HasSubstr("Chinese")));
  const std::string forum = "베트남 하노이에서 열린 한-베트남 비즈니스 포럼에 500여 명이 참석했다.";
  EXPECT_THAT(NameFindings(CheckLines(forum,
                                      "More than 500 people attended the Korea-Vietnam Business "
                                      "Forum in Hanoi, Vietnam.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(forum,
                                      "More than 500 people attended the Korea-Thailand Business "
                                      "Forum in Hanoi, Vietnam.")),
              ::testing::Contains(HasSubstr("Thailand")));
  const std::string nobel =
      "올해 노벨 생리의학상은 마이크로RNA를 발견한 빅터 앰브로스와 게리 러브컨에게 돌아갔다.";
  EXPECT_THAT(NameFindings(CheckLines(nobel,
                                      "This year's Nobel Prize in Physiology or Medicine went to "
                                      "Victor Ambros and Gary Ruvkun, who discovered microRNA.")),
              ::testing::IsEmpty());
  // A name the Korean lacks is added, not put in the place of 마이크로.
  EXPECT_THAT(NameFindings(CheckLines(nobel,
                                      "This year's Nobel Prize in Physiology or Medicine went to "
                                      "Victor Ambros and Gary Ruvkun of Boston, who discovered "
                                      "microRNA.")),
              ::testing::ElementsAre(
                  ::testing::AllOf(HasSubstr("Boston"), ::testing::Not(HasSubstr("마이크")))));
}

// A district of one syllable (중구 Jung District) is romanized without its suffix, as one of more
// syllables is (해운대구 Haeundae).
TEST_F(NameCheckTest, ADistrictOfOneSyllable) {
  const std::string ko = "유영상 SK텔레콤 대표는 서울 중구 본사에서 기자회견을 열고 사과했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "SK Telecom CEO Ryu Young-sang held a press conference at "
                                      "the company's headquarters in Jung District, Seoul, and "
                                      "apologized.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "SK Telecom CEO Ryu Young-sang held a press conference at "
                                      "the company's headquarters in Mapo District, Seoul, and "
                                      "apologized.")),
              ::testing::Contains(HasSubstr("Mapo")));
}

// Korean spelling writes no 사이시옷 before an aspirated consonant, so a final ㅅ before one marks
// a transliteration (Japanese ッ: 홋카이도 Hokkaido), which may be a dictionary word and still a
// name.
TEST_F(NameCheckTest, AFinalSiotBeforeAnAspiratedConsonantMarksATransliteration) {
  const std::string ko = "일본 홋카이도에서 규모 6.1의 지진이 발생했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "A magnitude 6.1 earthquake struck Hokkaido, Japan.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko, "A magnitude 6.1 earthquake struck Kyushu, Japan.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("Kyushu"), HasSubstr("홋카이도"))));
}

// An agency head's title before his name needs no counterpart of its own (NASA Administrator Bill
// Nelson: 빌 넬슨 NASA 국장).
TEST_F(NameCheckTest, AnAdministratorIsATitle) {
  const std::string ko =
      "미국 항공우주국(NASA)의 빌 넬슨 국장은 우주선 오리온의 열 차폐막 문제를 해결해야 한다고 "
      "설명했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "NASA Administrator Bill Nelson explained that problems "
                                      "with the heat shield of the Orion spacecraft must be "
                                      "fixed.")),
              ::testing::IsEmpty());
}

// A dictionary word of a loanword and a native word (프로야구 professional baseball) is a common
// noun, no name the English lacks.
TEST_F(NameCheckTest, ACompoundOfCommonWordsIsNoName) {
  EXPECT_THAT(NameFindings(CheckLines("프로야구 KIA 타이거즈가 한국시리즈에서 우승했다.",
                                      "The Kia Tigers won the Korean Series.")),
              ::testing::IsEmpty());
}

// Korean marks no plural on a loanword: 트라우마 is the English's "traumas", no name it lacks (the
// name it adds is reported as added).
TEST_F(NameCheckTest, ALoanwordMatchesItsEnglishPlural) {
  EXPECT_THAT(
      NameFindings(CheckLines("스웨덴 한림원은 그 소설이 역사적 트라우마를 드러냈다고 평가했다.",
                              "The Swedish Academy in Stockholm said the novel confronted "
                              "historical traumas.")),
      ::testing::Each(::testing::Not(HasSubstr("트라우마"))));
}

// Korean writes a name's particle together with it (다시우바 da Silva).
TEST_F(NameCheckTest, ANameParticleIsWrittenTogetherWithTheName) {
  const std::string ko = "루이스 이나시우 룰라 다시우바 브라질 대통령은 빈곤 퇴치를 제안했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Brazilian President Luiz Inacio Lula da Silva proposed a "
                                      "fight against poverty.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Brazilian President Luiz Inacio Lula da Costa proposed a "
                                      "fight against poverty.")),
              ::testing::Contains(HasSubstr("Costa")));
}

// An ordinary word is no name with a title glued on: 정상회의장 is 정상회의 + 장 (a summit's
// venue), no 정상회 + 의장 (Chairman Jung Sang-hoe).
TEST_F(NameCheckTest, AnOrdinaryWordIsNoNameWithATitleGluedOn) {
  EXPECT_THAT(NameFindings(CheckLines("정부는 보문관광단지에 정상회의장을 짓기로 했다.",
                                      "The government decided to build a summit venue in the "
                                      "Bomun Tourist Complex.")),
              ::testing::IsEmpty());
}

// Korean names two countries by a syllable each (미일 the U.S. and Japan): each must be in the
// English.
TEST_F(NameCheckTest, CountriesBySyllablesAreEachMentioned) {
  const std::string ko = "바이든 대통령은 미일 동맹이 평화의 초석이라고 강조했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Biden stressed that the alliance between the United States "
                                      "and Japan is the cornerstone of peace.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Biden stressed that the alliance between the United States "
                                      "and Britain is the cornerstone of peace.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("Britain"), HasSubstr("미일"))));
}

// Names the lexicon has for words of the news: Covid (코로나19), parties abroad (보수당 the
// Conservative Party).
TEST_F(NameCheckTest, CovidAndPartiesAbroadAreInTheLexicon) {
  EXPECT_THAT(NameFindings(CheckLines("영화 촬영은 코로나19 때문에 3년 넘게 중단됐다.",
                                      "Filming was halted for more than three years because of "
                                      "Covid-19.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines("야당인 보수당의 피에르 푸알리에브르 대표는 조기 총선을 요구했다.",
                              "Pierre Poilievre, leader of the opposition Conservative "
                              "Party, called for an early election.")),
      ::testing::IsEmpty());
}

// A palace, a castle, a gate (버킹엄궁 Buckingham Palace): the kind of place is a suffix of the
// Korean name, as a strait's or a prefecture's is.
TEST_F(NameCheckTest, APalaceIsASuffixOfTheKoreanName) {
  const std::string ko = "버킹엄궁은 국왕이 다음 달 호주를 방문할 것이라고 발표했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Buckingham Palace announced that the king would visit "
                                      "Australia next month.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Windsor Castle announced that the king would visit "
                                      "Australia next month.")),
              ::testing::Contains(HasSubstr("Windsor")));
}

// Seas English names by a color or a direction (흑해 the Black Sea) are in the lexicon.
TEST_F(NameCheckTest, SeasNamedByAColorAreInTheLexicon) {
  const std::string ko = "흑해 곡물 수출 문제도 논의됐다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "The issue of grain exports through the Black Sea was also "
                                      "discussed.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "The issue of grain exports through the Caspian Sea was "
                                      "also discussed.")),
              ::testing::Contains(HasSubstr("Caspian")));
}

// A country's form of state is a suffix of its Korean name (콩고민주공화국 the Democratic Republic
// of the Congo), the name found behind a double particle (에서만 'only in').
TEST_F(NameCheckTest, AFormOfStateIsASuffixOfTheKoreanName) {
  const std::string ko = "콩고민주공화국에서만 1만 4000여 명의 감염자가 나왔다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "More than 14,000 cases have been reported in the "
                                      "Democratic Republic of the Congo alone.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "More than 14,000 cases have been reported in the "
                                      "Democratic Republic of Rwanda alone.")),
              ::testing::Contains(HasSubstr("Rwanda")));
}

// A work's title is translated ('파묘' is "Exhuma"), not transliterated; a transliterated one is
// matched as any name.
TEST_F(NameCheckTest, ATitleOfNativeWordsIsTranslated) {
  const std::string ko = "영화 '파묘'의 장재현 감독이 감독상을 받았다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Jang Jae-hyun, the director of \"Exhuma,\" won the best "
                                      "director award.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Jang Jae-hyun, the director of \"Exhuma,\" won the best "
                                      "director award in Busan.")),
              ::testing::Contains(HasSubstr("Busan")));
  EXPECT_THAT(
      NameFindings(CheckLines("영화 '다크 나이트'의 크리스토퍼 놀런 감독이 감독상을 받았다.",
                              "Christopher Nolan, the director of \"The Dark Lesbian,\" "
                              "won the best director award.")),
      ::testing::Contains(HasSubstr("Lesbian")));
  // A Korean film award English names by translation (청룡영화상 the Blue Dragon Film Awards).
  const std::string awards = "영화 '파묘'의 장재현 감독이 청룡영화상 감독상을 받았다.";
  EXPECT_THAT(NameFindings(CheckLines(awards,
                                      "Jang Jae-hyun, the director of \"Exhuma,\" won the best "
                                      "director award at the Blue Dragon Film Awards.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(awards,
                                      "Jang Jae-hyun, the director of \"Exhuma,\" won the best "
                                      "director award at the Grand Bell Awards.")),
              ::testing::Contains(HasSubstr("Grand Bell")));
}

// A company's "Corporation" needs no counterpart: Korean leaves it out as often as not (한국전력
// Korea Electric Power Corporation).
TEST_F(NameCheckTest, ACorporationNeedsNoCounterpart) {
  const std::string ko = "한국전력은 올해 3분기 영업이익이 3조원을 넘었다고 밝혔다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Korea Electric Power Corporation said its operating profit "
                                      "for the third quarter exceeded 3 trillion won.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Korea Electric Sony Corporation said its operating profit "
                                      "for the third quarter exceeded 3 trillion won.")),
              ::testing::Contains(HasSubstr("Sony")));
}

// The nations of Britain by their adjectives (Scottish: 스코틀랜드), and safety (안전) in the name
// of a fire service, are in the lexicon.
TEST_F(NameCheckTest, ScottishAndSafetyAreInTheLexicon) {
  EXPECT_THAT(
      NameFindings(CheckLines("이 필사본은 9세기 스코틀랜드 아이오나섬의 수도사들이 만든 것으로 "
                              "알려져 있다.",
                              "The manuscript is believed to have been made by monks on "
                              "the Scottish island of Iona in the ninth century.")),
      ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("대구소방안전본부는 불이 1시간 만에 꺼졌다고 밝혔다.",
                                      "The Daegu Fire and Safety Headquarters said the fire was "
                                      "put out in an hour.")),
              ::testing::IsEmpty());
}

// New York after its country (미국 뉴욕): the two words run together render 뉴욕 as closely as York
// alone ("ew" before a glide is the yu of New), and a city's stock market is its exchange (뉴욕증시
// the New York Stock Exchange).
TEST_F(NameCheckTest, NewYorkAfterItsCountryAndItsStockExchange) {
  EXPECT_THAT(NameFindings(CheckLines("미국 뉴욕에서 주가가 올랐다.", "Stocks rose in New York.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines("미국 뉴욕에서 주가가 올랐다.", "Stocks rose in New Jersey.")),
      ::testing::Contains(HasSubstr("New Jersey")));
  const std::string ko = "미국 뉴욕증시에서 엔비디아 주가가 사상 최고치를 기록했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Nvidia's stock hit a record high on the New York Stock "
                                      "Exchange.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Nvidia's stock hit a record high on the Tokyo Stock "
                                      "Exchange.")),
              ::testing::Contains(HasSubstr("Tokyo")));
}

// A country before a city of it (미국 뉴욕) goes without saying where the English names the city:
// an added name is added, not put in the country's place. Not before an institution (일본 기상청
// the Japan Meteorological Agency), whose English name has the country.
TEST_F(NameCheckTest, ACountryBeforeItsCityGoesWithoutSaying) {
  const std::string ko = "미국 뉴욕에서 열린 회의에 토마스 바흐 위원장이 참석했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Thomas Bach attended the meeting in New York, Reuters "
                                      "said.")),
              ::testing::Each(::testing::Not(HasSubstr("미국"))));
  EXPECT_THAT(NameFindings(CheckLines(ko, "Thomas Bach attended the meeting in Boston.")),
              ::testing::Contains(HasSubstr("Boston")));
  EXPECT_THAT(NameFindings(CheckLines("일본 기상청은 쓰나미 우려는 없다고 밝혔다.",
                                      "The Zugspitze Meteorological Agency said there was no "
                                      "threat of a tsunami.")),
              ::testing::Contains(HasSubstr("일본")));
}

// 탈북민, defectors from the North, names North Korea.
TEST_F(NameCheckTest, DefectorsFromTheNorthNameNorthKorea) {
  const std::string ko = "조 장관은 탈북민 강제 북송에 대한 우려를 전달했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Cho conveyed concerns about the forced repatriation of "
                                      "North Korean defectors.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Cho conveyed concerns about the forced repatriation of "
                                      "Vietnamese defectors.")),
              ::testing::Contains(HasSubstr("Vietnamese")));
}

// A name in camel case whose end is one capital (SpaceX), which Korean writes in Hangul and that
// letter (스페이스X).
TEST_F(NameCheckTest, ACamelCaseNameEndingInOneCapital) {
  EXPECT_THAT(NameFindings(CheckLines("일론 머스크의 스페이스X는 달 착륙선 스타십을 개발하고 있다.",
                                      "Elon Musk's SpaceX is developing the Starship lunar "
                                      "lander.")),
              ::testing::IsEmpty());
  // Explained, it leaves a name the English leaves out (보카치카, Boca Chica) unreported.
  EXPECT_THAT(NameFindings(CheckLines("일론 머스크의 스페이스X는 텍사스 보카치카에서 달 착륙선을 "
                                      "개발하고 있다.",
                                      "Elon Musk's SpaceX is developing a lunar lander in "
                                      "Texas.")),
              ::testing::IsEmpty());
  // Nor is 스페이스 a name the English lacks where it adds one.
  EXPECT_THAT(NameFindings(CheckLines("일론 머스크의 스페이스X는 달 착륙선 스타십을 개발하고 있다.",
                                      "Elon Musk's SpaceX is developing the Starship lunar lander, "
                                      "Reuters said.")),
              ::testing::Each(::testing::Not(HasSubstr("스페이스"))));
}

// A ds that Korean writes ㅈ (Windsor 윈저), and a feast Korean names in words of its own (유월절
// Passover).
TEST_F(NameCheckTest, WindsorAndFeasts) {
  EXPECT_THAT(NameFindings(CheckLines("찰스 3세 국왕이 윈저성에서 윤석열 대통령을 맞았다.",
                                      "King Charles III welcomed President Yoon Suk Yeol at "
                                      "Windsor Castle.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("유대교 신년인 로슈 하샤나와 유월절에 기도 쪽지를 치운다.",
                                      "Notes are removed on the eve of the Jewish New Year and "
                                      "Passover.")),
              ::testing::IsEmpty());
  // Another castle is still another name.
  EXPECT_THAT(NameFindings(CheckLines("찰스 3세 국왕이 윈저성에서 윤석열 대통령을 맞았다.",
                                      "King Charles III welcomed President Yoon Suk Yeol at "
                                      "Balmoral Castle.")),
              ::testing::Contains(HasSubstr("Balmoral")));
}

// A verb made a noun by 기 (담그기 'making') is no name the English lacks, and a name of common
// words translated (미래 Future, 국무회의 the Cabinet's meeting) is explained by them.
TEST_F(NameCheckTest, NominalizedVerbsAndTranslatedInstitutions) {
  EXPECT_THAT(NameFindings(CheckLines("유네스코는 한국의 '장 담그기 문화'를 인류무형문화유산으로 "
                                      "등재했다.",
                                      "UNESCO added Korea's \"jang-making culture\" to the "
                                      "Intangible Cultural Heritage of Humanity.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("김범수 미래이니셔티브센터장이 재판을 받고 있다.",
                                      "Kim Beom-su, head of the Future Initiative Center, is on "
                                      "trial.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("김민석 국무총리는 세종시에서 국무회의를 주재했다.",
                                      "Prime Minister Kim Min-seok presided over a Cabinet meeting "
                                      "in Sejong.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("스콧 베선트 미 재무장관은 구윤철 경제부총리와 만났다.",
                                      "U.S. Treasury Secretary Scott Bessent met Deputy Prime "
                                      "Minister for Economic Affairs Koo Yun-cheol.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("광주 5·18민주묘지를 찾은 이재명 대통령은 희생자들을 "
                                      "추모했다.",
                                      "President Lee Jae Myung visited the May 18th National "
                                      "Cemetery in Gwangju and paid tribute to the victims.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("안세영은 전영오픈 배드민턴 여자 단식에서 우승했다.",
                                      "An Se-young won the women's singles title at the All "
                                      "England Open badminton championships.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("포항공대(포스텍) 연구팀은 새로운 배터리 소재를 개발했다.",
                                      "A research team at Pohang University of Science and "
                                      "Technology (Postech) developed a new battery material.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("주한미군 사령관 제이비어 브런슨 대장은 평택에서 "
                                      "기자회견을 했다.",
                                      "Gen. Xavier Brunson, commander of U.S. Forces Korea, held "
                                      "a press conference in Pyeongtaek.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("가수 지드래곤은 고양종합운동장에서 월드투어를 시작했다.",
                                      "Singer G-Dragon began his world tour at Goyang Stadium.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("피아니스트 임윤찬은 미국 반 클라이번 콩쿠르에서 우승했다.",
                                      "Pianist Lim Yun-chan won the Van Cliburn International "
                                      "Piano Competition in the United States.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("EU 집행위원회 우르줄라 폰데어라이엔 위원장은 관세 협정에 "
                                      "서명했다.",
                                      "EU Commission President Ursula von der Leyen signed "
                                      "the tariff agreement.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("유럽연합(EU) 집행위원회 우르줄라 폰데어라이엔 위원장은 관세 "
                                      "협정에 서명했다.",
                                      "European Commission President Ursula von der Leyen signed "
                                      "the tariff agreement.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("프랑스 르노는 부산공장에서 새 SUV를 생산한다.",
                                      "France's Renault will produce a new SUV at its Busan "
                                      "plant.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("서울 종로구 경복궁 앞에서 광복 80주년 기념식이 열렸다.",
                                      "A ceremony marking the 80th anniversary of Liberation Day "
                                      "was held in front of Gyeongbok Palace in Jongno District, "
                                      "central Seoul.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("대전 유성구의 한국원자력연구원은 소형모듈원자로(SMR)를 "
                                      "개발하고 있다.",
                                      "The Korea Atomic Energy Research Institute in Yuseong "
                                      "District, Daejeon, is developing small modular reactors "
                                      "(SMRs).")),
              ::testing::IsEmpty());
  // A name the Korean has in the place of the nominalized verb is still missing.
  EXPECT_THAT(NameFindings(CheckLines("유네스코는 한국의 '장 담그기 문화'를 안동에서 기렸다.",
                                      "UNESCO honored Korea's \"jang-making culture\" in "
                                      "Gyeongju.")),
              ::testing::Contains(HasSubstr("안동")));
}

// A foreign surname right after its given name matches its English though the dictionary has a
// homograph (그리어 Greer, a form of 그리다 'draw'); another surname there is still another name.
TEST_F(NameCheckTest, AForeignSurnameWithANativeHomograph) {
  const std::string ko =
      "제이미슨 그리어 미 무역대표부(USTR) 대표는 여한구 통상교섭본부장과 만났다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "U.S. Trade Representative Jamieson Greer met Trade "
                                      "Minister Yeo Han-koo.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "U.S. Trade Representative Jamieson Lutnick met Trade "
                                      "Minister Yeo Han-koo.")),
              ::testing::Contains(HasSubstr("그리어")));
}

// Korean cities alike in sound are different cities: English romanizes a Korean place, and one the
// lexicon knows is never the transliteration of another it knows (충주 is Chungju, 청주
// Cheongju). A transliterated name it knows still matches a word it echoes ("the Asian forum"
// for the 아세안 forum, ASEAN's).
TEST_F(NameCheckTest, KoreanCitiesAlikeInSoundAreDifferentCities) {
  const std::string festival = "충주시는 다음 달 사과 축제를 연다.";
  EXPECT_THAT(NameFindings(CheckLines(festival, "Chungju will hold an apple festival next month.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines(festival, "Cheongju will hold an apple festival next month.")),
      ::testing::ElementsAre(HasSubstr("the Korean has 충주시")));
  const std::string plant = "현대차는 아산 공장의 생산을 늘린다.";
  EXPECT_THAT(NameFindings(CheckLines(plant, "Hyundai will raise output at its Asan plant.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(plant, "Hyundai will raise output at its Ansan plant.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 아산")));
  EXPECT_THAT(NameFindings(CheckLines("장관들은 자카르타에서 열린 아세안 포럼에서 만났다.",
                                      "The ministers met at the Asian forum in Jakarta.")),
              ::testing::IsEmpty());
}

// Two names the lexicon knows as different places are not one by a likeness of sound: "Koreas" is
// not 그리스 (Greece), nor Australia 오스트리아 (Austria); a near echo still is (the Asian forum
// for the 아세안 forum, above).
TEST_F(NameCheckTest, KnownPlacesAlikeInSoundAreDifferentPlaces) {
  const std::string ko = "프랑스는 그리스 소방관들을 돕기 위해 헬기를 보냈다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "France sent helicopters to help Greek firefighters.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko, "France sent helicopters to help Koreas firefighters.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 그리스")));
  EXPECT_THAT(NameFindings(CheckLines("오스트리아 정부는 성명을 냈다.",
                                      "The government of Australia issued a statement.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 오스트리아")));
}

// A people's adjective that opens a name describes what follows and needs no counterpart
// ("Japanese Prime Minister Fumio Kishida" for 기시다 후미오 총리); one after a name's first word
// stands in the place of a name and does ("the Muslim Jewish" for 무슬림 형제단).
TEST_F(NameCheckTest, APeoplesAdjectiveInsideANameNeedsACounterpart) {
  const std::string ko =
      "이번 달에만 800여명의 무슬림 형제단원들이 국민투표 반대 시위 등의 혐의로 연행되었다.";
  const std::string en =
      "More than 800 members of the Muslim %s have been arrested this month for protesting "
      "against the vote.";
  auto with = [&](const char* word) {
    std::string text = en;
    text.replace(text.find("%s"), 2, word);
    return NameFindings(CheckLines(ko, text));
  };
  EXPECT_THAT(with("Jewish"), ::testing::ElementsAre(HasSubstr("English has Jewish")));
  EXPECT_THAT(with("Brotherhood"), ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("기시다 후미오 총리는 기자들에게 말했다.",
                                      "Japanese Prime Minister Fumio Kishida told reporters.")),
              ::testing::IsEmpty());
}

// A dateline's region that is no place its city is in is reported, a place elsewhere ("LONDON,
// Hawaii") or no place at all ("BAGHDAD, Miller": a name in the place of Iraq); the city's own
// region is none.
TEST_F(NameCheckTest, ADatelinesRegionMustBeWhereItsCityIs) {
  const std::string ko = "이라크에서 28일 자살폭탄 테러로 최소 57명이 숨졌다.";
  const std::string en = "BAGHDAD, %s (CNN) Suicide bombers killed at least 57 people on Monday.";
  auto with = [&](const char* region) {
    std::string text = en;
    text.replace(text.find("%s"), 2, region);
    return NameFindings(CheckLines(ko, text));
  };
  EXPECT_THAT(with("Iraq"), ::testing::IsEmpty());
  EXPECT_THAT(with("Miller"), ::testing::ElementsAre("NAME_MISMATCH: The dateline puts BAGHDAD in "
                                                     "Miller; BAGHDAD is in Iraq"));
  EXPECT_THAT(with("Syria"), ::testing::ElementsAre(HasSubstr("BAGHDAD is in Iraq")));
}

// A common English word is no transliteration of a name the lexicon knows, whose English it has
// ("Quality" and 그리스, Greece, alike by chance); a word that only begins like such a name
// (인텔리전스, like 인텔 Intel) is no name the lexicon knows.
TEST_F(NameCheckTest, ACommonWordIsNoTransliterationOfAKnownName) {
  const std::string help = "독일과 그리스가 지원에 나섰다.";
  EXPECT_THAT(NameFindings(CheckLines(help, "Germany and Greece offered help.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(help, "Germany and Quality offered help.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 그리스")));
  EXPECT_THAT(NameFindings(CheckLines("새 기능은 애플 인텔리전스로 불린다.",
                                      "The new features are called Apple Intelligence.")),
              ::testing::IsEmpty());
  // A common word that begins a name of several words the lexicon knows is that name's: the
  // Korean name left over is 마드리드, put in Madrid's place.
  EXPECT_THAT(
      NameFindings(CheckLines("레알 마드리드가 리그에서 우승했다.", "Real Wong won the league.")),
      ::testing::ElementsAre(HasSubstr("the Korean has 마드리드")));
}

// Places as the Revised Romanization writes them, with the sound changes between syllables
// (백령도 Baengnyeong Island, 만리포 Mallipo), a county of China (원촨현 Wenchuan County) before
// the copula, two words of a ship's name in one Korean word (허베이스피리트호 Hebei Spirit), and
// words of a name the Korean translates (해수욕장 Beach, 중공업 Heavy Industries).
TEST_F(NameCheckTest, PlacesShipsAndCompaniesOfDisasterNews) {
  const std::string sank = "천안함이 백령도 인근 해상에서 침몰했다.";
  EXPECT_THAT(NameFindings(CheckLines(sank, "The Cheonan sank in waters near Baengnyeong Island.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(sank, "The Cheonan sank in waters near Yeonpyeong Island.")),
              ::testing::ElementsAre(HasSubstr("English has Yeonpyeong Island")));
  EXPECT_THAT(NameFindings(CheckLines("자원봉사자들이 만리포 해수욕장에서 기름을 제거했다.",
                                      "Volunteers removed the oil at Mallipo Beach.")),
              ::testing::IsEmpty());
  const std::string epicenter = "진앙은 원촨현이다.";
  EXPECT_THAT(NameFindings(CheckLines(epicenter, "The epicenter was in Wenchuan.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(epicenter, "The epicenter was in Lushan.")),
              ::testing::Not(::testing::Contains(HasSubstr("진앙"))));  // Epicenter.
  EXPECT_THAT(NameFindings(CheckLines("진앙은 성도인 청두에서 북서쪽으로 92㎞ 떨어진 원촨현이다.",
                                      "The epicenter was Wenchuan County, 92 kilometers "
                                      "northwest of the provincial capital, Chengdu.")),
              ::testing::IsEmpty());
  const std::string tanker = "유조선 허베이스피리트호가 태안 앞바다에서 크레인선과 충돌했다.";
  EXPECT_THAT(NameFindings(CheckLines(tanker,
                                      "The tanker Hebei Spirit collided with a crane barge off "
                                      "Taean.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(tanker,
                                      "The tanker Exxon Valdez collided with a crane barge off "
                                      "Taean.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 허베이스피리트호")));
  // But a given name before a surname the Korean renders alone is one ("Hula Stephanopoulos").
  EXPECT_THAT(NameFindings(CheckLines("진행자인 조지 스테파노풀로스는 매케인에게 질문했다.",
                                      "Host Hula Stephanopoulos asked McCain.")),
              ::testing::ElementsAre(HasSubstr("Hula Stephanopoulos")));
  EXPECT_THAT(NameFindings(CheckLines("삼성중공업은 크레인선의 소유주다.",
                                      "Samsung Heavy Industries owns the crane barge.")),
              ::testing::IsEmpty());
}

// A native word after a Sino-Korean prefix (핵시설 a nuclear facility) is no name left over, nor
// a title that begins like a Korean name (차관보: Victor Cha is no Cha of it); East Asian is
// 동아시아.
TEST_F(NameCheckTest, PrefixedWordsTitlesAndRegionsAreNoNames) {
  const std::string agreed =
      "북한이 핵시설 불능화에 합의했다고 크리스토퍼 힐 동아시아 담당 차관보가 말했다.";
  EXPECT_THAT(NameFindings(CheckLines(agreed,
                                      "North Korea agreed to disable its nuclear facilities, "
                                      "said Christopher Hill, assistant secretary of state for "
                                      "East Asian affairs.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(agreed,
                                      "North Korea agreed to disable its nuclear facilities, "
                                      "said Victor Cha, assistant secretary of state for East "
                                      "Asian affairs.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 크리스토퍼")));
}

// Sports and war news: words of names the Korean translates (동계 Winter, 싱글 singles, 해병
// Marines, 자주포 howitzers, 영문학과 English), and a Korean's given name after another surname
// (Kim Seung-hui for 조승희, listed without a title).
TEST_F(NameCheckTest, NamesOfSportsAndWarNews) {
  EXPECT_THAT(NameFindings(CheckLines("김연아가 밴쿠버 동계올림픽 피겨스케이팅 여자 싱글에서 "
                                      "금메달을 땄다.",
                                      "Kim Yu-na won the gold medal in women's figure skating "
                                      "singles at the Vancouver Winter Olympics.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("해병대원 2명과 민간인 2명이 숨졌다.",
                                      "Two Marines and two civilians were killed.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("우리 군은 K9 자주포로 대응 사격을 했다.",
                                      "The South Korean military returned fire with K9 "
                                      "self-propelled howitzers.")),
              ::testing::IsEmpty());
  const std::string gunman = "범인은 이 대학 영문학과 4학년인 한국계 조승희로 밝혀졌다.";
  EXPECT_THAT(NameFindings(CheckLines(gunman,
                                      "The gunman was identified as Cho Seung-hui, a "
                                      "Korean-born senior majoring in English at the "
                                      "university.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(gunman,
                                      "The gunman was identified as Kim Seung-hui, a "
                                      "Korean-born senior majoring in English at the "
                                      "university.")),
              ::testing::ElementsAre(HasSubstr("English says Kim Seung-hui")));
}

// A country after 대 'toward' (대중국 수출 exports to China), the Church's words (미사 Mass,
// 추기경단 the College of Cardinals), a French name's silent t (푸케 Christophe Fouquet).
TEST_F(NameCheckTest, CountriesTowardTheChurchAndFrenchNames) {
  EXPECT_THAT(NameFindings(CheckLines("네덜란드 정부는 대중국 수출을 제한하고 있다.",
                                      "The Dutch government restricts exports to China.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("장례 미사는 성 베드로 광장에서 조반니 바티스타 레 추기경의 "
                                      "집전으로 거행됐다.",
                                      "The funeral Mass was celebrated in St. Peter's Square by "
                                      "Cardinal Giovanni Battista Re.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("추기경단은 콘클라베를 열어 새 교황을 선출한다.",
                                      "The College of Cardinals will hold a conclave to elect a "
                                      "new pope.")),
              ::testing::IsEmpty());
  const std::string ceo = "크리스토프 푸케 ASML 최고경영자는 한국이 핵심 시장이라고 말했다.";
  EXPECT_THAT(NameFindings(CheckLines(ceo,
                                      "ASML CEO Christophe Fouquet said Korea was a key "
                                      "market.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ceo,
                                      "ASML CEO Christophe Lambert said Korea was a key "
                                      "market.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 푸케")));
}

// A private person by surname and 씨 or 모 (김씨를, 박모 전 대표: "Kim", "a former CEO surnamed
// Park"), matched by the surname alone and reported in the place of another's; not 추모 (a
// memorial) or 이모 (an aunt). A court or prosecutors' office by its kind (서울중앙지법: the Seoul
// Central District Court; 서울고법: the Seoul High Court).
TEST_F(NameCheckTest, PrivatePersonsAndCourts) {
  const std::string verdict =
      "서울중앙지법 형사합의25부는 2일 기소된 박모 전 대표에게 징역 3년을 선고했다.";
  EXPECT_THAT(Codes(CheckLines(verdict,
                               "The Seoul Central District Court on Monday sentenced a former CEO "
                               "surnamed Park to three years in prison.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(verdict,
                                      "The Seoul Central District Court on Monday sentenced a "
                                      "former CEO surnamed Kim to three years in prison.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 박모 (Park)")));
  const std::string indicted = "서울중앙지검은 2일 김씨를 구속 기소했다.";
  EXPECT_THAT(NameFindings(CheckLines(indicted, "Seoul prosecutors indicted Kim on Monday.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(indicted, "Seoul prosecutors indicted Park on Monday.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 김씨 (Kim)")));
  EXPECT_THAT(NameFindings(CheckLines("추모식에는 유족들이 참석했다.",
                                      "Kim attended the memorial ceremony.")),
              ::testing::Not(::testing::Contains(HasSubstr("추모"))));
  EXPECT_THAT(NameFindings(CheckLines("서울고법은 이날 항소를 기각했다.",
                                      "The Seoul High Court dismissed the appeal that day.")),
              ::testing::IsEmpty());
}

// Names of the political and business pages: BOK for 한은, the Rebuilding Korea Party for
// 조국혁신당 (its Korea is no 한국), a party's Supreme Council for 최고위원회의 (its Supreme is no
// 대법원), the Palme d'Or for 황금종려상; and a Korean surname after a foreign given name, spelled
// as its bearer does (스티븐 연 Steven Yeun).
TEST_F(NameCheckTest, NamesOfThePoliticalAndBusinessPages) {
  EXPECT_THAT(NameFindings(CheckLines("이창용 한은 총재는 기자간담회에서 금리 인하를 설명했다.",
                                      "BOK Governor Rhee Chang-yong explained the rate cut at a "
                                      "press briefing.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines("조국혁신당 조국 대표는 국회 최고위원회의에서 특검법 처리를 "
                              "촉구했다.",
                              "Rebuilding Korea Party leader Cho Kuk urged the passage of "
                              "the special counsel bill at a Supreme Council meeting at the "
                              "National Assembly.")),
      ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("봉 감독은 '기생충'으로 칸 영화제 황금종려상을 받았다.",
                                      "Bong won the Palme d'Or at the Cannes Film Festival for "
                                      "\"Parasite.\"")),
              ::testing::IsEmpty());
  const std::string cast = "영화에는 로버트 패틴슨과 스티븐 연, 마크 러팔로가 출연한다.";
  EXPECT_THAT(NameFindings(CheckLines(cast,
                                      "The film stars Robert Pattinson, Steven Yeun and "
                                      "Mark Ruffalo.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(cast,
                                      "The film stars Robert Pattinson, Steven Lee and "
                                      "Mark Ruffalo.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 연")));
  // The surname with a particle (연은), which the particle stripper leaves whole.
  const std::string award = "배우 스티븐 연은 넷플릭스 드라마로 올해 에미상을 받았다.";
  EXPECT_THAT(NameFindings(CheckLines(award,
                                      "Actor Steven Yeun won an Emmy this year for a Netflix "
                                      "series.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(award,
                                      "Actor Steven Kim won an Emmy this year for a Netflix "
                                      "series.")),
              ::testing::ElementsAre(HasSubstr("Steven Kim")));
}

// A place whose name ends like a people's adjective is a place still (Japan, not Korean or
// Iraqi), and a weekday is no rendering of a name that sounds like it (Friday, 플로리다).
TEST_F(NameCheckTest, PlacesEndingLikeAdjectivesAndWeekdays) {
  const std::string board = "한국은행 금융통화위원회는 28일 기준금리를 인하했다.";
  EXPECT_THAT(NameFindings(CheckLines(board,
                                      "The Bank of Korea Monetary Policy Board cut the "
                                      "key interest rate on Thursday.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(board,
                                      "The Bank of Japan Monetary Policy Board cut the "
                                      "key interest rate on Thursday.")),
              ::testing::ElementsAre(HasSubstr("English has Japan")));
  const std::string dinner = "트럼프 당선인은 5일 플로리다주 자택에서 트뤼도 총리와 만찬을 했다.";
  EXPECT_THAT(NameFindings(CheckLines(dinner,
                                      "Trump had dinner with Trudeau at his residence in "
                                      "Florida on Friday.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(dinner,
                                      "Trump had dinner with Trudeau at his residence in "
                                      "Georgia on Friday.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 플로리다주")));
}

// From the culture, business and disaster pages: a writer whose name is a place's too (한강, the
// river), named by her surname alone; 의 spelled Eui (Chung Eui-sun for 정의선); the Swedish
// Academy (한림원); a district by its 구; a countermeasure (대책); K-pop for K팝.
TEST_F(NameCheckTest, NamesOfTheCultureBusinessAndDisasterPages) {
  const std::string nobel = "작가 한강이 노벨문학상을 받았다.\n한강은 한국인 최초의 수상자다.";
  EXPECT_THAT(NameFindings(CheckLines(nobel,
                                      "Author Han Kang won the Nobel Prize in Literature.\nHan is "
                                      "the first Korean to win it.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(nobel,
                                      "Author Han Kang won the Nobel Prize in Literature.\nAuthor "
                                      "Shin is the first Korean to win it.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 한강")));
  EXPECT_THAT(NameFindings(CheckLines("정의선 현대차그룹 회장이 행사에 참석했다.",
                                      "Hyundai Motor Group Chairman Chung Eui-sun attended the "
                                      "event.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("한림원은 그의 작품을 높이 평가했다.",
                                      "The Swedish Academy praised his work.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("한림원은 그의 작품을 높이 평가했다.",
                                      "The Norwegian Nobel Committee praised his work.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 한림원")));
  EXPECT_THAT(NameFindings(CheckLines("서울 강서구 일대에서 전세사기를 벌인 혐의로 기소된 이른바 "
                                      "'빌라왕'에게 징역 15년이 확정됐다.",
                                      "A man was indicted for rental fraud in Gangseo District, "
                                      "western Seoul.")),
              ::testing::IsEmpty());
  // 해운대구 ends in 대구 (Daegu) only by its suffix 구.
  const std::string quake = "부산 해운대구에서 규모 2.1의 지진이 발생했다.";
  EXPECT_THAT(NameFindings(CheckLines(quake,
                                      "A magnitude 2.1 earthquake struck Haeundae District "
                                      "in Busan.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(quake,
                                      "A magnitude 2.1 earthquake struck Haeundae District "
                                      "in Daegu.")),
              ::testing::ElementsAre(HasSubstr("English has Daegu")));
  // Korea, which English names where the Korean says 국내 (at home), needs no mention of its own.
  EXPECT_THAT(NameFindings(CheckLines("질병관리청은 국내 유입 가능성은 낮다고 밝혔다.",
                                      "The Korea Disease Control and Prevention Agency said the "
                                      "possibility of the virus entering Korea is low.")),
              ::testing::IsEmpty());
  // But 미국대사's 대사 is an ambassador still.
  EXPECT_THAT(NameFindings(CheckLines("행사에는 필립 골드버그 주한 미국대사의 배우자 등 30여 명이 "
                                      "참석했다.",
                                      "About 30 people, including the spouse of U.S. Ambassador "
                                      "to Korea Philip Goldberg, attended the event.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("행정안전부는 중앙재난안전대책본부 비상 2단계를 가동했다.",
                                      "The Ministry of the Interior and Safety activated level "
                                      "two of the Central Disaster and Safety Countermeasures "
                                      "Headquarters.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("이는 K팝 여성 가수의 역대 최고 순위다.",
                                      "It is the highest ranking ever for a female K-pop "
                                      "singer.")),
              ::testing::IsEmpty());
}

// Words of names the English translates (금수산영빈관 Kumsusan Guesthouse, '오징어 게임' Squid
// Game, 한국교육과정평가원 Korea Institute for Curriculum and Evaluation, 성 베드로 대성전 St.
// Peter's Basilica), and a model's identifier both sides write alike (737-800).
TEST_F(NameCheckTest, TranslatedWordsOfNamesAndIdentifiers) {
  EXPECT_THAT(NameFindings(CheckLines("두 정상은 금수산영빈관에서 회담을 가졌다.",
                                      "The two leaders held talks at the Kumsusan Guesthouse.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("넷플릭스 시리즈 '오징어 게임' 시즌2가 공개됐다.",
                                      "The second season of the Netflix series \"Squid Game\" "
                                      "was released.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("한국교육과정평가원은 \"다소 쉽게 출제했다\"고 밝혔다.",
                                      "The Korea Institute for Curriculum and Evaluation said, "
                                      "\"The test was made somewhat easier.\"")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("프란치스코 교황은 25일 바티칸 성 베드로 대성전 발코니에서 "
                                      "성탄 메시지를 발표했다.",
                                      "Pope Francis delivered his Christmas message from the "
                                      "balcony of St. Peter's Basilica in the Vatican on "
                                      "Wednesday.")),
              ::testing::IsEmpty());
  const std::string jet = "보잉 737-800 기종인 사고기는 2009년 제작됐다.";
  EXPECT_THAT(Codes(CheckLines(jet, "The aircraft, a Boeing 737-800, was made in 2009.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines(jet, "The aircraft, a Boeing 737-900, was made in 2009.")),
              ::testing::Contains(HasSubstr("NUMBER")));
}

// From the sports, crime and technology pages: 세 spelled Sei (Kim Sei-young for 김세영); the
// Player of the Year (올해의 선수); a pronoun and a particle before a title are no person (이들은
// 검사와: "they ... prosecutors"); the Financial Supervisory Service whole (금융감독원); San Jose
// (새너제이).
TEST_F(NameCheckTest, NamesOfTheSportsCrimeAndTechnologyPages) {
  EXPECT_THAT(
      NameFindings(CheckLines("넬리 코다는 올해의 선수상을 받았고 김세영은 공동 10위로 대회를 "
                              "마쳤다.",
                              "Nelly Korda won the Player of the Year award, and Kim "
                              "Sei-young finished tied for 10th.")),
      ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines("이들은 검사와 금융감독원 직원을 사칭해 98억원을 가로챈 혐의를 "
                              "받는다.",
                              "They are accused of swindling 9.8 billion won by posing as "
                              "prosecutors and Financial Supervisory Service employees.")),
      ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines("이들은 검사와 금융감독원 직원을 사칭해 98억원을 가로챈 혐의를 "
                              "받는다.",
                              "They are accused of swindling 9.8 billion won by posing as "
                              "prosecutors and Fair Trade Commission employees.")),
      ::testing::ElementsAre(HasSubstr("the Korean has 금융감독원")));
  EXPECT_THAT(
      NameFindings(CheckLines("삼성전자는 미국 캘리포니아주 새너제이에서 갤럭시 S25 시리즈를 "
                              "공개했다.",
                              "Samsung Electronics unveiled the Galaxy S25 series in San "
                              "Jose, California.")),
      ::testing::IsEmpty());
}

// A Korean's name in the English is matched as a person's name only, never by Korean words that
// sound like its parts by chance (이어질 for Lee, 장관 for Chang-yang).
TEST_F(NameCheckTest, AKoreansNameIsNoTransliteration) {
  const std::string ko = "안덕근 산업부 장관은 \"연말까지 수출 증가세가 이어질 것\"이라고 말했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Industry Minister Ahn Duk-geun said, \"The export "
                                      "growth will continue through the end of the year.\"")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Industry Minister Lee Chang-yang said, \"The export "
                                      "growth will continue through the end of the year.\"")),
              ::testing::ElementsAre(HasSubstr("the Korean has 안덕근")));
}

// "Acting", "Deputy" before a title and name are titles too (문형배 헌재소장 권한대행: Acting
// Chief Justice Moon Hyung-bae).
TEST_F(NameCheckTest, AnActingTitleBeforeAName) {
  const std::string ko =
      "문형배 헌재소장 권한대행은 \"피청구인은 헌법 수호의 의무를 저버렸다\"고 밝혔다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Acting Chief Justice Moon Hyung-bae said, \"The "
                                      "respondent abandoned his duty.\"")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Acting Chief Justice Lee Mi-son said, \"The "
                                      "respondent abandoned his duty.\"")),
              ::testing::ElementsAre(HasSubstr("the Korean has 문형배")));
}

// A Korean's name opening the sentence or after a possessive is a name put in the place of one
// the Korean has without a title (손흥민이, 황희찬은).
TEST_F(NameCheckTest, AKoreansNameOpeningTheSentenceOrAfterAPossessive) {
  const std::string son = "손흥민이 22일 브렌트퍼드와의 홈 경기에서 골을 터뜨렸다.";
  EXPECT_THAT(NameFindings(CheckLines(son,
                                      "Son Heung-min scored in the home game against "
                                      "Brentford on Sunday.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(son,
                                      "Lee Kang-in scored in the home game against "
                                      "Brentford on Sunday.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 손흥민")));
  EXPECT_THAT(NameFindings(CheckLines("한편 울버햄프턴의 황희찬은 뉴캐슬전에 교체 출전했다.",
                                      "Meanwhile, Wolverhampton's Kim Min-jae came on as a "
                                      "substitute against Newcastle.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 황희찬")));
}

// A Korean name at the head of a compound is romanized, the rest translated (백상예술대상: the
// Baeksang Arts Awards; 포항제철소: Pohang Steelworks).
TEST_F(NameCheckTest, ARomanizedNameHeadsACompoundTheEnglishTranslates) {
  const std::string awards = "송혜교가 백상예술대상에서 최우수연기상을 받았다.";
  EXPECT_THAT(NameFindings(CheckLines(awards,
                                      "Song Hye-kyo won best actress at the Baeksang Arts "
                                      "Awards.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(awards,
                                      "Song Hye-kyo won best actress at the Daejong Arts "
                                      "Awards.")),
              ::testing::ElementsAre(HasSubstr("Daejong")));
  EXPECT_THAT(NameFindings(CheckLines("포스코 포항제철소에서 화재가 발생했다.",
                                      "A fire broke out at Posco's Pohang Steelworks.")),
              ::testing::IsEmpty());
}

// A foreign given name put in another's place (올메르트 matched, 에후드 not "Quality"), but not a
// place of two English words Korean writes as one (샌디에이고 파드리스: San Diego Padres).
TEST_F(NameCheckTest, AGivenNameMustBeTheSameName) {
  const std::string ko = "샌디에이고 파드리스의 김하성은 경기에서 2루타를 쳤다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "Kim Ha-seong of the San Diego Padres hit a double.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines(ko, "Kim Ha-seong of the San Francisco Padres hit a double.")),
      ::testing::ElementsAre(HasSubstr("is not \"Francisco\"")));
}

// English writes a Korean place in its Revised Romanization (해운대구: Haeundae District), which
// counts whatever a transliteration's likeness says.
TEST_F(NameCheckTest, AKoreanPlaceInItsRomanization) {
  const std::string ko = "부산 해운대구에서 규모 2.1의 지진이 발생했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "A magnitude 2.1 earthquake struck Haeundae District in "
                                      "Busan.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "A magnitude 2.1 earthquake struck Suyeong District in "
                                      "Busan.")),
              ::testing::ElementsAre(HasSubstr("Suyeong")));
  // North Korean places keep their older spellings (개성 Kaesong, not Gaeseong).
  EXPECT_THAT(NameFindings(CheckLines("통일부는 개성공단 폐쇄 이후 교류가 끊겼다고 밝혔다.",
                                      "The Ministry of Unification said exchanges have been cut "
                                      "off since the closure of the Kaesong Industrial Complex.")),
              ::testing::IsEmpty());
}

// Korea's seas have Korean names that English gives in two words (동해 East Sea, 서해 West Sea or
// Yellow Sea), and the east coast (동해안) is no sea.
TEST_F(NameCheckTest, ASeaOfSeveralWordsIsKnownWhole) {
  EXPECT_THAT(NameFindings(CheckLines("북한은 31일 동해상으로 탄도미사일 1발을 발사했다.",
                                      "North Korea fired a ballistic missile into the East Sea "
                                      "on Thursday.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("북한은 31일 서해상으로 탄도미사일 1발을 발사했다.",
                                      "North Korea fired a ballistic missile into the Yellow Sea "
                                      "on Thursday.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("북한은 31일 서해상으로 탄도미사일 1발을 발사했다.",
                                      "North Korea fired a ballistic missile into the East Sea "
                                      "on Thursday.")),
              ::testing::Contains(HasSubstr("East Sea")));
}

// An omission finding spans the whole English sentence; the names in it are still checked.
TEST_F(NameCheckTest, AnOmissionDoesNotHideAWrongName) {
  const Report report = CheckLines(
      "도쿠다는 어제 열린 회의에서 새로운 경제 계획을 길게 발표하고 기자들의 여러 질문에 하나하나 "
      "답했다.",
      "Yesterday Lopez spoke at length.");
  EXPECT_THAT(Codes(report), ::testing::Contains(HasSubstr("OMISSION")));
  EXPECT_THAT(NameFindings(report), ::testing::ElementsAre(HasSubstr("Lopez")));
}

// A Korean name belongs to the English word that renders it best, and an English name to the
// Korean word: Morgan does not take 맥케인 from McCain (and so Morgan has no counterpart, and
// 애리조나 none either).
TEST_F(NameCheckTest, AKoreanNameIsTheClosestEnglishWordsOnly) {
  EXPECT_THAT(NameFindings(CheckLines("맥케인 상원의원은 애리조나에서 연설했다.",
                                      "Sen. McCain spoke in Morgan.")),
              ::testing::ElementsAre(HasSubstr("Morgan")));
  EXPECT_THAT(NameFindings(CheckLines("맥케인 상원의원은 애리조나에서 연설했다.",
                                      "Sen. McCain spoke in Arizona.")),
              ::testing::IsEmpty());
  // The other way round: Beijing is 베이징's, and 자오징 has no counterpart.
  EXPECT_THAT(NameFindings(CheckLines("자오징은 베이징에서 회견했다.",
                                      "Yesterday Lopez held a news conference in Beijing.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("Lopez"), HasSubstr("자오징"))));
}

// Words run together are contested by their own words: 멜버른행 is Melbourne's, so "Thai" does
// not get a counterpart by riding on "MelbourneThai", and 콴타스 is left without one. Written
// together as Korean writes them, two words still find their one Korean word (로스앤젤레스).
TEST_F(NameCheckTest, WordsRunTogetherDoNotBorrowOneWordsCounterpart) {
  EXPECT_THAT(NameFindings(CheckLines("멜버른행 콴타스 항공기가 공항으로 되돌아갔다.",
                                      "A Melbourne-bound Thai jet returned to the airport.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("Thai"), HasSubstr("콴타스"))));
  EXPECT_THAT(NameFindings(CheckLines("멜버른행 콴타스 항공기가 공항으로 되돌아갔다.",
                                      "A Melbourne-bound Qantas jet returned to the airport.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines("그는 로스앤젤레스에서 연설했다.", "He spoke in Los Angeles.")),
      ::testing::IsEmpty());
}

// A name of words written together in capitals has its counterpart when each word has one, as
// Korean writes them apart (모바일 스피어 MobileSphere); a word of it without one is still found.
TEST_F(NameCheckTest, ANameOfWordsWrittenTogetherMatchesItsWordsApart) {
  EXPECT_THAT(NameFindings(CheckLines("미국 보스턴의 모바일 스피어 공동 창립자가 말했다.",
                                      "A co-founder of MobileSphere Ltd. said so.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("미국 보스턴의 모바일 스피어 공동 창립자가 말했다.",
                                      "A co-founder of MobileLopez Ltd. said so.")),
              ::testing::ElementsAre(HasSubstr("MobileLopez")));
}

// 리히터 규모 is the Richter scale, which English writes as a magnitude: no name the English lacks.
TEST_F(NameCheckTest, TheRichterScaleIsTheMagnitude) {
  const Report report =
      CheckLines("이와테현에선 리히터 규모 7.2의 지진이 발생했다.",
                 "A 7.2-magnitude quake struck northern Japan's Iwate Prefecture.");
  EXPECT_THAT(NameFindings(report), ::testing::Not(::testing::Contains(HasSubstr("리히터"))));
}

// A place whose last syllable reads as a particle (경기도, not 경기 + 도 'also') is that place:
// named twice in Korean and once in English, it lost a mention.
TEST_F(NameCheckTest, APlaceEndingLikeAParticleIsThatPlace) {
  EXPECT_THAT(NameFindings(CheckLines("기지는 경기도 북부에서 경기도 남부로 옮긴다.",
                                      "The base moves from northern Gyeonggi to southern Lopez.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("Lopez"), HasSubstr("경기도"))));
  EXPECT_THAT(NameFindings(CheckLines("기지는 경기도 북부에서 경기도 남부로 옮긴다.",
                                      "The base moves from northern to southern Gyeonggi.")),
              ::testing::IsEmpty());
}

// Every word naming a place counts as a mention of it (이라크전, the Iraq war, mentions Iraq).
TEST_F(NameCheckTest, WordsNamingAPlaceAllMentionIt) {
  EXPECT_THAT(NameFindings(CheckLines("이라크전을 끝내겠다는 그는 이라크를 방문했다.",
                                      "He vowed to end the Lopez war and visited Iraq.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("Lopez"), HasSubstr("이라크"))));
  EXPECT_THAT(NameFindings(CheckLines("이라크전을 끝내겠다는 그는 이라크를 방문했다.",
                                      "He vowed to end the Iraq war and visited Iraq.")),
              ::testing::IsEmpty());
}

// A storm's name follows its kind, whatever ordinary word it is (나비 'butterfly'); a title's
// abbreviation that ends a name is a name (Hun Sen).
TEST_F(NameCheckTest, StormNamesAndNamesEndingLikeATitle) {
  EXPECT_THAT(NameFindings(CheckLines("태풍 나비로 4명이 숨졌다.", "Four died in Typhoon Lopez.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("Lopez"), HasSubstr("나비"))));
  EXPECT_THAT(NameFindings(CheckLines("태풍 나비로 4명이 숨졌다.", "Four died in Typhoon Nabi.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("캄보디아 훈센 총리는 캄보디아 국민에게 말했다.",
                                      "Cambodian Prime Minister Hun Sen spoke to the nation.")),
              ::testing::IsEmpty());
  // A weather report's word after the storm word is no storm's name (태풍 경보 typhoon warning).
  EXPECT_THAT(NameFindings(CheckLines("기상청은 이날 태풍 경보를 내렸다.",
                                      "The Korea Meteorological Administration issued a typhoon "
                                      "warning on the day.")),
              ::testing::IsEmpty());
}

// Korean names its public bodies without the country (기상청, 경찰청, 질병관리청), their kind by a
// suffix (청: Agency, Administration, Service); the English names both.
TEST_F(NameCheckTest, KoreanPublicBodiesByTheirEnglishNames) {
  EXPECT_THAT(NameFindings(CheckLines("경찰청은 이날 수사 결과를 발표했다.",
                                      "The Korean National Police Agency announced the results on "
                                      "the day.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines("질병관리청은 검역을 강화하겠다고 밝혔다.",
                              "The Korea Disease Control and Prevention Agency said it will "
                              "strengthen quarantine.")),
      ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("경찰청은 이날 수사 결과를 발표했다.",
                                      "The National Intelligence Service announced the results on "
                                      "the day.")),
              ::testing::ElementsAre(HasSubstr("the Korean has 경찰청")));
  EXPECT_THAT(NameFindings(CheckLines("시민들이 한강을 즐길 수 있도록 하겠다.",
                                      "We will make it easier for citizens to enjoy the Han "
                                      "River.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines("GTX A노선이 다음 달 개통한다.", "GTX Line A will open next month.")),
      ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("체코공화국에서는 올해 감염 사례가 보고됐다.",
                                      "Cases have been reported in the Czech Republic this year.")),
              ::testing::IsEmpty());
}

// A model's number glued to its name on both sides (폴드6, Fold6) is no number the English left
// out; spaced in the English (iPhone 16), it is read on both sides.
TEST_F(NameCheckTest, AModelsNumberGluedToItsName) {
  EXPECT_THAT(Codes(CheckLines("삼성전자는 갤럭시 Z 폴드6를 출시했다.",
                               "Samsung Electronics released the Galaxy Z Fold6.")),
              ::testing::IsEmpty());
  EXPECT_THAT(Codes(CheckLines("삼성전자는 갤럭시 Z 폴드6를 출시했다.",
                               "Samsung Electronics released the Galaxy Z Fold5.")),
              ::testing::ElementsAre("NUMBER_MISSING"));
  EXPECT_THAT(Codes(CheckLines("애플은 아이폰16을 공개했다.", "Apple unveiled the iPhone 16.")),
              ::testing::IsEmpty());
}

// The story starts after its dateline: its first word is capitalized as any sentence's is.
TEST_F(NameCheckTest, FirstWordAfterADatelineIsNoName) {
  EXPECT_THAT(NameFindings(CheckLines("이라크에서 29명이 처형됐다고 쿠르드족이 말했다.",
                                      "TEHRAN, Iran (CNN) Taking 29 lives, Iraq executed them.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines("이라크에서 29명이 처형됐다고 쿠르드족이 말했다.",
                              "TEHRAN, Iran (CNN) In Taking 29 lives, Iraq executed them.")),
      ::testing::ElementsAre(::testing::AllOf(HasSubstr("Taking"), HasSubstr("쿠르드족"))));
}

// A word before a place and a title names an official, though 부시 is a dictionary word too.
TEST_F(NameCheckTest, WordBeforePlaceAndTitleIsAName) {
  EXPECT_THAT(NameFindings(CheckLines("조지 부시 미국 대통령은 재건을 약속했다.",
                                      "President George Walker promised to rebuild.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("Walker"), HasSubstr("부시"))));
  EXPECT_THAT(NameFindings(CheckLines("조지 부시 미국 대통령은 재건을 약속했다.",
                                      "US President George W Bush promised to rebuild.")),
              ::testing::IsEmpty());
  // The first name before it too, though 조지 is a dictionary word and George comes short of the
  // likeness such a word needs; the middle initial needs no counterpart.
  EXPECT_THAT(NameFindings(CheckLines("조지 부시 미국 대통령은 이라크 총리를 만났다.",
                                      "US President George W. Bush met Walker.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("Walker"), HasSubstr("이라크"))));
  // Not a word the lexicon knows (정부 government).
  EXPECT_THAT(ReplacedNameFindings(CheckLines("정부 미국 대변인은 재건을 약속했다.",
                                              "A US spokesman for Lopez promised to rebuild.")),
              ::testing::IsEmpty());
}

// A dateline's city in capitals is where the story was filed, not a mention of the Korean's
// place: the Korean's second 런던 still wants a London when "Mount Sinai" takes the first's place.
TEST_F(NameCheckTest, DatelineCityIsNoMentionOfThePlace) {
  const std::string ko =
      "영국 가수 에이미 와인하우스가 런던에 있는 병원에 입원했다고 런던 경찰이 밝혔다.";
  EXPECT_THAT(
      NameFindings(CheckLines(ko,
                              "LONDON, England (CNN) Singer Amy Winehouse was taken "
                              "to a Mount Sinai hospital, the London police said.")),
      ::testing::ElementsAre(::testing::AllOf(HasSubstr("Mount Sinai"), HasSubstr("런던"))));
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "LONDON, England (CNN) Singer Amy Winehouse was taken "
                                      "to a London hospital, the London police said.")),
              ::testing::IsEmpty());
}

// A Korean word a lower-case English word translates is that word's, whatever name sounds like
// it: 리히터 (규모) is the magnitude of the English, not a counterpart for "Ricardo".
TEST_F(NameCheckTest, KoreanWordTranslatedInLowerCaseIsNoName) {
  const std::string ko = "일본 북부에서 리히터 규모 6.8의 지진이 발생했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "A magnitude 6.8 earthquake struck northern Ricardo.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("Ricardo"), HasSubstr("일본"))));
  EXPECT_THAT(NameFindings(CheckLines(ko, "A magnitude 6.8 earthquake struck northern Japan.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines(ko, "A 6.8 earthquake on the Richter scale struck northern Japan.")),
      ::testing::IsEmpty());
}

// Korean marks no plural on a name: 뉴요커 (들) is the New Yorkers of the English, whose run
// of words is tried without its plural s.
TEST_F(NameCheckTest, PluralOfNameOfTwoWords) {
  const std::string ko = "많은 뉴요커들이 공원에 모였다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "Many New Yorkers gathered in the park.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko, "Many New Walkers gathered in the park.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("Walkers"), HasSubstr("뉴요커"))));
}

// The rest of a foreign name is a name, whatever ordinary loanword it also is: 벨 of 앤서니 벨
// is no "full" (벨 bell) of the English, so the name put in its place is reported.
TEST_F(NameCheckTest, RestOfForeignNameIsNoLoanword) {
  const std::string ko = "앤서니 벨 장군은 완전한 보장을 원한다고 말했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "Gen. Anthony Walker said he wants a full guarantee.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("Walker"), HasSubstr("벨"))));
  EXPECT_THAT(NameFindings(CheckLines(ko, "Gen. Anthony Bell said he wants a full guarantee.")),
              ::testing::IsEmpty());
}

// A compound's tail names what the English translates, wherever the lexicon's stems begin in it
// (노동자체육장: 체육장, the Gymnasium; 인민혁명당: 혁명, Revolutionary).
TEST_F(NameCheckTest, TailsOfCompoundsFindTheirConcepts) {
  EXPECT_THAT(NameFindings(CheckLines("경기는 베이징 노동자체육장에서 열린다.",
                                      "The bouts will be held at the Beijing Workers' Gymnasium.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("그는 인민혁명당 당원이었다.",
                                      "He was a member of the Revolutionary Party.")),
              ::testing::IsEmpty());
}

// Names English translates: 대영 (대영박물관 the British Museum), 서양 Western, 장벽 Wall.
TEST_F(NameCheckTest, TranslatedNamesTheLexiconKnows) {
  const std::string ko = "그는 대영박물관에서 서양 미술 전시회를 열었다.";
  EXPECT_THAT(
      NameFindings(CheckLines(ko, "He opened an exhibition of Western art at the British Museum.")),
      ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines(ko, "He opened an exhibition of Western art at the Walker Museum.")),
      ::testing::ElementsAre(::testing::AllOf(HasSubstr("Walker"), HasSubstr("대영박물관"))));
  EXPECT_THAT(NameFindings(CheckLines("베를린 장벽의 붕괴는 새로운 희망을 가져왔다.",
                                      "The fall of the Berlin Wall brought new hope.")),
              ::testing::IsEmpty());
}

// Korean writes a company as its name and 사 (마블사), English as its name and a kind of company
// ("Marvel Productions", "Toyota Corp."): the kind needs no word of its own, so the loanword the
// English leaves untranslated (애니메이션) is put in no name's place.
TEST_F(NameCheckTest, CompanyKindIsTheSuffixSa) {
  const std::string ko = "마블사는 성인용 애니메이션도 내년에 개봉한다고 밝혔다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Marvel Productions said it would release the film next "
                                      "year.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines(ko, "Marvel Walker said it would release the film next year.")),
      ::testing::ElementsAre(::testing::AllOf(HasSubstr("Walker"), HasSubstr("애니메이션"))));
}

// 방어 is defense or protection: a name made of ordinary words ("Olympic Security Protection")
// finds each of them in the Korean.
TEST_F(NameCheckTest, ProtectionIsDefense) {
  const std::string ko = "중국 당국은 베이징 올림픽 보안 방어 시스템의 1단계를 마무리했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Chinese authorities completed the first phase of the "
                                      "Beijing Olympic Security Protection.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Chinese authorities completed the first phase of the "
                                      "Beijing Olympic Security Walker.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("Walker"), HasSubstr("시스템"))));
}

// An exchange's name is ordinary words (상업거래소 Mercantile Exchange), written as one word with
// its city (뉴욕상업거래소): each is found in the compound's tails.
TEST_F(NameCheckTest, MercantileExchangeIsSangeopGeoraeso) {
  const std::string ko = "이날 뉴욕상업거래소에서 거래된 두바이유 가격은 사상 최고치를 기록했다.";
  EXPECT_THAT(NameFindings(
                  CheckLines(ko, "Oil prices hit a new high on the New York Mercantile Exchange.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Oil prices hit a new high on the New York Walker "
                                      "Exchange.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("Walker"), HasSubstr("두바이유"))));
}

// A hyphenated name the Korean gives in Latin letters (Zanu-PF) is its own counterpart, though
// the Latin names of the Korean are read split at the hyphen.
TEST_F(NameCheckTest, HyphenatedLatinNameOfTheKorean) {
  const std::string ko = "집권 짐바브웨아프리카민족연맹-애국전선(Zanu-PF)의 총재로 지칭했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "He referred to him as president of the Zanu-PF party.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko, "He referred to him as president of the Zanu-PX party.")),
              ::testing::Contains(HasSubstr("Zanu-PX")));
}

// A quoted phrase translated word by word (임무 완수 'Mission Accomplished') is ordinary words,
// each found in the Korean, and puts no name in the place of 오바마 (whom the English calls
// "he").
TEST_F(NameCheckTest, MissionAccomplishedIsImmuWansu) {
  const std::string ko = "그는 오바마가 너무 빨리 '임무 완수' 깃발을 흔들고 있다고 말했다.";
  EXPECT_THAT(NameFindings(CheckLines(
                  ko, "He said he is waving the 'Mission Accomplished' banner too early.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines(ko, "He said he is waving the 'Mission Walker' banner too early.")),
      ::testing::ElementsAre(::testing::AllOf(HasSubstr("Walker"), HasSubstr("오바마"))));
}

// Titles and a name's suffix need no counterpart of their own: Reverend (목사), Jr. (주니어), and
// titles joined by hyphens (Vice-President-elect, 부통령 당선인); so they are put in the place of
// no Korean name the English leaves out (미셸, "his wife").
TEST_F(NameCheckTest, TitlesAndSuffixesNeedNoCounterpart) {
  EXPECT_THAT(NameFindings(CheckLines(
                  "마틴 루터 킹 주니어 목사 기념일에 그는 부인 미셸과 봉사활동을 했다.",
                  "On the day honoring the Reverend Martin Luther King, Jr., he and his wife "
                  "volunteered.")),
              ::testing::IsEmpty());
  const std::string ko = "그는 부통령 당선인 내외와 함께 부인 미셸과 봉사활동을 했다.";
  EXPECT_THAT(
      NameFindings(CheckLines(ko, "He and the Vice-President-elect volunteered with their wives.")),
      ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "He and the Vice-Walker-elect volunteered with their "
                                      "wives.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("Walker"), HasSubstr("미셸"))));
}

// The kind of an institution Korean writes as the name's suffix: 보훈병원 "Medical Center".
TEST_F(NameCheckTest, MedicalCenterIsAHospital) {
  const std::string ko = "그는 월터 리드 보훈병원을 방문한 뒤 부인 미셸과 봉사활동을 했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "He visited Walter Reed Medical Center, then volunteered "
                                      "with his wife.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "He visited Walter Reed Walker Center, then volunteered "
                                      "with his wife.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("Walker"), HasSubstr("미셸"))));
}

// A name the Korean gives by its initials (UML) has an initial for each part of a hyphenated word
// (Unified Marxist-Leninist).
TEST_F(NameCheckTest, InitialsOfHyphenatedWords) {
  const std::string ko = "연합 정당(UML) 대표는 프로젝트 결과를 비판했다.";
  EXPECT_THAT(NameFindings(CheckLines(
                  ko, "The leader of the Unified Marxist-Leninist criticized the result.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(
                  ko, "The leader of the Unified Walker-Leninist criticized the result.")),
              ::testing::ElementsAre(HasSubstr("Unified Walker-Leninist")));
}

// Names English translates rather than transliterates: 외전 is the Apocrypha.
TEST_F(NameCheckTest, ApocryphaIsOejeon) {
  const std::string ko = "필사본은 구약성서의 성서외전들도 포함됐다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "The manuscript also includes the Apocrypha.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko, "The manuscript also includes the Walkerpha.")),
              ::testing::ElementsAre(HasSubstr("Walkerpha")));
}

// Korean names a place again where English goes on with a relative clause ("Japan, which later
// changed its mind" for 일본이었으며, 일본은): the second 일본 lost no mention to another name.
TEST_F(NameCheckTest, RelativeClauseStandsForTheRepeatedPlace) {
  const std::string ko = "표는 일본이었으며, 일본은 이후 마음을 바꾸었다고 전 미국 대사가 밝혔다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "The vote came from Japan, which later changed its mind, "
                                      "according to a former U.S. envoy to the Walker Group.")),
              ::testing::Each(::testing::Not(HasSubstr("일본"))));
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "The vote came from Japan; then Walker changed its mind, "
                                      "a former U.S. envoy said.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("Walker"), HasSubstr("일본"))));
}

// A foreign person's given name stands before the surname in both languages: where the surname
// matches, another word in the given name's place is reported, even when the Korean given name is
// an ordinary word too (사담 'private talk'). A given name the English drops, a title before the
// name and a loanword phrase are not.
TEST_F(NameCheckTest, GivenNameBeforeAMatchedSurname) {
  const std::string ko = "에후드 바라크 국방장관은 회담에 참석했다고 밝혔다.";
  // "Quality" is an ordinary word of the document, which needs no counterpart of its own.
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Defense Minister Quality Barak said the quality of the "
                                      "talks was high.")),
              ::testing::ElementsAre(
                  ::testing::AllOf(HasSubstr("\"Quality Barak\""), HasSubstr("에후드 바라크"))));
  EXPECT_THAT(
      NameFindings(CheckLines(ko, "Defense Minister Marble Barak said he attended the talks.")),
      ::testing::ElementsAre(::testing::AllOf(HasSubstr("Marble Barak"), HasSubstr("에후드"))));
  EXPECT_THAT(
      NameFindings(CheckLines(ko, "Defense Minister Ehud Barak said he attended the talks.")),
      ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko, "Defense Minister Barak said he attended the talks.")),
              ::testing::IsEmpty());
  const std::string regime = "사담 후세인 정권은 그해 무너졌다.";
  EXPECT_THAT(
      NameFindings(CheckLines(regime, "The regime of Chelsea Hussein fell that year.")),
      ::testing::ElementsAre(::testing::AllOf(HasSubstr("Chelsea Hussein"), HasSubstr("사담"))));
  EXPECT_THAT(NameFindings(CheckLines(regime, "The regime of Saddam Hussein fell that year.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("그는 예언자 무하마드의 가르침을 따른다고 말했다.",
                                      "He said he follows the teachings of Prophet Muhammad.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("광고에는 머리 스카프라는 문구가 들어간다.",
                                      "The ads will carry phrases such as \"Head Scarf\".")),
              ::testing::IsEmpty());
}

// The given-name rule where the Korean given name is also a verb's bare stem (조지: 조지다), the
// surname a dictionary word (부시), a middle initial stands between (George W. Bush), or the word
// put in the given name's place is a place or a people's plural; a people's adjective, a party's
// member or a place's possessive before the surname describes the person.
TEST_F(NameCheckTest, GivenNameOfAStemBeforeADictionarySurname) {
  const std::string bush = "조지 부시 대통령은 다리를 다시 짓겠다고 약속했다.";
  EXPECT_THAT(
      NameFindings(CheckLines(bush,
                              "President Tango W. Bush promised to rebuild the "
                              "bridge.")),
      ::testing::ElementsAre(::testing::AllOf(HasSubstr("Tango W. Bush"), HasSubstr("조지"))));
  EXPECT_THAT(NameFindings(CheckLines(bush,
                                      "President George W. Bush promised to rebuild the "
                                      "bridge.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(bush, "President Bush promised to rebuild the bridge.")),
              ::testing::IsEmpty());
  const std::string host = "진행자인 조지 스테파노풀로스는 후보에게 질문했다.";
  EXPECT_THAT(NameFindings(CheckLines(host, "Host Marble Stephanopoulos asked the candidate.")),
              ::testing::ElementsAre(
                  ::testing::AllOf(HasSubstr("Marble Stephanopoulos"), HasSubstr("조지"))));
  const std::string regime = "사담 후세인 정권은 그해 무너졌다.";
  for (const char* description : {"Kurds", "Denver"}) {
    EXPECT_THAT(NameFindings(CheckLines(regime, std::string("The regime of ") + description +
                                                    " Hussein fell that year.")),
                ::testing::ElementsAre(HasSubstr(description)))
        << description;
  }
  for (const char* description : {"Iraqi", "Iraq's", "Democrat"}) {
    EXPECT_THAT(NameFindings(CheckLines(regime, std::string("The regime of ") + description +
                                                    " Hussein fell that year.")),
                ::testing::IsEmpty())
        << description;
  }
}

// A given name of one syllable (리 Leigh) is checked as a longer one is; a bound noun or a prefix
// of one syllable before a surname (전 'former') is no given name.
TEST_F(NameCheckTest, GivenNameOfOneSyllable) {
  const std::string ko = "리 클리포드 콴타스 회장이 말했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "Qantas chairman Tango Clifford said.")),
              ::testing::ElementsAre(
                  ::testing::AllOf(HasSubstr("Tango Clifford"), HasSubstr("리 클리포드"))));
  EXPECT_THAT(NameFindings(CheckLines(ko, "Qantas chairman Leigh Clifford said.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines("전 클리포드 회장이 말했다.", "Former chairman Clifford said.")),
      ::testing::IsEmpty());
}

// The Korean word after a foreign given name an unexplained English name of a person's shape has
// first is that name's surname: "Laura Tango" for 로라 부시 put another word in its place. A
// place's adjective and the words after it are a description, not a given name and a surname.
TEST_F(NameCheckTest, SurnameAfterAMatchedGivenName) {
  const std::string ko = "영부인 로라 부시는 다음 주 피해자들을 만날 예정이다.";
  EXPECT_THAT(
      NameFindings(CheckLines(ko, "First lady Laura Tango will meet the victims next week.")),
      ::testing::ElementsAre(::testing::AllOf(HasSubstr("Laura Tango"), HasSubstr("부시"))));
  EXPECT_THAT(
      NameFindings(CheckLines(ko, "First lady Laura Bush will meet the victims next week.")),
      ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("쿠르드 자치정부는 석유 계약을 발표했다.",
                                      "The Kurdish Regional Government announced the oil "
                                      "contracts.")),
              ::testing::IsEmpty());
}

// In a longer name, a place nothing in the Korean (or around) mentions is one added or put in
// another's place; compass points, oceans and a people's adjective before a name are not.
TEST_F(NameCheckTest, APlaceInALongerNameNeedsACounterpart) {
  const std::string ko = "무역 협정은 동남아시아국가연합 회의에서 논의됐다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "The trade pact was discussed at a meeting of the "
                                      "Association of Southeast Berlin Nations.")),
              ::testing::ElementsAre(HasSubstr("English has Berlin")));
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "The trade pact was discussed at a meeting of the "
                                      "Association of Southeast Asian Nations.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("곰들이 러시아 캄차카 반도에서 광부들을 공격했다.",
                                      "Bears attacked miners in Russia's Pacific Kamchatka "
                                      "region.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("사담 후세인 정권은 그해 무너졌다.",
                                      "The regime of Iraqi President Saddam Hussein fell that "
                                      "year.")),
              ::testing::IsEmpty());
}

// So does any word of a longer name that nothing in the Korean matches and that is no common
// English word: "Saddam Lausanne" put a name in the place of 후세인. Not a common word the Korean
// translates (Gymnastics, 체조), nor a given name before a surname the Korean has (George W. Bush,
// 부시), which Korean leaves out.
TEST_F(NameCheckTest, ANameWordNothingInTheKoreanMatchesInALongerName) {
  const std::string ko = "사담 후세인 정권이 무너진 뒤 상황은 더 나빠졌다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "After the fall of Saddam Lausanne, the situation got "
                                      "worse.")),
              ::testing::ElementsAre(HasSubstr("English has Lausanne")));
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "After the fall of Saddam Hussein, the situation got "
                                      "worse.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("공연은 올림픽 체조경기장에서 열렸다.",
                                      "The concert was held at the Olympic Gymnastics Stadium.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("그는 시카고 의대 교수다.",
                                      "He is a professor at the Chicago School of Medicine.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(
                  CheckLines("부시 대통령이 연설했다.", "President George W. Bush gave a speech.")),
              ::testing::IsEmpty());
  // A Korean word that looks native (타로각: 각) still sounds like the name closely enough to be
  // its counterpart here, where a chance likeness only keeps the check silent.
  EXPECT_THAT(NameFindings(CheckLines("산사태는 타로각에서 일어났다.",
                                      "The landslide hit the Taroko Gorge.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("산사태는 타로각에서 일어났다.",
                                      "The landslide hit the Lausanne Gorge.")),
              ::testing::ElementsAre(HasSubstr("English has Lausanne")));
  // A given name stands right before its surname: a word before "of" is none.
  EXPECT_THAT(
      NameFindings(CheckLines("폭풍은 멕시코 만에 있다.", "The storm is in the Hermas of Mexico.")),
      ::testing::ElementsAre(HasSubstr("English has Hermas")));
  EXPECT_THAT(
      NameFindings(CheckLines("폭풍은 멕시코 만에 있다.", "The storm is in the Gulf of Mexico.")),
      ::testing::IsEmpty());
}

// A sentence's first word is a name when English writes it in capitals only (Samsung, not
// However); the first of several capitalized words, when the document also writes it capitalized
// within a sentence (a description such as "Cryptologist" opens a sentence as often).
TEST_F(NameCheckTest, ASentencesFirstWordIsCheckedWhenOnlyANameCanBeIt) {
  const std::string ko = "화웨이는 어제 새 전화기를 발표했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "Samsung unveiled a new phone yesterday.")),
              ::testing::ElementsAre(
                  ::testing::AllOf(HasSubstr("English has Samsung"), HasSubstr("화웨이"))));
  EXPECT_THAT(NameFindings(CheckLines(ko, "Huawei unveiled a new phone yesterday.")),
              ::testing::IsEmpty());
  // A name English has in lower case too, which the gazetteer knows.
  EXPECT_THAT(
      NameFindings(CheckLines("애플은 새 아이폰을 공개했다.", "Google unveiled a new iPhone.")),
      ::testing::ElementsAre(HasSubstr("English has Google")));
  EXPECT_THAT(
      NameFindings(CheckLines("애플은 새 아이폰을 공개했다.", "Apple unveiled a new iPhone.")),
      ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("하지만 화웨이는 어제 새 전화기를 발표했다.",
                                      "However, Huawei unveiled a new phone yesterday.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("암호 전문가 스티븐 워커는 그 장비가 비싸다고 말했다.",
                                      "Cryptologist Stephen Walker says it is expensive.")),
              ::testing::IsEmpty());
  const std::string two_lines =
      "화웨이 테크놀로지는 어제 새 전화기를 발표했다.\n그 전화기는 삼성 제품보다 싸다.";
  EXPECT_THAT(NameFindings(CheckLines(two_lines,
                                      "Samsung Technologies unveiled a new phone yesterday.\n"
                                      "The phone is cheaper than those of Samsung.")),
              ::testing::ElementsAre(HasSubstr("English has Samsung Technologies")));
  EXPECT_THAT(NameFindings(CheckLines(two_lines,
                                      "Huawei Technologies unveiled a new phone yesterday.\n"
                                      "The phone is cheaper than those of Samsung.")),
              ::testing::IsEmpty());
}

// A name of one syllable with a particle (벨은, 톰이) is the syllable: the particle stripper keeps
// two syllables, and leaves such a word whole.
TEST_F(NameCheckTest, ANameOfOneSyllableBeforeAParticle) {
  EXPECT_THAT(NameFindings(CheckLines("그 후 버웰 벨은 상원 위원회에 출두했다.",
                                      "Later, Burwell Bell appeared before the Senate committee.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("그 후 톰은 상원 위원회에 출두했다.",
                                      "Later, Paul appeared before the Senate committee.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("English has Paul"),
                                                      HasSubstr("the Korean has 톰 (tom)"))));
}

// A title or a government body standing alone names one person or body, and needs a counterpart as
// a name does: "born in Reverend" put it in the place of 로마.
TEST_F(NameCheckTest, ATitleStandingAloneNeedsACounterpart) {
  const std::string ko = "하드리아누스는 로마에서 태어났다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "Hadrian was born in Reverend.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("Reverend"), HasSubstr("로마"))));
  EXPECT_THAT(NameFindings(CheckLines(ko, "Hadrian was born in Rome.")), ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("의회는 그 법안을 통과시켰다.", "Congress passed the bill.")),
              ::testing::IsEmpty());
}

// A dateline's region must be where its city is; the Korean mostly leaves the dateline out.
TEST_F(NameCheckTest, ADatelineRegionWhereItsCityIsNot) {
  const std::string ko = "디자이너 로스 러브글로브가 가로등에 아름다움을 더했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "LONDON, Hawaii (CNN) Designer Ross Lovegrove has "
                                      "brought beauty to the streetlamp.")),
              ::testing::ElementsAre(
                  ::testing::AllOf(HasSubstr("LONDON in Hawaii"), HasSubstr("England"))));
  for (const char* region : {"England", "Ontario"}) {
    EXPECT_THAT(NameFindings(CheckLines(ko, std::string("LONDON, ") + region +
                                                " (CNN) Designer Ross Lovegrove has brought "
                                                "beauty to the streetlamp.")),
                ::testing::IsEmpty())
        << region;
  }
}

// English news refers to a person by a place or party ("the presumptive Democratic nominee", "the
// Illinois senator") where Korean repeats the name: no name put in the person's place. A place
// the Korean has and the English never mentions makes it one ("the French ambassador" for 영국
// 대사).
TEST_F(NameCheckTest, APlaceOrPartyDescribingAPerson) {
  EXPECT_THAT(NameFindings(CheckLines("오바마는 이란 문제를 외교로 풀겠다고 밝혔다.",
                                      "The presumptive Democratic presidential nominee said he "
                                      "would solve the Iran problem through diplomacy.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("영국 대사는 회담이 유익했다고 말했다.",
                                      "The French ambassador said the talks were useful.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("French"), HasSubstr("영국"))));
  // After a person's word and "from" as well.
  EXPECT_THAT(NameFindings(CheckLines("오바마에 대한 지지율은 80%였다.",
                                      "More than 80 percent have confidence in the senator from "
                                      "Illinois.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("일리노이 상원의원인 오바마에 대한 지지율은 80%였다.",
                                      "More than 80 percent have confidence in the senator from "
                                      "Texas.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("Texas"), HasSubstr("일리노이"))));
  // Before a word for no person, a place is a name of its own ("the Taliban river" for 미시시피).
  const std::string bridge = "미시시피 강의 다리가 무너졌다.";
  EXPECT_THAT(
      NameFindings(CheckLines(bridge, "A bridge over the Taliban river collapsed.")),
      ::testing::ElementsAre(::testing::AllOf(HasSubstr("Taliban"), HasSubstr("미시시피"))));
  EXPECT_THAT(NameFindings(CheckLines(bridge, "A bridge over the Mississippi river collapsed.")),
              ::testing::IsEmpty());
}

// English refers back to a ministry as "the ministry": no name left unmatched in the Korean.
TEST_F(NameCheckTest, TheMinistryRefersBackToAMinistry) {
  const std::string ko = "통일부 교류협력국장은 남북이 이 문제를 논의해야 한다고 말했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "The director of the ministry's Inter-Korean Exchanges "
                                      "Bureau said the two Koreas should discuss the matter.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "The director of Walker's Inter-Korean Exchanges Bureau "
                                      "said the two Koreas should discuss the matter.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("Walker"), HasSubstr("통일부"))));
}

// Korean names listed without a title are matched as persons' names where the English writes
// Korean names: a given name spelled as another's is reported.
TEST_F(NameCheckTest, KoreanNamesListedWithoutATitle) {
  const std::string ko = "사형된 사람은 우홍선, 송상진, 김용원, 서도원 등이다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Those executed were Woo Hong-son, Song Sang-jin, Kim "
                                      "Yong-won and Seo Do-won.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines(ko,
                              "Those executed were Woo Hong-son, Song Sang-jin, Kim "
                              "Min-jae and Seo Do-won.")),
      ::testing::ElementsAre(::testing::AllOf(HasSubstr("김용원"), HasSubstr("Kim Min-jae"))));
}

// English news writes 장관급 (minister-level) talks as "Cabinet-level": the lexicon knows it.
TEST_F(NameCheckTest, CabinetLevelIsMinisterLevel) {
  EXPECT_THAT(NameFindings(CheckLines("양측은 장관급 회담을 서울에서 열기로 합의했다.",
                                      "Both sides agreed to hold Cabinet-level talks in Seoul.")),
              ::testing::IsEmpty());
}

// A word the lexicon knows is nobody's name, though it starts with a surname and a title
// follows it: 이라크 (Iraq) of 이라크 대사 explains no English "Rhee" (이), so the name put in
// 하산's place is reported.
TEST_F(NameCheckTest, LexiconWordBeforeTitleIsNoPersonName) {
  const std::string ko = "카림 하산 이라크 대사는 회담이 유익했다고 말했다.";
  EXPECT_THAT(
      NameFindings(CheckLines(ko, "Iraqi ambassador Karim Rhee said the talks were useful.")),
      ::testing::ElementsAre(::testing::AllOf(HasSubstr("Rhee"), HasSubstr("하산"))));
  EXPECT_THAT(
      NameFindings(CheckLines(ko, "Iraqi ambassador Karim Hassan said the talks were useful.")),
      ::testing::IsEmpty());
}

// A word before a Korean's whole name written surname first is no given name of it (Korean
// given names follow the surname): a name put in a title's place there is reported.
TEST_F(NameCheckTest, WordBeforeAKoreanWholeNameIsNoGivenName) {
  const std::string ko = "라이스는 회담장에서 박의춘 외무상을 만났다고 말했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Rice said she met the foreign minister Kepley Pak Ui "
                                      "Chun on the sidelines.")),
              ::testing::ElementsAre(::testing::AllOf(
                  HasSubstr("Kepley"), HasSubstr("neither the Korean nor the sentences around"))));
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Rice said she met the foreign minister Pak Ui Chun on "
                                      "the sidelines.")),
              ::testing::IsEmpty());
  // A Western given name before the surname alone is still one ("Robert Mugabe" for 무가베).
  EXPECT_THAT(NameFindings(CheckLines("라이스는 회담장에서 무가베 대통령을 만났다고 말했다.",
                                      "Rice said she met President Robert Mugabe on the "
                                      "sidelines.")),
              ::testing::IsEmpty());
}

// A common noun or participle of a shape no given name has, in a given name's place, is a name
// put in another's: Korean leaves given names out, but not one that is a word of its own.
TEST_F(NameCheckTest, CommonNounInAGivenNamesPlaceNeedsACounterpart) {
  const std::string ko =
      "양측은 무가베 대통령과 야당 지도자인 창기라이가 공동 정부를 구성하는 합의서에 서명했다.";
  auto english = [](std::string_view given) {
    return "The deal establishes a coalition government between President " + std::string(given) +
           " Mugabe and opposition leader Morgan Tsvangirai.";
  };
  EXPECT_THAT(NameFindings(CheckLines(ko, english("Cooperation"))),
              ::testing::ElementsAre(HasSubstr("Cooperation")));
  EXPECT_THAT(NameFindings(CheckLines(ko, english("Accomplished"))),
              ::testing::ElementsAre(HasSubstr("Accomplished")));
  // Given names, dictionary words or not, that Korean leaves out (not another name of one the
  // news names often: "Mohammed Mugabe", FamousPersonsGivenNames).
  for (std::string_view given : {"Robert", "Clement", "Reed", "Charity"}) {
    EXPECT_THAT(NameFindings(CheckLines(ko, english(given))), ::testing::IsEmpty()) << given;
  }
}

// A surname follows the given name in both languages: a word in its place that renders nothing
// of the Korean, where the Korean's surname is rendered nowhere, is a name put in another's.
TEST_F(NameCheckTest, WordInASurnamesPlaceIsReported) {
  const std::string ko = "그의 누이 제니 베일은 런던의 한 호텔에서 열린 시사회에 참석했다.";
  EXPECT_THAT(
      NameFindings(
          CheckLines(ko, "His sister Jenny Affairs attended the premiere at a London hotel.")),
      ::testing::ElementsAre(::testing::AllOf(HasSubstr("Jenny Affairs"), HasSubstr("베일"))));
  EXPECT_THAT(NameFindings(
                  CheckLines(ko, "His sister Jenny Bale attended the premiere at a London hotel.")),
              ::testing::IsEmpty());
  // The surname left out, or rendered elsewhere in the sentence: nothing put in its place.
  EXPECT_THAT(
      NameFindings(CheckLines(ko, "His sister Jenny attended the premiere at a London hotel.")),
      ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Jenny, the sister of Bale, attended the premiere at a "
                                      "London Hotel.")),
              ::testing::IsEmpty());
  // A surname that need not look transliterated, only no ordinary word (돌란 Dolan).
  EXPECT_THAT(NameFindings(CheckLines("팀 돌란 대변인은 회의가 다음 주에 열린다고 말했다.",
                                      "Spokesman Tim Institute said the meeting will be held next "
                                      "week.")),
              ::testing::ElementsAre(HasSubstr("돌란")));
  // The word after the matched one is no name but a place's kind, which the lexicon knows.
  EXPECT_THAT(NameFindings(CheckLines("여객기는 마닐라 국제공항에 무사히 착륙했다.",
                                      "The plane landed safely at Manila International Airport.")),
              ::testing::IsEmpty());
}

// The Korean name a finding offers as the one the English put another in place of is the likeliest
// of those left over: a name before an ordinary word (비디오 'video'), one of the English name's
// kind (a place for Berlin, a person's name for Walker), each a different one where it can.
TEST_F(NameCheckTest, FindingOffersTheLikeliestKoreanCounterpart) {
  const std::string ko = "비디오에서 고든 의원은 도쿄에 갔다고 말했다.";
  EXPECT_THAT(
      NameFindings(CheckLines(ko, "In a recording, Senator Gordon said he went to Berlin.")),
      ::testing::ElementsAre(::testing::AllOf(HasSubstr("Berlin"), HasSubstr("도쿄"))));
  EXPECT_THAT(
      NameFindings(CheckLines(ko, "In a recording, Senator Walker said he went to Berlin.")),
      ::testing::UnorderedElementsAre(::testing::AllOf(HasSubstr("Walker"), HasSubstr("고든")),
                                      ::testing::AllOf(HasSubstr("Berlin"), HasSubstr("도쿄"))));
  // With nothing better left over, the ordinary word is still offered.
  EXPECT_THAT(NameFindings(CheckLines("비디오에서 고든 의원은 그곳에 갔다고 말했다.",
                                      "In a recording, Senator Gordon said he went to Berlin.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("Berlin"), HasSubstr("비디오"))));
}

// A name the English has on its own, neither in the Korean nor in the sentences around it in
// either language, is reported at the end of the document.
TEST_F(NameCheckTest, NamesTheEnglishAddsOnItsOwn) {
  const std::string ko = "회담이 열렸다.\n이번 회담은 오후에 끝났다.\n모두 돌아갔다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Talks were held.\nThe talks with Tokuda ended in the "
                                      "afternoon.\nAll went home.")),
              ::testing::ElementsAre(::testing::AllOf(
                  HasSubstr("Tokuda"), HasSubstr("neither the Korean nor the sentences around"))));
  // Mentioned in an English sentence around it, or by the Korean of one.
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "Talks with Tokuda were held.\nThe talks with Tokuda "
                                      "ended in the afternoon.\nAll went home.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines("도쿠다와 회담이 열렸다.\n이번 회담은 오후에 끝났다.\n모두 돌아갔다.",
                              "Talks were held.\nThe talks with Tokuda ended in the "
                              "afternoon.\nAll went home.")),
      ::testing::IsEmpty());
  // A first name sharing the next one's surname; a headline's capitals.
  EXPECT_THAT(NameFindings(CheckLines("바이든 부부가 왔다.", "Joe and Jill Biden came.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("회담 오후에 끝나", "Talks With Gerry End In Afternoon")),
              ::testing::IsEmpty());
  // A sentence whose words are mostly names is no headline while its verb is in lower case.
  EXPECT_THAT(NameFindings(CheckLines("그는 경남 양산에 머물고 있다.",
                                      "He is staying in Gimhae, South Gyeongsang.")),
              ::testing::ElementsAre(::testing::AllOf(
                  HasSubstr("Gimhae"), HasSubstr("neither the Korean nor the sentences around"))));
  EXPECT_THAT(NameFindings(CheckLines("문재인 전 대통령은 양산에 머물고 있다.",
                                      "Former President Moon Jae-in is staying in Gimhae.")),
              ::testing::ElementsAre(HasSubstr("Gimhae")));
}

// Landmarks English calls by a translation, not a transliteration (자금성 the Forbidden City,
// 만리장성 the Great Wall, 붉은광장 Red Square), have their counterparts in the lexicon.
TEST_F(NameCheckTest, LandmarksEnglishTranslates) {
  EXPECT_THAT(
      NameFindings(CheckLines("중국을 찾은 관광객들은 베이징의 자금성을 둘러보며 사진을 찍었다.",
                              "Tourists who came to China took pictures as they toured "
                              "the Forbidden City in Beijing.")),
      ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(
                  "관광객들은 버스를 타고 만리장성까지 가는 데 두 시간이 걸렸다고 말했다.",
                  "The tourists said it took them two hours to get to the "
                  "Great Wall by bus.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines("수천 명의 시위대가 모스크바 붉은광장 근처에 모여 구호를 외쳤다.",
                              "Thousands of protesters gathered near Red Square in Moscow "
                              "and chanted slogans.")),
      ::testing::IsEmpty());
}

// A word whose last syllable looks like a particle is read whole when its stem means nothing
// (민주주의 is no 민주주 + 의): "Democracy" has its counterpart.
TEST_F(NameCheckTest, WordsEndingLikeAParticleKeepTheirMeaning) {
  EXPECT_THAT(NameFindings(CheckLines("그는 민주주의 단체를 세운 도쿠다를 만났다.",
                                      "He met Walker of the Democracy group.")),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("Walker"), HasSubstr("도쿠다"))));
}

// A bare institution word stands for a name: put in place of one, it is reported; with its
// counterpart (연구소 institute), it is not.
TEST_F(NameCheckTest, ABareInstitutionWordNeedsACounterpart) {
  EXPECT_THAT(
      NameFindings(CheckLines("그는 추크슈피체를 바라보았다.", "He looked at the Institute.")),
      ::testing::ElementsAre(::testing::AllOf(HasSubstr("Institute"), HasSubstr("추크슈피체"))));
  EXPECT_THAT(NameFindings(CheckLines("그는 연구소에서 추크슈피체를 바라보았다.",
                                      "He looked at the Zugspitze from the Institute.")),
              ::testing::IsEmpty());
}

// "North" alone and "North Korea" are 북한; North Carolina is not.
TEST_F(NameCheckTest, NorthBeforeAnotherNameIsADirection) {
  EXPECT_THAT(
      NameFindings(CheckLines("결국 북한은 회담에 참가했다.",
                              "In the end North Carolina joined the talks.")),
      ::testing::ElementsAre(::testing::AllOf(HasSubstr("North Carolina"), HasSubstr("북한"))));
  EXPECT_THAT(NameFindings(CheckLines("결국 북한은 회담에 참가했다.",
                                      "In the end North Korea joined the talks.")),
              ::testing::IsEmpty());
  EXPECT_THAT(ReplacedNameFindings(CheckLines("결국 북한은 회담에 참가했다.",
                                              "In the end the North joined the talks in Lopez.")),
              ::testing::IsEmpty());
}

// Acronyms count among the English mentions of a place (EU for 유럽 연합).
TEST_F(NameCheckTest, AcronymsAreMentionsToo) {
  EXPECT_THAT(ReplacedNameFindings(CheckLines("유럽 연합은 유럽 시장을 열었다.",
                                              "The EU opened the European market to Lopez.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("유럽 연합은 유럽 시장을 열었다.",
                                      "Lopez opened the European market to Lopez.")),
              ::testing::Not(::testing::IsEmpty()));
}

// A name's transliteration is capitalized in English: a lower-case word that sounds alike (유럽,
// "reopening") is no counterpart of a place the check knows.
TEST_F(NameCheckTest, LowerCaseWordsAreNoCounterpartOfAKnownName) {
  EXPECT_THAT(NameFindings(CheckLines("유럽에 대한 지원을 약속했다.",
                                      "He promised Lopez support in the year of reopening.")),
              ::testing::ElementsAre(::testing::HasSubstr("유럽")));
}

// Korean writes a name and an ordinary word as one (마스터스시리즈, 유럽위원회), and English runs a
// name into a hyphenated compound (Boston-based); descriptive words in a name need no counterpart
// when the document writes them in lower case.
TEST_F(NameCheckTest, CompoundsOnEitherSideStillMatch) {
  // A prize named for someone: 오스카상 (Oscar + 상).
  EXPECT_THAT(NameFindings(CheckLines("오스카상 수상자인 도쿠다가 왔다.",
                                      "Oscar-winning actress Tokuda came.")),
              ::testing::IsEmpty());
  // A follower's name: 마오주의 (Mao + -ism), Maoists (Mao + -ists).
  EXPECT_THAT(NameFindings(CheckLines("마오주의 반군은 선거에서 이겼다.",
                                      "In the end the Maoists won the election.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("탈라바니는 토론토 마스터스시리즈 결승에서 이겼다.",
                                      "Talabani won the final of the Toronto Masters.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("탈라바니는 유럽위원회를 비판했다.",
                                      "Talabani criticized the European Commission.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("도쿠다는 보스턴에 있는 회사를 세웠다.",
                                      "Tokuda founded the Boston-based company.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines("열대성 폭풍이 접근했다.\n탈라바니는 열대성 폭풍 돌리를 피했다.",
                              "A tropical storm came.\nTalabani fled Tropical Storm Dolly.")),
      ::testing::IsEmpty());
}

// One Korean name, two English spellings in one article: NAME_INCONSISTENT on the later one.
TEST_F(NameCheckTest, ANameSpelledTwoWaysIsInconsistent) {
  auto inconsistent = [&](const std::string& ko, const std::string& en) {
    std::vector<std::string> out;
    for (const Finding& f : CheckLines(ko, en).findings) {
      if (f.code == "NAME_INCONSISTENT")
        out.push_back(std::to_string(f.pair_index) + " " + f.message);
    }
    return out;
  };
  const std::string person = "이하경 주필이 말했다.\n이하경 주필은 덧붙였다.";
  EXPECT_THAT(inconsistent(person, "Editor Lee Ha-kyung said.\nEditor Rhee Ha-kyung added."),
              ::testing::ElementsAre(::testing::AllOf(::testing::StartsWith("1 "),
                                                      ::testing::HasSubstr("Rhee Ha-kyung"))));
  EXPECT_THAT(inconsistent(person, "Editor Lee Ha-kyung said.\nEditor Ha-kyung Lee added."),
              ::testing::IsEmpty());
  const std::string foreign = "탈라바니 대통령이 말했다.\n탈라바니는 덧붙였다.";
  EXPECT_THAT(inconsistent(foreign, "President Talabani said.\nLater, Talibani added."),
              ::testing::ElementsAre(::testing::HasSubstr("\"Talibani\" here but \"Talabani\"")));
  EXPECT_THAT(inconsistent(foreign, "President Talabani said.\nTalabani's aide added."),
              ::testing::IsEmpty());
  // A Korean name without a title (a player's, named alone) as the English spells it in Korean
  // shape.
  const std::string listed = "박서준은 이날 결승골을 넣었다.\n박서준은 경기 뒤 인터뷰를 했다.";
  EXPECT_THAT(inconsistent(listed,
                           "Park Seo-jun scored the winner on the day.\n"
                           "Park Seo-joon gave an interview after the match."),
              ::testing::ElementsAre(::testing::HasSubstr("\"Park Seo-joon\" here")));
  EXPECT_THAT(inconsistent(listed,
                           "Park Seo-jun scored the winner on the day.\n"
                           "Park Seo-jun gave an interview after the match."),
              ::testing::IsEmpty());
  // A Korean person's name matched by its romanization: any other spelling is a second one,
  // however far apart; its words in the other order, or hyphens and spaces, are not.
  EXPECT_THAT(inconsistent(listed,
                           "Park Seo-jun scored the winner on the day.\n"
                           "Park Suh-joon gave an interview after the match."),
              ::testing::ElementsAre(::testing::HasSubstr("\"Park Suh-joon\" here")));
  EXPECT_THAT(inconsistent(listed,
                           "Park Seo-jun scored the winner on the day.\n"
                           "Seo-jun Park gave an interview after the match."),
              ::testing::IsEmpty());
  EXPECT_THAT(
      inconsistent("박의춘 외무상이 말했다.\n박의춘 외무상은 덧붙였다.",
                   "Foreign Minister Pak Ui Chun said.\nForeign Minister Pak Ui-chun added."),
      ::testing::IsEmpty());
  // A derived form is no second spelling.
  EXPECT_THAT(inconsistent("텍사스 주민이 말했다.\n텍사스 사람들이 모였다.",
                           "A Texas resident said.\nTexans gathered."),
              ::testing::IsEmpty());
  // A name the lexicon knows, garbled where a transliteration passes it: its spelling elsewhere
  // in the document is the reference, whichever comes first. Not a short name or an English word
  // of its own (Roma, Asian).
  const std::string beijing = "시진핑 주석은 베이징에서 연설했다.\n베이징 올림픽 이후 처음이다.";
  EXPECT_THAT(
      inconsistent(beijing,
                   "Xi Jinping gave a speech in Bejing.\nIt was his first since the "
                   "Beijing Olympics."),
      ::testing::ElementsAre(::testing::AllOf(
          ::testing::StartsWith("0 "), ::testing::HasSubstr("\"Bejing\" here but \"Beijing\""))));
  EXPECT_THAT(inconsistent(beijing,
                           "Xi Jinping gave a speech in Beijing.\nIt was his first since the "
                           "Beijing Olympics."),
              ::testing::IsEmpty());
  EXPECT_THAT(
      inconsistent("로마에서 열렸다.\n로마 구단이 이겼다.", "It was held in Rome.\nRoma won."),
      ::testing::IsEmpty());
}

// Names in a dateline ("LONDON, England (CNN)") are where the story was filed, not translation.
TEST_F(NameCheckTest, DatelineNamesAreNotChecked) {
  EXPECT_THAT(NameFindings(CheckLines("도쿠다 씨가 로스앤젤레스에서 말했다.",
                                      "LONDON, England (CNN) Mr. Tokuda spoke in Los Angeles.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("도쿠다 씨가 로스앤젤레스에서 말했다.",
                                      "Mr. Tokuda spoke in England.")),
              ::testing::ElementsAre(::testing::HasSubstr("England")));
  // Where a dateline has no place of the gazetteer after its city, that word is checked.
  EXPECT_THAT(NameFindings(CheckLines("독일 뮌헨에서 도쿠다가 연설했다.",
                                      "MUNICH, Lopez (CNN) Tokuda spoke.")),
              ::testing::ElementsAre(HasSubstr("Lopez")));
  EXPECT_THAT(NameFindings(CheckLines("독일 뮌헨에서 도쿠다가 연설했다.",
                                      "MUNICH, Germany (CNN) Tokuda spoke.")),
              ::testing::IsEmpty());
}

// A capitalized word the document also writes in lower case is an ordinary word.
TEST_F(NameCheckTest, CapitalizedOrdinaryWordsAreNotNames) {
  const std::string ko = "그는 웹사이트를 만들었다.\n도쿠다는 탈라바니에게 말했다.";
  EXPECT_THAT(NameFindings(CheckLines(ko, "He built a game site.\nTokuda spoke of the Game.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko, "He built a site.\nTokuda spoke of the Game.")),
              ::testing::ElementsAre(::testing::HasSubstr("Game")));
}

// Latin text in the Korean that is not a name to carry over: an acronym glossing the Korean
// before it, or a phrase of English quoted in the Korean.
TEST_F(NameCheckTest, LatinGlossesAndQuotedEnglishNeedNotReachTheEnglish) {
  EXPECT_THAT(NameFindings(CheckLines("미 국립허리케인센터(NHC)의 국장이 경고했다.",
                                      "The director of the hurricane center warned.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("More than 25% of students agree. 대학생 25% 이상 동의",
                                      "More than a quarter of students agree.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines("NHC 국장이 경고했다.", "The director warned.")),
              ::testing::ElementsAre(::testing::HasSubstr("NAME_MISSING")));
}

// An acronym the Korean repeats where English, having named the organization, says "the
// agency": missing only when no English sentence around carries it either.
TEST_F(NameCheckTest, AcronymTheEnglishNamedAroundNeedNotRecur) {
  const std::string ko = "FDA는 고추를 조사했다.\nFDA는 유통업체가 원인이 아니라고 밝혔다.";
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "The FDA examined the peppers.\nThe agency said the "
                                      "distributor was not the source.")),
              ::testing::IsEmpty());
  EXPECT_THAT(NameFindings(CheckLines(ko,
                                      "The Food and Drug Administration examined the "
                                      "peppers.\nThe agency said the distributor was not the "
                                      "source.")),
              ::testing::IsEmpty());
  EXPECT_THAT(
      NameFindings(CheckLines(ko,
                              "Officials examined the peppers.\nThe agency said the "
                              "distributor was not the source.")),
      ::testing::ElementsAre(::testing::HasSubstr("NAME_MISSING: Korean has the name FDA"),
                             ::testing::HasSubstr("NAME_MISSING: Korean has the name FDA")));
}

}  // namespace
}  // namespace galley::checks
