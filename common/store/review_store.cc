#include "common/store/review_store.h"

#include <algorithm>
#include <climits>

#include "absl/strings/cord.h"
#include "common/base/str_cat.h"
#include "common/store/internal.h"

namespace galley::store {
namespace {
constexpr std::string_view kReasonPayload = "type.galley.dev/galley.v1.ErrorReason";
}  // namespace

std::string Reason(const absl::Status& status) {
  const auto payload =
      status.GetPayload(absl::string_view(kReasonPayload.data(), kReasonPayload.size()));
  return payload ? std::string(*payload) : std::string();
}

absl::Status WithReason(absl::Status status, std::string_view reason) {
  status.SetPayload(absl::string_view(kReasonPayload.data(), kReasonPayload.size()),
                    absl::Cord(absl::string_view(reason.data(), reason.size())));
  return status;
}

namespace internal {

std::string JoinCodes(const std::vector<std::string>& codes) {
  std::string joined;
  for (const std::string& c : codes) joined += StrCat(joined.empty() ? "" : ",", c);
  return joined;
}

std::vector<std::string> SplitCodes(std::string_view joined) {
  std::vector<std::string> codes;
  while (!joined.empty()) {
    const size_t comma = joined.find(',');
    codes.emplace_back(joined.substr(0, comma));
    if (comma == std::string_view::npos) break;
    joined.remove_prefix(comma + 1);
  }
  return codes;
}

absl::StatusOr<int64_t> ParsePageToken(const std::string& page_token) {
  if (page_token.empty()) return INT64_MAX;
  if (page_token.size() < 2 || page_token.size() > 19 || page_token[0] != 'a' ||
      page_token.find_first_not_of("0123456789", 1) != std::string::npos) {
    return absl::InvalidArgumentError("page_token: not a token this server gave");
  }
  return std::stoll(page_token.substr(1));
}

int ClampPageSize(int page_size) { return page_size <= 0 ? 50 : std::min(page_size, 1000); }

void FinishPage(int page_size, ArticlePage* page) {
  if (page->articles.size() > static_cast<size_t>(page_size)) {
    page->articles.pop_back();
    page->next_page_token = StrCat("a", page->articles.back().id);
  }
}

absl::StatusOr<int64_t> ParseTaskPageToken(const std::string& page_token) {
  if (page_token.empty()) return 0;
  if (page_token.size() < 2 || page_token.size() > 19 || page_token[0] != 't' ||
      page_token.find_first_not_of("0123456789", 1) != std::string::npos) {
    return absl::InvalidArgumentError("page_token: not a token this server gave");
  }
  return std::stoll(page_token.substr(1));
}

int ClampTaskPageSize(int page_size) { return page_size <= 0 ? 100 : std::min(page_size, 1000); }

void FinishTaskPage(int page_size, TaskPage* page) {
  if (page->tasks.size() > static_cast<size_t>(page_size)) {
    page->tasks.pop_back();
    page->next_page_token = StrCat("t", page->tasks.back().id);
  }
}

void AddToSummary(int severity, const std::string& codes, int state, int64_t count,
                  TaskSummary* summary) {
  summary->total += count;
  if (state == static_cast<int>(TaskState::kClaimed)) summary->claimed += count;
  summary->by_severity[severity] += count;
  for (const std::string& code : SplitCodes(codes)) summary->by_code[code] += count;
}

absl::Status ValidateResolution(const Resolution& r) {
  if (r.decision == Decision::kCorrect && r.corrected_text.empty()) {
    return absl::InvalidArgumentError("corrected_text: required to CORRECT a translation");
  }
  if (r.decision == Decision::kDismiss && r.comment.empty()) {
    return absl::InvalidArgumentError("comment: say why the finding is a false alarm");
  }
  return absl::OkStatus();
}

}  // namespace internal

}  // namespace galley::store
