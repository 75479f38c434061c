// Reading bilingual XLIFF (1.2 and 2.0), as CAT tools and Galley's own export write it: each unit
// becomes one aligned pair, so `galley check --xliff` checks a translation in the segmentation
// its translators saw. Inline markup (<g>, <x/>, <ph>, <bpt>/<ept>, <pc>, <mrk>) is read as its
// text content; placeholders without text vanish.
#ifndef GALLEY_SERVICES_API_XLIFF_H_
#define GALLEY_SERVICES_API_XLIFF_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "galley/v1/check_service.pb.h"

namespace galley::api {

struct XliffUnit {
  std::string id;      // The unit's (or trans-unit's) id; "" when it has none.
  int line = 0;        // Where it starts in the file (1-based), for messages.
  std::string source;  // Whitespace (newlines included) folded to single spaces.
  std::string target;  // "" when the unit has no <target> (not yet translated).
};

struct XliffDocument {
  std::string version;          // "1.2" or "2.0".
  std::string source_language;  // srcLang / source-language, as written.
  std::string target_language;  // trgLang / target-language.
  std::vector<XliffUnit> units;
};

// INVALID_ARGUMENT naming `file` and the line: not well-formed XML, not XLIFF, a DTD, no units.
absl::StatusOr<XliffDocument> ParseXliff(std::string_view content, std::string_view file);

// The check of a parsed document: one line per unit on each side, pre-aligned, so that pair i of
// the report is checked[i]. Units without a target (not translated yet) or without a source
// cannot be pairs; they are listed apart.
struct XliffCheck {
  v1::CheckRequest request;
  std::vector<const XliffUnit*> checked;       // Point into the document.
  std::vector<const XliffUnit*> untranslated;  // Source but no target.
};
XliffCheck CheckRequestFor(const XliffDocument& document);

}  // namespace galley::api

#endif  // GALLEY_SERVICES_API_XLIFF_H_
