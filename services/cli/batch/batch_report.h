// Reports of `galley check --batch`: JSON Lines, a text summary, JUnit XML, SARIF 2.1.0 and a
// self-contained HTML page. Each writer streams: it sees one article at a time, in input order,
// and keeps only counters (and, for the page, a spool file), so memory stays bounded whatever
// the batch size.
#ifndef GALLEY_SERVICES_CLI_BATCH_BATCH_REPORT_H_
#define GALLEY_SERVICES_CLI_BATCH_BATCH_REPORT_H_

#include <array>
#include <chrono>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "galley/v1/check_service.pb.h"
#include "services/cli/batch/batch_input.h"

namespace galley::cli {

// One checked (or failed) article of a batch.
struct BatchResult {
  BatchItem item;  // Its texts moved out into source_text / target_text.
  // id plus the report, or error_code (a google.rpc.Code) and error_message.
  v1::CheckBatchResponse response;
  // The texts as read ("" when they could not be read): reports turn byte offsets into lines.
  std::string source_text;
  std::string target_text;
  double seconds = 0;  // Time spent checking this item.
  // What the report writer's Prepare made of this result on the worker thread ("" if nothing).
  std::string prepared;

  bool failed() const { return response.error_code() != 0; }
};

// The checks a finding code belongs to, in report order. GLOSSARY only when a glossary is given.
inline constexpr std::array<std::string_view, 6> kCheckNames = {
    "number", "name", "omission", "addition", "untranslated", "glossary"};
// "NUMBER_MISMATCH" -> "number", "OMISSION_PARTIAL" -> "omission", ...; unknown -> "other".
std::string_view CheckOfCode(std::string_view code);
// One sentence an editor or a CI user understands, for SARIF rules and the HTML legend.
std::string_view DescribeCode(std::string_view code);
// "minor", "major" or "critical" (unspecified reads as minor). Shared by the reports and the
// review commands.
std::string_view SeverityWord(v1::Severity severity);
// Every finding code the engine can report, in report order.
const std::vector<std::string_view>& AllFindingCodes();

// Running totals of a batch, kept by the runner and given to each writer at the end.
struct BatchTotals {
  size_t articles = 0;  // Items seen (checked or failed).
  size_t failed = 0;    // Input errors.
  size_t expected = 0;  // Items in the batch; more than `articles` when interrupted.
  bool interrupted = false;
  size_t pairs = 0;          // Aligned pairs.
  size_t flagged_pairs = 0;  // Pairs with at least one finding.
  size_t flagged_articles = 0;
  // check name -> findings by severity (index 1 minor, 2 major, 3 critical).
  std::map<std::string, std::array<size_t, 4>, std::less<>> findings;
  std::chrono::duration<double> elapsed{0};

  void Add(const BatchResult& result);
  size_t FindingsAtSeverity(int severity) const;
};

struct ReportOptions {
  bool glossary = false;    // Whether a glossary was given (adds the glossary check).
  bool color = false;       // ANSI colors (text format on a terminal).
  std::string tool_version;  // For SARIF's driver.version.
};

// Called from one thread: Begin, then Add for each result in input order, then Finish.
class BatchReportWriter {
 public:
  virtual ~BatchReportWriter() = default;
  virtual void Begin(size_t expected_items) { (void)expected_items; }
  // Called on worker threads, in any order, before Add: per-result work that needs no order
  // (formatting) is done here so the one writing thread does not hold the batch back.
  // Must be thread-safe.
  virtual void Prepare(BatchResult* result) const { (void)result; }
  virtual void Add(const BatchResult& result) = 0;
  virtual void Finish(const BatchTotals& totals) = 0;
};

// format: json | text | junit | sarif | html. `out` must outlive the writer.
std::unique_ptr<BatchReportWriter> MakeReportWriter(std::string_view format, std::ostream* out,
                                                    const ReportOptions& options);

// 1-based line and column (in Unicode code points) of a byte offset into valid UTF-8 text.
struct LineColumn {
  size_t line = 1;
  size_t column = 1;
};
LineColumn LineColumnAt(std::string_view text, size_t byte_offset);

}  // namespace galley::cli

#endif  // GALLEY_SERVICES_CLI_BATCH_BATCH_REPORT_H_
