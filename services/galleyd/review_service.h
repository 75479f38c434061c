// gRPC adapter for galley.v1.ReviewService: the caller admitted by services/auth, the api::ReviewApi call on
// the worker pool, statuses with google.rpc.ErrorInfo details, and WatchQueue's stream.
#ifndef GALLEY_SERVICES_GALLEYD_REVIEW_SERVICE_H_
#define GALLEY_SERVICES_GALLEYD_REVIEW_SERVICE_H_

#include <grpcpp/grpcpp.h>

#include <atomic>
#include <condition_variable>
#include <mutex>

#include "galley/v1/review_service.grpc.pb.h"
#include "services/api/review.h"
#include "services/auth/auth.h"
#include "services/galleyd/services.h"

namespace galley::server {

// Wakes WatchQueue streams when this process changed the queue (other processes' changes are
// seen by polling). Thread-safe.
class QueueNotifier {
 public:
  void Notify();
  // Waits until a Notify after `seen` or the timeout; returns the current version.
  uint64_t WaitAfter(uint64_t seen, std::chrono::milliseconds timeout);
  uint64_t version();
  // Wakes every waiter for good (server shutdown).
  void Close();
  bool closed();

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  uint64_t version_ = 0;  // GUARDED_BY(mutex_)
  bool closed_ = false;   // GUARDED_BY(mutex_)
};

class ReviewServiceImpl final : public v1::ReviewService::CallbackService {
 public:
  // api, notifier and what context points to outlive the service.
  ReviewServiceImpl(api::ReviewApi* api, const ServiceContext& context, QueueNotifier* notifier)
      : api_(api), context_(context), notifier_(notifier) {}

  grpc::ServerUnaryReactor* SubmitArticle(grpc::CallbackServerContext* call,
                                          const v1::SubmitArticleRequest* request,
                                          v1::SubmitArticleResponse* response) override;
  grpc::ServerUnaryReactor* GetArticle(grpc::CallbackServerContext* call,
                                       const v1::GetArticleRequest* request,
                                       v1::Article* response) override;
  grpc::ServerUnaryReactor* ListArticles(grpc::CallbackServerContext* call,
                                         const v1::ListArticlesRequest* request,
                                         v1::ListArticlesResponse* response) override;
  grpc::ServerUnaryReactor* ListTasks(grpc::CallbackServerContext* call,
                                      const v1::ListTasksRequest* request,
                                      v1::ListTasksResponse* response) override;
  grpc::ServerUnaryReactor* ClaimNextTask(grpc::CallbackServerContext* call,
                                          const v1::ClaimNextTaskRequest* request,
                                          v1::Task* response) override;
  grpc::ServerUnaryReactor* RenewTask(grpc::CallbackServerContext* call,
                                      const v1::RenewTaskRequest* request,
                                      v1::Task* response) override;
  grpc::ServerUnaryReactor* ReleaseTask(grpc::CallbackServerContext* call,
                                        const v1::ReleaseTaskRequest* request,
                                        v1::Task* response) override;
  grpc::ServerUnaryReactor* ResolveTask(grpc::CallbackServerContext* call,
                                        const v1::ResolveTaskRequest* request,
                                        v1::Task* response) override;
  grpc::ServerUnaryReactor* ExportArticle(grpc::CallbackServerContext* call,
                                          const v1::ExportArticleRequest* request,
                                          v1::ExportArticleResponse* response) override;
  grpc::ServerUnaryReactor* ListAuditEntries(grpc::CallbackServerContext* call,
                                             const v1::ListAuditEntriesRequest* request,
                                             v1::ListAuditEntriesResponse* response) override;
  grpc::ServerUnaryReactor* ListSuppressions(grpc::CallbackServerContext* call,
                                             const v1::ListSuppressionsRequest* request,
                                             v1::ListSuppressionsResponse* response) override;
  grpc::ServerUnaryReactor* DeleteSuppression(grpc::CallbackServerContext* call,
                                              const v1::DeleteSuppressionRequest* request,
                                              v1::Suppression* response) override;
  grpc::ServerWriteReactor<v1::QueueEvent>* WatchQueue(
      grpc::CallbackServerContext* call, const v1::WatchQueueRequest* request) override;

 private:
  template <typename Request, typename Response, typename Handler>
  grpc::ServerUnaryReactor* Run(std::string_view method, bool changes_queue,
                                grpc::CallbackServerContext* call, const Request* request,
                                Response* response, Handler handler);

  api::ReviewApi* api_;
  ServiceContext context_;
  QueueNotifier* notifier_;
};

}  // namespace galley::server

#endif  // GALLEY_SERVICES_GALLEYD_REVIEW_SERVICE_H_
