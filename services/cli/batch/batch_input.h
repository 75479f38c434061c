// What `galley check --batch` checks: the article pairs of a JSON Lines manifest or of a
// directory, read one at a time so that memory does not grow with the batch.
#ifndef GALLEY_SERVICES_CLI_BATCH_BATCH_INPUT_H_
#define GALLEY_SERVICES_CLI_BATCH_BATCH_INPUT_H_

#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace galley::cli {

// One article pair of a batch. Either paths to read or the texts themselves (inline manifest
// items). An item that cannot be checked (a malformed manifest line, a file without its partner)
// carries `error` and is reported in its place; the rest of the batch still runs.
struct BatchItem {
  size_t index = 0;         // Position in the batch, from 0: reports keep this order.
  std::string id;           // The manifest's id, or the pair's file stem.
  std::string source_path;  // As resolved (relative to the manifest's folder); "" when inline.
  std::string target_path;
  std::optional<std::string> source_text;  // Inline items only.
  std::optional<std::string> target_text;
  std::string error;  // Non-empty: this item is reported as an input error.
};

// Not thread-safe: the batch runner calls Next under its own lock.
class BatchInput {
 public:
  virtual ~BatchInput() = default;
  // The next item, or nullopt at the end.
  virtual std::optional<BatchItem> Next() = 0;
  // How many items Next will return in all (for progress and ETA).
  virtual size_t size() const = 0;
};

// `path` is a JSON Lines manifest, one object a line: {"id", "source_path", "target_path"} (paths
// relative to the manifest) or {"id", "source", "target"} (the texts). Blank lines are skipped.
// A line that is not such an object becomes an item with an error naming the file and line.
// Errors: NOT_FOUND / INVALID_ARGUMENT when the manifest itself cannot be read.
absl::StatusOr<std::unique_ptr<BatchInput>> OpenManifest(const std::string& path);

// `path` is a directory of pairs NAME.ko.txt + NAME.en.txt or NAME.ko + NAME.en (by stem, sorted
// by name). A file without its partner becomes an item with an error.
absl::StatusOr<std::unique_ptr<BatchInput>> OpenDirectory(const std::string& path);

// A manifest file or a directory, whichever `path` is.
absl::StatusOr<std::unique_ptr<BatchInput>> OpenBatch(const std::string& path);

// One pair as a batch of one (for `galley check SOURCE TARGET --format=junit|sarif|html`).
std::unique_ptr<BatchInput> SinglePair(std::string id, std::string source_path,
                                       std::string target_path);

}  // namespace galley::cli

#endif  // GALLEY_SERVICES_CLI_BATCH_BATCH_INPUT_H_
