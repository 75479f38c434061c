// How the HTTP gateway turns a request into a galley.v1 message: the JSON body (proto3 JSON,
// either field-name style, unknown fields refused) or the query parameters (each one a field,
// its value read as proto3 JSON reads a string). Shared with the gateway's fuzz target.
#ifndef GALLEY_SERVICES_GALLEYD_HTTP_REQUEST_H_
#define GALLEY_SERVICES_GALLEYD_HTTP_REQUEST_H_

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "common/base/str_cat.h"
#include "services/api/json.h"

namespace galley::server {

// An empty (or all-blank) body is the empty message.
template <typename Message>
absl::StatusOr<Message> ParseJsonBody(std::string_view body) {
  Message message;
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) return message;
  if (absl::Status s = api::FromJson(std::string(body), &message); !s.ok()) {
    return absl::InvalidArgumentError(StrCat("request body: ", s.message()));
  }
  return message;
}

template <typename Message>
absl::StatusOr<Message> ParseQueryParams(const std::multimap<std::string, std::string>& params) {
  Message message;
  if (params.empty()) return message;
  nlohmann::json fields = nlohmann::json::object();
  for (const auto& [key, value] : params) {
    // Keys and values arrive percent-decoded and may be any bytes: JSON needs UTF-8.
    try {
      fields[key] = value;
      (void)fields.dump();
    } catch (const nlohmann::json::exception&) {
      return absl::InvalidArgumentError(StrCat("query: parameter is not UTF-8"));
    }
  }
  if (absl::Status s = api::FromJson(fields.dump(), &message); !s.ok()) {
    return absl::InvalidArgumentError(StrCat("query: ", s.message()));
  }
  return message;
}

}  // namespace galley::server

#endif  // GALLEY_SERVICES_GALLEYD_HTTP_REQUEST_H_
