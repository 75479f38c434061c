// Romanization of Hangul and a loose phonetic key for comparing romanized names.
#ifndef GALLEY_COMMON_NAMES_ROMANIZER_H_
#define GALLEY_COMMON_NAMES_ROMANIZER_H_

#include <string>
#include <string_view>
#include <vector>

namespace galley::names {

// Revised Romanization of each Hangul syllable on its own (no sound changes across syllables, as
// names are written: 하경 -> "hagyeong"); other characters are copied. Lower case.
// REQUIRES: valid UTF-8. Thread-safe.
std::string RomanizeHangul(std::string_view hangul);

// Revised Romanization with the sound changes between syllables it writes in place names:
// a final consonant carried over to a vowel (한국어 hangugeo, 월악산 Woraksan), nasalization
// before ㄴ ㅁ ㄹ (백령도 Baengnyeongdo, 종로 Jongno, 독립문 Dongnimmun), ㄴ and ㄹ as ll (신라
// Silla, 만리포 Mallipo, 울릉도 Ulleungdo). Not aspiration or palatalization, which the names of
// places seldom need. Other characters are copied; a word of one syllable is RomanizeHangul's.
// REQUIRES: valid UTF-8. Thread-safe.
std::string RomanizePlaceName(std::string_view hangul);

// Romanized syllables one by one: 하경 -> {"ha", "gyeong"}.
std::vector<std::string> RomanizeSyllables(std::string_view hangul);

// A key under which the usual spellings of one Korean name syllable sequence coincide:
// Kyung / Kyeong / Gyeong, Joon / Jun, Suk / Seok, Hee / Hui, Young / Yeong all map alike.
// Consonant voicing and aspiration (k/g, t/d, p/b, ch/j), r/l, and vowel spellings (eo/o/u/ou/oo,
// ae/e/ai and the a of ack, ee/i/ui) are merged, and an h ending a syllable after its vowel
// (Ah-in, Oh) dropped; hyphens, spaces and case are dropped. Input: ASCII letters.
std::string PhoneticKey(std::string_view latin);

// Levenshtein distance between two short ASCII strings.
int EditDistance(std::string_view a, std::string_view b);

}  // namespace galley::names

#endif  // GALLEY_COMMON_NAMES_ROMANIZER_H_
