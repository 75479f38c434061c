#include "common/names/phonetic_match.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace galley::names {
namespace {

TEST(PhonemesTest, HangulSyllablesSpellTheirJamo) {
  EXPECT_EQ(HangulPhonemes("고든"), "KoT@N");            // ㅡ is the epenthetic @.
  EXPECT_EQ(HangulPhonemes("워싱턴"), "w3SiGT3N");       // Glide w, ㅓ as 3, final ㅇ as G.
  EXPECT_EQ(HangulPhonemes("할리우드"), "HaLiuT@");      // Final ㄹ + initial ㄹ: one L.
  EXPECT_EQ(HangulPhonemes("IBM 고든"), "KoT@N");        // Anything else is skipped.
}

TEST(PhonemesTest, LatinFollowsEnglishSpelling) {
  EXPECT_EQ(LatinPhonemes("Gordon"), "KoRToN");
  EXPECT_EQ(LatinPhonemes("Walker"), "waKeR");   // Silent l of -alk.
  EXPECT_EQ(LatinPhonemes("Smith"), "SMiQ");     // th.
  EXPECT_EQ(LatinPhonemes("Knight"), "NiT");     // Silent k and gh.
  EXPECT_EQ(LatinPhonemes("Xinhua"), "SiNHua");  // Initial x is s.
  EXPECT_EQ(LatinPhonemes("school"), "SKuL");    // sch before o is sk,
  EXPECT_EQ(LatinPhonemes("Schmidt"), "SMiT");   // elsewhere German sh.
  EXPECT_EQ(LatinPhonemes("Pew"), "Pyu");        // ew is yu (퓨),
  EXPECT_EQ(LatinPhonemes("Lewis"), "LewiS");    // but not before a vowel.
  EXPECT_EQ(LatinPhonemes("Designer"), "TeSiNeR");  // -ign is ine (디자이너),
  EXPECT_EQ(LatinPhonemes("Signal"), "SiKNaL");      // but the g sounds before a vowel
  EXPECT_EQ(LatinPhonemes("Wagner"), "waKNeR");      // and after another letter.
  EXPECT_EQ(LatinPhonemes("Pittsburgh"), "PiJPuRK");  // ts is 츠,
  EXPECT_EQ(LatinPhonemes("Trotsky"), "TRoJKi");
  EXPECT_EQ(LatinPhonemes("Hotspur"), "HoTSPuR");  // but t and s apart before a cluster.
  EXPECT_EQ(LatinPhonemes("Edwards"), "eTwaRJ");   // ds is ㅈ at the end
  EXPECT_EQ(LatinPhonemes("Windsor"), "wiNJoR");   // and after n,
  EXPECT_EQ(LatinPhonemes("Hudson"), "HuTSoN");    // d and s apart elsewhere.
  EXPECT_EQ(LatinPhonemes("Xavier"), "JaPieR");    // Initial x before a, e, o or y is z,
  EXPECT_EQ(LatinPhonemes("Xinhua"), "SiNHua");    // before i or u Pinyin's s,
  EXPECT_EQ(LatinPhonemes("Texas"), "TeKSaS");     // ks elsewhere.
  EXPECT_EQ(LatinPhonemes("Renault"), "ReNo");     // French final -ault is o,
  EXPECT_EQ(LatinPhonemes("Default"), "TePauLT");  // English -fault, -vault, -sault not.
  EXPECT_EQ(LatinPhonemes("Ange"), "aNJe");        // Soft g after n: final -nge,
  EXPECT_EQ(LatinPhonemes("Angela"), "aNJeLa");    // -angel-;
  EXPECT_EQ(LatinPhonemes("Engel"), "eGKeL");      // German Engel keeps its ng.
  EXPECT_EQ(LatinPhonemes("Qian"), "JiaN");        // Pinyin q is ㅊ,
  EXPECT_EQ(LatinPhonemes("Qatar"), "KaTaR");      // Arabic q a k.
  EXPECT_EQ(LatinPhonemes("Nike"), "NaiKe");       // Long i before a final e: 아이,
  EXPECT_EQ(LatinPhonemes("Tylers"), "TaiLeRS");
  EXPECT_EQ(LatinPhonemes("Kennedy"), "KeNeTi");  // but not elsewhere,
  EXPECT_EQ(LatinPhonemes("Gilles"), "JiLeS");    // nor before a doubled consonant.
  EXPECT_EQ(LatinPhonemes("Wheatstone"), "HeaTSToNe");
  // A letter hyphenated to a word is read by its name: J-Hope 제이홉, K-pop 케이팝.
  EXPECT_EQ(LatinPhonemes("J-Hope"), "JeiHoPe");
  EXPECT_EQ(LatinPhonemes("K-pop"), "KeiPoP");
  EXPECT_EQ(LatinPhonemes("T-Mobile"), "TiMoPaiLe");
  // A final -ture is 처 (Nature 네이처, Ventures 벤처스), not t + ure (Stuart 스튜어트).
  EXPECT_EQ(LatinPhonemes("Nature"), "NaJ3");
  EXPECT_EQ(LatinPhonemes("Ventures"), "PeNJ3S");
  EXPECT_EQ(LatinPhonemes("Stuart"), "STuaRT");
  // oo is one u, in English (Hood 후드) and in the romanizations Korean firms keep (Doosan 두산).
  EXPECT_EQ(LatinPhonemes("Hood"), "HuT");
  EXPECT_EQ(LatinPhonemes("Doosan"), "TuSaN");
  EXPECT_EQ(LatinPhonemes("Poongsan"), "PuGSaN");
  // air before a consonant or at the end, and a final aire, are 에어; before a vowel a and i.
  EXPECT_EQ(LatinPhonemes("Blair"), "PLe3R");
  EXPECT_EQ(LatinPhonemes("Fairfax"), "Pe3RPaKS");
  EXPECT_EQ(LatinPhonemes("Claire"), "KLe3R");
  EXPECT_EQ(LatinPhonemes("Cairo"), "KaiRo");
}

TEST(PhonemesTest, LongWordsReadWhole) {
  // Past the readers' stack buffers (96 phonemes): 40 syllables of Hangul, 100 letters.
  std::string hangul, expected_hangul, latin, expected_latin;
  for (int i = 0; i < 20; ++i) {
    hangul += "고든";
    expected_hangul += "KoT@N";
  }
  for (int i = 0; i < 10; ++i) {
    // x after the first letter is ks, and ks merges with no neighbour; the first, before a, is z.
    latin += "Xaxaxaxaxa";
    expected_latin += i == 0 ? "JaKSaKSaKSaKSa" : "KSaKSaKSaKSaKSa";
  }
  EXPECT_EQ(HangulPhonemes(hangul), expected_hangul);
  EXPECT_EQ(LatinPhonemes(latin), expected_latin);
}

TEST(PhonemeSimilarityTest, NamesMatchTheirTransliterations) {
  // Epenthetic 스/트, a dropped r, th as ㅅ, silent l, y for a Slavic j, ㅓ for -er, compounds,
  // French eau.
  const std::pair<const char*, const char*> kPairs[] = {
      {"고든", "Gordon"},
      {"로렌스", "Lawrence"},
      {"탈라바니", "Talabani"},
      {"키르쿠크", "Kirkuk"},
      {"사라예보", "Sarajevo"},
      {"워커", "Walker"},
      {"스미스", "Smith"},
      {"잉글랜드", "England"},
      {"할리우드", "Hollywood"},
      {"신화", "Xinhua"},
      {"에르도간", "Erdogan"},
      {"요르단", "Jordan"},
      {"로스앤젤레스", "LosAngeles"},
      {"모로", "Moreau"},
      {"홋스퍼", "Hotspur"},
      {"피츠버그", "Pittsburgh"},
      {"안지", "Ange"},
      {"앤젤라", "Angela"},
      {"레인저스", "Rangers"},
      {"깁슨", "Gibson"},
      {"황", "Huang"},
      {"아우디이우카", "Avdiivka"},
      {"바그너", "Wagner"},
      {"타이거즈", "Tigers"},
      {"푸케", "Fouquet"},
      {"윈저", "Windsor"},
      {"에드워즈", "Edwards"},
      {"린지", "Lindsay"},
      {"제이비어", "Xavier"},
      {"제록스", "Xerox"},
      {"르노", "Renault"},
      {"푸코", "Foucault"},
  };
  for (const auto& [hangul, latin] : kPairs) {
    EXPECT_GE(TransliterationSimilarity(hangul, latin), kTransliterationMatch)
        << hangul << " " << HangulPhonemes(hangul) << " vs " << latin << " " << LatinPhonemes(latin);
  }
}

TEST(PhonemeSimilarityTest, OtherNamesDoNot) {
  const std::pair<const char*, const char*> kPairs[] = {
      {"탈라바니", "Kepley"}, {"부시", "Beijing"}, {"고든", "Walker"},   {"오바마", "Clinton"},
      {"워싱턴", "Boston"},   {"처칠", "Michael"}, {"크라이슬러", "Ford"},
  };
  for (const auto& [hangul, latin] : kPairs) {
    EXPECT_LT(TransliterationSimilarity(hangul, latin), kTransliterationMatch)
        << hangul << " " << HangulPhonemes(hangul) << " vs " << latin << " " << LatinPhonemes(latin);
  }
}

TEST(PhonemeSimilarityTest, IsOneForIdenticalStringsAndZeroForEmpty) {
  EXPECT_DOUBLE_EQ(PhonemeSimilarity("KoRToN", "KoRToN"), 1.0);
  EXPECT_DOUBLE_EQ(PhonemeSimilarity("", "KoRToN"), 0.0);
  EXPECT_DOUBLE_EQ(PhonemeSimilarity("KoT@N", ""), 0.0);
}

// PhonemesMatch is the fast form of the threshold test: it must agree with PhonemeSimilarity
// wherever the weights are within the ratio it assumes.
TEST(PhonemesMatchTest, AgreesWithTheSimilarity) {
  // Pairs that match, pairs that do not, and near misses whose consonants alone decide (요르단 has
  // a y for Jordan's J, 호르헤 an h for Jorge's, 런던 no vowel where London has one).
  const char* kHangul[] = {"고든", "로렌스", "탈라바니", "워커", "부시", "사라예보", "오바마",
                           "신화", "요르단", "호르헤", "런던", "잉글랜드", "스미스", "대처"};
  const char* kLatin[] = {"Gordon", "Lawrence", "Talabani", "Walker", "Bush", "Sarajevo", "Obama",
                          "Xinhua", "Kepley", "Beijing", "Clinton", "Jordan", "Jorge", "London",
                          "England", "Smith", "Thatcher", "Yordan", "Mozart"};
  for (const char* h : kHangul) {
    for (const char* l : kLatin) {
      const std::string hp = HangulPhonemes(h), lp = LatinPhonemes(l);
      const double hw = PhonemeWeight(hp), lw = PhonemeWeight(lp);
      if (hw < 0.6 * lw || hw > 2.0 * lw) {
        EXPECT_FALSE(PhonemesMatch(hp, lp, kTransliterationMatch)) << h << " " << l;
        continue;
      }
      for (double threshold : {0.3, 0.5, kTransliterationMatch, 0.8}) {
        EXPECT_EQ(PhonemesMatch(hp, lp, threshold), PhonemeSimilarity(hp, lp) >= threshold)
            << h << " " << l << " " << threshold;
        // The fast form says how well, the same figure.
        const double similarity = PhonemeMatchSimilarity(hp, hw, lp, lw, threshold);
        if (similarity >= 0) {
          EXPECT_DOUBLE_EQ(similarity, PhonemeSimilarity(hp, lp)) << h << " " << l;
        }
      }
    }
  }
}

}  // namespace
}  // namespace galley::names
