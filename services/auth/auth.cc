#include "services/auth/auth.h"

#include <openssl/evp.h>
#include <sys/random.h>

#include <algorithm>
#include <cmath>

#include "absl/strings/cord.h"
#include "common/base/str_cat.h"

namespace galley::auth {
namespace {

constexpr std::string_view kTokenPrefix = "glt_";
constexpr size_t kSecretBytes = 32;

// The policy. Kept sorted by method for FindRule.
constexpr MethodRule kRules[] = {
    // method                          submitter editor admin own-only
    {"AdminService/CreateToken", false, false, true, false},
    {"AdminService/ListTokens", false, false, true, false},
    {"AdminService/RevokeToken", false, false, true, false},
    {"AlignmentService/Align", true, true, true, false},
    {"AlignmentService/Segment", true, true, true, false},
    {"CheckService/Check", true, true, true, false},
    {"CheckService/CheckBatch", true, true, true, false},
    // The HTTP port's own routes (not RPCs): Prometheus metrics and the page's "who am I".
    {"HttpGateway/Metrics", true, true, true, false},
    {"HttpGateway/WhoAmI", true, true, true, false},
    {"ReviewService/ClaimNextTask", false, true, true, false},
    {"ReviewService/DeleteSuppression", false, false, true, false},
    {"ReviewService/ExportArticle", true, true, true, true},
    {"ReviewService/GetArticle", true, true, true, true},
    {"ReviewService/ListArticles", true, true, true, true},
    {"ReviewService/ListAuditEntries", false, true, true, false},
    {"ReviewService/ListSuppressions", false, true, true, false},
    {"ReviewService/ListTasks", false, true, true, false},
    {"ReviewService/ReleaseTask", false, true, true, false},
    {"ReviewService/RenewTask", false, true, true, false},
    {"ReviewService/ResolveTask", false, true, true, false},
    {"ReviewService/SubmitArticle", true, false, true, false},
    {"ReviewService/WatchQueue", false, true, true, false},
};

absl::Status WithReason(absl::Status status, std::string_view reason) {
  return store::WithReason(std::move(status), reason);
}

bool Allowed(const MethodRule& rule, Role role) {
  switch (role) {
    case Role::kSubmitter:
      return rule.submitter;
    case Role::kEditor:
      return rule.editor;
    case Role::kAdmin:
      return rule.admin;
  }
  return false;
}

bool RandomBytes(unsigned char* out, size_t n) {
  while (n > 0) {
    const ssize_t got = getrandom(out, n, 0);
    if (got < 0) return false;
    out += got;
    n -= static_cast<size_t>(got);
  }
  return true;
}

std::string Base64Url(const unsigned char* data, size_t n) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out;
  uint32_t buffer = 0;
  int bits = 0;
  for (size_t i = 0; i < n; ++i) {
    buffer = (buffer << 8) | data[i];
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += kAlphabet[(buffer >> bits) & 63];
    }
  }
  if (bits > 0) out += kAlphabet[(buffer << (6 - bits)) & 63];
  return out;
}

std::string Hex(const unsigned char* data, size_t n) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    out += kDigits[data[i] >> 4];
    out += kDigits[data[i] & 15];
  }
  return out;
}

bool ValidName(std::string_view name) {
  return !name.empty() && name.size() <= 64 &&
         std::all_of(name.begin(), name.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '.' || c == '_' || c == '@' || c == '-';
         });
}

}  // namespace

std::string_view RoleName(Role role) {
  switch (role) {
    case Role::kSubmitter:
      return "submitter";
    case Role::kEditor:
      return "editor";
    case Role::kAdmin:
      return "admin";
  }
  return "unknown";
}

absl::StatusOr<Role> ParseRole(std::string_view name) {
  for (Role r : {Role::kSubmitter, Role::kEditor, Role::kAdmin}) {
    if (name == RoleName(r)) return r;
  }
  return absl::InvalidArgumentError(
      StrCat("unknown role \"", name, "\": expected submitter, editor or admin"));
}

std::string Sha256Hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(data.data(), data.size(), digest, &length, EVP_sha256(), nullptr);
  return Hex(digest, length);
}

absl::StatusOr<NewToken> GenerateToken(std::string_view name, Role role, int64_t now_ms) {
  if (!ValidName(name)) {
    return absl::InvalidArgumentError(
        StrCat("token name \"", name, "\": 1 to 64 letters, digits, '.', '_', '@' or '-'"));
  }
  unsigned char secret[kSecretBytes];
  unsigned char id[6];
  if (!RandomBytes(secret, sizeof secret) || !RandomBytes(id, sizeof id)) {
    return absl::InternalError("the system's random source failed");
  }
  NewToken out;
  out.secret = StrCat(kTokenPrefix, Base64Url(secret, sizeof secret));
  out.record.id = StrCat("tok_", Hex(id, sizeof id));
  out.record.name = std::string(name);
  out.record.role = role;
  out.record.created_ms = now_ms;
  return out;
}

const MethodRule* Rules(size_t* count) {
  *count = std::size(kRules);
  return kRules;
}

const MethodRule* FindRule(std::string_view method) {
  const auto it = std::lower_bound(std::begin(kRules), std::end(kRules), method,
                                   [](const MethodRule& r, std::string_view m) { return r.method < m; });
  return it != std::end(kRules) && it->method == method ? it : nullptr;
}

std::optional<int64_t> RetryAfterMs(const absl::Status& status) {
  const auto payload = status.GetPayload(absl::string_view(kRetryAfterPayload.data(), kRetryAfterPayload.size()));
  if (!payload) return std::nullopt;
  try {
    return std::stoll(std::string(*payload));
  } catch (...) {
    return std::nullopt;
  }
}

absl::StatusOr<Principal> Gatekeeper::Authenticate(std::optional<std::string_view> authorization) {
  if (!authorization || authorization->empty()) {
    return WithReason(absl::UnauthenticatedError(
                          "no token: send \"authorization: Bearer <token>\" (galleyd token create)"),
                      kReasonMissingToken);
  }
  std::string_view value = *authorization;
  constexpr std::string_view kScheme = "Bearer ";
  if (value.size() <= kScheme.size() ||
      !std::equal(kScheme.begin(), kScheme.end(), value.begin(),
                  [](char a, char b) { return std::tolower(a) == std::tolower(b); })) {
    return WithReason(absl::UnauthenticatedError(
                          "the authorization value is not \"Bearer <token>\""),
                      kReasonBadToken);
  }
  value.remove_prefix(kScheme.size());
  auto token = store_->FindToken(Sha256Hex(value));
  if (absl::IsNotFound(token.status())) {
    return WithReason(absl::UnauthenticatedError("unknown token"), kReasonBadToken);
  }
  if (!token.ok()) return token.status();
  if (token->revoked_ms != 0) {
    return WithReason(absl::UnauthenticatedError(StrCat("token ", token->id, " was revoked")),
                      kReasonRevokedToken);
  }
  return Principal{token->name, token->role, token->id, /*articles_of=*/""};
}

absl::Status Gatekeeper::TakeFromBucket(const std::string& token_id) {
  if (options_.requests_per_second <= 0) return absl::OkStatus();
  const auto now = std::chrono::steady_clock::now();
  std::lock_guard lock(mutex_);
  auto [it, inserted] = buckets_.try_emplace(token_id);
  Bucket& b = it->second;
  if (inserted) {
    b.tokens = options_.burst;
  } else {
    const double seconds = std::chrono::duration<double>(now - b.refilled).count();
    b.tokens = std::min(options_.burst, b.tokens + seconds * options_.requests_per_second);
  }
  b.refilled = now;
  if (b.tokens >= 1) {
    b.tokens -= 1;
    return absl::OkStatus();
  }
  const auto wait_ms =
      static_cast<int64_t>(std::ceil(1000 * (1 - b.tokens) / options_.requests_per_second));
  absl::Status status = WithReason(
      absl::ResourceExhaustedError(StrCat("more than ", options_.requests_per_second,
                                          " requests per second with this token; retry in ",
                                          wait_ms, " ms")),
      kReasonRateLimited);
  status.SetPayload(absl::string_view(kRetryAfterPayload.data(), kRetryAfterPayload.size()), absl::Cord(std::to_string(wait_ms)));
  return status;
}

absl::StatusOr<Principal> Gatekeeper::Admit(std::optional<std::string_view> authorization,
                                             std::optional<std::string_view> insecure_user,
                                             std::string_view method) {
  const MethodRule* rule = FindRule(method);
  if (!options_.enabled) {
    Principal anyone{"anonymous", Role::kAdmin, "", /*articles_of=*/""};
    if (insecure_user) {
      if (insecure_user->empty() || insecure_user->size() > 128 ||
          std::any_of(insecure_user->begin(), insecure_user->end(),
                      [](char c) { return static_cast<unsigned char>(c) < 0x20; })) {
        return absl::InvalidArgumentError("x-galley-user: 1 to 128 printable bytes");
      }
      anyone.name = std::string(*insecure_user);
    }
    if (rule == nullptr) {
      return WithReason(absl::PermissionDeniedError(StrCat("no policy for ", method)),
                        kReasonRoleDenied);
    }
    return anyone;
  }
  absl::StatusOr<Principal> who = Authenticate(authorization);
  if (!who.ok()) return who.status();
  if (rule == nullptr || !Allowed(*rule, who->role)) {
    return WithReason(absl::PermissionDeniedError(StrCat("role ", RoleName(who->role),
                                                         " may not call ", method)),
                      kReasonRoleDenied);
  }
  if (absl::Status rate = TakeFromBucket(who->token_id); !rate.ok()) return rate;
  if (rule->own_articles_only_for_submitter && who->role == Role::kSubmitter) {
    who->articles_of = who->name;
  }
  return who;
}

}  // namespace galley::auth
