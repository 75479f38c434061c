// The review queue's storage: articles, their review tasks, decisions, the audit log and learned
// false alarms, behind one interface with an embedded backend (SQLite, the default) and a shared
// one (PostgreSQL, for several galleyd replicas). One conformance suite (review_store_test.cc)
// runs against every backend.
//
// Times are milliseconds since the Unix epoch, passed in by the caller (tests control the clock).
// Every method is thread-safe and atomic: it commits entirely or not at all, and an OK return
// means the change is durable.
#ifndef GALLEY_COMMON_STORE_REVIEW_STORE_H_
#define GALLEY_COMMON_STORE_REVIEW_STORE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace galley::store {

// Mirror galley.v1's enums (same numbers).
enum class ArticleState { kClean = 1, kNeedsReview = 2, kInReview = 3, kApproved = 4 };
enum class TaskState { kQueued = 1, kClaimed = 2, kResolved = 3 };
enum class Decision { kAccept = 1, kCorrect = 2, kDismiss = 3 };

// Error reasons (google.rpc.ErrorInfo.reason), attached to statuses as a payload (see Reason()).
inline constexpr std::string_view kReasonLeaseExpired = "TASK_LEASE_EXPIRED";
inline constexpr std::string_view kReasonNotHolder = "TASK_NOT_HELD";
inline constexpr std::string_view kReasonAlreadyResolved = "TASK_ALREADY_RESOLVED";
inline constexpr std::string_view kReasonRequestIdReused = "REQUEST_ID_REUSED";
// The reason carried by `status`, or "".
std::string Reason(const absl::Status& status);
absl::Status WithReason(absl::Status status, std::string_view reason);

// One flagged pair of a submitted article: it becomes a review task.
struct NewTask {
  uint32_t pair_index = 0;
  int severity = 0;                 // galley.v1.Severity: the worst finding's.
  std::vector<std::string> codes;   // Finding codes, in report order.
  std::string source_text;          // The pair's Korean and English, for the editor.
  std::string target_text;
};

struct NewArticle {
  std::string request_id;   // Idempotency key; "" for none.
  std::string external_id;  // The newsroom's own id; optional.
  std::string desk;         // Newsroom desk (politics, economy, ...); optional.
  std::string submitter;    // Who submitted.
  std::string source_text;
  std::string target_text;
  std::string report;       // Serialized galley.v1.CheckResponse.
  std::vector<NewTask> tasks;
};

struct Article {
  int64_t id = 0;
  std::string request_id, external_id, desk, submitter;
  ArticleState state = ArticleState::kClean;
  int64_t created_ms = 0, updated_ms = 0;
  std::string source_text, target_text, report;
  int task_count = 0, resolved_count = 0;
};

struct Task {
  int64_t id = 0;
  int64_t article_id = 0;
  uint32_t pair_index = 0;
  int severity = 0;
  std::vector<std::string> codes;
  std::string desk;
  TaskState state = TaskState::kQueued;
  std::string holder;          // Editor holding the lease ("" when queued or resolved).
  int64_t lease_expires_ms = 0;
  std::string source_text, target_text;
  // Set once resolved.
  std::optional<Decision> decision;
  std::string corrected_text;  // CORRECT: the editor's English.
  std::string comment;
  std::string resolved_by;
  int64_t resolved_ms = 0;
};

struct SubmitResult {
  Article article;  // Texts and report are filled in only when created is false.
  std::vector<Task> tasks;
  bool created = false;  // False: the request_id was seen before; nothing new was stored.
};

struct ArticleFilter {
  std::optional<ArticleState> state;
  std::string external_id;      // "" = any.
  std::string submitter;        // "" = any.
  int64_t created_after_ms = 0;  // 0 = any.
  int64_t created_before_ms = 0;
};

struct ArticlePage {
  std::vector<Article> articles;  // Newest first; texts and report left empty.
  std::string next_page_token;    // "" on the last page.
};

struct ClaimFilter {
  int min_severity = 0;     // 0 = any.
  std::string code_prefix;  // "NUMBER" claims tasks with a NUMBER_* finding; "" = any.
  std::string desk;         // "" = any.
};

struct Resolution {
  int64_t task_id = 0;
  std::string editor;
  Decision decision = Decision::kAccept;
  std::string corrected_text;  // Required for kCorrect.
  std::string comment;         // Required for kDismiss (why it is a false alarm).
  // For kDismiss: the fingerprints of the task's findings, learned as false alarms.
  std::vector<std::string> dismissed_fingerprints;
};

struct AuditEntry {
  int64_t id = 0;
  int64_t article_id = 0, task_id = 0;
  std::string actor, action;  // action: submit, claim, renew, release, accept, correct, dismiss
  int64_t at_ms = 0;
  std::string before_text, after_text;
  std::vector<std::string> codes;
  std::string comment;
};

struct Suppression {
  std::string fingerprint;
  std::string created_by, reason;
  int64_t created_ms = 0;
  int64_t task_id = 0;  // The dismissal that taught it.
};

// A queue change, in commit order; `sequence` increases by one per event.
struct QueueEvent {
  int64_t sequence = 0;
  int64_t at_ms = 0;
  std::string kind;  // task_queued, task_claimed, task_released, task_resolved, article_approved
  int64_t article_id = 0, task_id = 0;
};

// Which tasks ListTasks and SummarizeTasks cover.
struct TaskFilter {
  std::optional<TaskState> state;  // nullopt: the open ones (queued or claimed).
  int min_severity = 0;            // 0 = any.
  std::string code_prefix;         // As ClaimFilter's.
  std::string desk;                // "" = any.
};

struct TaskPage {
  std::vector<Task> tasks;       // Oldest first.
  std::string next_page_token;   // "" on the last page.
};

// Counts over every task a filter matches.
struct TaskSummary {
  int64_t total = 0, claimed = 0;
  std::map<int, int64_t> by_severity;        // galley.v1.Severity number -> tasks.
  std::map<std::string, int64_t> by_code;    // Finding code -> tasks with it.
};

// How many tasks are in each state (metrics: queue depth).
struct TaskCounts {
  int64_t queued = 0, claimed = 0, resolved = 0;
};

// Roles of API tokens; what each may do is galleyd's policy (services/auth/policy.cc).
enum class Role { kSubmitter = 1, kEditor = 2, kAdmin = 3 };

// An API token as stored: never the secret, only its SHA-256 (in the store, not here).
struct ApiToken {
  std::string id;          // Public handle ("tok_" + 12 hex digits), shown by `token list`.
  std::string name;        // Who holds it: the caller's name in the audit log and task leases.
  Role role = Role::kSubmitter;
  int64_t created_ms = 0;
  int64_t revoked_ms = 0;  // 0 while the token is valid.
};

class ReviewStore {
 public:
  virtual ~ReviewStore() = default;

  // Stores the article and queues its tasks (none: the article is CLEAN). Idempotent: a request_id
  // seen before returns what it stored then, with created = false; the same request_id with
  // different texts is FAILED_PRECONDITION (REQUEST_ID_REUSED).
  virtual absl::StatusOr<SubmitResult> SubmitArticle(const NewArticle& article, int64_t now_ms) = 0;
  virtual absl::StatusOr<Article> GetArticle(int64_t id) = 0;  // NOT_FOUND
  virtual absl::StatusOr<std::vector<Task>> ArticleTasks(int64_t article_id) = 0;
  virtual absl::StatusOr<Task> GetTask(int64_t id) = 0;  // NOT_FOUND
  // page_token: "" for the first page, else a previous next_page_token (INVALID_ARGUMENT if bad).
  virtual absl::StatusOr<ArticlePage> ListArticles(const ArticleFilter& filter, int page_size,
                                                   const std::string& page_token) = 0;

  // The most severe queued task (oldest first among equals) matching `filter`, leased to `editor`
  // until now + lease_ms. A task whose lease has expired is queued again. NOT_FOUND: none.
  virtual absl::StatusOr<Task> ClaimNextTask(const ClaimFilter& filter, const std::string& editor,
                                             int64_t now_ms, int64_t lease_ms) = 0;
  // Extends the holder's lease. FAILED_PRECONDITION: TASK_LEASE_EXPIRED, TASK_NOT_HELD,
  // TASK_ALREADY_RESOLVED. NOT_FOUND: no such task.
  virtual absl::StatusOr<Task> RenewTask(int64_t task_id, const std::string& editor,
                                         int64_t now_ms, int64_t lease_ms) = 0;
  // Gives the task back to the queue. Errors as RenewTask.
  virtual absl::Status ReleaseTask(int64_t task_id, const std::string& editor, int64_t now_ms) = 0;
  // Resolves a task the editor holds; a lease that has expired is refused with
  // FAILED_PRECONDITION TASK_LEASE_EXPIRED and the task is queued again. When the article's last
  // task is resolved the article is APPROVED. Errors as RenewTask.
  virtual absl::StatusOr<Task> ResolveTask(const Resolution& resolution, int64_t now_ms) = 0;

  virtual absl::StatusOr<std::vector<AuditEntry>> AuditLog(int64_t article_id) = 0;

  // Learned false alarms (from DISMISS decisions).
  virtual absl::StatusOr<std::vector<Suppression>> ListSuppressions() = 0;
  virtual absl::Status RevokeSuppression(const std::string& fingerprint) = 0;  // NOT_FOUND
  // Those of `fingerprints` that are suppressed.
  virtual absl::StatusOr<std::vector<std::string>> SuppressedAmong(
      const std::vector<std::string>& fingerprints) = 0;

  virtual absl::StatusOr<TaskCounts> CountTasks() = 0;
  // Tasks matching `filter`, oldest first. page_token: "" or a previous next_page_token
  // (INVALID_ARGUMENT otherwise); page_size 0 means 100, at most 1,000.
  virtual absl::StatusOr<TaskPage> ListTasks(const TaskFilter& filter, int page_size,
                                             const std::string& page_token) = 0;
  virtual absl::StatusOr<TaskSummary> SummarizeTasks(const TaskFilter& filter) = 0;

  // API tokens. secret_sha256: lowercase hex SHA-256 of the secret. ALREADY_EXISTS: the id or
  // the secret is taken.
  virtual absl::Status CreateToken(const ApiToken& token, const std::string& secret_sha256) = 0;
  virtual absl::StatusOr<std::vector<ApiToken>> ListTokens() = 0;  // Oldest first.
  // Revokes the token with this id, or else every valid token with this name; returns those
  // revoked. NOT_FOUND: no valid token has that id or name.
  virtual absl::StatusOr<std::vector<ApiToken>> RevokeTokens(const std::string& id_or_name,
                                                             int64_t now_ms) = 0;
  // The token whose secret hashes to secret_sha256, revoked or not. NOT_FOUND: none.
  virtual absl::StatusOr<ApiToken> FindToken(const std::string& secret_sha256) = 0;

  // Calls `callback` (from a thread of the store's) when another process may have changed the
  // queue, so WatchQueue streams need not wait for their next poll. Backends that cannot tell
  // (SQLite) never call it.
  virtual void OnChange(std::function<void()> callback) { (void)callback; }

  // The newest queue event's sequence number (0 when there is none).
  virtual absl::StatusOr<int64_t> LatestSequence() = 0;
  // Queue events after `after_sequence`, oldest first, at most `limit`.
  virtual absl::StatusOr<std::vector<QueueEvent>> EventsAfter(int64_t after_sequence,
                                                              int limit) = 0;
};

// SQLite in `path` (created with its schema if missing; migrated if older). WAL, synchronous=FULL.
absl::StatusOr<std::unique_ptr<ReviewStore>> OpenSqliteStore(const std::string& path);

// PostgreSQL at `conninfo` (a libpq URI, postgresql://user@host:port/db, or key=value string);
// the schema is created or migrated on open (one replica at a time). UNAVAILABLE if unreachable.
absl::StatusOr<std::unique_ptr<ReviewStore>> OpenPostgresStore(const std::string& conninfo);

}  // namespace galley::store

#endif  // GALLEY_COMMON_STORE_REVIEW_STORE_H_
