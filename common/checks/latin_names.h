// Latin names and the Korean that carries them: the Latin words the Korean writes (IBM, NHK,
// 챗GPT, 연방준비제도(Fed)) must appear unchanged in the English, as the same word, dotted,
// derived, in camel case or spelled out by its initials. Pure functions of their arguments;
// internal to the name check. Offsets are UTF-8 bytes of the text passed in.
#ifndef GALLEY_COMMON_CHECKS_LATIN_NAMES_H_
#define GALLEY_COMMON_CHECKS_LATIN_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

#include "common/text/sentence_splitter.h"

namespace galley::checks::latin_names {

// Whether `haystack` has `needle` as a whole word: ASCII letters and digits not on either side,
// though an 's' may follow (a plural or a possessive without its apostrophe, "NHKs").
bool ContainsWord(std::string_view haystack, std::string_view needle);

// Whether Hangul word stem `stem` begins with the Korean names of two Latin letters or more that
// `en` writes as a word: an acronym Korean spells out (아이유 IU, 케이티 KT, 씨제이그룹 CJ Group,
// 제이와이피엔터테인먼트 JYP Entertainment).
bool SpellsAnAcronymOf(std::string_view stem, std::string_view en);

// English words as the Latin-name check compares them: ASCII letters, digits, '&' and inner dots
// ("U.S."), split at anything else.
std::vector<std::string_view> LatinWords(std::string_view en);

// An acronym of English text: its span, its letters without dots (U.S.: US), and whether it had
// any.
struct Acronym {
  text::TextSpan span;
  std::string letters;
  bool dotted = false;
};

// The all-capital words of `en` from byte `from` on (two letters or more, dots between them
// allowed): EU, NBC, U.S.; not BSkyB, NW1 or AT&T.
std::vector<Acronym> Acronyms(std::string_view en, size_t from);

// `word` without its dots ("U.S." -> "US").
std::string Undotted(std::string_view word);

// Whether the English carries a Latin name written in the Korean: the same word in any case
// (NYMEX, Nymex), dotted (UN, U.N.), as a derived form (Korea, Korean; Philippines, Philippine),
// as the end of a word in camel case (GPT: ChatGPT), or spelled out with these initials (CDC,
// "Centers for Disease Control and Prevention"; USGS, "U.S. Geological Survey"). `words`:
// LatinWords(en).
bool EnglishCarriesLatinName(const std::vector<std::string_view>& words, std::string_view name);

// Whether `span` of `en` lies in a run of capitalized words whose initials spell a Latin word of
// the Korean (CDC: "Centers for Disease Control and Prevention"): then the Korean has that name.
// `words`: LatinWords(en).
bool InSpelledOutLatinName(std::string_view en, const std::vector<std::string_view>& words,
                           const std::vector<std::string_view>& korean_latin, text::TextSpan span);

// The Latin name in parentheses at byte `end` of `ko` (a space allowed before them), which
// glosses the word before it: 미국여자프로골프(LPGA), 연방준비제도 (Fed). Empty if none.
std::string_view LatinGlossAfter(std::string_view ko, size_t end);

// The Latin name right after byte `end` of `ko`, the end of a Hangul word: written together with
// the word (마이크로RNA, 챗GPT), or in parentheses glossing it (LatinGlossAfter). Empty if none.
std::string_view LatinNameAfter(std::string_view ko, size_t end);

// Whether a Latin run in the Korean is not a name to carry over: an acronym glossing the Korean
// before it in parentheses (국제올림픽위원회(IOC): the English may spell it out instead), or a word
// of an English phrase quoted in the Korean (study notes, headlines: "A Church Offers Cash").
bool LatinGlossOrQuotedEnglish(std::string_view ko, const text::TextSpan& span);

// Whether a Latin name is written in capitals only (FDA, NHC, M.N): an organization's acronym,
// which English, having named the organization, goes on calling "the agency" or "it".
bool IsAcronym(std::string_view token);

}  // namespace galley::checks::latin_names

#endif  // GALLEY_COMMON_CHECKS_LATIN_NAMES_H_
