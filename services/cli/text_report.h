// The people-facing text format of `galley segment|align|check`.
#ifndef GALLEY_SERVICES_CLI_TEXT_REPORT_H_
#define GALLEY_SERVICES_CLI_TEXT_REPORT_H_

#include <string>

#include "galley/v1/alignment_service.pb.h"
#include "galley/v1/check_service.pb.h"

namespace galley::cli {

struct TextStyle {
  int width = 120;     // Terminal columns.
  bool color = false;  // ANSI colors for spans and severities.
};

std::string FormatSegments(const v1::SegmentResponse& response, const TextStyle& style);
// Pairs side by side (Korean left, English right); for a check, each pair's findings under it with
// their spans marked ⟦…⟧ in both texts, then a summary.
std::string FormatAlignment(const v1::AlignResponse& response, const TextStyle& style);
std::string FormatCheck(const v1::CheckResponse& response, const TextStyle& style);

// Display columns of valid UTF-8 text: 2 for Hangul, CJK and full-width forms, else 1.
int DisplayWidth(std::string_view text);

}  // namespace galley::cli

#endif  // GALLEY_SERVICES_CLI_TEXT_REPORT_H_
