// ReviewStore on SQLite: the embedded default. One writing connection, serialized by a mutex
// (SQLite serializes writers anyway); WAL so readers of other processes are not blocked;
// synchronous=FULL so a committed transaction survives power loss; changes in BEGIN IMMEDIATE
// transactions (the write lock taken up front, so two claims can never interleave), shared by
// concurrent writers (group commit: one fsync for all of them, see Write). Reads run on read-only
// connections of their own, and WAL checkpoints on one more (StartCheckpointer).
#include <sqlite3.h>

#include <algorithm>
#include <atomic>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <unordered_map>
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

// Versioned schema: migrations[i] takes the database from user_version i to i + 1. Append only.
constexpr const char* kMigrations[] = {
    R"sql(
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  request_id TEXT UNIQUE,          -- NULL when the submitter gave none
  external_id TEXT NOT NULL DEFAULT '',
  desk TEXT NOT NULL DEFAULT '',
  submitter TEXT NOT NULL DEFAULT '',
  state INTEGER NOT NULL,
  created_ms INTEGER NOT NULL,
  updated_ms INTEGER NOT NULL,
  source_text TEXT NOT NULL,
  target_text TEXT NOT NULL,
  report BLOB NOT NULL
);
CREATE INDEX articles_by_external_id ON articles(external_id);
CREATE TABLE tasks (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  pair_index INTEGER NOT NULL,
  severity INTEGER NOT NULL,
  codes TEXT NOT NULL,             -- comma-separated finding codes
  desk TEXT NOT NULL,
  state INTEGER NOT NULL,
  holder TEXT NOT NULL DEFAULT '',
  lease_expires_ms INTEGER NOT NULL DEFAULT 0,
  source_text TEXT NOT NULL,
  target_text TEXT NOT NULL,
  decision INTEGER,
  corrected_text TEXT NOT NULL DEFAULT '',
  comment TEXT NOT NULL DEFAULT '',
  resolved_by TEXT NOT NULL DEFAULT '',
  resolved_ms INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX tasks_by_article ON tasks(article_id);
CREATE INDEX tasks_claimable ON tasks(state, severity DESC, id);
CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  task_id INTEGER NOT NULL DEFAULT 0,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  at_ms INTEGER NOT NULL,
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
  created_ms INTEGER NOT NULL,
  task_id INTEGER NOT NULL
);
CREATE TABLE queue_events (
  sequence INTEGER PRIMARY KEY AUTOINCREMENT,
  at_ms INTEGER NOT NULL,
  kind TEXT NOT NULL,
  article_id INTEGER NOT NULL,
  task_id INTEGER NOT NULL DEFAULT 0
);
)sql",
    // 2: claims look for queued tasks and expired leases separately, each through its own index.
    R"sql(
CREATE INDEX tasks_by_lease ON tasks(state, lease_expires_ms);
)sql",
    // 3: API tokens (authentication); the secret's SHA-256 only.
    R"sql(
CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role INTEGER NOT NULL,
  secret_sha256 TEXT NOT NULL UNIQUE,
  created_ms INTEGER NOT NULL,
  revoked_ms INTEGER NOT NULL DEFAULT 0
);
)sql",
};

// Prepared statements of one connection, kept for its life (parsing SQL cost more than running
// it). Used under the connection's mutex only.
class StatementCache {
 public:
  explicit StatementCache(sqlite3* db) : db_(db) {}
  ~StatementCache() {
    for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
  }
  sqlite3* db() const { return db_; }
  // The cached statement for `sql`, or nullptr when it is in use (the caller prepares its own).
  sqlite3_stmt* Get(const std::string& sql) {
    auto [it, inserted] = statements_.try_emplace(sql, nullptr);
    if (inserted && sqlite3_prepare_v3(db_, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &it->second,
                                       nullptr) != SQLITE_OK) {
      it->second = nullptr;
      statements_.erase(it);
      return nullptr;
    }
    return sqlite3_stmt_busy(it->second) ? nullptr : it->second;
  }

 private:
  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

// A prepared statement (from the cache when it is free); Bind* take 1-based indexes, Column*
// 0-based.
class Statement {
 public:
  Statement(StatementCache& cache, const std::string& sql) : stmt_(cache.Get(sql)) {
    if (stmt_ == nullptr) {
      owned_ = true;
      if (sqlite3_prepare_v2(cache.db(), sql.c_str(), -1, &stmt_, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt_);
        stmt_ = nullptr;
      }
    }
  }
  ~Statement() {
    if (owned_) {
      sqlite3_finalize(stmt_);
    } else {
      sqlite3_reset(stmt_);
      sqlite3_clear_bindings(stmt_);
    }
  }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool ok() const { return stmt_ != nullptr; }
  Statement& Bind(int i, int64_t v) {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  Statement& Bind(int i, std::string_view v) {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& BindBlob(int i, std::string_view v) {
    sqlite3_bind_blob(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  // Ready to run again with new bindings.
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  Statement& BindNull(int i) {
    sqlite3_bind_null(stmt_, i);
    return *this;
  }
  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return stmt_ ? sqlite3_step(stmt_) : SQLITE_ERROR; }
  int64_t Int(int i) const { return sqlite3_column_int64(stmt_, i); }
  bool IsNull(int i) const { return sqlite3_column_type(stmt_, i) == SQLITE_NULL; }
  std::string Text(int i) const {
    const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, i));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, i))) : std::string();
  }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  bool owned_ = false;
};

constexpr const char* kTaskColumns =
    "id, article_id, pair_index, severity, codes, desk, state, holder, lease_expires_ms, "
    "source_text, target_text, decision, corrected_text, comment, resolved_by, resolved_ms";

Task ReadTask(const Statement& s) {
  Task t;
  t.id = s.Int(0);
  t.article_id = s.Int(1);
  t.pair_index = static_cast<uint32_t>(s.Int(2));
  t.severity = static_cast<int>(s.Int(3));
  t.codes = SplitCodes(s.Text(4));
  t.desk = s.Text(5);
  t.state = static_cast<TaskState>(s.Int(6));
  t.holder = s.Text(7);
  t.lease_expires_ms = s.Int(8);
  t.source_text = s.Text(9);
  t.target_text = s.Text(10);
  if (!s.IsNull(11)) t.decision = static_cast<Decision>(s.Int(11));
  t.corrected_text = s.Text(12);
  t.comment = s.Text(13);
  t.resolved_by = s.Text(14);
  t.resolved_ms = s.Int(15);
  return t;
}

constexpr const char* kTokenColumns = "id, name, role, created_ms, revoked_ms";

ApiToken ReadToken(const Statement& s) {
  return {s.Text(0), s.Text(1), static_cast<Role>(s.Int(2)), s.Int(3), s.Int(4)};
}

constexpr const char* kArticleColumns =
    "id, request_id, external_id, desk, submitter, state, created_ms, updated_ms, source_text, "
    "target_text, report, (SELECT COUNT(*) FROM tasks WHERE article_id = articles.id), "
    "(SELECT COUNT(*) FROM tasks WHERE article_id = articles.id AND state = 3)";

Article ReadArticle(const Statement& s, bool with_texts) {
  Article a;
  a.id = s.Int(0);
  a.request_id = s.Text(1);
  a.external_id = s.Text(2);
  a.desk = s.Text(3);
  a.submitter = s.Text(4);
  a.state = static_cast<ArticleState>(s.Int(5));
  a.created_ms = s.Int(6);
  a.updated_ms = s.Int(7);
  if (with_texts) {
    a.source_text = s.Text(8);
    a.target_text = s.Text(9);
    a.report = s.Text(10);
  }
  a.task_count = static_cast<int>(s.Int(11));
  a.resolved_count = static_cast<int>(s.Int(12));
  return a;
}

// The status for SQLite's last error on `db` while doing `what`.
absl::Status ErrorOf(sqlite3* db, std::string_view what) {
  const int code = sqlite3_errcode(db);
  const std::string message = StrCat("database error while ", what, ": ", sqlite3_errstr(code));
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED) return absl::UnavailableError(message);
  if (code == SQLITE_FULL || code == SQLITE_IOERR) return absl::UnavailableError(message);
  return absl::InternalError(message);
}

// One connection and its statements; used by one thread at a time (its owner's mutex held).
struct Conn {
  sqlite3* db = nullptr;
  StatementCache* statements = nullptr;
  absl::Status Error(std::string_view what) const { return ErrorOf(db, what); }
};

class SqliteStore final : public ReviewStore {
 public:
  explicit SqliteStore(sqlite3* db)
      : db_(db), statements_(std::make_unique<StatementCache>(db)), writer_{db, statements_.get()} {}
  ~SqliteStore() override {
    StopCheckpointer();
    for (auto& reader : readers_) {
      reader->statements.reset();
      sqlite3_close_v2(reader->db);
    }
    statements_.reset();  // Statements are finalized before the connection closes.
    sqlite3_close_v2(db_);
  }

  absl::Status Init() {
    sqlite3_busy_handler(db_, &SqliteStore::OnBusy, this);
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                               "PRAGMA foreign_keys=ON"}) {
      if (absl::Status s = Exec(pragma); !s.ok()) return s;
    }
    Statement version(*statements_, "PRAGMA user_version");
    if (version.Step() != SQLITE_ROW) return Error("reading the schema version");
    const int64_t current = version.Int(0);
    constexpr int64_t latest = static_cast<int64_t>(std::size(kMigrations));
    if (current > latest) {
      return absl::FailedPreconditionError(StrCat("the database's schema is version ", current,
                                                  ", newer than this galleyd's (", latest,
                                                  "): upgrade galleyd"));
    }
    for (int64_t v = current; v < latest; ++v) {
      if (absl::Status s = Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
      absl::Status s = ExecScript(kMigrations[v]);
      if (s.ok()) s = ExecScript(StrCat("PRAGMA user_version=", v + 1).c_str());
      if (!s.ok()) {
        Exec("ROLLBACK").IgnoreError();
        return s;
      }
      if (absl::Status c = Exec("COMMIT"); !c.ok()) return c;
    }
    return absl::OkStatus();
  }

  absl::StatusOr<SubmitResult> SubmitArticle(const NewArticle& in, int64_t now_ms) override {
    SubmitResult result;
    // What the caller gets back is read inside the write, on its connection: reading it after
    // the commit would wait for the next batch of writers (and its fsync) to release the lock.
    // A new article's texts and report are the caller's own: read back only for a retry.
    const auto read_back = [&](int64_t article_id, bool created) -> absl::Status {
      ASSIGN_OR_RETURN(result.article, GetArticleLocked(writer_, article_id, !created));
      ASSIGN_OR_RETURN(result.tasks, TasksLocked(writer_, article_id));
      result.created = created;
      return absl::OkStatus();
    };
    RETURN_IF_ERROR(Write([&](bool*) -> absl::Status {
      if (!in.request_id.empty()) {
        Statement find(*statements_,
                       "SELECT id, source_text, target_text FROM articles WHERE request_id = ?");
        find.Bind(1, in.request_id);
        if (find.Step() == SQLITE_ROW) {
          if (find.Text(1) != in.source_text || find.Text(2) != in.target_text) {
            return WithReason(
                absl::FailedPreconditionError(StrCat("request_id \"", in.request_id,
                                                     "\" was used before for a different article")),
                kReasonRequestIdReused);
          }
          return read_back(find.Int(0), /*created=*/false);
        }
      }
      const ArticleState state =
          in.tasks.empty() ? ArticleState::kClean : ArticleState::kNeedsReview;
      Statement insert(*statements_,
                       "INSERT INTO articles (request_id, external_id, desk, submitter, state, "
                       "created_ms, updated_ms, source_text, target_text, report) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      if (in.request_id.empty()) {
        insert.BindNull(1);
      } else {
        insert.Bind(1, in.request_id);
      }
      insert.Bind(2, in.external_id)
          .Bind(3, in.desk)
          .Bind(4, in.submitter)
          .Bind(5, static_cast<int64_t>(state))
          .Bind(6, now_ms)
          .Bind(7, now_ms)
          .Bind(8, in.source_text)
          .Bind(9, in.target_text)
          .BindBlob(10, in.report);
      if (insert.Step() != SQLITE_DONE) return Error("storing the article");
      const int64_t article_id = sqlite3_last_insert_rowid(db_);
      Statement task(*statements_,
                     "INSERT INTO tasks (article_id, pair_index, severity, codes, desk, state, "
                     "source_text, target_text) VALUES (?, ?, ?, ?, ?, 1, ?, ?)");
      for (const NewTask& t : in.tasks) {
        task.Reset();
        task.Bind(1, article_id)
            .Bind(2, static_cast<int64_t>(t.pair_index))
            .Bind(3, static_cast<int64_t>(t.severity))
            .Bind(4, JoinCodes(t.codes))
            .Bind(5, in.desk)
            .Bind(6, t.source_text)
            .Bind(7, t.target_text);
        if (task.Step() != SQLITE_DONE) return Error("storing a task");
        RETURN_IF_ERROR(Event(now_ms, "task_queued", article_id, sqlite3_last_insert_rowid(db_)));
      }
      RETURN_IF_ERROR(Audit(article_id, 0, in.submitter, "submit", now_ms, "", "", {}, ""));
      return read_back(article_id, /*created=*/true);
    }));
    return result;
  }

  absl::StatusOr<Article> GetArticle(int64_t id) override {
    const ReadLease r = Read();
    return GetArticleLocked(r.conn, id, true);
  }

  absl::StatusOr<std::vector<Task>> ArticleTasks(int64_t article_id) override {
    const ReadLease r = Read();
    RETURN_IF_ERROR(GetArticleLocked(r.conn, article_id, false).status());
    return TasksLocked(r.conn, article_id);
  }

  absl::StatusOr<Task> GetTask(int64_t id) override {
    const ReadLease r = Read();
    return TaskLocked(r.conn, id);
  }

  absl::StatusOr<ArticlePage> ListArticles(const ArticleFilter& filter, int page_size,
                                           const std::string& page_token) override {
    ASSIGN_OR_RETURN(const int64_t before_id, internal::ParsePageToken(page_token));
    page_size = internal::ClampPageSize(page_size);
    const ReadLease r = Read();
    Statement s(*r.conn.statements,
                StrCat("SELECT ", kArticleColumns,
                       " FROM articles WHERE id < ? AND (? = 0 OR state = ?) AND "
                       "(? = '' OR external_id = ?) AND (? = 0 OR created_ms >= ?) AND "
                       "(? = 0 OR created_ms < ?) AND (? = '' OR submitter = ?) "
                       "ORDER BY id DESC LIMIT ?")
                    .c_str());
    const int64_t state = filter.state ? static_cast<int64_t>(*filter.state) : 0;
    s.Bind(1, before_id)
        .Bind(2, state)
        .Bind(3, state)
        .Bind(4, filter.external_id)
        .Bind(5, filter.external_id)
        .Bind(6, filter.created_after_ms)
        .Bind(7, filter.created_after_ms)
        .Bind(8, filter.created_before_ms)
        .Bind(9, filter.created_before_ms)
        .Bind(10, filter.submitter)
        .Bind(11, filter.submitter)
        .Bind(12, static_cast<int64_t>(page_size) + 1);
    ArticlePage page;
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) page.articles.push_back(ReadArticle(s, false));
    if (rc != SQLITE_DONE) return r.conn.Error("listing articles");
    internal::FinishPage(page_size, &page);
    return page;
  }

  absl::StatusOr<Task> ClaimNextTask(const ClaimFilter& filter, const std::string& editor,
                                     int64_t now_ms, int64_t lease_ms) override {
    int64_t claimed = 0;
    RETURN_IF_ERROR(Write([&](bool*) -> absl::Status {
      // Queued tasks, and claimed ones whose lease has run out, most severe first, then oldest.
      // Two queries, so each walks an index in order instead of sorting the whole queue.
      static constexpr const char* kFilters =
          " AND severity >= ? AND (? = '' OR desk = ?) AND "
          "(? = '' OR ',' || codes LIKE '%,' || ? || '%') ";
      Statement queued(*statements_,
                       StrCat("SELECT id, article_id, severity FROM tasks WHERE state = 1",
                              kFilters, "ORDER BY severity DESC, id LIMIT 1")
                           .c_str());
      // INDEXED BY: the planner would otherwise walk every claimed task through tasks_claimable.
      Statement expired(*statements_,
                        StrCat("SELECT id, article_id, severity FROM tasks INDEXED BY "
                               "tasks_by_lease WHERE state = 2 AND lease_expires_ms <= ?",
                               kFilters, "ORDER BY severity DESC, id LIMIT 1")
                            .c_str());
      const auto bind_filters = [&](Statement& st, int first) {
        st.Bind(first, static_cast<int64_t>(filter.min_severity))
            .Bind(first + 1, filter.desk)
            .Bind(first + 2, filter.desk)
            .Bind(first + 3, filter.code_prefix)
            .Bind(first + 4, filter.code_prefix);
      };
      bind_filters(queued, 1);
      expired.Bind(1, now_ms);
      bind_filters(expired, 2);
      const int rc_queued = queued.Step(), rc_expired = expired.Step();
      if ((rc_queued != SQLITE_ROW && rc_queued != SQLITE_DONE) ||
          (rc_expired != SQLITE_ROW && rc_expired != SQLITE_DONE)) {
        return Error("claiming a task");
      }
      if (rc_queued == SQLITE_DONE && rc_expired == SQLITE_DONE) {
        return absl::NotFoundError("no task in the queue matches");
      }
      // The better of the two candidates: more severe, then older.
      const bool take_expired =
          rc_expired == SQLITE_ROW &&
          (rc_queued == SQLITE_DONE || expired.Int(2) > queued.Int(2) ||
           (expired.Int(2) == queued.Int(2) && expired.Int(0) < queued.Int(0)));
      Statement& pick = take_expired ? expired : queued;
      const int64_t task_id = pick.Int(0), article_id = pick.Int(1);
      Statement claim(*statements_,
                      "UPDATE tasks SET state = 2, holder = ?, lease_expires_ms = ? WHERE id = ?");
      claim.Bind(1, editor).Bind(2, now_ms + lease_ms).Bind(3, task_id);
      if (claim.Step() != SQLITE_DONE) return Error("claiming a task");
      RETURN_IF_ERROR(UpdateArticleState(article_id, now_ms).status());
      RETURN_IF_ERROR(Event(now_ms, "task_claimed", article_id, task_id));
      RETURN_IF_ERROR(Audit(article_id, task_id, editor, "claim", now_ms, "", "", {}, ""));
      claimed = task_id;
      return absl::OkStatus();
    }));
    std::lock_guard lock(mutex_);
    return TaskLocked(writer_, claimed);
  }

  absl::StatusOr<Task> RenewTask(int64_t task_id, const std::string& editor, int64_t now_ms,
                                 int64_t lease_ms) override {
    RETURN_IF_ERROR(Write([&](bool* keep) -> absl::Status {
      ASSIGN_OR_RETURN(const Task task, HeldTask(task_id, editor, now_ms, keep));
      Statement renew(*statements_, "UPDATE tasks SET lease_expires_ms = ? WHERE id = ?");
      renew.Bind(1, now_ms + lease_ms).Bind(2, task_id);
      if (renew.Step() != SQLITE_DONE) return Error("renewing a lease");
      return Audit(task.article_id, task_id, editor, "renew", now_ms, "", "", {}, "");
    }));
    std::lock_guard lock(mutex_);
    return TaskLocked(writer_, task_id);
  }

  absl::Status ReleaseTask(int64_t task_id, const std::string& editor, int64_t now_ms) override {
    return Write([&](bool* keep) -> absl::Status {
      ASSIGN_OR_RETURN(const Task task, HeldTask(task_id, editor, now_ms, keep));
      RETURN_IF_ERROR(Requeue(task, now_ms));
      return Audit(task.article_id, task_id, editor, "release", now_ms, "", "", {}, "");
    });
  }

  absl::StatusOr<Task> ResolveTask(const Resolution& r, int64_t now_ms) override {
    RETURN_IF_ERROR(internal::ValidateResolution(r));
    RETURN_IF_ERROR(Write([&](bool* keep) -> absl::Status {
      ASSIGN_OR_RETURN(const Task task, HeldTask(r.task_id, r.editor, now_ms, keep));
      Statement resolve(
          *statements_,
          "UPDATE tasks SET state = 3, holder = '', lease_expires_ms = 0, decision = ?, "
          "corrected_text = ?, comment = ?, resolved_by = ?, resolved_ms = ? "
          "WHERE id = ?");
      resolve.Bind(1, static_cast<int64_t>(r.decision))
          .Bind(2, r.corrected_text)
          .Bind(3, r.comment)
          .Bind(4, r.editor)
          .Bind(5, now_ms)
          .Bind(6, r.task_id);
      if (resolve.Step() != SQLITE_DONE) return Error("resolving a task");
      if (r.decision == Decision::kDismiss) {
        for (const std::string& fingerprint : r.dismissed_fingerprints) {
          Statement learn(*statements_,
                          "INSERT OR IGNORE INTO suppressions (fingerprint, created_by, reason, "
                          "created_ms, task_id) VALUES (?, ?, ?, ?, ?)");
          learn.Bind(1, fingerprint)
              .Bind(2, r.editor)
              .Bind(3, r.comment)
              .Bind(4, now_ms)
              .Bind(5, r.task_id);
          if (learn.Step() != SQLITE_DONE) return Error("learning a false alarm");
        }
      }
      static constexpr const char* kActions[] = {"", "accept", "correct", "dismiss"};
      RETURN_IF_ERROR(Audit(task.article_id, task.id, r.editor,
                            kActions[static_cast<int>(r.decision)], now_ms, task.target_text,
                            r.decision == Decision::kCorrect ? r.corrected_text : task.target_text,
                            task.codes, r.comment));
      RETURN_IF_ERROR(Event(now_ms, "task_resolved", task.article_id, task.id));
      ASSIGN_OR_RETURN(const ArticleState state, UpdateArticleState(task.article_id, now_ms));
      if (state == ArticleState::kApproved) {
        RETURN_IF_ERROR(Event(now_ms, "article_approved", task.article_id, 0));
      }
      return absl::OkStatus();
    }));
    std::lock_guard lock(mutex_);
    return TaskLocked(writer_, r.task_id);
  }

  absl::StatusOr<std::vector<AuditEntry>> AuditLog(int64_t article_id) override {
    const ReadLease r = Read();
    RETURN_IF_ERROR(GetArticleLocked(r.conn, article_id, false).status());
    Statement s(*r.conn.statements,
                "SELECT id, article_id, task_id, actor, action, at_ms, before_text, after_text, "
                "codes, comment FROM audit WHERE article_id = ? ORDER BY id");
    s.Bind(1, article_id);
    std::vector<AuditEntry> entries;
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) {
      entries.push_back({s.Int(0), s.Int(1), s.Int(2), s.Text(3), s.Text(4), s.Int(5), s.Text(6),
                         s.Text(7), SplitCodes(s.Text(8)), s.Text(9)});
    }
    if (rc != SQLITE_DONE) return r.conn.Error("reading the audit log");
    return entries;
  }

  absl::StatusOr<std::vector<Suppression>> ListSuppressions() override {
    const ReadLease r = Read();
    Statement s(*r.conn.statements,
                "SELECT fingerprint, created_by, reason, created_ms, task_id FROM suppressions "
                "ORDER BY created_ms, fingerprint");
    std::vector<Suppression> out;
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) {
      out.push_back({s.Text(0), s.Text(1), s.Text(2), s.Int(3), s.Int(4)});
    }
    if (rc != SQLITE_DONE) return r.conn.Error("listing suppressions");
    return out;
  }

  absl::Status RevokeSuppression(const std::string& fingerprint) override {
    std::lock_guard lock(mutex_);
    Statement s(*statements_, "DELETE FROM suppressions WHERE fingerprint = ?");
    s.Bind(1, fingerprint);
    if (s.Step() != SQLITE_DONE) return Error("revoking a suppression");
    if (sqlite3_changes(db_) == 0) {
      return absl::NotFoundError(StrCat("no suppression with fingerprint ", fingerprint));
    }
    return absl::OkStatus();
  }

  // The WHERE clause of ListTasks and SummarizeTasks; bind with BindTaskFilter from `first`.
  static constexpr const char* kTaskFilter =
      "(state = ? OR (? = 0 AND state IN (1, 2))) AND severity >= ? AND (? = '' OR desk = ?) "
      "AND (? = '' OR ',' || codes LIKE '%,' || ? || '%')";
  static void BindTaskFilter(Statement& s, int first, const TaskFilter& f) {
    const int64_t state = f.state ? static_cast<int64_t>(*f.state) : 0;
    s.Bind(first, state).Bind(first + 1, state).Bind(first + 2, static_cast<int64_t>(f.min_severity));
    s.Bind(first + 3, f.desk).Bind(first + 4, f.desk);
    s.Bind(first + 5, f.code_prefix).Bind(first + 6, f.code_prefix);
  }

  absl::StatusOr<TaskPage> ListTasks(const TaskFilter& filter, int page_size,
                                     const std::string& page_token) override {
    ASSIGN_OR_RETURN(const int64_t after_id, internal::ParseTaskPageToken(page_token));
    page_size = internal::ClampTaskPageSize(page_size);
    const ReadLease r = Read();
    Statement s(*r.conn.statements, StrCat("SELECT ", kTaskColumns, " FROM tasks WHERE id > ? AND ",
                                     kTaskFilter, " ORDER BY id LIMIT ?"));
    s.Bind(1, after_id);
    BindTaskFilter(s, 2, filter);
    s.Bind(9, static_cast<int64_t>(page_size) + 1);
    TaskPage page;
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) page.tasks.push_back(ReadTask(s));
    if (rc != SQLITE_DONE) return r.conn.Error("listing tasks");
    internal::FinishTaskPage(page_size, &page);
    return page;
  }

  absl::StatusOr<TaskSummary> SummarizeTasks(const TaskFilter& filter) override {
    const ReadLease r = Read();
    Statement s(*r.conn.statements, StrCat("SELECT severity, codes, state, COUNT(*) FROM tasks WHERE ",
                                     kTaskFilter, " GROUP BY severity, codes, state"));
    BindTaskFilter(s, 1, filter);
    TaskSummary summary;
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) {
      internal::AddToSummary(static_cast<int>(s.Int(0)), s.Text(1), static_cast<int>(s.Int(2)),
                             s.Int(3), &summary);
    }
    if (rc != SQLITE_DONE) return r.conn.Error("summarizing tasks");
    return summary;
  }

  absl::StatusOr<TaskCounts> CountTasks() override {
    const ReadLease r = Read();
    Statement s(*r.conn.statements, "SELECT state, COUNT(*) FROM tasks GROUP BY state");
    TaskCounts counts;
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) internal::AddCount(s.Int(0), s.Int(1), &counts);
    if (rc != SQLITE_DONE) return r.conn.Error("counting tasks");
    return counts;
  }

  absl::Status CreateToken(const ApiToken& token, const std::string& secret_sha256) override {
    return Write([&](bool*) -> absl::Status {
      Statement s(*statements_,
                  "INSERT INTO api_tokens (id, name, role, secret_sha256, created_ms) "
                  "VALUES (?, ?, ?, ?, ?)");
      s.Bind(1, token.id).Bind(2, token.name).Bind(3, static_cast<int64_t>(token.role));
      s.Bind(4, secret_sha256).Bind(5, token.created_ms);
      const int rc = s.Step();
      if (rc == SQLITE_CONSTRAINT) {
        return absl::AlreadyExistsError(StrCat("token ", token.id, " exists"));
      }
      return rc == SQLITE_DONE ? absl::OkStatus() : Error("creating a token");
    });
  }

  absl::StatusOr<std::vector<ApiToken>> ListTokens() override {
    const ReadLease r = Read();
    Statement s(*r.conn.statements, StrCat("SELECT ", kTokenColumns, " FROM api_tokens ORDER BY "
                                     "created_ms, id"));
    std::vector<ApiToken> out;
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) out.push_back(ReadToken(s));
    if (rc != SQLITE_DONE) return r.conn.Error("listing tokens");
    return out;
  }

  absl::StatusOr<std::vector<ApiToken>> RevokeTokens(const std::string& id_or_name,
                                                     int64_t now_ms) override {
    std::vector<ApiToken> revoked;
    RETURN_IF_ERROR(Write([&](bool*) -> absl::Status {
      revoked.clear();
      Statement s(*statements_,
                  StrCat("UPDATE api_tokens SET revoked_ms = ? WHERE revoked_ms = 0 AND "
                         "(id = ? OR (name = ? AND NOT EXISTS (SELECT 1 FROM api_tokens "
                         "WHERE id = ?))) RETURNING ",
                         kTokenColumns));
      s.Bind(1, now_ms).Bind(2, id_or_name).Bind(3, id_or_name).Bind(4, id_or_name);
      int rc;
      while ((rc = s.Step()) == SQLITE_ROW) revoked.push_back(ReadToken(s));
      if (rc != SQLITE_DONE) return Error("revoking tokens");
      if (revoked.empty()) {
        return absl::NotFoundError(StrCat("no valid token has the id or name \"", id_or_name,
                                          "\""));
      }
      return absl::OkStatus();
    }));
    return revoked;
  }

  absl::StatusOr<ApiToken> FindToken(const std::string& secret_sha256) override {
    const ReadLease r = Read();
    Statement s(*r.conn.statements,
                StrCat("SELECT ", kTokenColumns, " FROM api_tokens WHERE secret_sha256 = ?"));
    s.Bind(1, secret_sha256);
    const int rc = s.Step();
    if (rc == SQLITE_ROW) return ReadToken(s);
    if (rc != SQLITE_DONE) return r.conn.Error("reading tokens");
    return absl::NotFoundError("no such token");
  }

  absl::StatusOr<std::vector<std::string>> SuppressedAmong(
      const std::vector<std::string>& fingerprints) override {
    const ReadLease r = Read();
    std::vector<std::string> out;
    Statement s(*r.conn.statements, "SELECT 1 FROM suppressions WHERE fingerprint = ?");
    for (const std::string& f : fingerprints) {
      s.Reset();
      s.Bind(1, f);
      const int rc = s.Step();
      if (rc == SQLITE_ROW)
        out.push_back(f);
      else if (rc != SQLITE_DONE)
        return r.conn.Error("reading suppressions");
    }
    return out;
  }

  absl::StatusOr<int64_t> LatestSequence() override {
    const ReadLease r = Read();
    Statement s(*r.conn.statements, "SELECT COALESCE(MAX(sequence), 0) FROM queue_events");
    if (s.Step() != SQLITE_ROW) return r.conn.Error("reading queue events");
    return s.Int(0);
  }

  absl::StatusOr<std::vector<QueueEvent>> EventsAfter(int64_t after_sequence, int limit) override {
    const ReadLease r = Read();
    Statement s(*r.conn.statements,
                "SELECT sequence, at_ms, kind, article_id, task_id FROM queue_events "
                "WHERE sequence > ? ORDER BY sequence LIMIT ?");
    s.Bind(1, after_sequence).Bind(2, static_cast<int64_t>(limit));
    std::vector<QueueEvent> out;
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) {
      out.push_back({s.Int(0), s.Int(1), s.Text(2), s.Int(3), s.Int(4)});
    }
    if (rc != SQLITE_DONE) return r.conn.Error("reading queue events");
    return out;
  }

 private:
  // Group commit. `body` runs inside a write transaction shared with the writers waiting at the
  // same time, each in its own savepoint, and one COMMIT (one fsync) makes all of them durable:
  // the first waiter to find no commit in progress leads, the others wait for it. body's changes
  // are kept when it returns OK, or when it sets *keep (a refusal that still changes state, like
  // requeueing a task whose lease expired). Returns body's status, or the commit's error.
  // Runs body with mutex_ held; body must not take it.
  using WriteBody = std::function<absl::Status(bool* keep)>;
  absl::Status Write(const WriteBody& body) {
    PendingWrite mine;
    mine.body = &body;
    mine.deadline = CallDeadline::Current();
    RETURN_IF_ERROR(CallDeadline::Check("the write began"));
    std::unique_lock lock(queue_mutex_);
    queue_.push_back(&mine);
    while (!mine.done) {
      if (leading_) {
        if (!mine.deadline) {
          queue_changed_.wait(lock);
          continue;
        }
        queue_changed_.wait_until(lock, *mine.deadline);
        // Still waiting for a batch at the deadline: leave the queue; nothing was written.
        const auto queued = std::find(queue_.begin(), queue_.end(), &mine);
        if (!mine.done && queued != queue_.end() && CallDeadline::Clock::now() >= *mine.deadline) {
          queue_.erase(queued);
          return absl::DeadlineExceededError(
              "the call's deadline passed while it waited for the database");
        }
        continue;
      }
      leading_ = true;
      std::vector<PendingWrite*> batch(queue_.begin(), queue_.end());
      queue_.clear();
      lock.unlock();
      RunBatch(batch);
      lock.lock();
      for (PendingWrite* w : batch) w->done = true;
      leading_ = false;
      queue_changed_.notify_all();
    }
    return mine.status;
  }

  struct PendingWrite {
    const WriteBody* body = nullptr;
    std::optional<CallDeadline::Clock::time_point> deadline;  // Of the writer's call, if any.
    absl::Status status;
    bool done = false;  // GUARDED_BY(queue_mutex_)
  };

  // Another process holds the database: wait up to 10 s, or until every writer of the batch
  // has passed its call's deadline. Runs inside SQLite calls made under mutex_.
  static int OnBusy(void* self, int attempts) {
    auto* store = static_cast<SqliteStore*>(self);
    const auto now = CallDeadline::Clock::now();
    if (attempts == 0) store->busy_since_ = now;
    if (now - store->busy_since_ > std::chrono::seconds(10)) return 0;
    if (store->wait_deadline_ && now >= *store->wait_deadline_) return 0;
    std::this_thread::sleep_for(std::chrono::milliseconds(std::min(attempts + 1, 10)));
    return 1;
  }

  void RunBatch(const std::vector<PendingWrite*>& batch) {
    std::lock_guard lock(mutex_);
    // The latest deadline of the batch bounds waiting for the lock (none if a writer has none).
    wait_deadline_.reset();
    for (PendingWrite* w : batch) {
      if (!w->deadline) {
        wait_deadline_.reset();
        break;
      }
      if (!wait_deadline_ || *w->deadline > *wait_deadline_) wait_deadline_ = w->deadline;
    }
    absl::Status begin = Exec("BEGIN IMMEDIATE");
    const bool gave_up = wait_deadline_ && CallDeadline::Clock::now() >= *wait_deadline_;
    wait_deadline_.reset();
    if (!begin.ok()) {
      if (gave_up) {
        begin = absl::DeadlineExceededError(
            "the call's deadline passed while another process held the database");
      }
      for (PendingWrite* w : batch) w->status = begin;
      return;
    }
    for (PendingWrite* w : batch) {
      // A writer whose caller has given up is not run (it answers DEADLINE_EXCEEDED, and
      // nothing of it is stored).
      if (w->deadline && CallDeadline::Clock::now() >= *w->deadline) {
        w->status = absl::DeadlineExceededError(
            "the call's deadline passed while it waited for the database");
        continue;
      }
      absl::Status s = Exec("SAVEPOINT write");
      bool keep = false;
      if (s.ok()) {
        s = (*w->body)(&keep);
        keep = keep || s.ok();
        if (!keep) s.Update(Exec("ROLLBACK TO write"));
        s.Update(Exec("RELEASE write"));
      }
      w->status = s;
    }
    if (absl::Status commit = Exec("COMMIT"); !commit.ok()) {
      Exec("ROLLBACK").IgnoreError();
      for (PendingWrite* w : batch) {
        if (w->status.ok()) w->status = commit;
      }
    }
  }

  // One statement, through the cache (BEGIN, SAVEPOINT, COMMIT and PRAGMAs run constantly).
  absl::Status Exec(const std::string& sql) {
    Statement st(*statements_, sql);
    const int rc = st.Step();
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
      return absl::UnavailableError(StrCat("database: ", sqlite3_errmsg(db_)));
    }
    return absl::OkStatus();
  }

  // Several statements (migrations).
  absl::Status ExecScript(const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) != SQLITE_OK) {
      std::string text = message ? message : "unknown error";
      sqlite3_free(message);
      return absl::UnavailableError(StrCat("database: ", text));
    }
    return absl::OkStatus();
  }

  // Never leaks SQL to callers: the operation and SQLite's short message.
  absl::Status Error(std::string_view what) { return ErrorOf(db_, what); }

  // Called by SQLite after each commit of the writer with the frames now in the WAL (it replaces
  // the automatic checkpoint, which ran inside the commit, under mutex_: every writer waited for
  // it to copy the WAL into the database and fsync it).
  static int OnWalCommit(void* self, sqlite3*, const char*, int frames) {
    auto* store = static_cast<SqliteStore*>(self);
    if (frames >= kCheckpointFrames) {
      std::lock_guard lock(store->checkpoint_mutex_);
      store->checkpoint_due_ = true;
      store->checkpoint_wake_.notify_one();
    }
    return SQLITE_OK;
  }

  // The checkpointer's thread: a PASSIVE checkpoint (it never waits for the writer or readers)
  // on a connection of its own whenever the WAL has grown past kCheckpointFrames; the next write
  // after a complete one starts the WAL from its beginning again, so it stays bounded.
  void CheckpointLoop() {
    std::unique_lock lock(checkpoint_mutex_);
    while (true) {
      checkpoint_wake_.wait(lock, [&] { return checkpoint_due_ || checkpoint_stopping_; });
      if (checkpoint_stopping_) return;
      checkpoint_due_ = false;
      lock.unlock();
      sqlite3_wal_checkpoint_v2(checkpointer_, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr,
                                nullptr);
      lock.lock();
    }
  }

  void StopCheckpointer() {
    {
      std::lock_guard lock(checkpoint_mutex_);
      checkpoint_stopping_ = true;
      checkpoint_wake_.notify_one();
    }
    if (checkpoint_thread_.joinable()) checkpoint_thread_.join();
    sqlite3_close_v2(checkpointer_);
    checkpointer_ = nullptr;
  }

 public:
  // Starts the background checkpointer on a connection of its own to `path` (after Init).
  absl::Status StartCheckpointer(const std::string& path) {
    const auto fail = [this] {
      const std::string message = checkpointer_ ? sqlite3_errmsg(checkpointer_) : "out of memory";
      sqlite3_close_v2(checkpointer_);
      checkpointer_ = nullptr;
      return absl::UnavailableError(StrCat("cannot open the checkpoint connection: ", message));
    };
    if (sqlite3_open_v2(path.c_str(), &checkpointer_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
      return fail();
    }
    sqlite3_busy_timeout(checkpointer_, 1000);
    // A connection learns that the database is in WAL mode when it first reads it; until then a
    // checkpoint on it does nothing.
    if (sqlite3_exec(checkpointer_, "PRAGMA journal_mode", nullptr, nullptr, nullptr) != SQLITE_OK) {
      return fail();
    }
    sqlite3_wal_hook(db_, &SqliteStore::OnWalCommit, this);
    checkpoint_thread_ = std::thread([this] { CheckpointLoop(); });
    return absl::OkStatus();
  }

  // Opens `count` read-only connections to `path` (after Init: the schema exists, WAL is on).
  absl::Status OpenReaders(const std::string& path, int count) {
    for (int i = 0; i < count; ++i) {
      auto reader = std::make_unique<Reader>();
      if (sqlite3_open_v2(path.c_str(), &reader->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                          nullptr) != SQLITE_OK) {
        const std::string message = reader->db ? sqlite3_errmsg(reader->db) : "out of memory";
        sqlite3_close_v2(reader->db);
        return absl::UnavailableError(StrCat("cannot open a read connection: ", message));
      }
      sqlite3_busy_timeout(reader->db, 10000);
      reader->statements = std::make_unique<StatementCache>(reader->db);
      readers_.push_back(std::move(reader));
    }
    return absl::OkStatus();
  }

 private:
  // A read connection, held until destroyed: a free one if there is, else the next in turn.
  struct ReadLease {
    std::unique_lock<std::mutex> lock;
    Conn conn;
  };
  ReadLease Read() {
    for (auto& reader : readers_) {
      std::unique_lock lock(reader->mutex, std::try_to_lock);
      if (lock.owns_lock()) return {std::move(lock), Conn{reader->db, reader->statements.get()}};
    }
    Reader& reader = *readers_[next_reader_++ % readers_.size()];
    return {std::unique_lock(reader.mutex), Conn{reader.db, reader.statements.get()}};
  }

  absl::StatusOr<Article> GetArticleLocked(const Conn& c, int64_t id, bool with_texts) {
    Statement s(*c.statements,
                StrCat("SELECT ", kArticleColumns, " FROM articles WHERE id = ?").c_str());
    s.Bind(1, id);
    const int rc = s.Step();
    if (rc == SQLITE_DONE) return absl::NotFoundError(StrCat("no article ", id));
    if (rc != SQLITE_ROW) return c.Error("reading an article");
    return ReadArticle(s, with_texts);
  }

  absl::StatusOr<std::vector<Task>> TasksLocked(const Conn& c, int64_t article_id) {
    Statement s(
        *c.statements,
        StrCat("SELECT ", kTaskColumns, " FROM tasks WHERE article_id = ? ORDER BY id").c_str());
    s.Bind(1, article_id);
    std::vector<Task> tasks;
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) tasks.push_back(ReadTask(s));
    if (rc != SQLITE_DONE) return c.Error("reading tasks");
    return tasks;
  }

  absl::StatusOr<Task> TaskLocked(const Conn& c, int64_t task_id) {
    Statement s(*c.statements, StrCat("SELECT ", kTaskColumns, " FROM tasks WHERE id = ?").c_str());
    s.Bind(1, task_id);
    const int rc = s.Step();
    if (rc == SQLITE_DONE) return absl::NotFoundError(StrCat("no task ", task_id));
    if (rc != SQLITE_ROW) return c.Error("reading a task");
    return ReadTask(s);
  }

  // The task, if `editor` holds it with a live lease. An expired lease puts the task back in the
  // queue (kept: *keep is set although the status is an error) and is refused with
  // TASK_LEASE_EXPIRED. Runs inside Write.
  absl::StatusOr<Task> HeldTask(int64_t task_id, const std::string& editor, int64_t now_ms,
                                bool* keep) {
    ASSIGN_OR_RETURN(Task task, TaskLocked(writer_, task_id));
    if (task.state == TaskState::kResolved) {
      return WithReason(
          absl::FailedPreconditionError(StrCat("task ", task_id, " is already resolved")),
          kReasonAlreadyResolved);
    }
    if (task.state != TaskState::kClaimed || task.holder != editor) {
      return WithReason(absl::FailedPreconditionError(StrCat("task ", task_id, " is not held by ",
                                                             editor, ": claim it first")),
                        kReasonNotHolder);
    }
    if (task.lease_expires_ms <= now_ms) {
      RETURN_IF_ERROR(Requeue(task, now_ms));
      RETURN_IF_ERROR(
          Audit(task.article_id, task.id, editor, "lease_expired", now_ms, "", "", {}, ""));
      *keep = true;
      return WithReason(
          absl::FailedPreconditionError(
              StrCat("the lease on task ", task_id, " expired; the task is back in the queue")),
          kReasonLeaseExpired);
    }
    return task;
  }

  absl::Status Requeue(const Task& task, int64_t now_ms) {
    Statement s(*statements_,
                "UPDATE tasks SET state = 1, holder = '', lease_expires_ms = 0 WHERE id = ?");
    s.Bind(1, task.id);
    if (s.Step() != SQLITE_DONE) return Error("returning a task to the queue");
    RETURN_IF_ERROR(UpdateArticleState(task.article_id, now_ms).status());
    return Event(now_ms, "task_released", task.article_id, task.id);
  }

  absl::StatusOr<ArticleState> UpdateArticleState(int64_t article_id, int64_t now_ms) {
    Statement counts(*statements_,
                     "SELECT COUNT(*), COALESCE(SUM(state = 2), 0), COALESCE(SUM(state = 3), 0) "
                     "FROM tasks WHERE article_id = ?");
    counts.Bind(1, article_id);
    if (counts.Step() != SQLITE_ROW) return Error("counting tasks");
    const int64_t total = counts.Int(0), claimed = counts.Int(1), resolved = counts.Int(2);
    const ArticleState state = total == 0               ? ArticleState::kClean
                               : resolved == total      ? ArticleState::kApproved
                               : claimed + resolved > 0 ? ArticleState::kInReview
                                                        : ArticleState::kNeedsReview;
    Statement update(*statements_, "UPDATE articles SET state = ?, updated_ms = ? WHERE id = ?");
    update.Bind(1, static_cast<int64_t>(state)).Bind(2, now_ms).Bind(3, article_id);
    if (update.Step() != SQLITE_DONE) return Error("updating an article");
    return state;
  }

  absl::Status Event(int64_t now_ms, std::string_view kind, int64_t article_id, int64_t task_id) {
    Statement s(*statements_,
                "INSERT INTO queue_events (at_ms, kind, article_id, task_id) VALUES (?, ?, ?, ?)");
    s.Bind(1, now_ms).Bind(2, kind).Bind(3, article_id).Bind(4, task_id);
    return s.Step() == SQLITE_DONE ? absl::OkStatus() : Error("recording a queue event");
  }

  absl::Status Audit(int64_t article_id, int64_t task_id, std::string_view actor,
                     std::string_view action, int64_t now_ms, std::string_view before,
                     std::string_view after, const std::vector<std::string>& codes,
                     std::string_view comment) {
    Statement s(*statements_,
                "INSERT INTO audit (article_id, task_id, actor, action, at_ms, before_text, "
                "after_text, codes, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.Bind(1, article_id)
        .Bind(2, task_id)
        .Bind(3, actor)
        .Bind(4, action)
        .Bind(5, now_ms)
        .Bind(6, before)
        .Bind(7, after)
        .Bind(8, JoinCodes(codes))
        .Bind(9, comment);
    return s.Step() == SQLITE_DONE ? absl::OkStatus() : Error("writing the audit log");
  }

  sqlite3* db_;
  std::unique_ptr<StatementCache> statements_;  // GUARDED_BY(mutex_)
  Conn writer_;                                 // db_ and statements_, for the helpers.
  std::mutex mutex_;                            // Serializes all use of db_.
  // Reads run on connections of their own: in WAL mode a reader never waits for a write's
  // commit and fsync, so a token lookup or a page of the queue is not stuck behind one.
  struct Reader {
    sqlite3* db = nullptr;
    std::unique_ptr<StatementCache> statements;
    std::mutex mutex;  // Serializes all use of db.
  };
  std::vector<std::unique_ptr<Reader>> readers_;  // Fixed after OpenReaders.
  std::atomic<size_t> next_reader_{0};
  // Group commit (Write): writers waiting for the next batch, and whether a batch is running.
  std::mutex queue_mutex_;
  std::condition_variable queue_changed_;
  // For OnBusy, GUARDED_BY(mutex_).
  std::optional<CallDeadline::Clock::time_point> wait_deadline_;
  CallDeadline::Clock::time_point busy_since_;
  std::vector<PendingWrite*> queue_;  // GUARDED_BY(queue_mutex_)
  bool leading_ = false;              // GUARDED_BY(queue_mutex_)
  // The background checkpointer (StartCheckpointer). SQLite's own default: 1,000 frames.
  static constexpr int kCheckpointFrames = 1000;
  sqlite3* checkpointer_ = nullptr;  // Used by checkpoint_thread_ only.
  std::thread checkpoint_thread_;
  std::mutex checkpoint_mutex_;
  std::condition_variable checkpoint_wake_;
  bool checkpoint_due_ = false;       // GUARDED_BY(checkpoint_mutex_)
  bool checkpoint_stopping_ = false;  // GUARDED_BY(checkpoint_mutex_)
};

}  // namespace

absl::StatusOr<std::unique_ptr<ReviewStore>> OpenSqliteStore(const std::string& path) {
  sqlite3* db = nullptr;
  const int rc =
      sqlite3_open_v2(path.c_str(), &db,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    const std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    return absl::UnavailableError(StrCat(path, ": cannot open the database: ", message));
  }
  auto store = std::make_unique<SqliteStore>(db);
  if (absl::Status s = store->Init(); !s.ok()) {
    return absl::Status(s.code(), StrCat(path, ": ", s.message()));
  }
  if (absl::Status s = store->OpenReaders(path, 4); !s.ok()) {
    return absl::Status(s.code(), StrCat(path, ": ", s.message()));
  }
  if (absl::Status s = store->StartCheckpointer(path); !s.ok()) {
    return absl::Status(s.code(), StrCat(path, ": ", s.message()));
  }
  return std::unique_ptr<ReviewStore>(std::move(store));
}

}  // namespace galley::store
