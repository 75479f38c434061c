#include "common/checks/name_spellings.h"

#include <algorithm>
#include <vector>

#include "common/base/str_cat.h"
#include "common/names/romanizer.h"
#include "common/text/utf8.h"

namespace galley::checks::name_spellings {

std::string SpellingKey(std::string_view english) {
  std::vector<std::string> words(1);
  for (char c : StripPossessive(english)) {
    if (text::IsAsciiAlpha(c)) {
      words.back().push_back(text::AsciiToLower(c));
    } else if (c == ' ' && !words.back().empty()) {
      words.emplace_back();
    }
  }
  std::sort(words.begin(), words.end());
  std::string key;
  for (const std::string& w : words) key += w;
  return key;
}

bool SpellingVariants(const std::string& a, const std::string& b) {
  if (a == b || a.empty() || b.empty()) return false;
  // Derived forms: a demonym or plural ending (Texas, Texan; Iraq, Iraqi; Korea, Koreans).
  auto stem = [](const std::string& w) {
    for (std::string_view end : kDerivedEndings) {
      if (w.size() >= end.size() + 3 && w.compare(w.size() - end.size(), end.size(), end) == 0) {
        return w.substr(0, w.size() - end.size());
      }
    }
    return w;
  };
  if (stem(a) == stem(b)) return false;
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  // One that adds a derived ending to the other (Korea, Koreans; Bush, Bushes) is no variant; one
  // that adds any other letter is (Zelensky, Zelenskyy), within the limit below.
  if (longer.compare(0, shorter.size(), shorter) == 0) {
    const std::string_view rest = std::string_view(longer).substr(shorter.size());
    if (rest == "ns" || rest == "es" ||
        std::find(std::begin(kDerivedEndings), std::end(kDerivedEndings), rest) !=
            std::end(kDerivedEndings)) {
      return false;
    }
  }
  const int limit = std::max<int>(1, static_cast<int>(shorter.size()) / 4);
  return names::EditDistance(a, b) <= limit;
}

bool SamePersonSpelling(std::string_view a, std::string_view b) {
  auto letters = [](std::string_view text) {
    std::string out;
    for (char c : StripPossessive(text)) {
      if (text::IsAsciiAlpha(c)) out.push_back(text::AsciiToLower(c));
    }
    return out;
  };
  // `text` with its last word first (Ha-kyung Lee -> Lee Ha-kyung).
  auto last_word_first = [](std::string_view text) {
    const size_t space = text.rfind(' ');
    if (space == std::string_view::npos) return std::string(text);
    return StrCat(text.substr(space + 1), " ", text.substr(0, space));
  };
  const std::string a_letters = letters(a), b_letters = letters(b);
  return a_letters == b_letters || letters(last_word_first(a)) == b_letters ||
         a_letters == letters(last_word_first(b)) || SpellingKey(a) == SpellingKey(b);
}

bool SameNameWord(std::string_view word, std::string_view other) {
  if (word == other) return true;
  constexpr size_t kStem = 4;
  return word.size() >= kStem && other.size() >= kStem &&
         word.substr(0, kStem) == other.substr(0, kStem);
}
}  // namespace galley::checks::name_spellings
