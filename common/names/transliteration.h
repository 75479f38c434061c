// Consonant skeletons: a cheap phonetic key under which a foreign name and its Hangul
// transliteration coincide (로렌스 ~ Lawrence: "LNS"; 고든 ~ Gordon: "KTN"; 쿤밍 ~ Kunming: "KNMN").
#ifndef GALLEY_COMMON_NAMES_TRANSLITERATION_H_
#define GALLEY_COMMON_NAMES_TRANSLITERATION_H_

#include <string>
#include <string_view>

namespace galley::names {

// Why consonants only: Korean transliteration keeps a name's consonants in order but rewrites its
// vowels and adds epenthetic ones (스 for s, 트 for t), so vowels carry little signal. Classes
// merge what Hangul cannot tell apart: K (g k c q), T (d t th), P (b p f v ph), S (s sh c), J (j ch
// z soft g), L (l r), M, N (n ng), H (word-initial h only). Semivowels w and y are dropped, so are
// an English r before a consonant or at the end (고든 Gordon), silent gh, and repeated classes.

// Skeleton of a Hangul word, from its syllables' initial and final consonants. Non-Hangul is
// ignored. REQUIRES: valid UTF-8.
std::string HangulSkeleton(std::string_view hangul);

// Skeleton of a Latin-script word, from English spelling rules. Non-letters are ignored.
std::string LatinSkeleton(std::string_view latin);

// Whether two skeletons plausibly name the same thing: equal with at least two consonants, or,
// from four consonants on, one consonant inserted, deleted or changed.
bool SkeletonsMatch(std::string_view a, std::string_view b);

}  // namespace galley::names

#endif  // GALLEY_COMMON_NAMES_TRANSLITERATION_H_
