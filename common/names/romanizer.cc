#include "common/names/romanizer.h"

#include <algorithm>

#include "common/text/utf8.h"

namespace galley::names {
namespace {

constexpr const char* kInitials[19] = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s",
                                       "ss", "",  "j", "jj", "ch", "k", "t", "p", "h"};
constexpr const char* kMedials[21] = {"a",  "ae", "ya", "yae", "eo", "e",  "yeo",
                                      "ye", "o",  "wa", "wae", "oe", "yo", "u",
                                      "wo", "we", "wi", "yu",  "eu", "ui", "i"};
constexpr const char* kFinals[28] = {"",  "k", "k", "k", "n", "n", "n",  "t", "l", "k",
                                     "m", "l", "l", "l", "p", "l", "m",  "p", "p", "t",
                                     "t", "ng", "t", "t", "k", "t", "p", "t"};

std::string RomanizeSyllable(char32_t c) {
  const int index = static_cast<int>(c - 0xAC00);
  std::string out = kInitials[index / (21 * 28)];
  out += kMedials[(index / 28) % 21];
  out += kFinals[index % 28];
  return out;
}

}  // namespace

std::string RomanizeHangul(std::string_view hangul) {
  std::string out;
  for (size_t pos = 0; pos < hangul.size();) {
    const size_t start = pos;
    const char32_t c = text::DecodeUtf8(hangul, &pos);
    if (text::IsHangulSyllable(c)) {
      out += RomanizeSyllable(c);
    } else {
      out.append(hangul.substr(start, pos - start));
    }
  }
  return out;
}

std::vector<std::string> RomanizeSyllables(std::string_view hangul) {
  std::vector<std::string> out;
  for (size_t pos = 0; pos < hangul.size();) {
    const char32_t c = text::DecodeUtf8(hangul, &pos);
    if (text::IsHangulSyllable(c)) out.push_back(RomanizeSyllable(c));
  }
  return out;
}

std::string PhoneticKey(std::string_view latin) {
  std::string s;
  for (char c : latin) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c >= 'a' && c <= 'z') s.push_back(c);
  }
  // Ordered rewrites: multi-letter spellings first.
  static constexpr std::pair<std::string_view, std::string_view> kRewrites[] = {
      {"kk", "g"}, {"tt", "d"}, {"pp", "b"}, {"ss", "s"}, {"jj", "j"}, {"ch", "j"}, {"sh", "s"},
      {"eo", "o"}, {"ou", "o"}, {"oo", "u"}, {"ee", "i"}, {"ae", "e"}, {"ai", "e"}, {"eu", "u"},
      {"ui", "i"}, {"wo", "o"}, {"k", "g"},  {"t", "d"},  {"p", "b"},  {"r", "l"},  {"f", "b"},
      {"u", "o"},  {"c", "g"},  {"x", "s"},  {"z", "j"},  {"v", "b"},  {"q", "g"}};
  for (const auto& [from, to] : kRewrites) {
    std::string next;
    next.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
      if (s.compare(i, from.size(), from) == 0) {
        next += to;
        i += from.size();
      } else {
        next.push_back(s[i++]);
      }
    }
    s.swap(next);
  }
  // Doubled letters carry no distinction in romanized names.
  s.erase(std::unique(s.begin(), s.end()), s.end());
  return s;
}

int EditDistance(std::string_view a, std::string_view b) {
  std::vector<int> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      const int up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

}  // namespace galley::names
