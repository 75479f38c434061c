// RETURN_IF_ERROR / ASSIGN_OR_RETURN for absl::Status, which Debian 12's abseil (20220623) lacks.
#ifndef GALLEY_COMMON_BASE_STATUS_MACROS_H_
#define GALLEY_COMMON_BASE_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define GALLEY_STATUS_CONCAT_INNER_(a, b) a##b
#define GALLEY_STATUS_CONCAT_(a, b) GALLEY_STATUS_CONCAT_INNER_(a, b)

// Evaluates `expr` (an absl::Status); returns it from the enclosing function if it is not OK.
#define RETURN_IF_ERROR(expr)                        \
  do {                                               \
    const ::absl::Status galley_status_ = (expr);    \
    if (!galley_status_.ok()) return galley_status_; \
  } while (0)

// Evaluates `rexpr` (an absl::StatusOr<T>); returns its status if not OK, else moves the value into
// `lhs`, which may be a declaration (`auto x`).
#define ASSIGN_OR_RETURN(lhs, rexpr) \
  GALLEY_ASSIGN_OR_RETURN_IMPL_(GALLEY_STATUS_CONCAT_(galley_statusor_, __LINE__), lhs, rexpr)
#define GALLEY_ASSIGN_OR_RETURN_IMPL_(statusor, lhs, rexpr) \
  auto statusor = (rexpr);                                  \
  if (!statusor.ok()) return std::move(statusor).status();  \
  lhs = std::move(statusor).value()

#endif  // GALLEY_COMMON_BASE_STATUS_MACROS_H_
