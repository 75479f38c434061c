// Helpers shared by the ReviewStore backends (not part of the interface).
#ifndef GALLEY_COMMON_STORE_INTERNAL_H_
#define GALLEY_COMMON_STORE_INTERNAL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "common/store/review_store.h"

namespace galley::store::internal {

// Finding codes as stored: comma-separated ("NUMBER_MISMATCH,NAME_MISMATCH").
std::string JoinCodes(const std::vector<std::string>& codes);
std::vector<std::string> SplitCodes(std::string_view joined);

// Page tokens are "a" + the last article id of the page (lists go newest first, by id).
// Returns the id to list below (INT64_MAX for ""); INVALID_ARGUMENT for anything else.
absl::StatusOr<int64_t> ParsePageToken(const std::string& page_token);
// ListArticles's page size: 0 or less is the default 50, the most is 1,000.
int ClampPageSize(int page_size);
// Fetched page_size + 1 articles, newest first: drops the extra one and sets the next token.
void FinishPage(int page_size, ArticlePage* page);

// What ResolveTask requires of every backend: the text of a CORRECT, the reason of a DISMISS.
absl::Status ValidateResolution(const Resolution& resolution);

// Adds `count` tasks in `state` (TaskState's number) to `counts`.
inline void AddCount(int64_t state, int64_t count, TaskCounts* counts) {
  switch (static_cast<TaskState>(state)) {
    case TaskState::kQueued:
      counts->queued += count;
      break;
    case TaskState::kClaimed:
      counts->claimed += count;
      break;
    case TaskState::kResolved:
      counts->resolved += count;
      break;
  }
}

// ListTasks's pages: tokens are "t" + the last task id of the page (oldest first). Returns the
// id to list above (0 for ""); INVALID_ARGUMENT for anything else.
absl::StatusOr<int64_t> ParseTaskPageToken(const std::string& page_token);
int ClampTaskPageSize(int page_size);
// Fetched page_size + 1 tasks: drops the extra one and sets the next token.
void FinishTaskPage(int page_size, TaskPage* page);
// Adds one group of tasks (same severity, codes and state) to a summary.
void AddToSummary(int severity, const std::string& codes, int state, int64_t count,
                  TaskSummary* summary);

}  // namespace galley::store::internal

#endif  // GALLEY_COMMON_STORE_INTERNAL_H_
