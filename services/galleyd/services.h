// gRPC adapters for AlignmentService and CheckService: unpack, run the api:: handler on the
// worker pool, convert the status once, log one line per call.
#ifndef GALLEY_SERVICES_GALLEYD_SERVICES_H_
#define GALLEY_SERVICES_GALLEYD_SERVICES_H_

#include <grpcpp/grpcpp.h>

#include <chrono>

#include "common/checks/engine.h"
#include "galley/v1/alignment_service.grpc.pb.h"
#include "galley/v1/check_service.grpc.pb.h"
#include "services/galleyd/worker_pool.h"

namespace galley::server {

// Shared by the services of one server. The engine and pool outlive every call (the server is
// shut down, waiting for its calls, before they are destroyed).
struct ServiceContext {
  const checks::Engine* engine = nullptr;
  WorkerPool* pool = nullptr;
  // For tests of graceful shutdown only: each call sleeps this long on the pool before working.
  std::chrono::milliseconds testing_delay{0};
};

// absl::Status -> grpc::Status; codes map one to one, messages pass through (they never carry
// internals: the engine's messages name the field and the problem).
grpc::Status ToGrpcStatus(const absl::Status& status);

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
