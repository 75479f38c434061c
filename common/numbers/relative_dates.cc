#include "common/numbers/relative_dates.h"

#include <algorithm>
#include <array>

#include "common/text/utf8.h"

namespace galley::numbers {
namespace {

struct Term {
  std::string_view text;
  RelativeUnit unit;
  int offset;
};

// No term begins another (어젯밤 and 어제 part at the second syllable, 내후년 and 내년 at the
// second), so the first that matches is the only one.
constexpr Term kKoreanTerms[] = {
    {"재작년", RelativeUnit::kYear, -2},  {"지난해", RelativeUnit::kYear, -1},
    {"지난 해", RelativeUnit::kYear, -1}, {"작년", RelativeUnit::kYear, -1},
    {"올해", RelativeUnit::kYear, 0},     {"금년", RelativeUnit::kYear, 0},
    {"내후년", RelativeUnit::kYear, 2},   {"내년", RelativeUnit::kYear, 1},
    {"지난달", RelativeUnit::kMonth, -1}, {"지난 달", RelativeUnit::kMonth, -1},
    {"이번 달", RelativeUnit::kMonth, 0}, {"이번달", RelativeUnit::kMonth, 0},
    {"이달", RelativeUnit::kMonth, 0},    {"다음 달", RelativeUnit::kMonth, 1},
    {"다음달", RelativeUnit::kMonth, 1},  {"내달", RelativeUnit::kMonth, 1},
    {"지난주", RelativeUnit::kWeek, -1},  {"지난 주", RelativeUnit::kWeek, -1},
    {"이번 주", RelativeUnit::kWeek, 0},  {"이번주", RelativeUnit::kWeek, 0},
    {"다음 주", RelativeUnit::kWeek, 1},  {"다음주", RelativeUnit::kWeek, 1},
    {"그저께", RelativeUnit::kDay, -2},   {"그제", RelativeUnit::kDay, -2},
    {"어젯밤", RelativeUnit::kDay, -1},   {"간밤", RelativeUnit::kDay, -1},
    {"어제", RelativeUnit::kDay, -1},     {"오늘", RelativeUnit::kDay, 0},
    {"내일", RelativeUnit::kDay, 1},      {"모레", RelativeUnit::kDay, 2}};

// What may follow a term in its word: particles, and for a month or year its beginning, middle
// and end (이달 초, 올해 말께).
constexpr std::string_view kParticles[] = {"의",   "에",   "에는", "엔", "에도", "에만", "부터",
                                           "까지", "은",   "는",   "도", "보다", "와",   "과",
                                           "만",   "처럼", "대비", "이", "가",   "로",   "으로"};
constexpr std::string_view kPartsOfPeriod[] = {"초", "중", "말", "께", "초께", "말께", "중순"};

bool IsHangulAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  size_t p = pos;
  return text::IsHangulSyllable(text::DecodeUtf8(text, &p));
}

bool IsHangulBefore(std::string_view text, size_t pos) {
  return pos > 0 && text::IsHangulSyllable(text::DecodeUtf8Before(text, pos));
}

// Whether the rest of a Hangul word from `pos` is nothing, a particle, or (`period`) a part of a
// month or year with or without a particle.
bool WordEndsWell(std::string_view text, size_t pos, bool period) {
  size_t end = pos;
  while (IsHangulAt(text, end)) end += 3;  // Hangul syllables are three bytes in UTF-8.
  std::string_view rest = text.substr(pos, end - pos);
  if (rest.empty()) return true;
  if (period) {
    for (std::string_view part : kPartsOfPeriod) {
      if (rest.substr(0, part.size()) == part) {
        const std::string_view after = rest.substr(part.size());
        if (after.empty() || std::find(std::begin(kParticles), std::end(kParticles), after) !=
                                 std::end(kParticles)) {
          return true;
        }
      }
    }
  }
  return std::find(std::begin(kParticles), std::end(kParticles), rest) != std::end(kParticles);
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Whether `phrase` (lower case) is at `pos` of `text`, any case.
bool PhraseAt(std::string_view text, size_t pos, std::string_view phrase) {
  if (pos + phrase.size() > text.size()) return false;
  for (size_t k = 0; k < phrase.size(); ++k) {
    if (Lower(text[pos + k]) != phrase[k]) return false;
  }
  return true;
}

// Whether `pos` opens a sentence: the text's start, or after ". ", "? ", "! ", a quotation mark
// or a line break.
bool OpensSentence(std::string_view text, size_t pos) {
  size_t p = pos;
  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '"' || text[p - 1] == '\'')) --p;
  if (p == 0) return true;
  const char c = text[p - 1];
  return c == '.' || c == '?' || c == '!' || c == '\n' || static_cast<unsigned char>(c) >= 0x80;
}

struct EnglishTerm {
  std::string_view text;
  RelativeUnit unit;
  int offset;
  bool span_of_time_after_the;  // "the last year" is the twelve months before, no date.
};

// Longest first where one begins another.
constexpr EnglishTerm kEnglishTerms[] = {
    {"the year before last", RelativeUnit::kYear, -2, false},
    {"the day before yesterday", RelativeUnit::kDay, -2, false},
    {"the day after tomorrow", RelativeUnit::kDay, 2, false},
    {"last year", RelativeUnit::kYear, -1, true},
    {"this year", RelativeUnit::kYear, 0, false},
    {"next year", RelativeUnit::kYear, 1, true},
    {"last month", RelativeUnit::kMonth, -1, true},
    {"this month", RelativeUnit::kMonth, 0, false},
    {"next month", RelativeUnit::kMonth, 1, true},
    {"last week", RelativeUnit::kWeek, -1, true},
    {"this week", RelativeUnit::kWeek, 0, false},
    {"next week", RelativeUnit::kWeek, 1, true},
    {"yesterday", RelativeUnit::kDay, -1, false},
    {"last night", RelativeUnit::kDay, -1, true},
    {"today", RelativeUnit::kDay, 0, false},
    {"tonight", RelativeUnit::kDay, 0, false},
    {"tomorrow", RelativeUnit::kDay, 1, false}};

}  // namespace

std::vector<RelativeDate> ReadKoreanRelativeDates(std::string_view korean) {
  std::vector<RelativeDate> out;
  // `i` steps from code point to code point; terms start at a Hangul word's first syllable.
  for (size_t i = 0; i < korean.size();) {
    size_t next = i;
    const char32_t c = text::DecodeUtf8(korean, &next);
    if (!text::IsHangulSyllable(c) || IsHangulBefore(korean, i)) {
      i = next;
      continue;
    }
    bool found = false;
    for (const Term& term : kKoreanTerms) {
      if (korean.substr(i, term.text.size()) != term.text) continue;
      const size_t end = i + term.text.size();
      const bool period = term.unit == RelativeUnit::kMonth || term.unit == RelativeUnit::kYear;
      if (!WordEndsWell(korean, end, period)) continue;
      out.push_back(
          {term.unit, term.offset, {static_cast<uint32_t>(i), static_cast<uint32_t>(end)}});
      i = end;
      found = true;
      break;
    }
    if (!found) i = next;
  }
  return out;
}

std::vector<RelativeDate> ReadEnglishRelativeDates(std::string_view english) {
  std::vector<RelativeDate> out;
  for (size_t i = 0; i < english.size(); ++i) {
    if (!IsAsciiLetter(english[i]) || (i > 0 && IsAsciiLetter(english[i - 1]))) continue;
    for (const EnglishTerm& term : kEnglishTerms) {
      if (!PhraseAt(english, i, term.text)) continue;
      const size_t end = i + term.text.size();
      if (end < english.size() && IsAsciiLetter(english[end])) continue;  // "last weekend"
      // Lower case, but for the capital that opens a sentence ("Last year, ...", not "USA Today").
      const bool lower_case = english.substr(i, term.text.size()) == term.text;
      if (!lower_case && !(english[i] == term.text[0] - 'a' + 'A' &&
                           english.substr(i + 1, term.text.size() - 1) == term.text.substr(1) &&
                           OpensSentence(english, i))) {
        continue;
      }
      if (term.span_of_time_after_the) {
        const std::string_view before = english.substr(0, i);
        auto ends_with = [&](std::string_view w) {
          return before.size() >= w.size() && PhraseAt(before, before.size() - w.size(), w) &&
                 (before.size() == w.size() ||
                  !IsAsciiLetter(before[before.size() - w.size() - 1]));
        };
        if (ends_with("the ") || ends_with("past ")) continue;
      }
      out.push_back(
          {term.unit, term.offset, {static_cast<uint32_t>(i), static_cast<uint32_t>(end)}});
      i = end - 1;
      break;
    }
  }
  return out;
}

std::string DescribeRelativeDate(const RelativeDate& date) {
  static constexpr std::array<std::string_view, 4> kUnits = {"day", "week", "month", "year"};
  const std::string_view unit = kUnits[static_cast<size_t>(date.unit)];
  if (date.unit == RelativeUnit::kDay) {
    switch (date.offset) {
      case -2:
        return "the day before yesterday";
      case -1:
        return "yesterday";
      case 0:
        return "today";
      case 1:
        return "tomorrow";
      case 2:
        return "the day after tomorrow";
      default:
        break;
    }
  }
  if (date.unit == RelativeUnit::kYear && date.offset == -2) return "the year before last";
  switch (date.offset) {
    case -1:
      return "last " + std::string(unit);
    case 0:
      return "this " + std::string(unit);
    case 1:
      return "next " + std::string(unit);
    default:
      break;
  }
  const int n = date.offset < 0 ? -date.offset : date.offset;
  return std::to_string(n) + " " + std::string(unit) + "s " + (date.offset < 0 ? "ago" : "ahead");
}

}  // namespace galley::numbers
