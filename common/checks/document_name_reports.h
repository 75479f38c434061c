// What the name check reports once it has read every pair of a document, from the notes its
// pairs left (DocumentNotes): English names no sentence around mentions, Korean acronyms no English
// sentence around carries, and one Korean name spelled two ways. Internal to the name check;
// spans in bytes of the submitted documents.
#ifndef GALLEY_COMMON_CHECKS_DOCUMENT_NAME_REPORTS_H_
#define GALLEY_COMMON_CHECKS_DOCUMENT_NAME_REPORTS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "common/checks/finding.h"
#include "common/checks/pair_context.h"
#include "common/text/sentence_splitter.h"

namespace galley::checks::document_name_reports {

// Each Report* appends its findings to `findings`; the notes' lists are in pair order, as the
// engine runs the pairs.

// NAME_MISMATCH for English names that nothing in their Korean matches and that no sentence
// around them mentions: a name the translation put there on its own.
void ReportNamesNoSentenceMentions(const DocumentNotes& notes, std::vector<Finding>* findings);

// NAME_MISSING for the acronyms the English of their pair leaves out, unless an English sentence
// around carries them.
void ReportMissingAcronyms(const DocumentNotes& notes, std::vector<Finding>* findings);

// NAME_INCONSISTENT: a Korean name rendered one way and then another within the document. The
// first rendering is the reference, or the lexicon's spelling where the document has it; each
// variant of it is reported once per pair.
void ReportInconsistentNames(const DocumentNotes& notes, std::vector<Finding>* findings);

// The NAME_MISSING finding for Latin name `token` of the Korean (at `source`, bytes of the
// submitted Korean) that the English leaves out: a pair's own check gives it too.
Finding MissingLatinName(uint32_t pair_index, std::string_view token, text::TextSpan source);

}  // namespace galley::checks::document_name_reports

#endif  // GALLEY_COMMON_CHECKS_DOCUMENT_NAME_REPORTS_H_
