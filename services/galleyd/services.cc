#include "services/galleyd/services.h"

#include <spdlog/spdlog.h>

#include <thread>

#include "services/api/handlers.h"

namespace galley::server {
namespace {

using Clock = std::chrono::steady_clock;

// The request id: the request's own field if set, else the x-request-id metadata, else "-".
std::string RequestId(const grpc::CallbackServerContext* call, const std::string& field) {
  if (!field.empty()) return field;
  const auto& metadata = call->client_metadata();
  const auto it = metadata.find("x-request-id");
  if (it != metadata.end()) return std::string(it->second.data(), it->second.size());
  return "-";
}

void LogCall(std::string_view method, const std::string& request_id, const std::string& peer,
             const grpc::Status& status, Clock::time_point start) {
  const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  if (status.ok()) {
    spdlog::info("rpc method={} request_id={} peer={} status=OK latency_ms={:.3f}", method,
                 request_id, peer, ms);
  } else {
    spdlog::warn("rpc method={} request_id={} peer={} status={} latency_ms={:.3f} error=\"{}\"",
                 method, request_id, peer, static_cast<int>(status.error_code()), ms,
                 status.error_message());
  }
}

// Runs `handler` (returning absl::StatusOr<Response>) on the pool and finishes the call.
template <typename Request, typename Response, typename Handler>
grpc::ServerUnaryReactor* RunUnary(const ServiceContext& context, std::string_view method,
                                   grpc::CallbackServerContext* call, const Request* request,
                                   Response* response, Handler handler) {
  grpc::ServerUnaryReactor* reactor = call->DefaultReactor();
  const auto start = Clock::now();
  context.pool->Submit([=, &context]() {
    if (context.testing_delay.count() > 0) std::this_thread::sleep_for(context.testing_delay);
    grpc::Status status;
    if (call->IsCancelled()) {
      status = grpc::Status(grpc::StatusCode::CANCELLED, "call cancelled before it ran");
    } else if (call->deadline() < std::chrono::system_clock::now()) {
      status = grpc::Status(grpc::StatusCode::DEADLINE_EXCEEDED, "deadline passed in the queue");
    } else {
      auto result = handler(*context.engine, *request);
      if (result.ok()) {
        *response = std::move(result).value();
      } else {
        status = ToGrpcStatus(result.status());
      }
    }
    LogCall(method, RequestId(call, request->request_id()), call->peer(), status, start);
    reactor->Finish(status);
  });
  return reactor;
}

// CheckBatch: one request read, checked on the pool, answered, then the next; the stream ends
// when the client half-closes. An item's error goes into its response, not the stream's status.
class CheckBatchReactor final
    : public grpc::ServerBidiReactor<v1::CheckBatchRequest, v1::CheckBatchResponse> {
 public:
  CheckBatchReactor(const ServiceContext& context, grpc::CallbackServerContext* call)
      : context_(context), call_(call), start_(Clock::now()) {
    StartRead(&request_);
  }

  void OnReadDone(bool ok) override {
    if (!ok) {
      Finish(grpc::Status::OK);
      return;
    }
    context_.pool->Submit([this] {
      if (context_.testing_delay.count() > 0) std::this_thread::sleep_for(context_.testing_delay);
      response_ = api::CheckBatchItem(*context_.engine, request_);
      ++items_;
      StartWrite(&response_);
    });
  }

  void OnWriteDone(bool ok) override {
    if (!ok) {
      Finish(grpc::Status(grpc::StatusCode::CANCELLED, "client went away"));
      return;
    }
    StartRead(&request_);
  }

  void OnDone() override {
    const std::string id = RequestId(call_, "");
    LogCall("CheckBatch", id + " items=" + std::to_string(items_), call_->peer(), grpc::Status::OK,
            start_);
    delete this;
  }

 private:
  ServiceContext context_;
  grpc::CallbackServerContext* call_;
  Clock::time_point start_;
  v1::CheckBatchRequest request_;
  v1::CheckBatchResponse response_;
  int items_ = 0;
};

}  // namespace

grpc::Status ToGrpcStatus(const absl::Status& status) {
  if (status.ok()) return grpc::Status::OK;
  return grpc::Status(static_cast<grpc::StatusCode>(status.code()), std::string(status.message()));
}

grpc::ServerUnaryReactor* AlignmentServiceImpl::Segment(grpc::CallbackServerContext* call,
                                                        const v1::SegmentRequest* request,
                                                        v1::SegmentResponse* response) {
  return RunUnary(context_, "Segment", call, request, response,
                  [](const checks::Engine& e, const v1::SegmentRequest& r) {
                    return api::Segment(e, r);
                  });
}

grpc::ServerUnaryReactor* AlignmentServiceImpl::Align(grpc::CallbackServerContext* call,
                                                      const v1::AlignRequest* request,
                                                      v1::AlignResponse* response) {
  return RunUnary(context_, "Align", call, request, response,
                  [](const checks::Engine& e, const v1::AlignRequest& r) {
                    return api::Align(e, r);
                  });
}

grpc::ServerUnaryReactor* CheckServiceImpl::Check(grpc::CallbackServerContext* call,
                                                  const v1::CheckRequest* request,
                                                  v1::CheckResponse* response) {
  return RunUnary(context_, "Check", call, request, response,
                  [](const checks::Engine& e, const v1::CheckRequest& r) {
                    return api::Check(e, r);
                  });
}

grpc::ServerBidiReactor<v1::CheckBatchRequest, v1::CheckBatchResponse>*
CheckServiceImpl::CheckBatch(grpc::CallbackServerContext* call) {
  return new CheckBatchReactor(context_, call);
}

}  // namespace galley::server
