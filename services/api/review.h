// galley.v1.ReviewService as plain functions over the engine and a ReviewStore: what galleyd's
// gRPC adapter (and, later, the HTTP gateway) call. Requests are validated here, with messages
// naming the field; the store's reasons (TASK_LEASE_EXPIRED, ...) travel as status payloads
// (store::Reason).
#ifndef GALLEY_SERVICES_API_REVIEW_H_
#define GALLEY_SERVICES_API_REVIEW_H_

#include <functional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "common/checks/engine.h"
#include "common/store/review_store.h"
#include "galley/v1/review_service.pb.h"

namespace galley::api {

// Thread-safe (the engine and the store are).
class ReviewApi {
 public:
  struct Options {
    int64_t default_lease_ms = 10 * 60 * 1000;
    int64_t max_lease_ms = 60 * 60 * 1000;
    // Milliseconds since the epoch; tests pass their own clock.
    std::function<int64_t()> now_ms;
    // Told how long each submitted article's check took, in seconds (metrics); may be empty.
    std::function<void(double)> observe_check_seconds;
  };

  // Both must outlive the ReviewApi.
  ReviewApi(const checks::Engine& engine, store::ReviewStore& store, Options options);

  // `user`: who calls (the authenticated token's name). `only_submitter`: "" to reach every
  // article, else only those this submitter sent (PERMISSION_DENIED for the others); the caller's
  // role decides (services/auth).
  absl::StatusOr<v1::SubmitArticleResponse> SubmitArticle(const v1::SubmitArticleRequest& request,
                                                          const std::string& user);
  absl::StatusOr<v1::Article> GetArticle(const v1::GetArticleRequest& request,
                                         std::string_view only_submitter = "");
  absl::StatusOr<v1::ListArticlesResponse> ListArticles(const v1::ListArticlesRequest& request,
                                                        std::string_view only_submitter = "");
  absl::StatusOr<v1::ListTasksResponse> ListTasks(const v1::ListTasksRequest& request);
  absl::StatusOr<v1::Task> ClaimNextTask(const v1::ClaimNextTaskRequest& request,
                                         const std::string& user);
  absl::StatusOr<v1::Task> RenewTask(const v1::RenewTaskRequest& request, const std::string& user);
  absl::StatusOr<v1::Task> ReleaseTask(const v1::ReleaseTaskRequest& request,
                                       const std::string& user);
  absl::StatusOr<v1::Task> ResolveTask(const v1::ResolveTaskRequest& request,
                                       const std::string& user);
  absl::StatusOr<v1::ExportArticleResponse> ExportArticle(const v1::ExportArticleRequest& request,
                                                         std::string_view only_submitter = "");
  absl::StatusOr<v1::ListAuditEntriesResponse> ListAuditEntries(
      const v1::ListAuditEntriesRequest& request);
  absl::StatusOr<v1::ListSuppressionsResponse> ListSuppressions();
  absl::StatusOr<v1::Suppression> DeleteSuppression(const v1::DeleteSuppressionRequest& request);
  // Queue events after `after_sequence` (at most `limit`), for WatchQueue.
  absl::StatusOr<std::vector<v1::QueueEvent>> EventsAfter(int64_t after_sequence, int limit);
  absl::StatusOr<int64_t> LatestSequence() { return store_.LatestSequence(); }

 private:
  absl::StatusOr<v1::Article> ArticleProto(int64_t id, bool full,
                                           std::string_view only_submitter = "");

  const checks::Engine& engine_;
  store::ReviewStore& store_;
  Options options_;
};

// "articles/42" -> 42; INVALID_ARGUMENT naming `field` otherwise.
absl::StatusOr<int64_t> ParseName(std::string_view name, std::string_view collection,
                                  std::string_view field);

}  // namespace galley::api

#endif  // GALLEY_SERVICES_API_REVIEW_H_
