// Proto3 JSON as the CLI prints it and the HTTP gateway serves it.
#ifndef GALLEY_SERVICES_API_JSON_H_
#define GALLEY_SERVICES_API_JSON_H_

#include <string>

#include <google/protobuf/message.h>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace galley::api {

// One line of JSON: proto field names (snake_case) and default values printed, as design.md's
// command-line contract requires.
// Thread-safe. Byte-identical to ToJsonWithProtobuf, several times faster for Galley's messages.
absl::StatusOr<std::string> ToJson(const google::protobuf::Message& message);

// The same through protobuf's own printer (the reference ToJson is tested against).
absl::StatusOr<std::string> ToJsonWithProtobuf(const google::protobuf::Message& message);

// Parses proto3 JSON (either field-name style) into `message`; unknown fields are errors.
absl::Status FromJson(const std::string& json, google::protobuf::Message* message);

}  // namespace galley::api

#endif  // GALLEY_SERVICES_API_JSON_H_
