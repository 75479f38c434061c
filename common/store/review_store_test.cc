// The ReviewStore conformance suite: every backend must pass it (design.md, "Review queue
// semantics"). Backends are the test parameter.
#include "common/store/review_store.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "common/base/call_deadline.h"
#include "common/store/testing/postgres_cluster.h"

namespace galley::store {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

constexpr int64_t kMinute = 60'000;
constexpr int64_t kLease = 10 * kMinute;

struct Backend {
  std::string name;
  // Opens the store at `dir` (the same dir again reopens the same data).
  std::function<absl::StatusOr<std::unique_ptr<ReviewStore>>(const fs::path& dir)> open;
  // Takes the database's write lock from another connection (as another process would) until
  // the returned function is called.
  std::function<std::function<void()>(const fs::path& dir)> hold_write_lock;
};

std::string PostgresDatabase(const fs::path& dir) {
  return "t" + std::to_string(std::hash<std::string>()(dir.string()));
}

ClaimFilter Filter(int min_severity, std::string code_prefix = "", std::string desk = "") {
  ClaimFilter f;
  f.min_severity = min_severity;
  f.code_prefix = std::move(code_prefix);
  f.desk = std::move(desk);
  return f;
}

Resolution Resolve(int64_t task_id, std::string editor, Decision decision = Decision::kAccept,
                   std::string corrected_text = "", std::string comment = "",
                   std::vector<std::string> fingerprints = {}) {
  Resolution r;
  r.task_id = task_id;
  r.editor = std::move(editor);
  r.decision = decision;
  r.corrected_text = std::move(corrected_text);
  r.comment = std::move(comment);
  r.dismissed_fingerprints = std::move(fingerprints);
  return r;
}

ArticleFilter ByState(ArticleState state) {
  ArticleFilter f;
  f.state = state;
  return f;
}

void PrintTo(const Backend& backend, std::ostream* os) { *os << backend.name; }

class ReviewStoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    // A parameterized test's name has a slash (CountsTasksByState/sqlite): one directory, so
    // that TearDown removes all it made.
    std::string test = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    std::replace(test.begin(), test.end(), '/', '-');
    dir_ = fs::temp_directory_path() / ("galley-store-" + std::to_string(getpid()) + "-" + test);
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    Open();
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }
  void Open() {
    store_.reset();
    if (GetParam().name == "postgres" && !testing::PostgresCluster::Shared().ok()) {
      GTEST_FAIL() << "no PostgreSQL for the postgres backend: "
                   << testing::PostgresCluster::Shared().why();
    }
    auto opened = GetParam().open(dir_);
    ASSERT_TRUE(opened.ok()) << opened.status();
    store_ = std::move(opened).value();
  }

  static NewArticle Article(std::string request_id, int tasks, std::string desk = "economy",
                            std::vector<int> severities = {}) {
    NewArticle a;
    a.request_id = std::move(request_id);
    a.external_id = "ext-" + a.request_id;
    a.desk = std::move(desk);
    a.submitter = "wire";
    a.source_text = "시는 1만2천 명을 지원한다. " + a.request_id;
    a.target_text = "The city supports 1,200 people. " + a.request_id;
    a.report = std::string("\x0a\x00binary", 8);
    for (int i = 0; i < tasks; ++i) {
      NewTask t;
      t.pair_index = static_cast<uint32_t>(i);
      t.severity = i < static_cast<int>(severities.size()) ? severities[i] : 2;
      t.codes = {i % 2 ? "NAME_MISMATCH" : "NUMBER_MISMATCH"};
      t.source_text = "시는 1만2천 명을 지원한다.";
      t.target_text = "The city supports 1,200 people.";
      a.tasks.push_back(t);
    }
    return a;
  }

  fs::path dir_;
  std::unique_ptr<ReviewStore> store_;
};

TEST_P(ReviewStoreTest, SubmitStoresTheArticleAndQueuesItsTasks) {
  auto r = store_->SubmitArticle(Article("r1", 2), 1000);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_TRUE(r->created);
  EXPECT_EQ(r->article.state, ArticleState::kNeedsReview);
  ASSERT_EQ(r->tasks.size(), 2u);
  EXPECT_EQ(r->tasks[0].state, TaskState::kQueued);
  EXPECT_EQ(r->tasks[1].codes, std::vector<std::string>{"NAME_MISMATCH"});
  EXPECT_EQ(r->tasks[1].desk, "economy");

  auto clean = store_->SubmitArticle(Article("r2", 0), 1000);
  ASSERT_TRUE(clean.ok());
  EXPECT_EQ(clean->article.state, ArticleState::kClean);

  auto got = store_->GetArticle(r->article.id);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->source_text, Article("r1", 2).source_text);
  EXPECT_EQ(got->report, std::string("\x0a\x00binary", 8));  // Bytes kept exactly.
  EXPECT_EQ(got->task_count, 2);
  EXPECT_EQ(store_->GetArticle(999999).status().code(), absl::StatusCode::kNotFound);
}

TEST_P(ReviewStoreTest, ResubmittingARequestIdStoresNothingTwice) {
  auto first = store_->SubmitArticle(Article("same", 2), 1000);
  auto again = store_->SubmitArticle(Article("same", 2), 2000);
  ASSERT_TRUE(first.ok() && again.ok());
  EXPECT_FALSE(again->created);
  EXPECT_EQ(again->article.id, first->article.id);
  EXPECT_EQ(again->tasks.size(), 2u);
  auto page = store_->ListArticles({}, 100, "");
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->articles.size(), 1u);

  NewArticle different = Article("same", 1);
  different.target_text = "Something else.";
  const absl::Status reused = store_->SubmitArticle(different, 3000).status();
  EXPECT_EQ(reused.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(Reason(reused), kReasonRequestIdReused);
}

TEST_P(ReviewStoreTest, ClaimsTheMostSevereOldestTaskMatchingTheFilter) {
  ASSERT_TRUE(store_->SubmitArticle(Article("a", 2, "politics", {1, 2}), 1000).ok());
  ASSERT_TRUE(store_->SubmitArticle(Article("b", 2, "economy", {3, 2}), 2000).ok());

  auto t = store_->ClaimNextTask({}, "kim", 3000, kLease);
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(t->severity, 3);
  EXPECT_EQ(t->holder, "kim");
  EXPECT_EQ(t->lease_expires_ms, 3000 + kLease);
  EXPECT_EQ(store_->GetArticle(t->article_id)->state, ArticleState::kInReview);

  t = store_->ClaimNextTask(Filter(0, "", "politics"), "lee", 3000, kLease);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->desk, "politics");
  EXPECT_EQ(t->severity, 2);  // The politics desk's major task before its minor one.

  t = store_->ClaimNextTask(Filter(0, "NAME"), "park", 3000, kLease);
  ASSERT_TRUE(t.ok());
  EXPECT_THAT(t->codes, ElementsAre("NAME_MISMATCH"));

  EXPECT_EQ(store_->ClaimNextTask(Filter(3), "choi", 3000, kLease).status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_TRUE(store_->ClaimNextTask({}, "choi", 3000, kLease).ok());
  EXPECT_EQ(store_->ClaimNextTask({}, "choi", 3000, kLease).status().code(),
            absl::StatusCode::kNotFound);
}

TEST_P(ReviewStoreTest, AnExpiredLeaseIsRefusedAndTheTaskGoesBackToTheQueue) {
  ASSERT_TRUE(store_->SubmitArticle(Article("a", 1), 0).ok());
  auto t = store_->ClaimNextTask({}, "kim", 1000, kLease);
  ASSERT_TRUE(t.ok());
  // Nobody else can claim it while the lease runs.
  EXPECT_EQ(store_->ClaimNextTask({}, "lee", 2000, kLease).status().code(),
            absl::StatusCode::kNotFound);

  const absl::Status late =
      store_->ResolveTask(Resolve(t->id, "kim"),
                          1000 + kLease + 1)
          .status();
  EXPECT_EQ(late.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(Reason(late), kReasonLeaseExpired);
  EXPECT_THAT(std::string(late.message()), HasSubstr("back in the queue"));
  auto requeued = store_->ArticleTasks(t->article_id);
  ASSERT_TRUE(requeued.ok());
  EXPECT_EQ((*requeued)[0].state, TaskState::kQueued);
  EXPECT_EQ(store_->GetArticle(t->article_id)->state, ArticleState::kNeedsReview);

  // Another editor takes it; the first can no longer touch it.
  auto again = store_->ClaimNextTask({}, "lee", 1000 + kLease + 2, kLease);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->id, t->id);
  const absl::Status stolen =
      store_->ResolveTask(Resolve(t->id, "kim"),
                          1000 + kLease + 3)
          .status();
  EXPECT_EQ(Reason(stolen), kReasonNotHolder);
}

TEST_P(ReviewStoreTest, AClaimTakesOverAnExpiredLease) {
  ASSERT_TRUE(store_->SubmitArticle(Article("a", 1), 0).ok());
  auto t = store_->ClaimNextTask({}, "kim", 0, kLease);
  ASSERT_TRUE(t.ok());
  auto taken = store_->ClaimNextTask({}, "lee", kLease + 1, kLease);
  ASSERT_TRUE(taken.ok());
  EXPECT_EQ(taken->holder, "lee");
  EXPECT_EQ(Reason(store_->RenewTask(t->id, "kim", kLease + 2, kLease).status()), kReasonNotHolder);
}

TEST_P(ReviewStoreTest, RenewReleaseAndResolveFollowTheLease) {
  ASSERT_TRUE(store_->SubmitArticle(Article("a", 2), 0).ok());
  auto t = store_->ClaimNextTask({}, "kim", 0, kLease);
  ASSERT_TRUE(t.ok());
  auto renewed = store_->RenewTask(t->id, "kim", kLease - 1, kLease);
  ASSERT_TRUE(renewed.ok());
  EXPECT_EQ(renewed->lease_expires_ms, 2 * kLease - 1);
  EXPECT_TRUE(store_->ReleaseTask(t->id, "kim", kLease).ok());
  EXPECT_EQ(Reason(store_->ReleaseTask(t->id, "kim", kLease)), kReasonNotHolder);

  // Correct one task, dismiss the other: the article is approved.
  auto a = store_->ClaimNextTask({}, "kim", kLease, kLease);
  auto b = store_->ClaimNextTask({}, "kim", kLease, kLease);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(store_->ResolveTask(Resolve(a->id, "kim", Decision::kCorrect),
                                kLease + 1)
                .status()
                .code(),
            absl::StatusCode::kInvalidArgument);  // CORRECT needs the new text.
  auto corrected = store_->ResolveTask(Resolve(a->id, "kim", Decision::kCorrect,
                                               "The city supports 12,000 people.",
                                               "만 is ten thousand"),
                                       kLease + 1);
  ASSERT_TRUE(corrected.ok()) << corrected.status();
  EXPECT_EQ(corrected->state, TaskState::kResolved);
  EXPECT_EQ(corrected->decision, Decision::kCorrect);
  EXPECT_EQ(store_->GetArticle(a->article_id)->state, ArticleState::kInReview);
  EXPECT_EQ(Reason(store_->ResolveTask(Resolve(a->id, "kim"), kLease + 2).status()),
            kReasonAlreadyResolved);

  ASSERT_TRUE(store_->ResolveTask(Resolve(b->id, "kim", Decision::kDismiss, "",
                                          "the name is right", {"00112233aabbccdd"}),
                                  kLease + 3)
                  .ok());
  auto article = store_->GetArticle(a->article_id);
  EXPECT_EQ(article->state, ArticleState::kApproved);
  EXPECT_EQ(article->resolved_count, 2);

  // Every decision is in the audit log, with before and after text.
  auto audit = store_->AuditLog(a->article_id);
  ASSERT_TRUE(audit.ok());
  std::vector<std::string> actions;
  for (const AuditEntry& e : *audit) actions.push_back(e.action);
  EXPECT_THAT(actions, ElementsAre("submit", "claim", "renew", "release", "claim", "claim",
                                   "correct", "dismiss"));
  const AuditEntry& correct = (*audit)[6];
  EXPECT_EQ(correct.actor, "kim");
  EXPECT_EQ(correct.before_text, "The city supports 1,200 people.");
  EXPECT_EQ(correct.after_text, "The city supports 12,000 people.");
  EXPECT_THAT(correct.codes, ElementsAre("NUMBER_MISMATCH"));
  EXPECT_EQ(correct.comment, "만 is ten thousand");

  // The queue's events, in order.
  auto events = store_->EventsAfter(0, 100);
  ASSERT_TRUE(events.ok());
  std::vector<std::string> kinds;
  for (const QueueEvent& e : *events) kinds.push_back(e.kind);
  EXPECT_THAT(kinds, ElementsAre("task_queued", "task_queued", "task_claimed", "task_released",
                                 "task_claimed", "task_claimed", "task_resolved", "task_resolved",
                                 "article_approved"));
  for (size_t i = 1; i < events->size(); ++i) {
    EXPECT_GT((*events)[i].sequence, (*events)[i - 1].sequence);
  }
  EXPECT_EQ(store_->EventsAfter(events->back().sequence, 10)->size(), 0u);
}

TEST_P(ReviewStoreTest, DismissalsAreLearnedListedAndRevocable) {
  ASSERT_TRUE(store_->SubmitArticle(Article("a", 1), 0).ok());
  auto t = store_->ClaimNextTask({}, "kim", 0, kLease);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(store_->ResolveTask(Resolve(t->id, "kim", Decision::kDismiss), 1)
                .status()
                .code(),
            absl::StatusCode::kInvalidArgument);  // A dismissal says why.
  ASSERT_TRUE(store_->ResolveTask(Resolve(t->id, "kim", Decision::kDismiss, "",
                                          "Yonhap is 연합뉴스", {"aaaa", "bbbb"}),
                                  2)
                  .ok());
  auto listed = store_->ListSuppressions();
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].created_by, "kim");
  EXPECT_EQ((*listed)[0].reason, "Yonhap is 연합뉴스");
  EXPECT_THAT(*store_->SuppressedAmong({"aaaa", "cccc", "bbbb"}), ElementsAre("aaaa", "bbbb"));
  EXPECT_TRUE(store_->RevokeSuppression("aaaa").ok());
  EXPECT_EQ(store_->RevokeSuppression("aaaa").code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(*store_->SuppressedAmong({"aaaa", "bbbb"}), ElementsAre("bbbb"));
}

TEST_P(ReviewStoreTest, ListsArticlesNewestFirstByPagesAndFilters) {
  for (int i = 0; i < 7; ++i) {
    ASSERT_TRUE(store_->SubmitArticle(Article("p" + std::to_string(i), i % 2), 1000 * i).ok());
  }
  std::vector<std::string> seen;
  std::string token;
  int pages = 0;
  do {
    auto page = store_->ListArticles({}, 3, token);
    ASSERT_TRUE(page.ok()) << page.status();
    for (const auto& a : page->articles) {
      seen.push_back(a.request_id);
      EXPECT_TRUE(a.source_text.empty());  // Lists carry no texts.
    }
    token = page->next_page_token;
    ++pages;
  } while (!token.empty());
  EXPECT_EQ(pages, 3);
  EXPECT_THAT(seen, ElementsAre("p6", "p5", "p4", "p3", "p2", "p1", "p0"));

  auto clean = store_->ListArticles(ByState(ArticleState::kClean), 100, "");
  EXPECT_EQ(clean->articles.size(), 4u);
  ArticleFilter by_id;
  by_id.external_id = "ext-p3";
  auto one = store_->ListArticles(by_id, 100, "");
  ASSERT_EQ(one->articles.size(), 1u);
  EXPECT_EQ(one->articles[0].request_id, "p3");
  ArticleFilter recent_filter;
  recent_filter.created_after_ms = 5000;
  auto recent = store_->ListArticles(recent_filter, 100, "");
  EXPECT_EQ(recent->articles.size(), 2u);
  ArticleFilter by_submitter;
  by_submitter.submitter = "nobody";
  EXPECT_TRUE(store_->ListArticles(by_submitter, 100, "")->articles.empty());
  by_submitter.submitter = "wire";
  EXPECT_FALSE(store_->ListArticles(by_submitter, 100, "")->articles.empty());
  EXPECT_EQ(store_->ListArticles({}, 3, "garbage").status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_P(ReviewStoreTest, WhatWasAcknowledgedSurvivesAReopen) {
  auto r = store_->SubmitArticle(Article("durable", 1), 0);
  ASSERT_TRUE(r.ok());
  auto t = store_->ClaimNextTask({}, "kim", 0, kLease);
  ASSERT_TRUE(t.ok());
  Open();
  auto again = store_->GetArticle(r->article.id);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->state, ArticleState::kInReview);
  EXPECT_TRUE(store_->ResolveTask(Resolve(t->id, "kim"), 1).ok());
  EXPECT_FALSE(store_->SubmitArticle(Article("durable", 1), 2)->created);
}

// The caller's deadline reaches the database: a write blocked by another process's lock gives up
// at the deadline with DEADLINE_EXCEEDED, stores nothing, and works again once the lock is gone.
TEST_P(ReviewStoreTest, WritesGiveUpAtTheCallersDeadline) {
  ASSERT_TRUE(store_->SubmitArticle(Article("before", 2), 0).ok());
  const std::function<void()> release = GetParam().hold_write_lock(dir_);
  const auto start = std::chrono::steady_clock::now();
  absl::StatusOr<Task> claimed;
  {
    const CallDeadline deadline(start + std::chrono::milliseconds(300));
    claimed = store_->ClaimNextTask({}, "kim", 1, kLease);
  }
  const auto waited = std::chrono::steady_clock::now() - start;
  release();
  EXPECT_EQ(claimed.status().code(), absl::StatusCode::kDeadlineExceeded) << claimed.status();
  // Bounded by the deadline, not the 10 s lock wait (generous: the machine may be busy).
  EXPECT_LT(waited, std::chrono::seconds(5));
  {
    // A deadline that has already passed: refused before touching the database.
    const CallDeadline passed(std::chrono::steady_clock::now() - std::chrono::milliseconds(1));
    EXPECT_EQ(store_->SubmitArticle(Article("late", 1), 2).status().code(),
              absl::StatusCode::kDeadlineExceeded);
  }
  auto after = store_->ClaimNextTask({}, "kim", 3, kLease);
  ASSERT_TRUE(after.ok()) << after.status();
  auto page = store_->ListArticles({}, 10, "");
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->articles.size(), 1u);  // "late" was not stored.
}

TEST_P(ReviewStoreTest, ListsAndSummarizesTasksOldestFirst) {
  // Severities 1, 2, 3 in one article; codes alternate NUMBER_MISMATCH / NAME_MISMATCH.
  ASSERT_TRUE(store_->SubmitArticle(Article("a", 3, "economy", {1, 2, 3}), 0).ok());
  ASSERT_TRUE(store_->SubmitArticle(Article("b", 2, "politics", {3, 3}), 0).ok());
  auto claimed = store_->ClaimNextTask({}, "kim", 1, kLease);
  ASSERT_TRUE(claimed.ok());
  auto all = store_->ListTasks({}, 0, "");
  ASSERT_TRUE(all.ok()) << all.status();
  ASSERT_EQ(all->tasks.size(), 5u);
  for (size_t i = 1; i < all->tasks.size(); ++i) EXPECT_LT(all->tasks[i - 1].id, all->tasks[i].id);
  EXPECT_EQ(all->tasks[static_cast<size_t>(claimed->id - all->tasks[0].id)].holder, "kim");

  auto page1 = store_->ListTasks({}, 2, "");
  ASSERT_TRUE(page1.ok());
  ASSERT_EQ(page1->tasks.size(), 2u);
  auto page2 = store_->ListTasks({}, 2, page1->next_page_token);
  ASSERT_TRUE(page2.ok());
  EXPECT_EQ(page2->tasks.front().id, page1->tasks.back().id + 1);
  EXPECT_EQ(store_->ListTasks({}, 2, "a5").status().code(), absl::StatusCode::kInvalidArgument);

  TaskFilter politics;
  politics.desk = "politics";
  EXPECT_EQ(store_->ListTasks(politics, 0, "")->tasks.size(), 2u);
  TaskFilter severe;
  severe.min_severity = 3;
  auto summary = store_->SummarizeTasks(severe);
  ASSERT_TRUE(summary.ok()) << summary.status();
  EXPECT_EQ(summary->total, 3);
  EXPECT_EQ(summary->claimed, 1);
  EXPECT_EQ(summary->by_severity.at(3), 3);
  auto everything = store_->SummarizeTasks({});
  ASSERT_TRUE(everything.ok());
  EXPECT_EQ(everything->total, 5);
  int64_t coded = 0;
  for (const auto& [code, n] : everything->by_code) coded += n;
  EXPECT_EQ(coded, 5);

  ASSERT_TRUE(store_->ResolveTask(Resolve(claimed->id, "kim"), 2).ok());
  EXPECT_EQ(store_->ListTasks({}, 0, "")->tasks.size(), 4u);  // Open ones only.
  TaskFilter resolved;
  resolved.state = TaskState::kResolved;
  EXPECT_EQ(store_->ListTasks(resolved, 0, "")->tasks.size(), 1u);
}

TEST_P(ReviewStoreTest, CountsTasksByState) {
  ASSERT_TRUE(store_->SubmitArticle(Article("counted", 3), 0).ok());
  auto t = store_->ClaimNextTask({}, "kim", 1, kLease);
  ASSERT_TRUE(t.ok());
  ASSERT_TRUE(store_->ResolveTask(Resolve(t->id, "kim"), 2).ok());
  ASSERT_TRUE(store_->ClaimNextTask({}, "kim", 3, kLease).ok());
  auto counts = store_->CountTasks();
  ASSERT_TRUE(counts.ok()) << counts.status();
  EXPECT_EQ(counts->queued, 1);
  EXPECT_EQ(counts->claimed, 1);
  EXPECT_EQ(counts->resolved, 1);
}

TEST_P(ReviewStoreTest, TokensAreFoundByHashAndRevokedByIdOrName) {
  ASSERT_TRUE(store_->CreateToken({"tok_1", "kim", Role::kEditor, 10, 0}, "aa").ok());
  ASSERT_TRUE(store_->CreateToken({"tok_2", "kim", Role::kEditor, 20, 0}, "bb").ok());
  ASSERT_TRUE(store_->CreateToken({"tok_3", "ops", Role::kAdmin, 30, 0}, "cc").ok());
  EXPECT_EQ(store_->CreateToken({"tok_1", "x", Role::kAdmin, 40, 0}, "dd").code(),
            absl::StatusCode::kAlreadyExists);
  EXPECT_EQ(store_->CreateToken({"tok_4", "x", Role::kAdmin, 40, 0}, "aa").code(),
            absl::StatusCode::kAlreadyExists);

  auto found = store_->FindToken("cc");
  ASSERT_TRUE(found.ok()) << found.status();
  EXPECT_EQ(found->id, "tok_3");
  EXPECT_EQ(found->role, Role::kAdmin);
  EXPECT_EQ(found->revoked_ms, 0);
  EXPECT_EQ(store_->FindToken("zz").status().code(), absl::StatusCode::kNotFound);

  // By name: every valid token of that holder.
  auto revoked = store_->RevokeTokens("kim", 50);
  ASSERT_TRUE(revoked.ok()) << revoked.status();
  EXPECT_EQ(revoked->size(), 2u);
  EXPECT_EQ(store_->FindToken("aa")->revoked_ms, 50);
  EXPECT_EQ(store_->RevokeTokens("kim", 60).status().code(), absl::StatusCode::kNotFound);
  // By id.
  ASSERT_TRUE(store_->RevokeTokens("tok_3", 70).ok());
  Open();
  auto all = store_->ListTokens();
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[0].id, "tok_1");
  EXPECT_EQ((*all)[2].revoked_ms, 70);
}

// Many editors at once: no task is held by two editors, none is lost, each is resolved once.
TEST_P(ReviewStoreTest, ConcurrentEditorsResolveEveryTaskExactlyOnce) {
  constexpr int kArticles = 40, kTasksEach = 5, kEditors = 20;
  for (int i = 0; i < kArticles; ++i) {
    ASSERT_TRUE(store_->SubmitArticle(Article("c" + std::to_string(i), kTasksEach), 0).ok());
  }
  std::mutex mutex;
  std::map<int64_t, std::string> held;  // task -> editor, while held
  std::map<int64_t, int> resolved_count;
  std::atomic<int> overlaps{0};
  std::vector<std::thread> editors;
  for (int e = 0; e < kEditors; ++e) {
    editors.emplace_back([&, e] {
      const std::string me = "editor" + std::to_string(e);
      while (true) {
        auto t = store_->ClaimNextTask({}, me, 1, kLease);
        if (!t.ok()) {
          if (t.status().code() == absl::StatusCode::kNotFound) return;
          ADD_FAILURE() << t.status();
          return;
        }
        {
          std::lock_guard lock(mutex);
          if (held.count(t->id)) ++overlaps;
          held[t->id] = me;
        }
        auto done = store_->ResolveTask(Resolve(t->id, me), 2);
        if (!done.ok()) {
          ADD_FAILURE() << done.status();
          return;
        }
        std::lock_guard lock(mutex);
        held.erase(t->id);  // Held from the claim until the resolve returned.
        ++resolved_count[t->id];
      }
    });
  }
  for (auto& t : editors) t.join();
  EXPECT_EQ(overlaps.load(), 0);
  EXPECT_EQ(resolved_count.size(), static_cast<size_t>(kArticles * kTasksEach));
  for (const auto& [task, count] : resolved_count) EXPECT_EQ(count, 1) << "task " << task;
  auto approved = store_->ListArticles(ByState(ArticleState::kApproved), 1000, "");
  EXPECT_EQ(approved->articles.size(), static_cast<size_t>(kArticles));
}

INSTANTIATE_TEST_SUITE_P(
    Backends, ReviewStoreTest,
    ::testing::Values(Backend{"sqlite",
                              [](const fs::path& dir) {
                                return OpenSqliteStore((dir / "galley.db").string());
                              },
                              [](const fs::path& dir) -> std::function<void()> {
                                sqlite3* db = nullptr;
                                sqlite3_open((dir / "galley.db").c_str(), &db);
                                sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
                                return [db] {
                                  sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
                                  sqlite3_close(db);
                                };
                              }},
                      // A database per test, named after the test's directory.
                      Backend{"postgres",
                              [](const fs::path& dir) {
                                return OpenPostgresStore(testing::PostgresCluster::Shared().ConnInfo(
                                    PostgresDatabase(dir)));
                              },
                              [](const fs::path& dir) -> std::function<void()> {
                                PGconn* c = PQconnectdb(testing::PostgresCluster::Shared()
                                                            .ConnInfo(PostgresDatabase(dir))
                                                            .c_str());
                                PQclear(PQexec(c, "BEGIN; LOCK TABLE tasks, articles IN ACCESS "
                                                  "EXCLUSIVE MODE"));
                                return [c] {
                                  PQclear(PQexec(c, "ROLLBACK"));
                                  PQfinish(c);
                                };
                              }}),
    [](const ::testing::TestParamInfo<Backend>& info) { return info.param.name; });

// SQLite specifics: the journal and durability settings, and refusing a newer schema.
TEST(SqliteStoreTest, UsesWalAndRefusesANewerSchema) {
  const fs::path dir = fs::temp_directory_path() / ("galley-sqlite-" + std::to_string(getpid()));
  fs::create_directories(dir);
  const std::string path = (dir / "galley.db").string();
  ASSERT_TRUE(OpenSqliteStore(path).ok());
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &stmt, nullptr);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)), "wal");
  sqlite3_finalize(stmt);
  sqlite3_exec(db, "PRAGMA user_version=99", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto newer = OpenSqliteStore(path);
  ASSERT_FALSE(newer.ok());
  EXPECT_EQ(newer.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(newer.status().message()), HasSubstr("newer than this galleyd's"));
  EXPECT_EQ(OpenSqliteStore((dir / "missing-dir" / "x.db").string()).status().code(),
            absl::StatusCode::kUnavailable);
  fs::remove_all(dir);
}

// Checkpoints run beside the writes, not inside them: the WAL's pages reach the database file
// while writers go on, and nothing written is lost on the way.
TEST(SqliteStoreTest, ACheckpointerCopiesTheWalIntoTheDatabase) {
  const fs::path dir = fs::temp_directory_path() / ("galley-checkpoint-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string path = (dir / "galley.db").string();
  auto store = OpenSqliteStore(path);
  ASSERT_TRUE(store.ok()) << store.status();
  const uintmax_t empty_size = fs::file_size(path);
  // About 2,500 pages of 4 KiB through the WAL, over two checkpoint thresholds (1,000 frames).
  const std::string text(16 * 1024, 'x');
  constexpr int kArticles = 500;
  for (int i = 0; i < kArticles; ++i) {
    NewArticle a;
    a.request_id = "r" + std::to_string(i);
    a.source_text = text + a.request_id;
    a.target_text = a.request_id;
    ASSERT_TRUE((*store)->SubmitArticle(a, 1).ok()) << i;
  }
  // The checkpointer is a thread of its own: allow it a while to catch up (a liveness bound,
  // not a speed target).
  for (int waited = 0; waited < 300 && fs::file_size(path) < empty_size + 4 * 1024 * 1024; ++waited) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_GE(fs::file_size(path), empty_size + 4 * 1024 * 1024);
  store->reset();
  auto reopened = OpenSqliteStore(path);
  ASSERT_TRUE(reopened.ok()) << reopened.status();
  auto page = (*reopened)->ListArticles(ArticleFilter(), 1000, "");
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_EQ(page->articles.size(), static_cast<size_t>(kArticles));
  reopened->reset();
  fs::remove_all(dir);
}

}  // namespace
}  // namespace galley::store
