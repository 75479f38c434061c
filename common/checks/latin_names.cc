#include "common/checks/latin_names.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include "common/text/utf8.h"

namespace galley::checks::latin_names {
namespace {

// Whether Hangul text `rest`, after the letters `letters` read from the word's start, begins
// with the Korean names of Latin letters that, after them, make an acronym of two letters or more
// that `en` writes as a word. Depth-first over the readings: some names begin others (지, 제이).
bool ReadsAcronymOf(std::string_view rest, std::string* letters, std::string_view en) {
  // The letters' names as Korean writes them, some two ways (씨 and 시 for C; 지 and 제트 for Z,
  // 지 being G's too).
  static constexpr std::pair<char, std::string_view> kLetterNames[] = {
      {'A', "에이"}, {'B', "비"},     {'C', "씨"},   {'C', "시"},     {'D', "디"},   {'E', "이"},
      {'F', "에프"}, {'G', "지"},     {'G', "쥐"},   {'H', "에이치"}, {'H', "에치"}, {'I', "아이"},
      {'J', "제이"}, {'K', "케이"},   {'L', "엘"},   {'M', "엠"},     {'N', "엔"},   {'O', "오"},
      {'P', "피"},   {'Q', "큐"},     {'R', "알"},   {'S', "에스"},   {'T', "티"},   {'U', "유"},
      {'V', "브이"}, {'W', "더블유"}, {'X', "엑스"}, {'Y', "와이"},   {'Z', "제트"}, {'Z', "지"}};
  constexpr size_t kLongestAcronym = 6;
  if (letters->size() >= 2 && ContainsWord(en, *letters)) return true;
  if (letters->size() == kLongestAcronym) return false;
  for (const auto& [letter, name] : kLetterNames) {
    if (!rest.starts_with(name)) continue;
    letters->push_back(letter);
    const bool found = ReadsAcronymOf(rest.substr(name.size()), letters, en);
    letters->pop_back();
    if (found) return true;
  }
  return false;
}

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return text::AsciiToLower(x) == text::AsciiToLower(y);
         });
}

// A run of capitalized words as an acronym spells it out: the initials of its words, lower-case
// particles (of, for, and) carrying it on. `text` views from the run's first word to its last.
struct InitialsRun {
  std::string initials;
  std::string_view text;
};

// `words`: LatinWords of one text, in order. `all_capitals_whole`: an all-capital word gives all
// its letters (U.S. -> US; but then a run holds any acronym written in it, "(ATEK)").
std::vector<InitialsRun> InitialsRuns(const std::vector<std::string_view>& words,
                                      bool all_capitals_whole) {
  static constexpr std::string_view kParticles[] = {"of", "for", "and", "the",
                                                    "on", "de",  "in",  "&"};
  std::vector<InitialsRun> runs;
  InitialsRun run;
  auto close = [&] {
    if (!run.initials.empty()) runs.push_back(std::move(run));
    run = InitialsRun();
  };
  for (std::string_view word : words) {
    const unsigned char first = static_cast<unsigned char>(word[0]);
    if (text::IsAsciiUpper(first)) {
      const std::string w = Undotted(word);
      const bool all_caps = all_capitals_whole && std::all_of(w.begin(), w.end(), [](char c) {
                              return text::IsAsciiUpper(c) || text::IsAsciiDigit(c);
                            });
      run.initials += all_caps ? w : std::string(1, static_cast<char>(first));
      const char* begin = run.text.empty() ? word.data() : run.text.data();
      run.text = std::string_view(begin, static_cast<size_t>(word.data() + word.size() - begin));
    } else if (std::find(std::begin(kParticles), std::end(kParticles), word) ==
               std::end(kParticles)) {
      close();
    }
  }
  close();
  return runs;
}

}  // namespace

bool ContainsWord(std::string_view haystack, std::string_view needle) {
  for (size_t pos = haystack.find(needle); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + 1)) {
    const bool left = pos == 0 || !text::IsAsciiAlnum(haystack[pos - 1]);
    const size_t end = pos + needle.size();
    const bool right = end >= haystack.size() || !text::IsAsciiAlnum(haystack[end]) ||
                       haystack[end] == 's';  // Plural or possessive-less "NHKs" is rare; allow.
    if (left && right) return true;
  }
  return false;
}

bool SpellsAnAcronymOf(std::string_view stem, std::string_view en) {
  std::string letters;
  return ReadsAcronymOf(stem, &letters, en);
}

std::vector<std::string_view> LatinWords(std::string_view en) {
  std::vector<std::string_view> words;
  auto part_of_word = [&](size_t i) {
    const unsigned char c = static_cast<unsigned char>(en[i]);
    if (text::IsAsciiAlnum(c) || c == '&') return true;
    // A dot between letters, or after a single capital that follows one ("U.S.").
    return c == '.' && i > 0 && text::IsAsciiUpper(en[i - 1]) &&
           (i + 1 < en.size() && text::IsAsciiUpper(en[i + 1]));
  };
  for (size_t i = 0; i < en.size();) {
    if (!part_of_word(i)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < en.size() && part_of_word(j)) ++j;
    words.push_back(en.substr(i, j - i));
    i = j;
  }
  return words;
}

std::vector<Acronym> Acronyms(std::string_view en, size_t from) {
  auto upper = [&](size_t i) { return i < en.size() && text::IsAsciiUpper(en[i]); };
  auto word_char = [&](size_t i) {
    return i < en.size() && (text::IsAsciiAlnum(en[i]) || en[i] == '&');
  };
  std::vector<Acronym> out;
  for (size_t i = from; i < en.size();) {
    if (!upper(i) || (i > 0 && word_char(i - 1))) {
      ++i;
      continue;
    }
    Acronym acronym;
    size_t j = i;
    for (; upper(j) || (j < en.size() && en[j] == '.' && j > i && upper(j + 1)); ++j) {
      if (en[j] == '.') {
        acronym.dotted = true;
      } else {
        acronym.letters.push_back(en[j]);
      }
    }
    if (!word_char(j) && acronym.letters.size() >= 2) {
      acronym.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(j)};
      out.push_back(std::move(acronym));
    }
    i = j;
  }
  return out;
}

std::string Undotted(std::string_view word) {
  std::string out;
  for (char c : word) {
    if (c != '.') out.push_back(c);
  }
  return out;
}

bool EnglishCarriesLatinName(const std::vector<std::string_view>& words, std::string_view name) {
  const std::string token = Undotted(name);
  if (token.empty()) return true;
  const char first = text::AsciiToLower(token[0]);
  std::string undotted;
  for (std::string_view word : words) {
    // The capitalized end of a word written in camel case (ChatGPT for 챗GPT, OpenAI for 오픈AI,
    // SpaceX for 스페이스X: Korean writes the word's first part in Hangul).
    if (word.size() > token.size() && text::IsAsciiLower(word[word.size() - token.size() - 1]) &&
        text::IsAsciiUpper(word[word.size() - token.size()]) &&
        word.substr(word.size() - token.size()) == token) {
      return true;
    }
    // And the capitals that begin a word in camel case (JPMorgan for JP모건, Korean writing the
    // word's second part in Hangul): a capital and a lower-case letter after the token.
    if (word.size() > token.size() + 1 && word.substr(0, token.size()) == token &&
        text::IsAsciiUpper(word[token.size()]) && text::IsAsciiLower(word[token.size() + 1])) {
      return true;
    }
    // Every likeness below starts with the token's first letter, or with a digit.
    if (text::AsciiToLower(word[0]) != first && !text::IsAsciiDigit(word[0])) continue;
    std::string_view w = word;
    if (word.find('.') != std::string_view::npos) {
      undotted = Undotted(word);
      w = undotted;
    }
    if (EqualsIgnoringCase(w, token)) return true;
    // Glued to a number (117AD, 4WD).
    const size_t digits = w.find_first_not_of("0123456789");
    if (digits > 0 && digits != std::string_view::npos &&
        EqualsIgnoringCase(w.substr(digits), token)) {
      return true;
    }
    if (token.size() >= 4 && w.size() > token.size() &&
        EqualsIgnoringCase(w.substr(0, token.size()), token)) {
      const std::string_view rest = w.substr(token.size());
      for (std::string_view suffix : {"s", "n", "ns", "an", "ans", "ese", "i", "is"}) {
        if (rest == suffix) return true;
      }
    }
    if (token.size() >= 5 && token.back() == 's' && w.size() + 1 == token.size() &&
        EqualsIgnoringCase(w, std::string_view(token).substr(0, w.size()))) {
      return true;
    }
  }
  // Or spelled out: the initials of a run of capitalized words.
  if (token.size() < 2) return false;
  for (const InitialsRun& run : InitialsRuns(words, /*all_capitals_whole=*/true)) {
    if (run.initials.find(token) != std::string::npos) return true;
  }
  return false;
}

bool InSpelledOutLatinName(std::string_view en, const std::vector<std::string_view>& words,
                           const std::vector<std::string_view>& korean_latin, text::TextSpan span) {
  for (const InitialsRun& run : InitialsRuns(words, /*all_capitals_whole=*/false)) {
    if (run.text.data() > en.data() + span.begin ||
        run.text.data() + run.text.size() < en.data() + span.end) {
      continue;
    }
    for (std::string_view latin : korean_latin) {
      const std::string token = Undotted(latin);
      if (token.size() >= 2 && run.initials.find(token) != std::string::npos) return true;
    }
  }
  return false;
}

std::string_view LatinGlossAfter(std::string_view ko, size_t end) {
  if (end < ko.size() && ko[end] == ' ') ++end;
  if (end >= ko.size() || ko[end] != '(') return {};
  const size_t begin = end + 1;
  size_t close = begin;
  while (close < ko.size() && (text::IsAsciiAlpha(ko[close]) || text::IsAsciiDigit(ko[close]) ||
                               ko[close] == '&' || ko[close] == '.' || ko[close] == '-')) {
    ++close;
  }
  if (close == begin || close >= ko.size() || (ko[close] != ')' && ko[close] != ',') ||
      !text::IsAsciiAlpha(ko[begin])) {
    return {};
  }
  return ko.substr(begin, close - begin);
}

std::string_view LatinNameAfter(std::string_view ko, size_t end) {
  if (end >= ko.size() || !text::IsAsciiAlpha(ko[end])) return LatinGlossAfter(ko, end);
  size_t latin_end = end;
  while (latin_end < ko.size() &&
         (text::IsAsciiAlpha(ko[latin_end]) || text::IsAsciiDigit(ko[latin_end]))) {
    ++latin_end;
  }
  return ko.substr(end, latin_end - end);
}

bool LatinGlossOrQuotedEnglish(std::string_view ko, const text::TextSpan& span) {
  const std::string_view token = ko.substr(span.begin, span.end - span.begin);
  const bool acronym =
      std::none_of(token.begin(), token.end(), [](char c) { return text::IsAsciiLower(c); });
  if (acronym && span.begin >= 4 && ko[span.begin - 1] == '(' && span.end < ko.size() &&
      (ko[span.end] == ')' || ko[span.end] == ',')) {
    size_t previous_start = 0;
    if (text::IsHangulSyllable(text::DecodeUtf8Before(ko, span.begin - 1, &previous_start)))
      return true;
  }
  // Count the Latin words of the stretch of ASCII text (letters, digits, spaces, punctuation) the
  // token sits in.
  auto latin = [](char c) { return text::IsAsciiAlpha(c) || c == '\'' || c == '.'; };
  auto ascii_text = [&](char c) {
    return latin(c) || c == ' ' || text::IsAsciiDigit(c) ||
           (c > 0 && std::strchr(",;:%()&-!?\"", c) != nullptr);
  };
  size_t begin = span.begin, end = span.end;
  while (begin > 0 && ascii_text(ko[begin - 1])) --begin;
  while (end < ko.size() && ascii_text(ko[end])) ++end;
  int words = 0;
  for (size_t k = begin; k < end; ++k) {
    if (latin(ko[k]) && (k == begin || ko[k - 1] == ' ')) ++words;
  }
  return words >= 3;
}

bool IsAcronym(std::string_view token) {
  size_t letters = 0;
  for (char c : token) {
    if (text::IsAsciiLower(c)) return false;
    letters += text::IsAsciiUpper(c);
  }
  return letters >= 2;
}

}  // namespace galley::checks::latin_names
