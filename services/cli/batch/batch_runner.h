// Runs a batch: N workers read and check article pairs in parallel, one thread writes the
// results in input order. At most `window` items are in flight or waiting to be written, so
// memory is bounded whatever the batch size.
#ifndef GALLEY_SERVICES_CLI_BATCH_BATCH_RUNNER_H_
#define GALLEY_SERVICES_CLI_BATCH_BATCH_RUNNER_H_

#include <atomic>
#include <functional>
#include <memory>

#include "absl/status/statusor.h"
#include "galley/v1/check_service.pb.h"
#include "services/cli/batch/batch_input.h"
#include "services/cli/batch/batch_report.h"

namespace galley::cli {

// Checks one pair. Each worker thread has its own (a server stream is not shared).
class PairChecker {
 public:
  virtual ~PairChecker() = default;
  // Never throws: a failure goes into the response's error_code / error_message.
  virtual v1::CheckBatchResponse Check(const v1::CheckBatchRequest& request) = 0;
};

struct BatchOptions {
  int jobs = 1;
  size_t max_bytes = 1 << 20;  // Largest file read (RESOURCE_EXHAUSTED item above it).
  // Fills everything of a request but the texts and id (segmentation, languages, glossary).
  v1::CheckRequest request_template;
  bool progress = false;  // A progress bar on stderr.
};

// Reads a text file for a batch item: NOT_FOUND (cannot open), INVALID_ARGUMENT (invalid UTF-8
// with its byte offset, empty), RESOURCE_EXHAUSTED (over max_bytes); messages start with path.
absl::StatusOr<std::string> ReadTextFile(const std::string& path, size_t max_bytes);

// Set by SIGINT while a batch runs: workers stop taking items, the writer writes what is done.
std::atomic<bool>& BatchInterrupted();

// Runs the batch and returns its totals (the writer has seen Begin, every Add, then Finish).
BatchTotals RunBatch(BatchInput& input, const BatchOptions& options,
                     const std::function<std::unique_ptr<PairChecker>()>& make_checker,
                     BatchReportWriter& writer);

}  // namespace galley::cli

#endif  // GALLEY_SERVICES_CLI_BATCH_BATCH_RUNNER_H_
