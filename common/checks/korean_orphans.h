// The Korean names a pair's English leaves without a counterpart: transliterations, persons'
// names and the places of the gazetteer that no English word renders, matches or translates.
// NAME_MISMATCH offers them as the likeliest counterpart of an English name nothing explains, and
// reports them as left out. Internal to the name check; byte offsets are of the pair's Korean.
#ifndef GALLEY_COMMON_CHECKS_KOREAN_ORPHANS_H_
#define GALLEY_COMMON_CHECKS_KOREAN_ORPHANS_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/align/sentence_features.h"
#include "common/checks/name_matching.h"
#include "common/checks/pair_context.h"
#include "common/names/name_finder.h"
#include "common/text/sentence_splitter.h"

namespace galley::checks::korean_orphans {

// A Korean name (a transliteration or a person's name) that no English word matches.
struct OrphanName {
  text::TextSpan span;
  std::string romanized;
  bool place = false;  // A place the lexicon knows (영국, 이란), not a person's or other name.
  // A person's name (전영수, 윤 of 윤 대통령), or a word the Korean marks as one: before a title
  // (고든 의원), or after a foreign name's first word (부시 of 조지 부시).
  bool person = false;
};

// Where a search for the Korean names left over stands (ForEachKoreanOrphan): the next word of the
// Korean to look at, what the words before it were, and what it read of the English on first need,
// so that the search can go on where it stopped.
struct OrphanSearch {
  size_t next_word = 0;
  // The English sentence's names and loanwords as transliterations render them (a known name is
  // never matched with loanwords).
  std::vector<name_matching::LatinForm> name_forms, loanword_forms;
  bool name_forms_built = false, loanword_forms_built = false;
  // Per name form, read on first need: the lexicon concepts of its word that the Korean sentence
  // expresses; empty where the word is no common English word, is a name the lexicon knows, or
  // translates nothing the Korean has.
  std::vector<std::optional<std::vector<uint64_t>>> name_form_translations;
  std::vector<uint32_t> lower_case_concepts;
  bool lower_case_concepts_read = false;
  bool previous_transliterated = false, previous_storm = false, previous_first_word = false;
  size_t previous_end = 0;
  // LatinWords(en) outside parentheses.
  std::vector<std::string_view> english_latin_words;
  bool english_latin_words_read = false;
};

// The Korean names of the pair (transliterations, persons' names and lexicon places; with
// `places_only`, lexicon places no English word mentions) that no English word matches, in the
// order of the Korean from where `search` stands (a new one: from the start), each passed to
// `found`, which returns whether to stop there; `search` then stands after it. `persons`: the
// Korean person names of `ko`, as the check found them; `english`: evidence of the English
// sentence's name words; `first_words`: the given names of English names of a person's shape
// nothing explains, whose Korean counterpart is followed by the surname; `lone_surnames`: English
// names of one short word, which may be the surname of a whole Chinese name ("President Xi" for
// 시진핑). The arguments must be the same each time one `search` goes on. `korean_side` and
// `search` are the caller's, read and written on its thread only.
void ForEachKoreanOrphan(name_matching::KoreanSide* korean_side, std::string_view en,
                         const std::vector<names::KoreanPersonName>& persons,
                         const std::vector<align::EnglishWordEvidence>& english,
                         const std::vector<name_matching::LatinForm>& first_words,
                         const std::vector<name_matching::LatinForm>& lone_surnames,
                         const PairContext& pair, bool places_only, OrphanSearch* search,
                         const std::function<bool(OrphanName&&)>& found);

// The first of ForEachKoreanOrphan's names, if any, from where `search` stands (none given: from
// the start).
std::optional<OrphanName> FirstKoreanOrphan(
    name_matching::KoreanSide* korean_side, std::string_view en,
    const std::vector<names::KoreanPersonName>& persons,
    const std::vector<align::EnglishWordEvidence>& english,
    const std::vector<name_matching::LatinForm>& first_words,
    const std::vector<name_matching::LatinForm>& lone_surnames, const PairContext& pair,
    bool places_only = false, OrphanSearch* search = nullptr);

}  // namespace galley::checks::korean_orphans

#endif  // GALLEY_COMMON_CHECKS_KOREAN_ORPHANS_H_
