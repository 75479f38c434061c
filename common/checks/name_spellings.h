// How English spells one name in different forms: a possessive, a demonym or plural derived from
// it, the words of a Korean person's name in either order, and spellings close enough to be
// variants of one name (Talabani, Talibani) rather than different names. NAME_INCONSISTENT and the
// search for an added name's other mentions compare names through these. Pure functions; internal
// to the name check.
#ifndef GALLEY_COMMON_CHECKS_NAME_SPELLINGS_H_
#define GALLEY_COMMON_CHECKS_NAME_SPELLINGS_H_

#include <string>
#include <string_view>

namespace galley::checks::name_spellings {

// "Obama's" -> "Obama".
inline std::string_view StripPossessive(std::string_view word) {
  for (std::string_view suffix : {std::string_view("'s"), std::string_view("’s")}) {
    if (word.size() > suffix.size() + 1 && word.substr(word.size() - suffix.size()) == suffix) {
      return word.substr(0, word.size() - suffix.size());
    }
  }
  return word;
}

// Endings that derive a demonym, adjective, follower or plural from a name (Jordanian, Iraqi,
// Japanese, Texans, Maoists), longest first where one ends another.
inline constexpr std::string_view kDerivedEndings[] = {
    "ians", "ian", "ans", "an", "ese", "ish", "ists", "ist", "ism", "is", "i", "n", "s"};

// An English rendering as the consistency check compares it: letters only, lower case, words in
// order of appearance sorted ("Ha-kyung Lee" and "Lee Ha-kyung" are one spelling).
std::string SpellingKey(std::string_view english);

// Whether two spellings are variants of one name ("Talabani", "Talibani"; "Beijing", "Bejing")
// rather than one inflected from the other ("Iraq", "Iraqi") or different words. A spelling with a
// letter more that is no ending ("Zelensky", "Zelenskyy") is a variant.
bool SpellingVariants(const std::string& a, const std::string& b);

// Whether two spellings of a Korean person's name are one: the same letters, the words in either
// order and hyphens and spaces aside (Lee Ha-kyung, Ha-kyung Lee, Lee Hakyung; Pak Ui Chun, Pak
// Ui-chun).
bool SamePersonSpelling(std::string_view a, std::string_view b);

// Whether English name word `word` (lower case) is another's form: the same word or one of the
// same stem of four letters or more (Iraq, Iraqis; Britain, British; Europe, European).
bool SameNameWord(std::string_view word, std::string_view other);

}  // namespace galley::checks::name_spellings

#endif  // GALLEY_COMMON_CHECKS_NAME_SPELLINGS_H_
