#include "common/align/sentence_features.h"

#include <algorithm>
#include <functional>
#include <string>

#include "common/names/name_finder.h"
#include "common/names/romanizer.h"
#include "common/numbers/quantity_reader.h"
#include "common/text/utf8.h"

namespace galley::align {
namespace {

uint64_t AnchorHash(char kind, std::string_view value) {
  return std::hash<std::string_view>{}(value) * 31 + static_cast<unsigned char>(kind);
}

double LengthWithoutSpaces(std::string_view s) {
  size_t n = 0;
  for (size_t pos = 0; pos < s.size();) {
    if (!text::IsSpace(text::DecodeUtf8(s, &pos))) ++n;
  }
  return static_cast<double>(n);
}

void AddQuantities(const std::vector<numbers::Quantity>& quantities,
                   std::vector<uint64_t>* anchors) {
  for (const auto& q : quantities) {
    if (q.weak || q.vague) continue;
    anchors->push_back(AnchorHash('N', q.value.ToString()));
  }
}

void Finish(std::vector<uint64_t>* anchors) {
  std::sort(anchors->begin(), anchors->end());
  anchors->erase(std::unique(anchors->begin(), anchors->end()), anchors->end());
}

}  // namespace

SentenceFeatures KoreanSentenceFeatures(std::string_view text) {
  SentenceFeatures f;
  f.length = LengthWithoutSpaces(text);
  AddQuantities(numbers::ReadKoreanQuantities(text), &f.numbers);
  for (const auto& span : names::FindLatinNames(text)) {
    std::string token(text.substr(span.begin, span.end - span.begin));
    for (char& c : token) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    f.names.push_back(AnchorHash('L', token));
  }
  for (const auto& name : names::FindKoreanPersonNames(text)) {
    f.names.push_back(AnchorHash('G', names::PhoneticKey(names::RomanizeHangul(name.given))));
  }
  Finish(&f.numbers);
  Finish(&f.names);
  return f;
}

SentenceFeatures EnglishSentenceFeatures(std::string_view text) {
  SentenceFeatures f;
  f.length = LengthWithoutSpaces(text);
  AddQuantities(numbers::ReadEnglishQuantities(text), &f.numbers);
  // Words with a capital: possible copies of Latin tokens and possible given names.
  size_t i = 0;
  std::string previous_capitalized;
  while (i < text.size()) {
    if (!text::IsAsciiAlpha(static_cast<unsigned char>(text[i]))) {
      if (text[i] != ' ') previous_capitalized.clear();
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && (text::IsAsciiAlpha(static_cast<unsigned char>(text[j])) ||
                               std::isdigit(static_cast<unsigned char>(text[j])) ||
                               (text[j] == '-' && j + 1 < text.size() &&
                                text::IsAsciiAlpha(static_cast<unsigned char>(text[j + 1]))))) {
      ++j;
    }
    const std::string_view word = text.substr(i, j - i);
    if (text::IsAsciiUpper(static_cast<unsigned char>(word[0]))) {
      std::string lower(word);
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      f.names.push_back(AnchorHash('L', lower));
      f.names.push_back(AnchorHash('G', names::PhoneticKey(word)));
      // Given names written as two words: "Ha Kyung".
      if (!previous_capitalized.empty()) {
        f.names.push_back(AnchorHash('G', names::PhoneticKey(previous_capitalized + lower)));
      }
      previous_capitalized = lower;
    } else {
      previous_capitalized.clear();
    }
    i = j;
  }
  Finish(&f.numbers);
  Finish(&f.names);
  return f;
}

int SharedAnchors(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  int shared = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++shared;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return shared;
}

}  // namespace galley::align
