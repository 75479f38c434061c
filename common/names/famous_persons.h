// The given names of persons Korean news names by surname alone (오바마 대통령, 무가베 대통령,
// 매케인 의원) and English by given name and surname ("President Barack Obama"): where the English
// adds a given name the Korean does not write, only these tell a right one from a name put in its
// place ("President Ross Mugabe"). General knowledge, written by the Galley authors: surnames that
// few others in the news share (not Bush, Kennedy, Johnson, Harris or Powell, which name several
// persons of note).
#ifndef GALLEY_COMMON_NAMES_FAMOUS_PERSONS_H_
#define GALLEY_COMMON_NAMES_FAMOUS_PERSONS_H_

#include <string_view>
#include <vector>

namespace galley::names {

// Whether `surname` (as English spells it, ASCII, any case, doubled letters counting as one:
// Erdogan, and Erdoğan as FoldLatinLetters writes it, Erdoggan) is one of the listed persons'
// surnames.
bool IsFamousSurname(std::string_view surname);

// The listed surnames, as English spells them (Zelensky, Zelenskiy). Thread-safe.
const std::vector<std::string_view>& FamousSurnames();

// Whether `given` (ASCII, any case; short forms included: Joe and Joseph Biden) is a given name
// English writes before famous surname `surname`: of the person, or of the spouse or child the
// news names too (Michelle Obama, Ivanka Trump). Doubled letters count as one (Phillip and
// Philip; António, which FoldLatinLetters writes Antoonio, and Antonio). False for a surname
// not listed. Thread-safe.
bool IsFamousGivenName(std::string_view surname, std::string_view given);

}  // namespace galley::names

#endif  // GALLEY_COMMON_NAMES_FAMOUS_PERSONS_H_
