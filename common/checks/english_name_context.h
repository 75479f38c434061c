// What the English words in and around a name say of it: a title or a description of a person
// before it ("Prophet", "the Illinois senator"), a word that stands alone for an institution
// ("the Ministry"), a people's adjective ("Jordanian"), a surname before a verb ("Lee said"), and
// whether a line is a title-case headline whose capitals say nothing of names. Pure functions of
// English text (byte offsets of the text passed in); internal to the name check.
#ifndef GALLEY_COMMON_CHECKS_ENGLISH_NAME_CONTEXT_H_
#define GALLEY_COMMON_CHECKS_ENGLISH_NAME_CONTEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "common/names/name_finder.h"
#include "common/text/sentence_splitter.h"

namespace galley::checks::english_name_context {

// Whether `span` of `en` is a Korean surname spelling of three letters or more (Lee, Park,
// Song, Moon, Ban: English words too) right before a verb of saying or being or a possessive's
// ending ("Lee said", "Park's remarks"): as a sentence's first word, a person named by surname.
bool SurnameBeforeAVerb(std::string_view en, text::TextSpan span);

// Titles English capitalizes before a person's name beyond names::IsCommonCapitalizedWord's
// (Prophet Muhammad, Rabbi Shmuel Rabinowitz, King Abdullah), which Korean gives as a word of its
// own before the name (예언자 무하마드) or after it.
bool IsTitleBeforeName(std::string_view word);

// Capitalized words for kinds of institution, place and event, and titles, that name one when they
// stand alone ("the Institute", "the Federation", "the Prize", "the Ministry", "the Reverend"),
// where IsCommonCapitalizedWord takes them for parts of a longer name or titles before one. Korean
// names what they stand for (연구소, 연맹, 부처, 목사), so they need a counterpart as a name does.
bool IsBareInstitutionWord(std::string_view word);

// Whether a word of a people or place (one the lexicon names) has the form that stands before a
// person's name to describe him: a people's adjective (Palestinian, Iraqi, Japanese, British,
// Dutch, Swiss, Republican), not a place's noun or a people's plural.
//
// Not every name ending in -an or -i: Japan, Taiwan, Iran, Sudan, Busan, Shanghai, Dubai are
// places. An adjective in -i is a place's name and an i (Iraqi, Israeli, Pakistani, Yemeni).
bool IsAdjectiveOfAPeople(std::string_view word);

// Whether `word` names a party's member, who stands before a name as a people's adjective does
// (Democrat Obama).
bool IsPartyMember(std::string_view word);

// Whether capitalized word `word` is a common English noun or participle of a shape no given
// name has: a dictionary word ending in -tion, -sion, -ness, -ism, -ship or -ed of five letters or
// more (Cooperation, Commission, Accomplished; not Charity, Constance, Clement, Reed, nor Mohammed,
// no dictionary word).
bool IsNounOrParticiple(std::string_view word);

// Whether a lower-case English word names a person or a group of people by role, in the singular
// or the plural (senator, nominee, winger, government, fans), or is an adjective that goes before
// such a word (presidential, prime, foreign): what follows a place or party describing a person.
bool IsPersonWord(std::string_view word);

// Whether a name is a place, people or party the lexicon knows standing in a description of a
// person: after "the", or "the" and one lower-case word, and before a person's role or a group
// of people ("the Illinois senator", "the presumptive Democratic presidential nominee", "The
// Portugal winger"), or after a person's word and "from" ("the senator from Illinois").
// English news refers to a person so where the Korean repeats the name (오바마는, 호날두는).
// `significant`: SignificantWords(en, name); one word only.
bool DescribesAPerson(std::string_view en, const std::vector<std::string_view>& significant);

// The name in a hyphenated compound with an English word ("Boston-based", "Mugabe-led",
// "Cup-winning"); other words unchanged, Korean given names above all ("Nam-sun", "Ki-moon").
std::string_view NamePart(std::string_view word);

// The capital initials of a name's words ("Associated Press" -> "AP"), particles left out.
std::string Initials(std::string_view text, const names::EnglishName& name);

// Whether `en` writes a Korean name the way romanized Korean names are written: a capitalized
// word and a hyphenated given name of two lower-case parts (Kim Yong-won, Woo Hong-son).
bool HasKoreanStyleName(std::string_view en);

// Whether a line is a headline in title case ("4 Killed as SUV Collides with Car"), whose capitals
// say nothing of names: most of its words capitalized, and none in lower case but the short words
// title case leaves so (articles, conjunctions, short prepositions). A sentence crowded with names
// still has its verb in lower case ("He is staying in Gimhae, South Gyeongsang."); a hyphenated
// given name's second part (Jae-in) is no word of its own.
bool TitleCase(std::string_view en);
}  // namespace galley::checks::english_name_context

#endif  // GALLEY_COMMON_CHECKS_ENGLISH_NAME_CONTEXT_H_
