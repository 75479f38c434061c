// A graded phonetic similarity between a Hangul word and a Latin-script word: how well 탈라바니
// transliterates "Talabani" (well) or "Kepley" (not at all). The name check decides with it whether
// an English name has a counterpart in the Korean and the reverse; bench/translit_ranking measures
// how well it ranks a name's true original among random others.
#ifndef GALLEY_COMMON_NAMES_PHONETIC_MATCH_H_
#define GALLEY_COMMON_NAMES_PHONETIC_MATCH_H_

#include <string>
#include <string_view>

namespace galley::names {

// Both words are first read as phoneme strings over one alphabet:
//   consonants K (g k c q), T (d t), Q (th, which Korean writes ㅅ or ㄷ), P (b p f v ph),
//   S (s sh soft c), J (j z ch ts soft g),
//   L (l; and Korean ㄹ), R (English r, which Korean keeps before a vowel and mostly drops
//   elsewhere: Gordon 고든, Kirkuk 키르쿠크), M, N, G (ng), H;
//   vowels a e i o u, 3 for Korean's ㅓ (English schwa, short o, -er: 워커 Walker), and @ for
//   Korean's epenthetic ㅡ (스 for s, 트 for t);
//   glides w and y (before a vowel in English; the glides of ㅑ ㅘ ㅝ ...).
// Doubled letters are merged.

// Phonemes of the Hangul syllables of `hangul` (anything else is skipped). REQUIRES: valid UTF-8.
std::string HangulPhonemes(std::string_view hangul);

// Phonemes of the ASCII letters of `latin`, by English spelling rules (anything else is skipped;
// fold diacritics first).
std::string LatinPhonemes(std::string_view latin);

// Similarity of two phoneme strings in [0, 1]: 1 minus a weighted edit distance divided by the
// weight of the longer string. Costs encode how transliteration changes sounds: a vowel for
// another is cheap, an epenthetic ㅡ or a dropped English r almost free, a consonant of another
// class or a consonant inserted expensive. Thread-safe, no allocation for words under 48 phonemes.
double PhonemeSimilarity(std::string_view hangul_phonemes, std::string_view latin_phonemes);

// Whether PhonemeSimilarity(a, b) >= threshold, faster: says no at once to words whose weights
// differ more than transliteration makes them (the Hangul 0.6 to 2 times the Latin), and gives up
// the edit distance as soon as it must exceed what the threshold allows.
bool PhonemesMatch(std::string_view hangul_phonemes, std::string_view latin_phonemes,
                   double threshold);

// The same with the strings' PhonemeWeight given, for callers that compare one string often.
double PhonemeWeight(std::string_view phonemes);
bool PhonemesMatch(std::string_view hangul_phonemes, double hangul_weight,
                   std::string_view latin_phonemes, double latin_weight, double threshold);
// PhonemesMatch that says how well: the PhonemeSimilarity when it reaches `threshold`, else -1.
double PhonemeMatchSimilarity(std::string_view hangul_phonemes, double hangul_weight,
                              std::string_view latin_phonemes, double latin_weight,
                              double threshold);

// PhonemeSimilarity of the two words' phonemes.
double TransliterationSimilarity(std::string_view hangul, std::string_view latin);

// The similarity from which a Hangul word and a Latin word are taken to name the same thing. Chosen
// on the public name lists (bench/translit_ranking): a true pair scores above it far more often
// than a random pair of names does.
inline constexpr double kTransliterationMatch = 0.62;

}  // namespace galley::names

#endif  // GALLEY_COMMON_NAMES_PHONETIC_MATCH_H_
