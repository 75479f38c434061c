#include "services/api/admin.h"

#include "common/base/status_macros.h"
#include "common/base/str_cat.h"
#include "services/auth/auth.h"

namespace galley::api {
namespace {

v1::Token TokenProto(const store::ApiToken& t) {
  v1::Token out;
  out.set_name(StrCat("tokens/", t.id));
  out.set_holder(t.name);
  out.set_role(std::string(auth::RoleName(t.role)));
  out.set_create_time_ms(t.created_ms);
  out.set_revoke_time_ms(t.revoked_ms);
  return out;
}

}  // namespace

absl::StatusOr<v1::ListTokensResponse> AdminApi::ListTokens() {
  ASSIGN_OR_RETURN(const std::vector<store::ApiToken> tokens, store_.ListTokens());
  v1::ListTokensResponse response;
  for (const store::ApiToken& t : tokens) *response.add_tokens() = TokenProto(t);
  return response;
}

absl::StatusOr<v1::CreateTokenResponse> AdminApi::CreateToken(
    const v1::CreateTokenRequest& request) {
  ASSIGN_OR_RETURN(const auth::Role role, auth::ParseRole(request.role()));
  ASSIGN_OR_RETURN(auth::NewToken token, auth::GenerateToken(request.holder(), role, now_ms_()));
  RETURN_IF_ERROR(store_.CreateToken(token.record, auth::Sha256Hex(token.secret)));
  v1::CreateTokenResponse response;
  *response.mutable_token() = TokenProto(token.record);
  response.set_secret(token.secret);
  return response;
}

absl::StatusOr<v1::Token> AdminApi::RevokeToken(const v1::RevokeTokenRequest& request) {
  constexpr std::string_view kPrefix = "tokens/tok_";
  if (request.name().rfind(kPrefix, 0) != 0 || request.name().size() > 64) {
    return absl::InvalidArgumentError(
        StrCat("name: expected tokens/tok_..., got \"", request.name(), "\""));
  }
  ASSIGN_OR_RETURN(const std::vector<store::ApiToken> revoked,
                   store_.RevokeTokens(request.name().substr(7), now_ms_()));
  return TokenProto(revoked.front());
}

}  // namespace galley::api
