// ReviewStore on PostgreSQL: the scale-out backend, shared by several stateless galleyd replicas.
// Claims take the next task with FOR UPDATE SKIP LOCKED, so replicas never block on, or hand out,
// the same task; an article's row is locked while its state is recomputed; queue events are
// numbered under a transaction-scoped advisory lock so that they become visible in sequence order,
// and every change NOTIFYs galley_queue, which a LISTEN connection turns into change callbacks.
//
// Connections: a small pool, one per concurrent call; each method is one transaction.
#include <libpq-fe.h>
#include <poll.h>

#include <algorithm>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "common/base/status_macros.h"
#include "common/base/str_cat.h"
#include "common/base/call_deadline.h"
#include "common/store/internal.h"
#include "common/store/review_store.h"

namespace galley::store {
namespace {

using internal::JoinCodes;
using internal::SplitCodes;

constexpr const char* kMigrations[] = {
    R"sql(
CREATE TABLE articles (
  id BIGSERIAL PRIMARY KEY,
  request_id TEXT UNIQUE,
  external_id TEXT NOT NULL DEFAULT '',
  desk TEXT NOT NULL DEFAULT '',
  submitter TEXT NOT NULL DEFAULT '',
  state INTEGER NOT NULL,
  created_ms BIGINT NOT NULL,
  updated_ms BIGINT NOT NULL,
  source_text TEXT NOT NULL,
  target_text TEXT NOT NULL,
  report BYTEA NOT NULL
);
CREATE INDEX articles_by_external_id ON articles(external_id);
CREATE TABLE tasks (
  id BIGSERIAL PRIMARY KEY,
  article_id BIGINT NOT NULL REFERENCES articles(id),
  pair_index INTEGER NOT NULL,
  severity INTEGER NOT NULL,
  codes TEXT NOT NULL,
  desk TEXT NOT NULL,
  state INTEGER NOT NULL,
  holder TEXT NOT NULL DEFAULT '',
  lease_expires_ms BIGINT NOT NULL DEFAULT 0,
  source_text TEXT NOT NULL,
  target_text TEXT NOT NULL,
  decision INTEGER,
  corrected_text TEXT NOT NULL DEFAULT '',
  comment TEXT NOT NULL DEFAULT '',
  resolved_by TEXT NOT NULL DEFAULT '',
  resolved_ms BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX tasks_by_article ON tasks(article_id);
CREATE INDEX tasks_claimable ON tasks(state, severity DESC, id);
CREATE INDEX tasks_by_lease ON tasks(state, lease_expires_ms);
CREATE TABLE audit (
  id BIGSERIAL PRIMARY KEY,
  article_id BIGINT NOT NULL,
  task_id BIGINT NOT NULL DEFAULT 0,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  at_ms BIGINT NOT NULL,
  before_text TEXT NOT NULL DEFAULT '',
  after_text TEXT NOT NULL DEFAULT '',
  codes TEXT NOT NULL DEFAULT '',
  comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_by_article ON audit(article_id);
CREATE TABLE suppressions (
  fingerprint TEXT PRIMARY KEY,
  created_by TEXT NOT NULL,
  reason TEXT NOT NULL,
  created_ms BIGINT NOT NULL,
  task_id BIGINT NOT NULL
);
CREATE TABLE queue_events (
  sequence BIGINT PRIMARY KEY,
  at_ms BIGINT NOT NULL,
  kind TEXT NOT NULL,
  article_id BIGINT NOT NULL,
  task_id BIGINT NOT NULL DEFAULT 0
);
)sql",
    // 2: API tokens (authentication); the secret's SHA-256 only.
    R"sql(
CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role INTEGER NOT NULL,
  secret_sha256 TEXT NOT NULL UNIQUE,
  created_ms BIGINT NOT NULL,
  revoked_ms BIGINT NOT NULL DEFAULT 0
);
)sql",
};

// Advisory lock keys (any constants unique to Galley).
constexpr int64_t kMigrationLock = 0x6761'6c6c'6579'0001;
constexpr int64_t kEventLock = 0x6761'6c6c'6579'0002;

// One query's result; owns the PGresult.
class Result {
 public:
  explicit Result(PGresult* r) : r_(r) {}
  ~Result() { PQclear(r_); }
  Result(Result&& o) noexcept : r_(o.r_) { o.r_ = nullptr; }
  Result(const Result&) = delete;
  int rows() const { return PQntuples(r_); }
  std::string Text(int row, int col) const {
    return std::string(PQgetvalue(r_, row, col), static_cast<size_t>(PQgetlength(r_, row, col)));
  }
  int64_t Int(int row, int col) const {
    return PQgetisnull(r_, row, col) ? 0 : std::stoll(PQgetvalue(r_, row, col));
  }
  bool IsNull(int row, int col) const { return PQgetisnull(r_, row, col); }

 private:
  PGresult* r_;
};

// Query parameters, as text (binary for BYTEA).
class Params {
 public:
  Params& Add(std::string value) {
    values_.push_back(std::move(value));
    binary_.push_back(0);
    return *this;
  }
  Params& Add(int64_t value) { return Add(std::to_string(value)); }
  Params& AddBytes(std::string value) {
    values_.push_back(std::move(value));
    binary_.push_back(1);
    return *this;
  }
  Params& AddNull() {
    values_.emplace_back();
    binary_.push_back(-1);
    return *this;
  }
  int size() const { return static_cast<int>(values_.size()); }
  std::vector<const char*> Values() const {
    std::vector<const char*> v;
    for (size_t i = 0; i < values_.size(); ++i) {
      v.push_back(binary_[i] < 0 ? nullptr : values_[i].data());
    }
    return v;
  }
  std::vector<int> Lengths() const {
    std::vector<int> v;
    for (const auto& s : values_) v.push_back(static_cast<int>(s.size()));
    return v;
  }
  std::vector<int> Formats() const {
    std::vector<int> v;
    for (int b : binary_) v.push_back(b > 0 ? 1 : 0);
    return v;
  }

 private:
  std::vector<std::string> values_;
  std::vector<int> binary_;
};

// One pooled connection in use.
class Session {
 public:
  explicit Session(PGconn* conn) : conn_(conn) {}
  PGconn* conn() const { return conn_; }

  absl::StatusOr<Result> Query(const char* sql, const Params& params = Params()) {
    const auto values = params.Values();
    const auto lengths = params.Lengths();
    const auto formats = params.Formats();
    PGresult* r = PQexecParams(conn_, sql, params.size(), nullptr, values.data(), lengths.data(),
                               formats.data(), /*resultFormat=*/0);
    const ExecStatusType status = PQresultStatus(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      const char* state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
      std::string message = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY)
                                ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY)
                                : PQerrorMessage(conn_);
      const std::string code = state ? state : "";
      PQclear(r);
      if (code == "57014") {
        return absl::DeadlineExceededError("the call's deadline passed in the database");
      }
      // Serialization failures and lost connections are worth a retry; the rest is internal.
      if (code == "40001" || code == "40P01" || PQstatus(conn_) != CONNECTION_OK) {
        return absl::UnavailableError(StrCat("database busy or unreachable: ", message));
      }
      return absl::InternalError(StrCat("database error (SQLSTATE ", code, ")"));
    }
    return Result(r);
  }
  absl::Status Exec(const char* sql, const Params& params = Params()) {
    return Query(sql, params).status();
  }
  // Several statements, no parameters, one round trip (the simple query protocol).
  absl::Status ExecScript(const std::string& sql) {
    PGresult* r = PQexec(conn_, sql.c_str());
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok) return absl::UnavailableError(StrCat("database: ", PQerrorMessage(conn_)));
    return absl::OkStatus();
  }

 private:
  PGconn* conn_;
};

constexpr const char* kTaskColumns =
    "id, article_id, pair_index, severity, codes, desk, state, holder, lease_expires_ms, "
    "source_text, target_text, decision, corrected_text, comment, resolved_by, resolved_ms";

Task ReadTask(const Result& r, int row) {
  Task t;
  t.id = r.Int(row, 0);
  t.article_id = r.Int(row, 1);
  t.pair_index = static_cast<uint32_t>(r.Int(row, 2));
  t.severity = static_cast<int>(r.Int(row, 3));
  t.codes = SplitCodes(r.Text(row, 4));
  t.desk = r.Text(row, 5);
  t.state = static_cast<TaskState>(r.Int(row, 6));
  t.holder = r.Text(row, 7);
  t.lease_expires_ms = r.Int(row, 8);
  t.source_text = r.Text(row, 9);
  t.target_text = r.Text(row, 10);
  if (!r.IsNull(row, 11)) t.decision = static_cast<Decision>(r.Int(row, 11));
  t.corrected_text = r.Text(row, 12);
  t.comment = r.Text(row, 13);
  t.resolved_by = r.Text(row, 14);
  t.resolved_ms = r.Int(row, 15);
  return t;
}

// Text columns, then the report as hex (bytea's text form) decoded.
constexpr const char* kArticleColumns =
    "id, COALESCE(request_id, ''), external_id, desk, submitter, state, created_ms, updated_ms, "
    "source_text, target_text, report, "
    "(SELECT COUNT(*) FROM tasks WHERE article_id = articles.id), "
    "(SELECT COUNT(*) FROM tasks WHERE article_id = articles.id AND state = 3)";

std::string Unhex(const std::string& bytea) {
  size_t length = 0;
  unsigned char* raw = PQunescapeBytea(reinterpret_cast<const unsigned char*>(bytea.c_str()), &length);
  std::string out(reinterpret_cast<const char*>(raw), length);
  PQfreemem(raw);
  return out;
}

Article ReadArticle(const Result& r, int row, bool with_texts) {
  Article a;
  a.id = r.Int(row, 0);
  a.request_id = r.Text(row, 1);
  a.external_id = r.Text(row, 2);
  a.desk = r.Text(row, 3);
  a.submitter = r.Text(row, 4);
  a.state = static_cast<ArticleState>(r.Int(row, 5));
  a.created_ms = r.Int(row, 6);
  a.updated_ms = r.Int(row, 7);
  if (with_texts) {
    a.source_text = r.Text(row, 8);
    a.target_text = r.Text(row, 9);
    a.report = Unhex(r.Text(row, 10));
  }
  a.task_count = static_cast<int>(r.Int(row, 11));
  a.resolved_count = static_cast<int>(r.Int(row, 12));
  return a;
}

class PostgresStore final : public ReviewStore {
 public:
  explicit PostgresStore(std::string conninfo) : conninfo_(std::move(conninfo)) {}
  ~PostgresStore() override {
    stopping_ = true;
    if (listener_.joinable()) listener_.join();
    for (PGconn* c : idle_) PQfinish(c);
  }

  absl::Status Init() {
    ASSIGN_OR_RETURN(PGconn * conn, Connect());
    Session s(conn);
    absl::Status status = Migrate(s);
    Return(conn);
    return status;
  }

  void OnChange(std::function<void()> callback) override {
    std::lock_guard lock(pool_mutex_);
    on_change_ = std::move(callback);
    if (!listener_.joinable()) listener_ = std::thread([this] { Listen(); });
  }

  absl::StatusOr<SubmitResult> SubmitArticle(const NewArticle& in, int64_t now_ms) override {
    SubmitResult result;
    // What the caller gets back is read in the same transaction (one round of the pool, not
    // two). A new article's texts and report are the caller's own: read back only for a retry.
    // The transaction may run again (serialization failures): each run fills `result` anew.
    const auto read_back = [&](Session& s, int64_t article_id, bool created) -> absl::Status {
      ASSIGN_OR_RETURN(result.article, GetArticleIn(s, article_id, !created));
      ASSIGN_OR_RETURN(result.tasks, TasksIn(s, article_id));
      result.created = created;
      return absl::OkStatus();
    };
    RETURN_IF_ERROR(Transaction([&](Session& s, Events* events) -> absl::Status {
      Params p;
      if (in.request_id.empty()) {
        p.AddNull();
      } else {
        p.Add(in.request_id);
      }
      const ArticleState state =
          in.tasks.empty() ? ArticleState::kClean : ArticleState::kNeedsReview;
      p.Add(in.external_id).Add(in.desk).Add(in.submitter).Add(static_cast<int64_t>(state))
          .Add(now_ms).Add(now_ms).Add(in.source_text).Add(in.target_text).AddBytes(in.report);
      ASSIGN_OR_RETURN(Result inserted,
                       s.Query("INSERT INTO articles (request_id, external_id, desk, submitter, "
                               "state, created_ms, updated_ms, source_text, target_text, report) "
                               "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) "
                               "ON CONFLICT (request_id) DO NOTHING RETURNING id",
                               p));
      if (inserted.rows() == 0) {  // The request_id was seen before.
        ASSIGN_OR_RETURN(Result existing,
                         s.Query("SELECT id, source_text, target_text FROM articles "
                                 "WHERE request_id = $1",
                                 Params().Add(in.request_id)));
        if (existing.rows() != 1) return absl::UnavailableError("database busy: retry");
        if (existing.Text(0, 1) != in.source_text || existing.Text(0, 2) != in.target_text) {
          return WithReason(absl::FailedPreconditionError(StrCat(
                                "request_id \"", in.request_id,
                                "\" was used before for a different article")),
                            kReasonRequestIdReused);
        }
        return read_back(s, existing.Int(0, 0), /*created=*/false);
      }
      const int64_t article_id = inserted.Int(0, 0);
      for (const NewTask& t : in.tasks) {
        ASSIGN_OR_RETURN(Result task,
                         s.Query("INSERT INTO tasks (article_id, pair_index, severity, codes, "
                                 "desk, state, source_text, target_text) "
                                 "VALUES ($1, $2, $3, $4, $5, 1, $6, $7) RETURNING id",
                                 Params()
                                     .Add(article_id)
                                     .Add(static_cast<int64_t>(t.pair_index))
                                     .Add(static_cast<int64_t>(t.severity))
                                     .Add(JoinCodes(t.codes))
                                     .Add(in.desk)
                                     .Add(t.source_text)
                                     .Add(t.target_text)));
        events->push_back({0, now_ms, "task_queued", article_id, task.Int(0, 0)});
      }
      RETURN_IF_ERROR(Audit(s, article_id, 0, in.submitter, "submit", now_ms, "", "", {}, ""));
      return read_back(s, article_id, /*created=*/true);
    }));
    return result;
  }

  absl::StatusOr<Article> GetArticle(int64_t id) override {
    return Read<Article>([&](Session& s) { return GetArticleIn(s, id, true); });
  }

  absl::StatusOr<std::vector<Task>> ArticleTasks(int64_t article_id) override {
    return Read<std::vector<Task>>([&](Session& s) -> absl::StatusOr<std::vector<Task>> {
      RETURN_IF_ERROR(GetArticleIn(s, article_id, false).status());
      return TasksIn(s, article_id);
    });
  }

  absl::StatusOr<Task> GetTask(int64_t id) override {
    return Read<Task>([&](Session& s) { return TaskIn(s, id); });
  }

  absl::StatusOr<ArticlePage> ListArticles(const ArticleFilter& filter, int page_size,
                                           const std::string& page_token) override {
    ASSIGN_OR_RETURN(const int64_t before_id, internal::ParsePageToken(page_token));
    page_size = internal::ClampPageSize(page_size);
    return Read<ArticlePage>([&](Session& s) -> absl::StatusOr<ArticlePage> {
      const int64_t state = filter.state ? static_cast<int64_t>(*filter.state) : 0;
      ASSIGN_OR_RETURN(Result r, s.Query(StrCat("SELECT ", kArticleColumns,
                                                " FROM articles WHERE id < $1 AND ($2 = 0 OR "
                                                "state = $2) AND ($3 = '' OR external_id = $3) "
                                                "AND ($4 = 0 OR created_ms >= $4) AND ($5 = 0 OR "
                                                "created_ms < $5) AND ($7 = '' OR submitter = $7) "
                                                "ORDER BY id DESC LIMIT $6")
                                             .c_str(),
                                         Params()
                                             .Add(before_id)
                                             .Add(state)
                                             .Add(filter.external_id)
                                             .Add(filter.created_after_ms)
                                             .Add(filter.created_before_ms)
                                             .Add(static_cast<int64_t>(page_size) + 1)
                                             .Add(filter.submitter)));
      ArticlePage page;
      for (int i = 0; i < r.rows(); ++i) page.articles.push_back(ReadArticle(r, i, false));
      internal::FinishPage(page_size, &page);
      return page;
    });
  }

  absl::StatusOr<Task> ClaimNextTask(const ClaimFilter& filter, const std::string& editor,
                                     int64_t now_ms, int64_t lease_ms) override {
    int64_t claimed = 0;
    RETURN_IF_ERROR(Transaction([&](Session& s, Events* events) -> absl::Status {
      // Queued tasks and expired leases are looked up apart, each through its own index (an OR
      // of the two would scan and sort the whole queue). SKIP LOCKED: a task another replica is
      // claiming right now is passed over, not waited for.
      static constexpr const char* kFilters =
          " AND severity >= $2 AND ($3 = '' OR desk = $3) AND "
          "($4 = '' OR ',' || codes LIKE '%,' || $4 || '%') ";
      const Params filters = Params()
                                 .Add(now_ms)
                                 .Add(static_cast<int64_t>(filter.min_severity))
                                 .Add(filter.desk)
                                 .Add(filter.code_prefix);
      ASSIGN_OR_RETURN(Result expired,
                       s.Query(StrCat("SELECT id, article_id, severity FROM tasks WHERE state = 2 "
                                      "AND lease_expires_ms <= $1",
                                      kFilters, "ORDER BY severity DESC, id LIMIT 1")
                                   .c_str(),
                               filters));
      ASSIGN_OR_RETURN(Result queued,
                       s.Query(StrCat("SELECT id, article_id, severity FROM tasks WHERE state = 1 "
                                      "AND $1 = $1",
                                      kFilters,
                                      "ORDER BY severity DESC, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                                   .c_str(),
                               filters));
      int64_t task_id = 0, article_id = 0;
      if (queued.rows() > 0) {
        task_id = queued.Int(0, 0);
        article_id = queued.Int(0, 1);
      }
      // An expired lease wins when it is more severe, or as severe and older, and still free.
      if (expired.rows() > 0 &&
          (queued.rows() == 0 || expired.Int(0, 2) > queued.Int(0, 2) ||
           (expired.Int(0, 2) == queued.Int(0, 2) && expired.Int(0, 0) < queued.Int(0, 0)))) {
        ASSIGN_OR_RETURN(Result take,
                         s.Query("SELECT id, article_id FROM tasks WHERE id = $1 AND state = 2 "
                                 "AND lease_expires_ms <= $2 FOR UPDATE SKIP LOCKED",
                                 Params().Add(expired.Int(0, 0)).Add(now_ms)));
        if (take.rows() > 0) {
          task_id = take.Int(0, 0);
          article_id = take.Int(0, 1);
        }
      }
      if (task_id == 0) return absl::NotFoundError("no task in the queue matches");
      RETURN_IF_ERROR(s.Exec(
          "UPDATE tasks SET state = 2, holder = $1, lease_expires_ms = $2 WHERE id = $3",
          Params().Add(editor).Add(now_ms + lease_ms).Add(task_id)));
      RETURN_IF_ERROR(UpdateArticleState(s, article_id, now_ms).status());
      events->push_back({0, now_ms, "task_claimed", article_id, task_id});
      RETURN_IF_ERROR(Audit(s, article_id, task_id, editor, "claim", now_ms, "", "", {}, ""));
      claimed = task_id;
      return absl::OkStatus();
    }));
    return GetTask(claimed);
  }

  absl::StatusOr<Task> RenewTask(int64_t task_id, const std::string& editor, int64_t now_ms,
                                 int64_t lease_ms) override {
    RETURN_IF_ERROR(Transaction([&](Session& s, Events* events, bool* keep) -> absl::Status {
      ASSIGN_OR_RETURN(const Task task, HeldTask(s, task_id, editor, now_ms, events, keep));
      RETURN_IF_ERROR(s.Exec("UPDATE tasks SET lease_expires_ms = $1 WHERE id = $2",
                             Params().Add(now_ms + lease_ms).Add(task_id)));
      return Audit(s, task.article_id, task_id, editor, "renew", now_ms, "", "", {}, "");
    }));
    return GetTask(task_id);
  }

  absl::Status ReleaseTask(int64_t task_id, const std::string& editor, int64_t now_ms) override {
    return Transaction([&](Session& s, Events* events, bool* keep) -> absl::Status {
      ASSIGN_OR_RETURN(const Task task, HeldTask(s, task_id, editor, now_ms, events, keep));
      RETURN_IF_ERROR(Requeue(s, task, now_ms, events));
      return Audit(s, task.article_id, task_id, editor, "release", now_ms, "", "", {}, "");
    });
  }

  absl::StatusOr<Task> ResolveTask(const Resolution& r, int64_t now_ms) override {
    RETURN_IF_ERROR(internal::ValidateResolution(r));
    RETURN_IF_ERROR(Transaction([&](Session& s, Events* events, bool* keep) -> absl::Status {
      ASSIGN_OR_RETURN(const Task task, HeldTask(s, r.task_id, r.editor, now_ms, events, keep));
      RETURN_IF_ERROR(s.Exec(
          "UPDATE tasks SET state = 3, holder = '', lease_expires_ms = 0, decision = $1, "
          "corrected_text = $2, comment = $3, resolved_by = $4, resolved_ms = $5 WHERE id = $6",
          Params()
              .Add(static_cast<int64_t>(r.decision))
              .Add(r.corrected_text)
              .Add(r.comment)
              .Add(r.editor)
              .Add(now_ms)
              .Add(r.task_id)));
      if (r.decision == Decision::kDismiss) {
        for (const std::string& fingerprint : r.dismissed_fingerprints) {
          RETURN_IF_ERROR(s.Exec(
              "INSERT INTO suppressions (fingerprint, created_by, reason, created_ms, task_id) "
              "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (fingerprint) DO NOTHING",
              Params().Add(fingerprint).Add(r.editor).Add(r.comment).Add(now_ms).Add(r.task_id)));
        }
      }
      static constexpr const char* kActions[] = {"", "accept", "correct", "dismiss"};
      RETURN_IF_ERROR(Audit(s, task.article_id, task.id, r.editor,
                            kActions[static_cast<int>(r.decision)], now_ms, task.target_text,
                            r.decision == Decision::kCorrect ? r.corrected_text : task.target_text,
                            task.codes, r.comment));
      events->push_back({0, now_ms, "task_resolved", task.article_id, task.id});
      ASSIGN_OR_RETURN(const ArticleState state, UpdateArticleState(s, task.article_id, now_ms));
      if (state == ArticleState::kApproved) {
        events->push_back({0, now_ms, "article_approved", task.article_id, 0});
      }
      return absl::OkStatus();
    }));
    return GetTask(r.task_id);
  }

  absl::StatusOr<std::vector<AuditEntry>> AuditLog(int64_t article_id) override {
    return Read<std::vector<AuditEntry>>(
        [&](Session& s) -> absl::StatusOr<std::vector<AuditEntry>> {
          RETURN_IF_ERROR(GetArticleIn(s, article_id, false).status());
          ASSIGN_OR_RETURN(Result r,
                           s.Query("SELECT id, article_id, task_id, actor, action, at_ms, "
                                   "before_text, after_text, codes, comment FROM audit WHERE "
                                   "article_id = $1 ORDER BY id",
                                   Params().Add(article_id)));
          std::vector<AuditEntry> out;
          for (int i = 0; i < r.rows(); ++i) {
            out.push_back({r.Int(i, 0), r.Int(i, 1), r.Int(i, 2), r.Text(i, 3), r.Text(i, 4),
                           r.Int(i, 5), r.Text(i, 6), r.Text(i, 7), SplitCodes(r.Text(i, 8)),
                           r.Text(i, 9)});
          }
          return out;
        });
  }

  absl::StatusOr<std::vector<Suppression>> ListSuppressions() override {
    return Read<std::vector<Suppression>>(
        [&](Session& s) -> absl::StatusOr<std::vector<Suppression>> {
          ASSIGN_OR_RETURN(Result r, s.Query("SELECT fingerprint, created_by, reason, created_ms, "
                                             "task_id FROM suppressions ORDER BY created_ms, "
                                             "fingerprint"));
          std::vector<Suppression> out;
          for (int i = 0; i < r.rows(); ++i) {
            out.push_back({r.Text(i, 0), r.Text(i, 1), r.Text(i, 2), r.Int(i, 3), r.Int(i, 4)});
          }
          return out;
        });
  }

  absl::Status RevokeSuppression(const std::string& fingerprint) override {
    return Read<bool>([&](Session& s) -> absl::StatusOr<bool> {
             ASSIGN_OR_RETURN(Result r, s.Query("DELETE FROM suppressions WHERE fingerprint = $1 "
                                                "RETURNING fingerprint",
                                                Params().Add(fingerprint)));
             if (r.rows() == 0) {
               return absl::NotFoundError(StrCat("no suppression with fingerprint ", fingerprint));
             }
             return true;
           })
        .status();
  }

  // The WHERE clause of ListTasks and SummarizeTasks over parameters $first.. (see TaskParams).
  static std::string TaskFilterSql(int first) {
    const auto p = [first](int i) { return StrCat("$", first + i); };
    return StrCat("(state = ", p(0), " OR (", p(0), " = 0 AND state IN (1, 2))) AND severity >= ",
                  p(1), " AND (", p(2), " = '' OR desk = ", p(2), ") AND (", p(3),
                  " = '' OR ',' || codes LIKE '%,' || ", p(3), " || '%')");
  }
  static Params& TaskParams(Params& params, const TaskFilter& f) {
    return params.Add(f.state ? static_cast<int64_t>(*f.state) : int64_t{0})
        .Add(static_cast<int64_t>(f.min_severity))
        .Add(f.desk)
        .Add(f.code_prefix);
  }

  absl::StatusOr<TaskPage> ListTasks(const TaskFilter& filter, int page_size,
                                     const std::string& page_token) override {
    ASSIGN_OR_RETURN(const int64_t after_id, internal::ParseTaskPageToken(page_token));
    page_size = internal::ClampTaskPageSize(page_size);
    return Read<TaskPage>([&](Session& s) -> absl::StatusOr<TaskPage> {
      Params params;
      params.Add(after_id).Add(static_cast<int64_t>(page_size) + 1);
      TaskParams(params, filter);
      ASSIGN_OR_RETURN(Result r,
                       s.Query(StrCat("SELECT ", kTaskColumns, " FROM tasks WHERE id > $1 AND ",
                                      TaskFilterSql(3), " ORDER BY id LIMIT $2")
                                   .c_str(),
                               params));
      TaskPage page;
      for (int i = 0; i < r.rows(); ++i) page.tasks.push_back(ReadTask(r, i));
      internal::FinishTaskPage(page_size, &page);
      return page;
    });
  }

  absl::StatusOr<TaskSummary> SummarizeTasks(const TaskFilter& filter) override {
    return Read<TaskSummary>([&](Session& s) -> absl::StatusOr<TaskSummary> {
      Params params;
      TaskParams(params, filter);
      ASSIGN_OR_RETURN(Result r, s.Query(StrCat("SELECT severity, codes, state, COUNT(*) FROM "
                                                "tasks WHERE ",
                                                TaskFilterSql(1),
                                                " GROUP BY severity, codes, state")
                                             .c_str(),
                                         params));
      TaskSummary summary;
      for (int i = 0; i < r.rows(); ++i) {
        internal::AddToSummary(static_cast<int>(r.Int(i, 0)), r.Text(i, 1),
                               static_cast<int>(r.Int(i, 2)), r.Int(i, 3), &summary);
      }
      return summary;
    });
  }

  absl::StatusOr<TaskCounts> CountTasks() override {
    return Read<TaskCounts>([&](Session& s) -> absl::StatusOr<TaskCounts> {
      ASSIGN_OR_RETURN(Result r, s.Query("SELECT state, COUNT(*) FROM tasks GROUP BY state"));
      TaskCounts counts;
      for (int i = 0; i < r.rows(); ++i) internal::AddCount(r.Int(i, 0), r.Int(i, 1), &counts);
      return counts;
    });
  }

  absl::Status CreateToken(const ApiToken& token, const std::string& secret_sha256) override {
    return Read<bool>([&](Session& s) -> absl::StatusOr<bool> {
             ASSIGN_OR_RETURN(
                 Result r,
                 s.Query("INSERT INTO api_tokens (id, name, role, secret_sha256, created_ms) "
                         "VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id",
                         Params()
                             .Add(token.id)
                             .Add(token.name)
                             .Add(static_cast<int64_t>(token.role))
                             .Add(secret_sha256)
                             .Add(token.created_ms)));
             if (r.rows() == 0) return absl::AlreadyExistsError(StrCat("token ", token.id, " exists"));
             return true;
           })
        .status();
  }

  absl::StatusOr<std::vector<ApiToken>> ListTokens() override {
    return Read<std::vector<ApiToken>>([&](Session& s) -> absl::StatusOr<std::vector<ApiToken>> {
      ASSIGN_OR_RETURN(Result r, s.Query("SELECT id, name, role, created_ms, revoked_ms FROM "
                                         "api_tokens ORDER BY created_ms, id"));
      return ReadTokens(r);
    });
  }

  absl::StatusOr<std::vector<ApiToken>> RevokeTokens(const std::string& id_or_name,
                                                     int64_t now_ms) override {
    return Read<std::vector<ApiToken>>([&](Session& s) -> absl::StatusOr<std::vector<ApiToken>> {
      ASSIGN_OR_RETURN(
          Result r,
          s.Query("UPDATE api_tokens SET revoked_ms = $1 WHERE revoked_ms = 0 AND (id = $2 OR "
                  "(name = $2 AND NOT EXISTS (SELECT 1 FROM api_tokens WHERE id = $2))) "
                  "RETURNING id, name, role, created_ms, revoked_ms",
                  Params().Add(now_ms).Add(id_or_name)));
      if (r.rows() == 0) {
        return absl::NotFoundError(
            StrCat("no valid token has the id or name \"", id_or_name, "\""));
      }
      return ReadTokens(r);
    });
  }

  absl::StatusOr<ApiToken> FindToken(const std::string& secret_sha256) override {
    return Read<ApiToken>([&](Session& s) -> absl::StatusOr<ApiToken> {
      ASSIGN_OR_RETURN(Result r, s.Query("SELECT id, name, role, created_ms, revoked_ms FROM "
                                         "api_tokens WHERE secret_sha256 = $1",
                                         Params().Add(secret_sha256)));
      if (r.rows() == 0) return absl::NotFoundError("no such token");
      return ReadTokens(r).front();
    });
  }

  static std::vector<ApiToken> ReadTokens(const Result& r) {
    std::vector<ApiToken> out;
    for (int i = 0; i < r.rows(); ++i) {
      out.push_back({r.Text(i, 0), r.Text(i, 1), static_cast<Role>(r.Int(i, 2)), r.Int(i, 3),
                     r.Int(i, 4)});
    }
    return out;
  }

  absl::StatusOr<std::vector<std::string>> SuppressedAmong(
      const std::vector<std::string>& fingerprints) override {
    if (fingerprints.empty()) return std::vector<std::string>();
    return Read<std::vector<std::string>>(
        [&](Session& s) -> absl::StatusOr<std::vector<std::string>> {
          std::string list = "{";
          for (const std::string& f : fingerprints) {
            if (f.find_first_not_of("0123456789abcdef") != std::string::npos) continue;
            list += StrCat(list.size() > 1 ? "," : "", f);
          }
          list += "}";
          ASSIGN_OR_RETURN(Result r, s.Query("SELECT fingerprint FROM suppressions WHERE "
                                             "fingerprint = ANY($1::text[])",
                                             Params().Add(list)));
          std::vector<std::string> found;
          for (int i = 0; i < r.rows(); ++i) found.push_back(r.Text(i, 0));
          std::vector<std::string> out;  // In the order asked.
          for (const std::string& f : fingerprints) {
            if (std::find(found.begin(), found.end(), f) != found.end()) out.push_back(f);
          }
          return out;
        });
  }

  absl::StatusOr<int64_t> LatestSequence() override {
    return Read<int64_t>([&](Session& s) -> absl::StatusOr<int64_t> {
      ASSIGN_OR_RETURN(Result r, s.Query("SELECT COALESCE(MAX(sequence), 0) FROM queue_events"));
      return r.Int(0, 0);
    });
  }

  absl::StatusOr<std::vector<QueueEvent>> EventsAfter(int64_t after_sequence, int limit) override {
    return Read<std::vector<QueueEvent>>(
        [&](Session& s) -> absl::StatusOr<std::vector<QueueEvent>> {
          ASSIGN_OR_RETURN(Result r, s.Query("SELECT sequence, at_ms, kind, article_id, task_id "
                                             "FROM queue_events WHERE sequence > $1 ORDER BY "
                                             "sequence LIMIT $2",
                                             Params().Add(after_sequence).Add(int64_t{limit})));
          std::vector<QueueEvent> out;
          for (int i = 0; i < r.rows(); ++i) {
            out.push_back({r.Int(i, 0), r.Int(i, 1), r.Text(i, 2), r.Int(i, 3), r.Int(i, 4)});
          }
          return out;
        });
  }

 private:
  using Events = std::vector<QueueEvent>;

  absl::StatusOr<PGconn*> Connect() {
    PGconn* conn = PQconnectdb(conninfo_.c_str());
    // Server notices ("relation already exists, skipping") are not errors: keep them off stderr.
    PQsetNoticeProcessor(conn, [](void*, const char*) {}, nullptr);
    if (PQstatus(conn) != CONNECTION_OK) {
      std::string message = PQerrorMessage(conn);
      while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
        message.pop_back();
      }
      PQfinish(conn);
      return absl::UnavailableError(StrCat("cannot connect to PostgreSQL: ", message));
    }
    return conn;
  }

  absl::StatusOr<PGconn*> Acquire() {
    {
      std::lock_guard lock(pool_mutex_);
      if (!idle_.empty()) {
        PGconn* c = idle_.back();
        idle_.pop_back();
        if (PQstatus(c) == CONNECTION_OK) return c;
        PQfinish(c);
      }
    }
    return Connect();
  }

  void Return(PGconn* conn) {
    if (PQstatus(conn) != CONNECTION_OK || PQtransactionStatus(conn) != PQTRANS_IDLE) {
      PQfinish(conn);
      return;
    }
    std::lock_guard lock(pool_mutex_);
    if (idle_.size() < 16) {
      idle_.push_back(conn);
    } else {
      PQfinish(conn);
    }
  }

  template <typename T, typename Body>
  absl::StatusOr<T> Read(Body body) {
    ASSIGN_OR_RETURN(PGconn * conn, Acquire());
    Session s(conn);
    absl::StatusOr<T> result = body(s);
    Return(conn);
    return result;
  }

  // One transaction: body, then the queue events it produced (numbered in commit order under
  // an advisory lock), NOTIFY, COMMIT. Rolled back unless body returns OK or sets *keep.
  absl::Status Transaction(const std::function<absl::Status(Session&, Events*, bool*)>& body) {
    RETURN_IF_ERROR(CallDeadline::Check("the transaction began"));
    ASSIGN_OR_RETURN(PGconn * conn, Acquire());
    Session s(conn);
    // The call's deadline bounds every statement of the transaction, lock waits included
    // (statement_timeout; a timeout is SQLSTATE 57014, DEADLINE_EXCEEDED below).
    const std::optional<int64_t> left_ms = CallDeadline::RemainingMs();
    absl::Status status =
        left_ms ? s.ExecScript(StrCat("BEGIN; SET LOCAL statement_timeout = ",
                                      std::max<int64_t>(1, *left_ms)))
                : s.Exec("BEGIN");
    Events events;
    bool keep = false;
    if (status.ok()) {
      status = body(s, &events, &keep);
      keep = keep || status.ok();
      absl::Status tail = absl::OkStatus();
      if (keep && !events.empty()) {
        tail = s.Exec("SELECT pg_advisory_xact_lock($1)", Params().Add(kEventLock));
        int64_t next = 0;
        if (tail.ok()) {
          auto max = s.Query("SELECT COALESCE(MAX(sequence), 0) FROM queue_events");
          if (max.ok()) next = max->Int(0, 0);
          tail = max.status();
        }
        for (const QueueEvent& e : events) {
          if (!tail.ok()) break;
          tail = s.Exec("INSERT INTO queue_events (sequence, at_ms, kind, article_id, task_id) "
                        "VALUES ($1, $2, $3, $4, $5)",
                        Params().Add(++next).Add(e.at_ms).Add(e.kind).Add(e.article_id).Add(
                            e.task_id));
        }
        if (tail.ok()) tail = s.Exec("NOTIFY galley_queue");
      }
      if (keep && tail.ok()) {
        tail = s.Exec("COMMIT");
      } else {
        s.Exec("ROLLBACK").IgnoreError();
      }
      if (!tail.ok() && status.ok()) status = tail;
    }
    Return(conn);
    return status;
  }
  absl::Status Transaction(const std::function<absl::Status(Session&, Events*)>& body) {
    return Transaction(
        [&](Session& s, Events* e, bool*) -> absl::Status { return body(s, e); });
  }

  absl::Status Migrate(Session& s) {
    RETURN_IF_ERROR(s.Exec("BEGIN"));
    absl::Status status = [&]() -> absl::Status {
      // One replica migrates; the others wait here, then find nothing to do.
      RETURN_IF_ERROR(s.Exec("SELECT pg_advisory_xact_lock($1)", Params().Add(kMigrationLock)));
      RETURN_IF_ERROR(
          s.Exec("CREATE TABLE IF NOT EXISTS galley_schema (version INTEGER NOT NULL)"));
      ASSIGN_OR_RETURN(Result v, s.Query("SELECT COALESCE(MAX(version), 0) FROM galley_schema"));
      const int64_t current = v.Int(0, 0);
      constexpr int64_t latest = static_cast<int64_t>(std::size(kMigrations));
      if (current > latest) {
        return absl::FailedPreconditionError(
            StrCat("the database's schema is version ", current, ", newer than this galleyd's (",
                   latest, "): upgrade galleyd"));
      }
      for (int64_t version = current; version < latest; ++version) {
        PGresult* r = PQexec(s.conn(), kMigrations[version]);
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        PQclear(r);
        if (!ok) return absl::InternalError(StrCat("schema migration ", version + 1, " failed"));
        RETURN_IF_ERROR(s.Exec("INSERT INTO galley_schema (version) VALUES ($1)",
                               Params().Add(version + 1)));
      }
      return absl::OkStatus();
    }();
    if (status.ok()) {
      status = s.Exec("COMMIT");
    } else {
      s.Exec("ROLLBACK").IgnoreError();
    }
    return status;
  }

  absl::StatusOr<Article> GetArticleIn(Session& s, int64_t id, bool with_texts) {
    ASSIGN_OR_RETURN(Result r,
                     s.Query(StrCat("SELECT ", kArticleColumns, " FROM articles WHERE id = $1")
                                 .c_str(),
                             Params().Add(id)));
    if (r.rows() == 0) return absl::NotFoundError(StrCat("no article ", id));
    return ReadArticle(r, 0, with_texts);
  }

  absl::StatusOr<std::vector<Task>> TasksIn(Session& s, int64_t article_id) {
    ASSIGN_OR_RETURN(
        Result r,
        s.Query(StrCat("SELECT ", kTaskColumns, " FROM tasks WHERE article_id = $1 ORDER BY id")
                    .c_str(),
                Params().Add(article_id)));
    std::vector<Task> tasks;
    for (int i = 0; i < r.rows(); ++i) tasks.push_back(ReadTask(r, i));
    return tasks;
  }

  absl::StatusOr<Task> TaskIn(Session& s, int64_t id, bool for_update = false) {
    ASSIGN_OR_RETURN(Result r, s.Query(StrCat("SELECT ", kTaskColumns,
                                              " FROM tasks WHERE id = $1",
                                              for_update ? " FOR UPDATE" : "")
                                           .c_str(),
                                       Params().Add(id)));
    if (r.rows() == 0) return absl::NotFoundError(StrCat("no task ", id));
    return ReadTask(r, 0);
  }

  absl::StatusOr<Task> HeldTask(Session& s, int64_t task_id, const std::string& editor,
                                int64_t now_ms, Events* events, bool* keep) {
    ASSIGN_OR_RETURN(Task task, TaskIn(s, task_id, /*for_update=*/true));
    if (task.state == TaskState::kResolved) {
      return WithReason(
          absl::FailedPreconditionError(StrCat("task ", task_id, " is already resolved")),
          kReasonAlreadyResolved);
    }
    if (task.state != TaskState::kClaimed || task.holder != editor) {
      return WithReason(absl::FailedPreconditionError(StrCat(
                            "task ", task_id, " is not held by ", editor, ": claim it first")),
                        kReasonNotHolder);
    }
    if (task.lease_expires_ms <= now_ms) {
      RETURN_IF_ERROR(Requeue(s, task, now_ms, events));
      RETURN_IF_ERROR(
          Audit(s, task.article_id, task.id, editor, "lease_expired", now_ms, "", "", {}, ""));
      *keep = true;
      return WithReason(
          absl::FailedPreconditionError(StrCat("the lease on task ", task_id,
                                               " expired; the task is back in the queue")),
          kReasonLeaseExpired);
    }
    return task;
  }

  absl::Status Requeue(Session& s, const Task& task, int64_t now_ms, Events* events) {
    RETURN_IF_ERROR(s.Exec(
        "UPDATE tasks SET state = 1, holder = '', lease_expires_ms = 0 WHERE id = $1",
        Params().Add(task.id)));
    RETURN_IF_ERROR(UpdateArticleState(s, task.article_id, now_ms).status());
    events->push_back({0, now_ms, "task_released", task.article_id, task.id});
    return absl::OkStatus();
  }

  absl::StatusOr<ArticleState> UpdateArticleState(Session& s, int64_t article_id, int64_t now_ms) {
    // The article's row lock orders concurrent decisions on its tasks, so the last one to commit
    // sees every other and the article is approved exactly when its last task is resolved.
    RETURN_IF_ERROR(
        s.Exec("SELECT id FROM articles WHERE id = $1 FOR UPDATE", Params().Add(article_id)));
    ASSIGN_OR_RETURN(Result counts,
                     s.Query("SELECT COUNT(*), COUNT(*) FILTER (WHERE state = 2), "
                             "COUNT(*) FILTER (WHERE state = 3) FROM tasks WHERE article_id = $1",
                             Params().Add(article_id)));
    const int64_t total = counts.Int(0, 0), claimed = counts.Int(0, 1), resolved = counts.Int(0, 2);
    const ArticleState state = total == 0                ? ArticleState::kClean
                               : resolved == total       ? ArticleState::kApproved
                               : claimed + resolved > 0  ? ArticleState::kInReview
                                                         : ArticleState::kNeedsReview;
    RETURN_IF_ERROR(s.Exec("UPDATE articles SET state = $1, updated_ms = $2 WHERE id = $3",
                           Params().Add(static_cast<int64_t>(state)).Add(now_ms).Add(article_id)));
    return state;
  }

  absl::Status Audit(Session& s, int64_t article_id, int64_t task_id, std::string_view actor,
                     std::string_view action, int64_t now_ms, std::string_view before,
                     std::string_view after, const std::vector<std::string>& codes,
                     std::string_view comment) {
    return s.Exec(
        "INSERT INTO audit (article_id, task_id, actor, action, at_ms, before_text, after_text, "
        "codes, comment) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        Params()
            .Add(article_id)
            .Add(task_id)
            .Add(std::string(actor))
            .Add(std::string(action))
            .Add(now_ms)
            .Add(std::string(before))
            .Add(std::string(after))
            .Add(JoinCodes(codes))
            .Add(std::string(comment)));
  }

  // LISTEN galley_queue on a connection of its own; each notification calls on_change_.
  // Reconnects after a second when the connection is lost.
  void Listen() {
    while (!stopping_) {
      auto conn = Connect();
      if (!conn.ok()) {
        std::this_thread::sleep_for(std::chrono::seconds(1));
        continue;
      }
      PGresult* r = PQexec(*conn, "LISTEN galley_queue");
      PQclear(r);
      while (!stopping_ && PQstatus(*conn) == CONNECTION_OK) {
        pollfd fd{PQsocket(*conn), POLLIN, 0};
        if (poll(&fd, 1, 200) > 0) {
          PQconsumeInput(*conn);
          bool any = false;
          while (PGnotify* n = PQnotifies(*conn)) {
            any = true;
            PQfreemem(n);
          }
          if (any) {
            std::function<void()> callback;
            {
              std::lock_guard lock(pool_mutex_);
              callback = on_change_;
            }
            if (callback) callback();
          }
        }
      }
      PQfinish(*conn);
    }
  }

  std::string conninfo_;
  std::mutex pool_mutex_;
  std::vector<PGconn*> idle_;         // GUARDED_BY(pool_mutex_)
  std::function<void()> on_change_;   // GUARDED_BY(pool_mutex_)
  std::thread listener_;
  std::atomic<bool> stopping_{false};
};

}  // namespace

absl::StatusOr<std::unique_ptr<ReviewStore>> OpenPostgresStore(const std::string& conninfo) {
  auto store = std::make_unique<PostgresStore>(conninfo);
  RETURN_IF_ERROR(store->Init());
  return std::unique_ptr<ReviewStore>(std::move(store));
}

}  // namespace galley::store
