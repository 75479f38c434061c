// Common English words, which a name may contain without being a transliteration (the Taroko
// Gorge, the Associated Press): Korean translates them (협곡, 통신) where it transliterates names.
#ifndef GALLEY_COMMON_NAMES_ENGLISH_WORDS_H_
#define GALLEY_COMMON_NAMES_ENGLISH_WORDS_H_

#include <string_view>

namespace galley::names {

// Whether `word` (ASCII letters, any case) is a common English word: an entry written in lower
// case of the word list compiled in (Debian's wamerican; its capitalized entries, names such as
// Gordon, are not). Inflected forms are entries of their own (gorges, associated). False for
// anything but ASCII letters. Thread-safe.
bool IsEnglishDictionaryWord(std::string_view word);

}  // namespace galley::names

#endif  // GALLEY_COMMON_NAMES_ENGLISH_WORDS_H_
