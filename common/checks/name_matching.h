// How the name check decides that a Korean word and an English word name the same thing by sound:
// the forms a Hangul word may write a name in, the English words a transliteration may render,
// and the Korean side of a pair read once and shared by all the check's questions, with the
// thresholds and tests its parts share. Internal to the name check (name_check.cc, korean_orphans,
// english_name_context, document_name_reports); graded by names/phonetic_match.h.
#ifndef GALLEY_COMMON_CHECKS_NAME_MATCHING_H_
#define GALLEY_COMMON_CHECKS_NAME_MATCHING_H_

#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/align/sentence_features.h"
#include "common/names/korean_words.h"
#include "common/names/name_finder.h"
#include "common/text/sentence_splitter.h"

namespace galley::checks::name_matching {

// Whether a Hangul word may be a transliterated name: it looks transliterated (스, 트, an initial
// ㄹ), or it is not an ordinary dictionary word (이번, 오후 and 비디오 are; 탈라바니 and 도쿠다 are
// not) and its syllables are not plainly native.
bool MayBeName(std::string_view stem);
// Whether word stem `stem`, followed by `after` (the rest of the sentence), stands before a
// place and a title (부시 미국 대통령, 후진타오 중국 국가주석), the way Korean news names a foreign
// official, and is no word the lexicon knows nor a title itself: a name, whatever else it may
// mean (부시 is a dictionary word too).
bool BeforeTitle(std::string_view stem, std::string_view after);

// A form a Hangul word may transliterate a name in.
struct HangulForm {
  std::string phonemes;
  double weight;            // names::PhonemeWeight(phonemes).
  std::string_view stem;    // The word's stem, to decide how close a match it needs.
  bool known_name;          // A person's name or a lexicon place: never held to the native bar.
  std::string_view after;   // The text after the word, up to the end of the sentence.
  std::string_view before;  // The text before the word, from the start of the sentence.
  // StemMayBeName(*this) once asked: 1 or 0; -1 not yet. Forms are compared with many English
  // words and the test costs dictionary lookups.
  mutable int8_t may_be_name = -1;
  // The bytes of the stem's start the form was made of where that is a part of the stem (파리 of
  // 파리올림픽, the name before a compound's rest); 0 for the stem itself or another part. A size
  // rather than a view: forms are many and read in the transliteration search's inner loop.
  uint16_t head_size = 0;
  // The stem's start the form was made of, or empty.
  std::string_view head() const { return stem.substr(0, head_size); }
};
// Whether the word of `h` may be a name: MayBeName(h.stem), BeforeTitle, the word before a
// BeforeTitle word (조지 of 조지 부시 미국 대통령), or a word no dictionary has between a word that
// may be a name and a title (오서 of 브라이언 오서 코치). Remembered in `h`.
bool StemMayBeName(const HangulForm& h);

// A native word matches a name only by a closer likeness than a word that looks transliterated:
// a sentence has many native words (있다고, 담고), and short names resemble some of them by chance.
inline constexpr double kNativeWordMatch = 0.8;

// Whether a word of two syllables is a name of one before a particle (벨은 Bell, 톰이 Tom), which
// the particle stripper leaves whole as it keeps two syllables: a syllable loanwords have (벨, 톰,
// 폴 score 2.4 to 2.7 by names::LoanwordScore; 그 of 그는 0.7, 중 of 중에 -4.1) and a particle.
bool OneSyllableNameBeforeParticle(std::string_view stem);

// Where a compound that a name the lexicon knows begins splits after it, when the rest is a name
// of its own that English writes as a word apart (두산에너빌리티 Doosan Enerbility, 롯데칠성 Lotte
// Chilsung): the byte length of the known name (the longest that leaves two syllables); 0 for any
// other word. Not when the rest is ordinary Korean, a dictionary word (삼성전자's 전자 is
// "Electronics", no name, which would let any word after "Samsung" ride on it) or words run
// together (이라크합의전선's 합의전선 the Accord Front, 아세안지역안보포럼's 지역안보포럼 the
// Regional Forum), which English translates. `stem`: a Hangul word, particle stripped.
// `head_concepts`, if given, is overwritten; where the result is not 0 it holds the known name's
// lexicon concepts.
size_t KnownNameHead(std::string_view stem, std::vector<uint32_t>* head_concepts = nullptr);

// Appends the forms of Hangul word `w` of `ko`: its stem, the stem without a name suffix
// (텍사스주 -> 텍사스), without a prize's 상, a university's 대 or a match's 전 (노벨상, 하버드대,
// 리버풀전), its first
// syllable when OneSyllableNameBeforeParticle, the whole word when
// what looked like a one-syllable particle may end the name (콜로라도 is Colorado, not 콜로라 + 도
// 'also'), and the name part of a compound with an ordinary word (마스터스시리즈; 루브르박물관, an
// entry of the dictionary). `stem` views into `ko`.
void AddHangulForms(std::string_view ko, const names::HangulWord& w, bool known_name,
                    std::vector<HangulForm>* out);

// Whether Hangul word stem `stem` names two or three countries by a syllable each, as Korean news
// writes their relations (미일 the U.S. and Japan, 북중 North Korea and China, 한중일; 미중간
// between the U.S. and China), and is no word the lexicon knows (북한, 한미): the lexicon concepts
// of each of the countries, in order; none otherwise.
std::vector<std::vector<uint32_t>> CountryAbbreviation(std::string_view stem);

// Whether `word` is a lower-case particle of a European or Arabic name (da Silva, van Gogh, de
// Gaulle, al-Maliki, von der Leyen), which Korean writes together with the name after it (다시우바,
// 반고흐, 드골, 폰데어라이엔).
bool IsNameParticle(std::string_view word);
// Whether `word` is a lower-case particle of an Arabic name that Korean writes as a word apart (bin
// of Mohammed bin Salman: 무함마드 빈 살만; ibn).
bool IsNameParticleWrittenApart(std::string_view word);

// An English word (or two run together) as a transliteration may render it, with the similarity
// it needs.
struct LatinForm {
  std::string phonemes;
  double weight;     // names::PhonemeWeight(phonemes).
  double threshold;
  // The English it was read from, where EnglishWordPhonemes made it (a view into its text; empty
  // otherwise).
  std::string_view source = {};
};
LatinForm MakeLatinForm(std::string_view word, double threshold);

// Lower-case English words are loanwords (쿠데타 coup, 리조트 resort, 랍비 rabbi) and need a closer
// likeness than names, since a sentence has many of them.
inline constexpr double kLowerCaseWordMatch = 0.75;

// The forms of the words of an English sentence, of one kind: capitalized words and two of them
// run together (월드시리즈 World Series) as names; lower-case words of four letters or more and
// neighbours run together with one (리서치센터 research center) as loanwords.
enum class EnglishWordKind { kNames, kLoanwords };
std::vector<LatinForm> EnglishWordPhonemes(std::string_view en, EnglishWordKind kind);

// Whether `l` transliterates `h`, by the stricter of their thresholds; a Hangul word that may not
// be a name needs kNativeWordMatch (decided only for words that come close, as it costs
// dictionary lookups).
bool Transliterates(const HangulForm& h, const LatinForm& l);
// How well `l` transliterates `h` (its PhonemeSimilarity) when Transliterates, else -1.
double Transliteration(const HangulForm& h, const LatinForm& l);

// Whether some form of `latin` transliterates some form of `hangul` by `threshold` (in place of
// the English forms' own).
bool AnyTransliterates(const std::vector<HangulForm>& hangul, const std::vector<LatinForm>& latin,
                       double threshold);

// English writes a name with a capital: a loanword (a lower-case word: 쿠데타 coup) renders a
// Korean word that may be a name only by a closer likeness than kLowerCaseWordMatch, and never a
// name the check knows to be one (a person's, a lexicon place's: 유럽 is not "well of").
inline constexpr double kNameAsLowerCaseWordMatch = 0.85;

// Whether the lexicon knows Hangul word stem `stem` as a name: the whole stem, or the stem without
// a place's suffix (청주시: 청주); not a longer word that begins like one (인텔리전스, which begins
// like 인텔 Intel).
bool IsKnownName(std::string_view stem);

// Whether English word `word` (ASCII letters, any case) is a common word, a lower-case entry of
// the English word list, that begins no name of several words the lexicon knows (not "Real", of
// Real Madrid): never the transliteration of a name the lexicon knows, whose English the lexicon
// has ("Quality" and 그리스 Greece are alike by chance).
bool IsCommonWordOfNoKnownName(std::string_view word);

// Whether Hangul word stem `stem` names what the lexicon knows as a name and its syllables look
// native, not transliterated (a loanword score under 0): a Korean place, which English romanizes
// (청주 Cheongju, 아산 Asan), or a Sino-Korean name (대만 Taiwan); not 아세안 ASEAN or 이란 Iran.
bool IsNativeKnownName(std::string_view stem);

// A word right after a number is a counter or unit, never a name: after a digit (23일에, 3명), or
// after a number written as a word of its own with numeral units or thousands (500억 달러, 1,000
// 달러; not 2008년 오바마, after a counter, nor 스냅드래곤 8 엘리트, a model's name).
bool AfterNumber(std::string_view ko, const names::HangulWord& w);

// The Korean side of a pair as the name check reads it: its Hangul words, the lexicon concepts of
// its compounds' tails, and the name forms of its words, each built on first need. Views into
// `ko`, which must outlive it. Not thread-safe (one pair, one thread).
class KoreanSide {
 public:
  // `known`: the words as the aligner read them from these very bytes (a 1-1 pair), or null.
  KoreanSide(std::string_view ko, const std::vector<align::SentenceFeatures::WordSpan>* known)
      : ko_(ko), known_(known) {}
  std::string_view text() const { return ko_; }
  const std::vector<names::HangulWord>& words();
  // Lexicon concepts of the tails of compound words (유럽위원회's 위원회: commission;
  // 노동자체육장's 체육장: gymnasium), and the places that begin the lexicon's names of
  // institutions (한국은행's 한국: Korea), which the aligner, reading words by their longest
  // stem, does not see. Sorted.
  const std::vector<uint32_t>& compound_concepts();
  // Lexicon places named by whole words whose last syllable the particle stripper took (경기도 is
  // no 경기 + 도 'also'), which the aligner, reading stems, does not see. Sorted.
  const std::vector<uint32_t>& whole_word_places();
  // Korean names listed without a title (우홍선, 송상진, 김용원; 신동엽과), which
  // FindKoreanPersonNames does not take for names: words of three syllables that start with a
  // surname and are no dictionary or lexicon word, each as a person's name (spans in text()).
  // Read once, on first need.
  const std::vector<names::KoreanPersonName>& listed_names();
  // names::MatchPersonName of each of listed_names() in `en`, the pair's English (the same text on
  // every call): asked for each English name of a Korean's shape, and each a search of the whole
  // English. Read once, on first need.
  const std::vector<names::PersonNameMatch>& listed_name_matches(std::string_view en);
  // The first name form of the sentence's words that `latin` transliterates and `taken` (if
  // given; called with the form and the likeness's PhonemeSimilarity) does not refuse, or null;
  // valid until the next call. The words' forms are built only as far as needed: most English
  // names match a word early, and the forms of the words after it are never built.
  const HangulForm* FirstTransliterationOf(
      const LatinForm& latin,
      const std::function<bool(const HangulForm&, double)>& taken = nullptr);
  // Whether `latin` transliterates a form of a word of the sentence outside `excluded` (byte
  // offsets into the text) with a PhonemeSimilarity above `similarity`.
  bool RendersMoreClosely(const LatinForm& latin, double similarity, text::TextSpan excluded);
  // Whether `word` (an English word, any case) spells the surname of a person the sentence names
  // by surname and title alone (SurnameBeforeTitle) or with 씨 or 모 (SurnameWithHonorific). The
  // surnames are read once.
  bool NamesBySurname(std::string_view word);
  // Whether the sentence names anyone by surname that way (NamesBySurname of some spelling).
  bool NamesAnyoneBySurname() {
    ReadSurnames();
    return !surname_spellings_.empty();
  }
  // Whether `latin` is the surname of a whole Chinese name of the sentence (SurnameOfWholeName).
  // With `east_asian_only`, of a Chinese or Korean name of two syllables or more (마윈 Ma Yun,
  // 김범석), and no word with the epenthetic 으 of a Western name's transliteration (코르다 Korda,
  // whose 코 is no surname Ko).
  bool HasWholeNameWithSurname(const LatinForm& latin, bool east_asian_only = false);
  // Whether a form of a word of the sentence, any word, native or not, comes as close to `latin`
  // as its threshold: not held to kNativeWordMatch, for questions where a chance likeness errs
  // towards silence.
  bool AnyFormSoundsLike(const LatinForm& latin);
  // Whether `word` (ASCII, any case; hyphens ignored) is the Revised Romanization of a word of
  // the sentence, or of one without a place's suffix (해운대구: Haeundae; 경기도: Gyeonggi-do), or
  // from five letters on another spelling of it (Kaesong: 개성), or of the head of a compound
  // whose rest is ordinary Korean (백상예술대상: Baeksang): how English writes Korean places,
  // which a transliteration's likeness may miss. The romanizations are made once, on first need.
  // With `other_known_names_excluded`, not of a word the lexicon knows as a name: an English word
  // the lexicon knows as another name (Chungju, not 청주's Cheongju).
  bool HasRomanization(std::string_view word, bool other_known_names_excluded = false);

 private:
  // Builds the forms of every word not yet formed.
  void FormAllWords();

  std::string_view ko_;
  const std::vector<align::SentenceFeatures::WordSpan>* known_;
  bool words_read_ = false, compound_concepts_read_ = false, whole_word_places_read_ = false;
  size_t words_formed_ = 0;  // words()[0, words_formed_) have their forms in forms_.
  std::vector<names::HangulWord> words_;
  std::vector<HangulForm> forms_;
  std::vector<uint32_t> compound_concepts_;
  std::vector<uint32_t> whole_word_places_;
  bool listed_names_read_ = false;
  std::vector<names::KoreanPersonName> listed_names_;
  bool listed_name_matches_read_ = false;
  std::vector<names::PersonNameMatch> listed_name_matches_;
  // The first syllables of the words of two syllables or more, for HasWholeNameWithSurname.
  struct FirstSyllable {
    std::string_view stem;
    std::string phonemes;
    double weight;
  };
  bool first_syllables_read_ = false;
  std::vector<FirstSyllable> first_syllables_;
  // The words' romanizations, for HasRomanization.
  // The words HasRomanization compares with: the class of their first sound, and, made on first
  // need, the romanizations and keys of the stem and of the stem without a place's suffix.
  struct Romanization {
    std::string_view stem;
    // The stem with the 로 the particle stripper took as 'to, by' (동성로: 동성), as a road's
    // name ends (Dongseong-ro); empty if the word ends otherwise.
    std::string_view with_ro;
    char initial;
    std::vector<std::pair<std::string, std::string>> forms;
    int8_t known_name = -1;  // Whether the lexicon knows the stem as a name; -1 until asked.
  };
  bool romanized_ = false;
  std::vector<Romanization> romanizations_;
  // Reads surname_spellings_ on first need.
  void ReadSurnames();
  // The spellings of the surnames before titles, for NamesBySurname.
  bool surnames_read_ = false;
  std::vector<std::string_view> surname_spellings_;
};

// The usual English spellings of the surname that Hangul stem `stem` is with 씨 (Mr., Ms.) or 모
// (a given name withheld) glued on, as Korean reports name a private person (김씨는, 김모씨, 박모
// 씨: "Kim", "a man surnamed Park"), or with 통, the contraction of 대통령 that names a president
// (박통, 노통: "Park", "Roh"); null otherwise, and for words such as 추모 and 유통.
const std::vector<std::string_view>* SurnameWithHonorific(std::string_view stem);

// The usual English spellings of the surname that Hangul word `w` of `ko` is when it names a person
// by surname and title alone (윤 대통령, 김 위원장은, 윤 전 대통령), as English does ("President
// Yoon", "former President Yoon"); null otherwise. With `unambiguous`, not a syllable that as
// often means something else before a title (이 'this', 전 'former', 고 'the late', 한 'one', 양
// 'both', 신 'new', 현 'current').
const std::vector<std::string_view>* SurnameBeforeTitle(std::string_view ko,
                                                        const names::HangulWord& w,
                                                        bool unambiguous);

// Korean writes a Chinese name whole (시진핑 Xi Jinping, 후진타오 Hu Jintao), and English refers to
// the person by the surname alone ("President Xi"): whether `latin` renders the first syllable of
// Hangul word stem `stem`, a name of three syllables or more, by a likeness of
// kSurnameOfWholeNameMatch (one syllable resembles another easily).
inline constexpr double kSurnameOfWholeNameMatch = 0.9;
bool SurnameOfWholeName(std::string_view stem, const LatinForm& latin);

// The lexicon concepts of the lower-case words of `en` (hyphenated ones whole: inter-Korean),
// sorted.
std::vector<uint32_t> LowerCaseConcepts(std::string_view en);

// The capitalized words of an English sentence as a transliteration may render them, read on
// first need: which English word a Korean name renders when two come close (맥케인 is McCain's,
// not Morgan's, when the sentence has both). Views into `en`, which must outlive it. Not
// thread-safe.
class EnglishSide {
 public:
  explicit EnglishSide(std::string_view en) : en_(en) {}
  // Whether a capitalized word of the sentence outside `covered` (byte offsets into `en`; an
  // empty span leaves none out) transliterates `h` with a PhonemeSimilarity above `similarity`.
  bool RendersMoreClosely(const HangulForm& h, double similarity, text::TextSpan covered);
  // Whether a capitalized word of the sentence that may be a name (no title or other word common
  // in capitals: Secretary, whose sound echoes 스콧) transliterates `h`.
  bool RendersAsAName(const HangulForm& h);
  // Whether a lower-case word of the sentence of five letters or more transliterates `h` with a
  // PhonemeSimilarity above `similarity`: a loanword the English writes as a word (포럼 "forum",
  // 플랫폼 "platform"), which no name renders then.
  bool RendersInLowerCase(const HangulForm& h, double similarity);
  // Whether a lower-case word of the sentence expresses a lexicon concept of Korean word stem
  // `korean_stem` (리히터 and "magnitude").
  bool ExpressesInLowerCase(std::string_view korean_stem);
  // align::EvidenceForEnglishWord(word), remembered: the check asks for a name's words when it
  // explains the name and again when it looks for the Korean's names without a counterpart, and
  // each costs lexicon lookups. Valid as long as this object.
  const align::EnglishWordEvidence& Evidence(std::string_view word);

 private:
  struct Word {
    text::TextSpan span;
    LatinForm form;
  };
  // Reads words_ on first need.
  void ReadWords();
  std::string_view en_;
  bool read_ = false;
  std::vector<Word> words_;
  bool lower_case_read_ = false;
  std::vector<LatinForm> lower_case_words_;  // RendersInLowerCase's, once read.
  bool lower_case_concepts_read_ = false;
  std::vector<uint32_t> lower_case_concepts_;  // LowerCaseConcepts(en_), once read.
  // The words asked of Evidence, and theirs; a deque, whose elements stay where they are.
  std::deque<std::pair<std::string, align::EnglishWordEvidence>> evidence_;
};

// A Hangul syllable in UTF-8; a Korean's full name as most are, a surname and a given name of
// two syllables.
inline constexpr size_t kHangulSyllableBytes = 3;
inline constexpr size_t kKoreanFullNameBytes = 3 * kHangulSyllableBytes;

// From this likeness a Korean word renders a famous surname as news spells it (베선트 Bessent
// 0.96, 다카이치 Takaichi 1.0); near misses that are other names read under it.
inline constexpr double kFamousSurnameMatch = 0.95;

// Whether Korean form `h` renders a famous person's surname (names/famous_persons) by
// kFamousSurnameMatch while English word `word` is none of them: a word that matches `h` only
// loosely is then another name (Bassett for 베선트, which reads Bessent). Thread-safe.
bool RendersAFamousSurname(const HangulForm& h, std::string_view word);

// From this PhonemeSimilarity a transliteration is not contested by the sentence's other words:
// true pairs mostly score above it (bench/translit_ranking), chance likenesses seldom.
inline constexpr double kUncontestedMatch = 0.8;

// Whether a lexicon concept of English word evidence `evidence` is a name (a place, people or
// institution of the gazetteer).
bool HasNameConcept(const align::EnglishWordEvidence& evidence);

// Whether one-syllable word `syllable` is one of those that follow a foreign name without being
// part of it: bound nouns (측, 등), prefixes of the next word (전 former, 현 current), particles
// left alone by punctuation, the kinds of place Korean writes after a name (주, 시, 섬), and the
// Arabic article (알 말리키 al-Maliki, which English joins to the name or drops).
bool IsNotNameSyllable(std::string_view syllable);

// Whether Korean person name `person` (found at word stem `stem`) is one, not an ordinary word
// the words taken for it make (진영 'camp' before 대변인, 공안 'public security' before 부국장,
// 연합 of 연합은) nor a verb's stem (조지 of 조지 부시: 조지다). The dictionary has the famous
// (반기문, 노무현, 김정은): a full name of three syllables that is a dictionary entry and the whole
// word `word` (김정은 is no 김정 + 은 there), whose given name is no word, that does not sound
// like a loanword and that the news lexicon knows no sense of is one still
// (FindKoreanPersonNames found it before a title).
bool IsPersonsName(const names::KoreanPersonName& person, std::string_view stem,
                   std::string_view word);

}  // namespace galley::checks::name_matching

#endif  // GALLEY_COMMON_CHECKS_NAME_MATCHING_H_
