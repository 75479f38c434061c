// gRPC adapters for AlignmentService and CheckService: unpack, run the api:: handler on the
// worker pool, convert the status once, log one line per call.
#ifndef GALLEY_SERVICES_GALLEYD_SERVICES_H_
#define GALLEY_SERVICES_GALLEYD_SERVICES_H_

#include <grpcpp/grpcpp.h>

#include <chrono>

#include "absl/status/statusor.h"
#include "common/checks/engine.h"
#include "galley/v1/alignment_service.grpc.pb.h"
#include "galley/v1/check_service.grpc.pb.h"
#include "services/auth/auth.h"
#include "services/galleyd/metrics.h"
#include "services/galleyd/worker_pool.h"

namespace galley::server {

// Shared by the services of one server. The engine and pool outlive every call (the server is
// shut down, waiting for its calls, before they are destroyed).
struct ServiceContext {
  const checks::Engine* engine = nullptr;
  WorkerPool* pool = nullptr;
  // Decides who may make each call (services/auth); outlives every call too.
  auth::Gatekeeper* gate = nullptr;
  Metrics* metrics = nullptr;  // Outlives every call.
  // For tests of graceful shutdown only: each call sleeps this long on the pool before working.
  std::chrono::milliseconds testing_delay{0};
};

// absl::Status -> grpc::Status; codes map one to one, messages pass through (they never carry
// internals: the engine's messages name the field and the problem). A status with a
// store::Reason gets a google.rpc.Status in the details with an ErrorInfo (domain galley.dev),
// and a rate-limited one a RetryInfo.
grpc::Status ToGrpcStatus(const absl::Status& status);

// The call's gRPC deadline on the steady clock, for CallDeadline; nullopt when it has none.
std::optional<std::chrono::steady_clock::time_point> SteadyDeadline(
    const grpc::CallbackServerContext* call);

// Admits a call to `method` ("ReviewService/SubmitArticle"): the gatekeeper reads the
// "authorization" metadata (and x-galley-user when authentication is off). The caller logs
// refusals (their messages never hold the token).
absl::StatusOr<auth::Principal> AdmitCall(auth::Gatekeeper& gate,
                                          const grpc::CallbackServerContext* call,
                                          std::string_view method);

class AlignmentServiceImpl final : public v1::AlignmentService::CallbackService {
 public:
  explicit AlignmentServiceImpl(const ServiceContext& context) : context_(context) {}
  grpc::ServerUnaryReactor* Segment(grpc::CallbackServerContext* call,
                                    const v1::SegmentRequest* request,
                                    v1::SegmentResponse* response) override;
  grpc::ServerUnaryReactor* Align(grpc::CallbackServerContext* call,
                                  const v1::AlignRequest* request,
                                  v1::AlignResponse* response) override;

 private:
  ServiceContext context_;
};

class CheckServiceImpl final : public v1::CheckService::CallbackService {
 public:
  explicit CheckServiceImpl(const ServiceContext& context) : context_(context) {}
  grpc::ServerUnaryReactor* Check(grpc::CallbackServerContext* call,
                                  const v1::CheckRequest* request,
                                  v1::CheckResponse* response) override;
  grpc::ServerBidiReactor<v1::CheckBatchRequest, v1::CheckBatchResponse>* CheckBatch(
      grpc::CallbackServerContext* call) override;

 private:
  ServiceContext context_;
};

}  // namespace galley::server

#endif  // GALLEY_SERVICES_GALLEYD_SERVICES_H_
