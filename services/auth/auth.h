// Authentication and authorization for every galleyd front end (gRPC now, HTTP next): bearer
// tokens, the role policy, and per-token request rates. The one place that decides who may call
// what; front ends only extract the Authorization value and the method name.
//
// Tokens are "glt_" + 43 base64url characters (32 random bytes). Only their SHA-256 is stored;
// the secret is shown once, when created.
#ifndef GALLEY_SERVICES_AUTH_AUTH_H_
#define GALLEY_SERVICES_AUTH_AUTH_H_

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "common/store/review_store.h"

namespace galley::auth {

using store::Role;

// "submitter", "editor", "admin".
std::string_view RoleName(Role role);
absl::StatusOr<Role> ParseRole(std::string_view name);  // INVALID_ARGUMENT names the choices.

// Lowercase hex SHA-256.
std::string Sha256Hex(std::string_view data);

// A new token: the secret to show once, and the record to store with CreateToken(record,
// Sha256Hex(secret)). name: 1-64 of [A-Za-z0-9._@-] (INVALID_ARGUMENT otherwise).
struct NewToken {
  std::string secret;
  store::ApiToken record;
};
absl::StatusOr<NewToken> GenerateToken(std::string_view name, Role role, int64_t now_ms);

// Who is calling.
struct Principal {
  std::string name;      // The token's name (or x-galley-user without authentication).
  Role role = Role::kSubmitter;
  std::string token_id;  // "" without authentication.
  // For methods whose rule limits submitters to their own articles: the submitter whose
  // articles this call may reach (their own name); "" for every article.
  std::string articles_of;
};

// What a role may do. Methods are "Service/Method" ("ReviewService/SubmitArticle"); a method
// with no rule is refused to everyone (fail closed).
struct MethodRule {
  std::string_view method;
  bool submitter, editor, admin;
  // Submitters reach only their own articles: Admit sets Principal::articles_of.
  bool own_articles_only_for_submitter;
};
const MethodRule* FindRule(std::string_view method);
// Every rule, for tests and documentation.
const MethodRule* Rules(size_t* count);

// Error reasons (google.rpc.ErrorInfo) set on the statuses below.
inline constexpr std::string_view kReasonMissingToken = "TOKEN_MISSING";
inline constexpr std::string_view kReasonBadToken = "TOKEN_INVALID";
inline constexpr std::string_view kReasonRevokedToken = "TOKEN_REVOKED";
inline constexpr std::string_view kReasonRoleDenied = "ROLE_NOT_ALLOWED";
inline constexpr std::string_view kReasonRateLimited = "RATE_LIMITED";
// RESOURCE_EXHAUSTED statuses carry the delay before a retry can succeed under this payload
// (milliseconds, decimal); front ends turn it into google.rpc.RetryInfo / Retry-After.
inline constexpr std::string_view kRetryAfterPayload = "galley.dev/retry-after-ms";
std::optional<int64_t> RetryAfterMs(const absl::Status& status);

struct Options {
  // false: anyone may call anything, named by the x-galley-user value (--insecure-no-auth).
  bool enabled = true;
  // Requests per second each token may make (a token bucket of `burst`); 0 for no limit.
  double requests_per_second = 200;
  double burst = 400;
};

// Thread-safe. The store outlives it.
class Gatekeeper {
 public:
  Gatekeeper(store::ReviewStore* store, Options options) : store_(store), options_(options) {}

  bool enabled() const { return options_.enabled; }

  // Decides one call. authorization: the Authorization header / metadata value, if any
  // ("Bearer <token>"); insecure_user: x-galley-user, used only when authentication is off.
  // UNAUTHENTICATED (missing, malformed, unknown or revoked token), PERMISSION_DENIED (the role
  // may not call `method`), RESOURCE_EXHAUSTED (rate; see RetryAfterMs). Never puts the token in
  // a message.
  absl::StatusOr<Principal> Admit(std::optional<std::string_view> authorization,
                                  std::optional<std::string_view> insecure_user,
                                  std::string_view method);

 private:
  absl::StatusOr<Principal> Authenticate(std::optional<std::string_view> authorization);
  absl::Status TakeFromBucket(const std::string& token_id);

  store::ReviewStore* store_;
  Options options_;
  struct Bucket {
    double tokens = 0;
    std::chrono::steady_clock::time_point refilled;
  };
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;  // By token id. GUARDED_BY(mutex_)
};

}  // namespace galley::auth

#endif  // GALLEY_SERVICES_AUTH_AUTH_H_
