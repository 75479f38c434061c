#include "services/galleyd/services.h"

#include <spdlog/spdlog.h>

#include <thread>

#include "google/rpc/error_details_subset.pb.h"
#include "services/api/handlers.h"
#include "services/galleyd/admin_service.h"

namespace galley::server {
namespace {

using Clock = std::chrono::steady_clock;

std::optional<std::string_view> Metadata(const grpc::CallbackServerContext* call,
                                        const char* key) {
  const auto& metadata = call->client_metadata();
  const auto it = metadata.find(key);
  if (it == metadata.end()) return std::nullopt;
  return std::string_view(it->second.data(), it->second.size());
}

// A unary call whose handler takes the engine and the request and returns its response.
template <typename Request, typename Response, typename Handler>
grpc::ServerUnaryReactor* RunUnary(const ServiceContext& context, std::string_view method,
                                   grpc::CallbackServerContext* call, const Request* request,
                                   Response* response, Handler handler) {
  return RunOnPool(context, method, call, RequestId(call, RequestIdField(*request)),
                   [&context, method, request, response, handler](const auth::Principal&) {
                     const auto handler_start = Clock::now();
                     auto result = handler(*context.engine, *request);
                     if (context.metrics && method == "CheckService/Check") {
                       context.metrics->RecordCheck(
                           std::chrono::duration<double>(Clock::now() - handler_start).count());
                     }
                     if (!result.ok()) return ToGrpcStatus(result.status());
                     *response = std::move(result).value();
                     return grpc::Status::OK;
                   });
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
    { std::lock_guard lock(mutex_); }  // Orders the read before the worker's use of request_.
    context_.pool->Submit([this] {
      if (context_.testing_delay.count() > 0) std::this_thread::sleep_for(context_.testing_delay);
      const auto item_start = Clock::now();
      {
        std::lock_guard lock(mutex_);
        response_ = api::CheckBatchItem(*context_.engine, request_);
        ++items_;
      }
      if (context_.metrics) {
        context_.metrics->RecordCheck(
            std::chrono::duration<double>(Clock::now() - item_start).count());
      }
      StartWrite(&response_);
    });
  }

  void OnWriteDone(bool ok) override {
    { std::lock_guard lock(mutex_); }  // Orders the worker's writes before the next item's.
    if (!ok) {
      Finish(grpc::Status(grpc::StatusCode::CANCELLED, "client went away"));
      return;
    }
    StartRead(&request_);
  }

  void OnDone() override {
    const std::string id = RequestId(call_, "");
    int items;
    {
      std::lock_guard lock(mutex_);
      items = items_;
    }
    LogCall(context_.metrics, "CheckService/CheckBatch", "-",
            id + " items=" + std::to_string(items), call_->peer(), grpc::Status::OK, start_);
    delete this;
  }

 private:
  ServiceContext context_;
  grpc::CallbackServerContext* call_;
  Clock::time_point start_;
  // One item is in flight at a time, its steps on gRPC's threads and a worker in turn; gRPC
  // orders them, and mutex_ makes that order visible to ThreadSanitizer (gRPC's own
  // synchronization is not instrumented).
  std::mutex mutex_;
  v1::CheckBatchRequest request_;
  v1::CheckBatchResponse response_;
  int items_ = 0;  // GUARDED_BY(mutex_)
};

// A CheckBatch call refused before it starts.
class RefusedBatch final
    : public grpc::ServerBidiReactor<v1::CheckBatchRequest, v1::CheckBatchResponse> {
 public:
  explicit RefusedBatch(const grpc::Status& status) { Finish(status); }
  void OnDone() override { delete this; }
};

}  // namespace

grpc::Status ToGrpcStatus(const absl::Status& status) {
  if (status.ok()) return grpc::Status::OK;
  const std::string reason = store::Reason(status);
  const std::optional<int64_t> retry_after_ms = auth::RetryAfterMs(status);
  if (reason.empty() && !retry_after_ms) {
    return grpc::Status(static_cast<grpc::StatusCode>(status.code()),
                        std::string(status.message()));
  }
  google::rpc::Status details;
  details.set_code(static_cast<int>(status.code()));
  details.set_message(std::string(status.message()));
  if (!reason.empty()) {
    google::rpc::ErrorInfo info;
    info.set_reason(reason);
    info.set_domain("galley.dev");
    details.add_details()->PackFrom(info);
  }
  if (retry_after_ms) {
    google::rpc::RetryInfo retry;
    retry.mutable_retry_delay()->set_seconds(*retry_after_ms / 1000);
    retry.mutable_retry_delay()->set_nanos(static_cast<int32_t>(*retry_after_ms % 1000) * 1000000);
    details.add_details()->PackFrom(retry);
  }
  return grpc::Status(static_cast<grpc::StatusCode>(status.code()), std::string(status.message()),
                      details.SerializeAsString());
}

std::string RequestId(const grpc::CallbackServerContext* call, const std::string& field) {
  if (!field.empty()) return field;
  const auto& metadata = call->client_metadata();
  const auto it = metadata.find("x-request-id");
  if (it != metadata.end()) return std::string(it->second.data(), it->second.size());
  return "-";
}

void LogCall(Metrics* metrics, std::string_view method, std::string_view user,
             std::string_view request_id, std::string_view peer, const grpc::Status& status,
             std::chrono::steady_clock::time_point start) {
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (metrics) {
    metrics->RecordCall("grpc", method, CodeName(static_cast<int>(status.error_code())),
                        ms / 1000);
  }
  if (status.ok()) {
    spdlog::info("rpc method={} user={} request_id={} peer={} status=OK latency_ms={:.3f}",
                 method, user, request_id, peer, ms);
  } else {
    spdlog::warn(
        "rpc method={} user={} request_id={} peer={} status={} latency_ms={:.3f} error=\"{}\"",
        method, user, request_id, peer, static_cast<int>(status.error_code()), ms,
        status.error_message());
  }
}

std::optional<std::chrono::steady_clock::time_point> SteadyDeadline(
    const grpc::CallbackServerContext* call) {
  const auto deadline = call->deadline();
  const auto now = std::chrono::system_clock::now();
  // Calls without a deadline report a time centuries away.
  if (deadline - now > std::chrono::hours(24 * 365)) return std::nullopt;
  return std::chrono::steady_clock::now() +
         std::chrono::duration_cast<std::chrono::steady_clock::duration>(deadline - now);
}

absl::StatusOr<auth::Principal> AdmitCall(auth::Gatekeeper& gate,
                                          const grpc::CallbackServerContext* call,
                                          std::string_view method) {
  return gate.Admit(Metadata(call, "authorization"), Metadata(call, "x-galley-user"), method);
}

grpc::ServerUnaryReactor* AlignmentServiceImpl::Segment(grpc::CallbackServerContext* call,
                                                        const v1::SegmentRequest* request,
                                                        v1::SegmentResponse* response) {
  return RunUnary(context_, "AlignmentService/Segment", call, request, response,
                  [](const checks::Engine& e, const v1::SegmentRequest& r) {
                    return api::Segment(e, r);
                  });
}

grpc::ServerUnaryReactor* AlignmentServiceImpl::Align(grpc::CallbackServerContext* call,
                                                      const v1::AlignRequest* request,
                                                      v1::AlignResponse* response) {
  return RunUnary(context_, "AlignmentService/Align", call, request, response,
                  [](const checks::Engine& e, const v1::AlignRequest& r) {
                    return api::Align(e, r);
                  });
}

grpc::ServerUnaryReactor* CheckServiceImpl::Check(grpc::CallbackServerContext* call,
                                                  const v1::CheckRequest* request,
                                                  v1::CheckResponse* response) {
  return RunUnary(context_, "CheckService/Check", call, request, response,
                  [](const checks::Engine& e, const v1::CheckRequest& r) {
                    return api::Check(e, r);
                  });
}

grpc::ServerUnaryReactor* AdminServiceImpl::ListTokens(grpc::CallbackServerContext* call,
                                                       const v1::ListTokensRequest* request,
                                                       v1::ListTokensResponse* response) {
  return RunUnary(context_, "AdminService/ListTokens", call, request, response,
                  [this](const checks::Engine&, const v1::ListTokensRequest&) {
                    return api_->ListTokens();
                  });
}

grpc::ServerUnaryReactor* AdminServiceImpl::CreateToken(grpc::CallbackServerContext* call,
                                                        const v1::CreateTokenRequest* request,
                                                        v1::CreateTokenResponse* response) {
  return RunUnary(context_, "AdminService/CreateToken", call, request, response,
                  [this](const checks::Engine&, const v1::CreateTokenRequest& r) {
                    return api_->CreateToken(r);
                  });
}

grpc::ServerUnaryReactor* AdminServiceImpl::RevokeToken(grpc::CallbackServerContext* call,
                                                        const v1::RevokeTokenRequest* request,
                                                        v1::Token* response) {
  return RunUnary(context_, "AdminService/RevokeToken", call, request, response,
                  [this](const checks::Engine&, const v1::RevokeTokenRequest& r) {
                    return api_->RevokeToken(r);
                  });
}

grpc::ServerBidiReactor<v1::CheckBatchRequest, v1::CheckBatchResponse>*
CheckServiceImpl::CheckBatch(grpc::CallbackServerContext* call) {
  if (auto who = AdmitCall(*context_.gate, call, "CheckService/CheckBatch"); !who.ok()) {
    const grpc::Status status = ToGrpcStatus(who.status());
    LogCall(context_.metrics, "CheckService/CheckBatch", "-", RequestId(call, ""), call->peer(),
            status, Clock::now());
    return new RefusedBatch(status);
  }
  return new CheckBatchReactor(context_, call);
}

}  // namespace galley::server
