#include "services/galleyd/review_service.h"

#include <spdlog/spdlog.h>

#include <thread>

#include "google/rpc/error_details_subset.pb.h"
#include "services/galleyd/services.h"

namespace galley::server {

void QueueNotifier::Notify() {
  std::lock_guard lock(mutex_);
  ++version_;
  changed_.notify_all();
}

uint64_t QueueNotifier::WaitAfter(uint64_t seen, std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, timeout, [&] { return version_ != seen || closed_; });
  return version_;
}

uint64_t QueueNotifier::version() {
  std::lock_guard lock(mutex_);
  return version_;
}

void QueueNotifier::Close() {
  std::lock_guard lock(mutex_);
  closed_ = true;
  changed_.notify_all();
}

bool QueueNotifier::closed() {
  std::lock_guard lock(mutex_);
  return closed_;
}

template <typename Request, typename Response, typename Handler>
grpc::ServerUnaryReactor* ReviewServiceImpl::Run(std::string_view method, bool changes_queue,
                                                 grpc::CallbackServerContext* call,
                                                 const Request* request, Response* response,
                                                 Handler handler) {
  return RunOnPool(context_, method, call, RequestId(call, RequestIdField(*request)),
                   [this, changes_queue, request, response, handler](const auth::Principal& who) {
                     auto result = handler(*request, who);
                     if (!result.ok()) return ToGrpcStatus(result.status());
                     *response = std::move(result).value();
                     if (changes_queue) notifier_->Notify();
                     return grpc::Status::OK;
                   });
}

grpc::ServerUnaryReactor* ReviewServiceImpl::SubmitArticle(grpc::CallbackServerContext* call,
                                                           const v1::SubmitArticleRequest* request,
                                                           v1::SubmitArticleResponse* response) {
  return Run("ReviewService/SubmitArticle", true, call, request, response,
             [this](const auto& r, const auth::Principal& who) { return api_->SubmitArticle(r, who.name); });
}

grpc::ServerUnaryReactor* ReviewServiceImpl::GetArticle(grpc::CallbackServerContext* call,
                                                        const v1::GetArticleRequest* request,
                                                        v1::Article* response) {
  return Run("ReviewService/GetArticle", false, call, request, response,
             [this](const auto& r, const auth::Principal& who) {
               return api_->GetArticle(r, who.articles_of);
             });
}

grpc::ServerUnaryReactor* ReviewServiceImpl::ListArticles(grpc::CallbackServerContext* call,
                                                          const v1::ListArticlesRequest* request,
                                                          v1::ListArticlesResponse* response) {
  return Run("ReviewService/ListArticles", false, call, request, response,
             [this](const auto& r, const auth::Principal& who) {
               return api_->ListArticles(r, who.articles_of);
             });
}

grpc::ServerUnaryReactor* ReviewServiceImpl::ListTasks(grpc::CallbackServerContext* call,
                                                       const v1::ListTasksRequest* request,
                                                       v1::ListTasksResponse* response) {
  return Run("ReviewService/ListTasks", false, call, request, response,
             [this](const auto& r, const auth::Principal&) { return api_->ListTasks(r); });
}

grpc::ServerUnaryReactor* ReviewServiceImpl::ClaimNextTask(grpc::CallbackServerContext* call,
                                                           const v1::ClaimNextTaskRequest* request,
                                                           v1::Task* response) {
  return Run("ReviewService/ClaimNextTask", true, call, request, response,
             [this](const auto& r, const auth::Principal& who) { return api_->ClaimNextTask(r, who.name); });
}

grpc::ServerUnaryReactor* ReviewServiceImpl::RenewTask(grpc::CallbackServerContext* call,
                                                       const v1::RenewTaskRequest* request,
                                                       v1::Task* response) {
  return Run("ReviewService/RenewTask", false, call, request, response,
             [this](const auto& r, const auth::Principal& who) { return api_->RenewTask(r, who.name); });
}

grpc::ServerUnaryReactor* ReviewServiceImpl::ReleaseTask(grpc::CallbackServerContext* call,
                                                         const v1::ReleaseTaskRequest* request,
                                                         v1::Task* response) {
  return Run("ReviewService/ReleaseTask", true, call, request, response,
             [this](const auto& r, const auth::Principal& who) { return api_->ReleaseTask(r, who.name); });
}

grpc::ServerUnaryReactor* ReviewServiceImpl::ResolveTask(grpc::CallbackServerContext* call,
                                                         const v1::ResolveTaskRequest* request,
                                                         v1::Task* response) {
  // A refused resolve may have put an expired task back in the queue: notify either way.
  return Run("ReviewService/ResolveTask", true, call, request, response,
             [this](const auto& r, const auth::Principal& who) {
               auto result = api_->ResolveTask(r, who.name);
               if (!result.ok()) notifier_->Notify();
               return result;
             });
}

grpc::ServerUnaryReactor* ReviewServiceImpl::ExportArticle(grpc::CallbackServerContext* call,
                                                           const v1::ExportArticleRequest* request,
                                                           v1::ExportArticleResponse* response) {
  return Run("ReviewService/ExportArticle", false, call, request, response,
             [this](const auto& r, const auth::Principal& who) {
               return api_->ExportArticle(r, who.articles_of);
             });
}

grpc::ServerUnaryReactor* ReviewServiceImpl::ListAuditEntries(
    grpc::CallbackServerContext* call, const v1::ListAuditEntriesRequest* request,
    v1::ListAuditEntriesResponse* response) {
  return Run("ReviewService/ListAuditEntries", false, call, request, response,
             [this](const auto& r, const auth::Principal&) { return api_->ListAuditEntries(r); });
}

grpc::ServerUnaryReactor* ReviewServiceImpl::ListSuppressions(
    grpc::CallbackServerContext* call, const v1::ListSuppressionsRequest* request,
    v1::ListSuppressionsResponse* response) {
  return Run("ReviewService/ListSuppressions", false, call, request, response,
             [this](const auto&, const auth::Principal&) { return api_->ListSuppressions(); });
}

grpc::ServerUnaryReactor* ReviewServiceImpl::DeleteSuppression(
    grpc::CallbackServerContext* call, const v1::DeleteSuppressionRequest* request,
    v1::Suppression* response) {
  return Run("ReviewService/DeleteSuppression", false, call, request, response,
             [this](const auto& r, const auth::Principal&) { return api_->DeleteSuppression(r); });
}

namespace {

// One WatchQueue stream: a thread of its own reads events after the last one sent, writes them
// one at a time, and waits for this process's notifications (or polls every 500 ms, which is how
// changes made by other galleyd replicas arrive). Ends when the client cancels or the server
// stops.
class WatchReactor final : public grpc::ServerWriteReactor<v1::QueueEvent> {
 public:
  WatchReactor(api::ReviewApi* api, QueueNotifier* notifier, int64_t after)
      : api_(api), notifier_(notifier), after_(after) {
    worker_ = std::thread([this] { Pump(); });
  }

  void OnWriteDone(bool ok) override {
    std::lock_guard lock(mutex_);
    writing_ = false;
    if (!ok) cancelled_ = true;
    written_.notify_all();
  }
  void OnCancel() override {
    std::lock_guard lock(mutex_);
    cancelled_ = true;
    written_.notify_all();
  }
  void OnDone() override {
    if (worker_.joinable()) {
      if (worker_.get_id() == std::this_thread::get_id()) {
        worker_.detach();
      } else {
        worker_.join();
      }
    }
    delete this;
  }

 private:
  bool Stopped() {
    std::lock_guard lock(mutex_);
    return cancelled_;
  }

  void Pump() {
    if (after_ == 0) {
      auto latest = api_->LatestSequence();
      if (!latest.ok()) {
        Finish(ToGrpcStatus(latest.status()));
        return;
      }
      after_ = *latest;
    }
    uint64_t seen = notifier_->version();
    while (!Stopped() && !notifier_->closed()) {
      auto events = api_->EventsAfter(after_, 100);
      if (!events.ok()) {
        Finish(ToGrpcStatus(events.status()));
        return;
      }
      for (v1::QueueEvent& event : *events) {
        {
          std::unique_lock lock(mutex_);
          if (cancelled_) break;
          event_ = std::move(event);
          writing_ = true;
          StartWrite(&event_);
          written_.wait(lock, [&] { return !writing_ || cancelled_; });
          if (cancelled_) break;
        }
        after_ = event_.sequence();
      }
      if (events->empty()) seen = notifier_->WaitAfter(seen, std::chrono::milliseconds(500));
    }
    Finish(grpc::Status::OK);
  }

  api::ReviewApi* api_;
  QueueNotifier* notifier_;
  int64_t after_;
  std::thread worker_;
  std::mutex mutex_;
  std::condition_variable written_;
  bool writing_ = false;    // GUARDED_BY(mutex_)
  bool cancelled_ = false;  // GUARDED_BY(mutex_)
  v1::QueueEvent event_;    // The event being written; stable until OnWriteDone.
};

// A WatchQueue call refused before it starts.
class RefusedWatch final : public grpc::ServerWriteReactor<v1::QueueEvent> {
 public:
  explicit RefusedWatch(const grpc::Status& status) { Finish(status); }
  void OnDone() override { delete this; }
};

}  // namespace

grpc::ServerWriteReactor<v1::QueueEvent>* ReviewServiceImpl::WatchQueue(
    grpc::CallbackServerContext* call, const v1::WatchQueueRequest* request) {
  absl::Status bad = AdmitCall(*context_.gate, call, "ReviewService/WatchQueue").status();
  if (bad.ok() && request->after_sequence() < 0) {
    bad = absl::InvalidArgumentError("after_sequence: must not be negative");
  }
  if (!bad.ok()) {
    spdlog::warn("rpc method=ReviewService/WatchQueue peer={} status={} error=\"{}\"",
                 call->peer(), static_cast<int>(bad.code()), std::string(bad.message()));
    return new RefusedWatch(ToGrpcStatus(bad));
  }
  spdlog::info("rpc method=WatchQueue peer={} after_sequence={}", call->peer(),
               request->after_sequence());
  return new WatchReactor(api_, notifier_, request->after_sequence());
}

}  // namespace galley::server
