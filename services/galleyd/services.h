// gRPC adapters for AlignmentService and CheckService, and RunOnPool, how every unary call of
// galleyd runs (ReviewService and AdminService too): unpack, run the api:: handler on the
// worker pool, convert the status once, log one line per call.
#ifndef GALLEY_SERVICES_GALLEYD_SERVICES_H_
#define GALLEY_SERVICES_GALLEYD_SERVICES_H_

#include <grpcpp/grpcpp.h>

#include <chrono>
#include <string>
#include <string_view>
#include <thread>

#include "absl/status/statusor.h"
#include "common/base/call_deadline.h"
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

// The request id for the log: `field` (the request's own request_id) if set, else the
// x-request-id metadata, else "-".
std::string RequestId(const grpc::CallbackServerContext* call, const std::string& field);

// The request's own request_id, for messages that have one; "" for the others.
template <typename Request>
std::string RequestIdField(const Request& request) {
  if constexpr (requires { request.request_id(); }) {
    return request.request_id();
  } else {
    return "";
  }
}

// One access-log line and the call counters of a finished call. `user`: the admitted caller, "-"
// when the call was refused or never ran.
void LogCall(Metrics* metrics, std::string_view method, std::string_view user,
             std::string_view request_id, std::string_view peer, const grpc::Status& status,
             std::chrono::steady_clock::time_point start);

// How every unary call runs: its work goes to the pool (gRPC's callback threads never block),
// where a call whose deadline passed or that was cancelled while it waited is answered so without
// working; otherwise the gatekeeper admits the caller and `work(principal)` runs under the call's
// deadline (CallDeadline: the stores give up at it) and returns the call's status. Every call is
// logged and counted, then finished. `context` outlives the call.
template <typename Work>
grpc::ServerUnaryReactor* RunOnPool(const ServiceContext& context, std::string_view method,
                                    grpc::CallbackServerContext* call, std::string request_id,
                                    Work work) {
  grpc::ServerUnaryReactor* reactor = call->DefaultReactor();
  const auto start = std::chrono::steady_clock::now();
  context.pool->Submit([=, &context, request_id = std::move(request_id)]() mutable {
    if (context.testing_delay.count() > 0) std::this_thread::sleep_for(context.testing_delay);
    grpc::Status status;
    std::string user = "-";
    // The deadline first: when it passes, gRPC also marks the call cancelled.
    if (call->deadline() < std::chrono::system_clock::now()) {
      status = grpc::Status(grpc::StatusCode::DEADLINE_EXCEEDED, "deadline passed in the queue");
    } else if (call->IsCancelled()) {
      status = grpc::Status(grpc::StatusCode::CANCELLED, "call cancelled before it ran");
    } else if (auto who = AdmitCall(*context.gate, call, method); !who.ok()) {
      status = ToGrpcStatus(who.status());
    } else {
      user = who->name;
      const CallDeadline deadline(SteadyDeadline(call));
      status = work(*who);
    }
    LogCall(context.metrics, method, user, request_id, call->peer(), status, start);
    reactor->Finish(status);
  });
  return reactor;
}

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
