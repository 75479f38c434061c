// Hangul words of a Korean sentence, and the endings glued to them.
#ifndef GALLEY_COMMON_NAMES_KOREAN_WORDS_H_
#define GALLEY_COMMON_NAMES_KOREAN_WORDS_H_

#include <string_view>
#include <vector>

#include "common/text/sentence_splitter.h"

namespace galley::names {

// A run of Hangul syllables. `stem` is the word without a trailing particle (오바마는 -> 오바마),
// a view into the same text.
struct HangulWord {
  text::TextSpan span;
  std::string_view stem;
};

// The Hangul words of `text` in order, but for an ending glued to a closing quotation mark or
// bracket ("위반"이라고, (EPL)에서), which belongs to the words before it. REQUIRES: valid UTF-8.
std::vector<HangulWord> HangulWords(std::string_view text);

// A Han character Korean headlines write for a Hangul word (美 for 미국 the U.S., 北 북한, 與
// 여당 the ruling party, 檢 검찰 the prosecution; 尹 for the surname 윤): `span` the character's
// bytes in the text, `hangul` the word it stands for (a static string).
struct HanjaAbbreviation {
  text::TextSpan span;
  std::string_view hangul;
};

// The HanjaAbbreviations of `text`: characters of the table standing as a word or at a word's
// start (美, 中에, 韓美, 美국무부), not after Hangul, Latin or another Han character outside the
// table (에너지省, IBM社, 中國) nor as a gloss in parentheses (미(美) 'beauty'). REQUIRES: valid
// UTF-8.
std::vector<HanjaAbbreviation> HanjaAbbreviations(std::string_view text);

// `word` without a trailing case particle or postposition (은, 는, 에서, 이라는, ...), keeping at
// least two syllables; `word` itself if none.
std::string_view StripKoreanParticle(std::string_view word);
// Whether `word` is two syllables, the second a particle of one (벨은, 연은, 씨가), which
// StripKoreanParticle, keeping two syllables, leaves whole.
bool IsSyllableAndParticle(std::string_view word);

// `word` without a suffix Korean glues to a foreign name to say what it names (텍사스주 state,
// 콴타스항공 airline, 로도스섬 island, 독일인 person, 마오주의 -ism, 알츠하이머병 disease),
// keeping at least two syllables.
std::string_view StripNameSuffix(std::string_view word);

// Whether a Hangul word looks like a transliteration of a foreign name rather than a native or
// Sino-Korean word: a syllable with the epenthetic ㅡ and no final (스, 트, 르, 즈, 크, 프, 브),
// or a first syllable starting with ㄹ (which Sino-Korean words never do). Words ending like
// predicates (그렇지, 상태다) are never names. A heuristic; it errs towards "native".
bool LooksTransliterated(std::string_view stem);

// Whether `word` (Hangul, NFC) is an entry of the Korean dictionary compiled in (hunspell-ko:
// ordinary native and Sino-Korean words, established loanwords such as 비디오, and some major
// place names such as 런던). Stems only: inflected forms (선출된) are not entries. Thread-safe.
bool IsKoreanDictionaryWord(std::string_view word);
// Starts loading the part of the dictionary that IsKoreanDictionaryWord(word) will read, without
// waiting for it: the table is megabytes, each lookup a cache miss, and a caller about to ask for
// every word of a sentence lets the misses overlap instead of following one another.
void PrefetchKoreanDictionaryWord(std::string_view word);

// Whether a Hangul word (a stem as HangulWords gives it) is ordinary Korean by the dictionary:
// an entry (이번); an entry with a particle or suffix left on (섬에, 일본인); a noun whose 이 the
// particle stripper took (곰팡 for 곰팡이); a verb or adjective form whose dictionary form is an
// entry (닫히지, 웃돌고 -> 닫히다, 웃돌다; 보인다, 돌아갈 -> 보이다, 돌아가다); or two entries run
// together (응급서비스, 폭탄테러). Foreign names are none of these (탈라바니, 도쿠다, 로저스컵).
bool IsOrdinaryKoreanWord(std::string_view stem);

// Whether a Hangul word of two syllables or more is a form of a verb or adjective the dictionary
// has (무너지 from 무너지는, 웃돌고, 보인다, 돌아갈), or a dictionary noun made a verb by 하다,
// 시키다 or 되다 (실시하, 야기시키).
bool IsKoreanPredicateForm(std::string_view stem);

// Whether a word is a verb's or adjective's stem as the dictionary has it with 다 (조지 of 조지다,
// 무너지 of 무너지다): no form a sentence uses by itself, since an ending always follows a stem.
bool IsVerbStem(std::string_view stem);

// The forms of IsKoreanPredicateForm no transliterated name takes: a verb's stem (무너지), one of
// the endings 다, 고, 며, 면, 서, 게, 는, 던, 길, 요, 죠 after it (모르고, 이루어지길), and nouns
// made verbs. Not 밀러, 베일, 보잉 or 바란 (Miller, Bale, Boeing, Baran), which are verbs' forms
// too; 조지 (George; 조지다) is one name it takes.
bool IsUnmistakablyPredicateForm(std::string_view stem);

// Where a compound of a name and an ordinary word splits (마스터스시리즈 -> 마스터스 + 시리즈,
// 유럽위원회 -> 유럽 + 위원회): the byte length of the first part, whose rest is a dictionary
// entry of two syllables or more; 0 when the word is an entry itself or has no such split.
size_t CompoundSplit(std::string_view stem);

// A looser LooksTransliterated for where a wrong "yes" costs little: the word or its form without
// a name suffix (애리조나주 -> 애리조나) has a loanword score from `min_score` up (부시 -0.55,
// 도쿠다 -0.17; 사람 -0.95, 정부 -2.5). Predicate-like endings still say no.
bool MayBeTransliterated(std::string_view stem, double min_score);
// MayBeTransliterated's test beyond LooksTransliterated, for callers that asked that already:
// MayBeTransliterated(s, m) == LooksTransliterated(s) || ScoresAsTransliterated(s, m).
bool ScoresAsTransliterated(std::string_view stem, double min_score);

// Mean over the word's Hangul syllables of how much likelier each is in loanwords and foreign
// names than in ordinary Korean (natural log of the frequency ratio; data/loanword_syllables.tsv,
// made by scripts/make_loanword_syllables.py from public transliteration lists and the KSS texts).
// Positive for 워싱턴 (2.0), negative for 대통령 (-3.9). REQUIRES: valid UTF-8.
double LoanwordScore(std::string_view word);

}  // namespace galley::names

#endif  // GALLEY_COMMON_NAMES_KOREAN_WORDS_H_
