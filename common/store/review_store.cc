#include "common/store/review_store.h"

#include "absl/strings/cord.h"

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

}  // namespace galley::store
