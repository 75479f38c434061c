// The deadline of the call a thread is working for. The server's call wrappers set it (from the
// gRPC deadline) around a handler; the layers below (the stores) read it, so that they give up
// in time without every signature carrying a deadline. Thread-local; scopes nest.
#ifndef GALLEY_COMMON_BASE_CALL_DEADLINE_H_
#define GALLEY_COMMON_BASE_CALL_DEADLINE_H_

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

#include "absl/status/status.h"
#include "common/base/str_cat.h"

namespace galley {

class CallDeadline {
 public:
  using Clock = std::chrono::steady_clock;

  // Sets this thread's deadline until destroyed (then restores the previous one).
  explicit CallDeadline(std::optional<Clock::time_point> deadline) : previous_(current_) {
    current_ = deadline;
  }
  ~CallDeadline() { current_ = previous_; }
  CallDeadline(const CallDeadline&) = delete;
  CallDeadline& operator=(const CallDeadline&) = delete;

  static std::optional<Clock::time_point> Current() { return current_; }

  // Milliseconds left (at least 1 while not passed); nullopt without a deadline.
  static std::optional<int64_t> RemainingMs() {
    if (!current_) return std::nullopt;
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(*current_ - Clock::now()).count();
    return left;
  }

  // DEADLINE_EXCEEDED ("deadline passed before <what>") once the deadline has passed.
  static absl::Status Check(std::string_view what) {
    if (current_ && Clock::now() >= *current_) {
      return absl::DeadlineExceededError(StrCat("the call's deadline passed before ", what));
    }
    return absl::OkStatus();
  }

 private:
  static inline thread_local std::optional<Clock::time_point> current_;
  std::optional<Clock::time_point> previous_;
};

}  // namespace galley

#endif  // GALLEY_COMMON_BASE_CALL_DEADLINE_H_
