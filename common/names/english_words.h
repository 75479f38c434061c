// Common English words, which a name may contain without being a transliteration (the Taroko
// Gorge, the Associated Press): Korean translates them (협곡, 통신) where it transliterates names.
#ifndef GALLEY_COMMON_NAMES_ENGLISH_WORDS_H_
#define GALLEY_COMMON_NAMES_ENGLISH_WORDS_H_

#include <string>
#include <string_view>

namespace galley::names {

// Whether `word` (ASCII letters, any case) is a common English word: an entry written in lower
// case of the word list compiled in (Debian's wamerican; its capitalized entries, names such as
// Gordon, are not). Inflected forms are entries of their own (gorges, associated). False for
// anything but ASCII letters. Thread-safe.
bool IsEnglishDictionaryWord(std::string_view word);

// `text` with each Latin letter of U+00C0-U+017F (é, ç, ü, ł, ß) written in ASCII letters in the
// same two bytes, so that every byte offset stays where it was: a letter that folds to one letter
// is written twice, the second in lower case (Müller -> Muuller, José -> Josee, Élysée ->
// Eelyseee), which English phonetics reads nearly as once; ç folds to s (François -> Franssois),
// ß, æ, œ, þ, ĳ, ñ and ş to two letters (Straße -> Strasse, Peña -> Penya). Everything else is
// copied as it is. Thread-safe.
std::string FoldLatinLetters(std::string_view text);

// Whether FoldLatinLetters would change `text`.
bool HasLatinLettersToFold(std::string_view text);

}  // namespace galley::names

#endif  // GALLEY_COMMON_NAMES_ENGLISH_WORDS_H_
