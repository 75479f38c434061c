#include "common/store/review_store.h"

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

}  // namespace internal

}  // namespace galley::store
