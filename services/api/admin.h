// galley.v1.AdminService's logic: API tokens through the store (admins only; the policy is
// services/auth's). Thread-safe.
#ifndef GALLEY_SERVICES_API_ADMIN_H_
#define GALLEY_SERVICES_API_ADMIN_H_

#include <functional>

#include "absl/status/statusor.h"
#include "common/store/review_store.h"
#include "galley/v1/admin_service.pb.h"

namespace galley::api {

class AdminApi {
 public:
  // The store outlives the AdminApi. now_ms: milliseconds since the epoch.
  AdminApi(store::ReviewStore& store, std::function<int64_t()> now_ms)
      : store_(store), now_ms_(std::move(now_ms)) {}

  absl::StatusOr<v1::ListTokensResponse> ListTokens();
  absl::StatusOr<v1::CreateTokenResponse> CreateToken(const v1::CreateTokenRequest& request);
  absl::StatusOr<v1::Token> RevokeToken(const v1::RevokeTokenRequest& request);

 private:
  store::ReviewStore& store_;
  std::function<int64_t()> now_ms_;
};

}  // namespace galley::api

#endif  // GALLEY_SERVICES_API_ADMIN_H_
