// The galley.v1 API as plain functions over the engine: proto request in, proto response or
// absl::Status out. galleyd's service classes and the CLI's offline mode both call these, which
// is why both paths print byte-identical JSON for the same input.
#ifndef GALLEY_SERVICES_API_HANDLERS_H_
#define GALLEY_SERVICES_API_HANDLERS_H_

#include "absl/status/statusor.h"
#include "common/checks/engine.h"
#include "galley/v1/alignment_service.pb.h"
#include "galley/v1/check_service.pb.h"

namespace galley::api {

absl::StatusOr<v1::SegmentResponse> Segment(const checks::Engine& engine,
                                            const v1::SegmentRequest& request);
absl::StatusOr<v1::AlignResponse> Align(const checks::Engine& engine,
                                        const v1::AlignRequest& request);
absl::StatusOr<v1::CheckResponse> Check(const checks::Engine& engine,
                                        const v1::CheckRequest& request);
// One item of a CheckBatch stream: errors go into the response, never fail the stream.
v1::CheckBatchResponse CheckBatchItem(const checks::Engine& engine,
                                      const v1::CheckBatchRequest& request);

}  // namespace galley::api

#endif  // GALLEY_SERVICES_API_HANDLERS_H_
