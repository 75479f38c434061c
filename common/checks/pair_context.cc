#include "common/checks/pair_context.h"

#include "common/base/status_macros.h"

namespace galley::checks {

absl::StatusOr<PairSide> PairSide::Create(std::string_view document, uint32_t begin, uint32_t end) {
  PairSide side;
  side.base_ = begin;
  side.original_ = document.substr(begin, end - begin);
  ASSIGN_OR_RETURN(side.normalized_, text::NormalizedText::Create(
                                         side.original_, text::NormalizationForm::kNfkc));
  return side;
}

std::string Quote(std::string_view text, text::TextSpan span) {
  std::string_view s = text.substr(span.begin, span.end - span.begin);
  if (s.size() <= 48) return std::string(s);
  size_t cut = 40;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "…";
}

}  // namespace galley::checks
