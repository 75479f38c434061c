// A glossary: house translations of terms (이재명 -> Lee Jae Myung), read from TSV or TBX-Basic,
// checked by the glossary check (GLOSSARY_VIOLATION).
#ifndef GALLEY_COMMON_CHECKS_GLOSSARY_H_
#define GALLEY_COMMON_CHECKS_GLOSSARY_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace galley::checks {

struct GlossaryTerm {
  std::string source;                // NFKC, as the checks read text.
  std::vector<std::string> targets;  // Accepted renderings; at least one.
  std::string note;
};

// Immutable once built; safe to share between threads.
class Glossary {
 public:
  // Adds a term; a source term given twice gets the union of its targets. INVALID_ARGUMENT for an
  // empty source or no non-empty target.
  absl::Status Add(std::string_view source, const std::vector<std::string>& targets,
                   std::string_view note = "");

  // TSV: `source<TAB>target[<TAB>note]` a line; '#' starts a comment line; a first line
  // "source<TAB>target..." is a header. Errors name `file` and the line.
  static absl::StatusOr<Glossary> FromTsv(std::string_view content, std::string_view file);
  // TBX-Basic (TBX 2008 <termEntry>/<langSet>/<tig> or TBX v3 <conceptEntry>/<langSec>/<termSec>):
  // each entry's Korean term(s) map to its English term(s); a <note> or <descrip> becomes the note.
  static absl::StatusOr<Glossary> FromTbx(std::string_view content, std::string_view file);
  // Reads a file: .tbx / .xml, or content starting with '<', as TBX; anything else as TSV.
  static absl::StatusOr<Glossary> Load(const std::string& path);

  const std::vector<GlossaryTerm>& terms() const { return terms_; }
  bool empty() const { return terms_.empty(); }

 private:
  std::vector<GlossaryTerm> terms_;
};

}  // namespace galley::checks

#endif  // GALLEY_COMMON_CHECKS_GLOSSARY_H_
