// What a check reports.
#ifndef GALLEY_COMMON_CHECKS_FINDING_H_
#define GALLEY_COMMON_CHECKS_FINDING_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/text/sentence_splitter.h"

namespace galley::checks {

// Mirrors galley.v1.Severity (same order and meaning).
enum class Severity { kMinor = 1, kMajor = 2, kCritical = 3 };
// Mirrors galley.v1.MqmCategory.
enum class MqmCategory {
  kMistranslation = 1,
  kOmission = 2,
  kAddition = 3,
  kUntranslated = 4,
  kTerminology = 5,
};

std::string_view SeverityName(Severity s);  // "minor", "major", "critical"

// Stable finding codes; published codes are never renamed.
namespace codes {
inline constexpr std::string_view kNumberMismatch = "NUMBER_MISMATCH";
inline constexpr std::string_view kNumberMissing = "NUMBER_MISSING";
inline constexpr std::string_view kNumberExtra = "NUMBER_EXTRA";
inline constexpr std::string_view kNameMismatch = "NAME_MISMATCH";
inline constexpr std::string_view kNameMissing = "NAME_MISSING";
inline constexpr std::string_view kNameInconsistent = "NAME_INCONSISTENT";
inline constexpr std::string_view kOmission = "OMISSION";
inline constexpr std::string_view kPartialOmission = "OMISSION_PARTIAL";
inline constexpr std::string_view kAddition = "ADDITION";
inline constexpr std::string_view kUntranslated = "UNTRANSLATED";
inline constexpr std::string_view kGlossaryViolation = "GLOSSARY_VIOLATION";
}  // namespace codes

struct Finding {
  uint32_t pair_index = 0;
  std::string code;
  Severity severity = Severity::kMajor;
  MqmCategory category = MqmCategory::kMistranslation;
  std::string message;
  // Byte spans into the submitted source / target texts, end exclusive.
  std::vector<text::TextSpan> source_spans;
  std::vector<text::TextSpan> target_spans;
  // 16 hex digits: XXH3 of the code and the spans' text (see Fingerprint).
  std::string fingerprint;
};

// The fingerprint of a finding: the code and the text under its spans, whitespace-folded, so the
// same problem in the same words has the same fingerprint wherever it stands in an article.
std::string Fingerprint(std::string_view code, std::string_view source_text,
                        const std::vector<text::TextSpan>& source_spans,
                        std::string_view target_text,
                        const std::vector<text::TextSpan>& target_spans);

}  // namespace galley::checks

#endif  // GALLEY_COMMON_CHECKS_FINDING_H_
