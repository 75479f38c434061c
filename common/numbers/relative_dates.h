// Relative dates: words that place an event by the day, week, month or year of writing (지난해
// "last year", 어제 "yesterday", 다음 달 "next month"). A translation must keep them: 지난해
// rendered "this year" moves the event by a year, though no digit differs.
#ifndef GALLEY_COMMON_NUMBERS_RELATIVE_DATES_H_
#define GALLEY_COMMON_NUMBERS_RELATIVE_DATES_H_

#include <string>
#include <string_view>
#include <vector>

#include "common/text/sentence_splitter.h"

namespace galley::numbers {

enum class RelativeUnit { kDay, kWeek, kMonth, kYear };

struct RelativeDate {
  RelativeUnit unit = RelativeUnit::kDay;
  int offset = 0;       // Units from the time of writing: -1 last, 0 this, 1 next.
  text::TextSpan span;  // Bytes of the text read.
};

// The relative dates of Korean text, in order: 재작년 지난해 작년 올해 금년 내년 내후년; 지난달
// 이달 이번 달 다음 달 내달; 지난주 이번 주 다음 주; 그제 어제 어젯밤 오늘 내일 모레, written alone
// or with a particle (지난해의, 오늘부터), a month's or year's 초, 중 and 말 too (이달 말). Not
// inside another word (오늘날 'nowadays', 재작년's 작년), nor 지난 before a number (지난 3일, on
// the 3rd).
std::vector<RelativeDate> ReadKoreanRelativeDates(std::string_view korean);

// The relative dates of English text, in order: last, this and next year, month and week;
// yesterday, last night, today, tonight, tomorrow, and the day before yesterday or after tomorrow.
// Any case at a sentence's start, lower case elsewhere (not "USA Today"); not a span of time ("over
// the last year", "the past week"), nor "last weekend".
std::vector<RelativeDate> ReadEnglishRelativeDates(std::string_view english);

// How English says it: "last year", "this month", "yesterday", "two years ago".
std::string DescribeRelativeDate(const RelativeDate& date);

}  // namespace galley::numbers

#endif  // GALLEY_COMMON_NUMBERS_RELATIVE_DATES_H_
