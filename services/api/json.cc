#include "services/api/json.h"

#include <google/protobuf/util/json_util.h>

#include "common/base/str_cat.h"

namespace galley::api {

absl::StatusOr<std::string> ToJson(const google::protobuf::Message& message) {
  google::protobuf::util::JsonPrintOptions options;
  options.always_print_primitive_fields = true;
  options.preserve_proto_field_names = true;
  std::string out;
  const auto status = google::protobuf::util::MessageToJsonString(message, &out, options);
  if (!status.ok()) {
    return absl::InternalError(galley::StrCat("cannot print JSON: ", status.ToString()));
  }
  return out;
}

absl::Status FromJson(const std::string& json, google::protobuf::Message* message) {
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = false;
  const auto status = google::protobuf::util::JsonStringToMessage(json, message, options);
  if (!status.ok()) {
    return absl::InvalidArgumentError(galley::StrCat("invalid JSON: ", status.ToString()));
  }
  return absl::OkStatus();
}

}  // namespace galley::api
