// ReviewService through galleyd (SQLite on its data dir): the guarantees of issue 6 and
// design.md's queue semantics, each proven here.
#include <gmock/gmock.h>
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>
#include <signal.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "galley/v1/review_service.grpc.pb.h"
#include "common/store/testing/postgres_cluster.h"
#include "google/rpc/error_details_subset.pb.h"
#include "tests/integration/subprocess.h"

namespace galley {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const std::string kKo = ReadFile(std::string(GALLEY_SOURCE_DIR) + "/examples/article.ko.txt");
const std::string kEn = ReadFile(std::string(GALLEY_SOURCE_DIR) + "/examples/article.en.txt");

// prefix + n. (Not `"k" + std::to_string(n)`: g++ 12 warns falsely, -Wrestrict, on that.)
std::string Id(const char* prefix, int n) {
  std::string id = prefix;
  id += std::to_string(n);
  return id;
}

std::unique_ptr<v1::ReviewService::Stub> Connect(const std::string& address) {
  return v1::ReviewService::NewStub(
      grpc::CreateChannel(address, grpc::InsecureChannelCredentials()));
}

void As(grpc::ClientContext* context, const std::string& user, int seconds = 30) {
  context->AddMetadata("x-galley-user", user);
  context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(seconds));
}

std::string ReasonOf(const grpc::Status& status) {
  google::rpc::Status details;
  if (!details.ParseFromString(status.error_details())) return "";
  for (const auto& any : details.details()) {
    google::rpc::ErrorInfo info;
    if (any.UnpackTo(&info)) return info.domain() + "/" + info.reason();
  }
  return "";
}

v1::SubmitArticleRequest Article(const std::string& request_id) {
  v1::SubmitArticleRequest r;
  r.set_request_id(request_id);
  r.set_external_id("ext-" + request_id);
  r.set_desk("city");
  r.set_source_text(kKo);
  r.set_target_text(kEn);
  return r;
}

int CountArticles(v1::ReviewService::Stub* stub) {
  int n = 0;
  std::string token;
  do {
    v1::ListArticlesRequest request;
    request.set_page_size(1000);
    request.set_page_token(token);
    v1::ListArticlesResponse response;
    grpc::ClientContext context;
    As(&context, "reader");
    if (!stub->ListArticles(&context, request, &response).ok()) return -1;
    n += response.articles_size();
    token = response.next_page_token();
  } while (!token.empty());
  return n;
}

// `editors` editors claim and resolve (ACCEPT) until the queue is empty; call k of editor e
// goes to replicas[(e + k) % size] (a load balancer's spread). Checks that no task was held by
// two editors at once and that each of `tasks_total` tasks was resolved exactly once.
void ResolveEverythingConcurrently(const std::vector<std::string>& replicas, int editors,
                                   int tasks_total) {
  std::mutex mutex;
  std::map<std::string, std::string> held;  // task -> editor, from claim until resolve returns
  std::map<std::string, int> resolved;
  int overlaps = 0;
  std::vector<std::thread> threads;
  for (int e = 0; e < editors; ++e) {
    threads.emplace_back([&, e] {
      const std::string me = Id("editor", e);
      for (int call = 0;; ++call) {
        auto stub = Connect(replicas[static_cast<size_t>(e + call) % replicas.size()]);
        grpc::ClientContext context;
        As(&context, me);
        v1::Task t;
        const grpc::Status s = stub->ClaimNextTask(&context, v1::ClaimNextTaskRequest(), &t);
        if (s.error_code() == grpc::StatusCode::NOT_FOUND) return;
        if (!s.ok()) {
          ADD_FAILURE() << s.error_message();
          return;
        }
        {
          std::lock_guard lock(mutex);
          overlaps += held.count(t.name()) ? 1 : 0;
          held[t.name()] = me;
        }
        auto other = Connect(replicas[static_cast<size_t>(e + call + 1) % replicas.size()]);
        v1::ResolveTaskRequest r;
        r.set_name(t.name());
        r.set_decision(v1::DECISION_ACCEPT);
        grpc::ClientContext rc;
        As(&rc, me);
        v1::Task out;
        const grpc::Status rs = other->ResolveTask(&rc, r, &out);
        std::lock_guard lock(mutex);
        held.erase(t.name());
        if (rs.ok()) {
          ++resolved[t.name()];
        } else {
          ADD_FAILURE() << rs.error_message();
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(overlaps, 0);
  EXPECT_EQ(static_cast<int>(resolved.size()), tasks_total);
  for (const auto& [name, count] : resolved) EXPECT_EQ(count, 1) << name;
}

TEST(ReviewServiceTest, SubmitClaimResolveExportAndLearn) {
  testing::Galleyd server({"--insecure-no-auth"});
  ASSERT_GT(server.port(), 0) << server.log();
  auto stub = Connect(server.address());

  v1::SubmitArticleResponse submitted;
  {
    grpc::ClientContext context;
    As(&context, "wire");
    ASSERT_TRUE(stub->SubmitArticle(&context, Article("r1"), &submitted).ok());
  }
  EXPECT_TRUE(submitted.created());
  EXPECT_EQ(submitted.article().state(), v1::ARTICLE_STATE_NEEDS_REVIEW);
  EXPECT_EQ(submitted.article().submitter(), "wire");
  ASSERT_EQ(submitted.tasks_size(), 3);
  EXPECT_EQ(submitted.report().findings_size(), 3);

  // A retry with the same request_id stores nothing twice.
  v1::SubmitArticleResponse retry;
  {
    grpc::ClientContext context;
    As(&context, "wire");
    ASSERT_TRUE(stub->SubmitArticle(&context, Article("r1"), &retry).ok());
  }
  EXPECT_FALSE(retry.created());
  EXPECT_EQ(retry.article().name(), submitted.article().name());
  EXPECT_EQ(CountArticles(stub.get()), 1);
  // The stored report (kept without its texts) reads back whole: segment and span texts are
  // the submitted bytes again, for the retry and for GetArticle.
  ASSERT_GT(submitted.report().source_segments_size(), 0);
  EXPECT_FALSE(submitted.report().source_segments(0).text().empty());
  EXPECT_EQ(retry.report().SerializeAsString(), submitted.report().SerializeAsString());
  {
    grpc::ClientContext context;
    As(&context, "wire");
    v1::GetArticleRequest get;
    get.set_name(submitted.article().name());
    v1::Article article;
    ASSERT_TRUE(stub->GetArticle(&context, get, &article).ok());
    EXPECT_EQ(article.report().SerializeAsString(), submitted.report().SerializeAsString());
  }

  // Editors claim by severity; resolve everything; the article is approved.
  std::vector<v1::Task> claimed;
  for (int i = 0; i < 3; ++i) {
    grpc::ClientContext context;
    As(&context, "kim");
    v1::Task t;
    ASSERT_TRUE(stub->ClaimNextTask(&context, v1::ClaimNextTaskRequest(), &t).ok());
    EXPECT_EQ(t.holder(), "kim");
    claimed.push_back(t);
  }
  EXPECT_GE(claimed[0].severity(), claimed[2].severity());
  {
    grpc::ClientContext context;
    As(&context, "kim");
    v1::Task none;
    EXPECT_EQ(stub->ClaimNextTask(&context, v1::ClaimNextTaskRequest(), &none).error_code(),
              grpc::StatusCode::NOT_FOUND);
  }
  for (const v1::Task& t : claimed) {
    v1::ResolveTaskRequest r;
    r.set_name(t.name());
    if (t.codes(0) == "NUMBER_MISMATCH") {
      r.set_decision(v1::DECISION_CORRECT);
      r.set_corrected_text(
          "The city plans to expand monthly rent support from 12,000 people this year to 25,000 "
          "next year.");
    } else if (t.codes(0) == "NAME_MISMATCH") {
      r.set_decision(v1::DECISION_DISMISS);
      r.set_comment("Kim Min-young is the name she uses in English");
    } else {
      r.set_decision(v1::DECISION_ACCEPT);
    }
    grpc::ClientContext context;
    As(&context, "kim");
    v1::Task resolved;
    ASSERT_TRUE(stub->ResolveTask(&context, r, &resolved).ok()) << t.name();
    EXPECT_EQ(resolved.state(), v1::TASK_STATE_RESOLVED);
  }
  v1::Article article;
  {
    grpc::ClientContext context;
    As(&context, "kim");
    v1::GetArticleRequest get;
    get.set_name(submitted.article().name());
    ASSERT_TRUE(stub->GetArticle(&context, get, &article).ok());
  }
  EXPECT_EQ(article.state(), v1::ARTICLE_STATE_APPROVED);
  EXPECT_EQ(article.resolved_task_count(), 3);

  // Exports: corrected text, XLIFF 2.0 with final segments, TMX of the approved pairs.
  const auto exported = [&](v1::ExportFormat format) {
    v1::ExportArticleRequest request;
    request.set_name(article.name());
    request.set_format(format);
    v1::ExportArticleResponse response;
    grpc::ClientContext context;
    As(&context, "kim");
    EXPECT_TRUE(stub->ExportArticle(&context, request, &response).ok());
    return response.content();
  };
  const std::string text = exported(v1::EXPORT_FORMAT_TEXT);
  EXPECT_THAT(text, HasSubstr("from 12,000 people this year"));
  EXPECT_THAT(text, ::testing::Not(HasSubstr("1,200 people")));
  const std::string xliff = exported(v1::EXPORT_FORMAT_XLIFF);
  EXPECT_THAT(xliff, HasSubstr("urn:oasis:names:tc:xliff:document:2.0"));
  EXPECT_THAT(xliff, HasSubstr("state=\"final\""));
  EXPECT_THAT(xliff, HasSubstr("<note category=\"NUMBER_MISMATCH\">"));
  const std::string tmx = exported(v1::EXPORT_FORMAT_TMX);
  EXPECT_THAT(tmx, HasSubstr("<tmx version=\"1.4\">"));
  EXPECT_THAT(tmx, HasSubstr("<seg>The city plans to expand monthly rent support from 12,000"));

  // The audit log has every decision with before and after text.
  {
    v1::ListAuditEntriesRequest request;
    request.set_article(article.name());
    v1::ListAuditEntriesResponse response;
    grpc::ClientContext context;
    As(&context, "kim");
    ASSERT_TRUE(stub->ListAuditEntries(&context, request, &response).ok());
    int corrections = 0;
    for (const auto& e : response.entries()) {
      if (e.action() != "correct") continue;
      ++corrections;
      EXPECT_EQ(e.actor(), "kim");
      EXPECT_THAT(e.before_text(), HasSubstr("1,200 people"));
      EXPECT_THAT(e.after_text(), HasSubstr("12,000 people"));
    }
    EXPECT_EQ(corrections, 1);
  }

  // The dismissed false alarm is learned: the same article again has no NAME_MISMATCH task.
  v1::SubmitArticleResponse second;
  {
    grpc::ClientContext context;
    As(&context, "wire");
    ASSERT_TRUE(stub->SubmitArticle(&context, Article("r2"), &second).ok());
  }
  EXPECT_EQ(second.suppressed_findings(), 1);
  for (const auto& t : second.tasks()) EXPECT_NE(t.codes(0), "NAME_MISMATCH");
  // ... until the suppression is revoked.
  v1::ListSuppressionsResponse suppressions;
  {
    grpc::ClientContext context;
    As(&context, "admin");
    ASSERT_TRUE(stub->ListSuppressions(&context, v1::ListSuppressionsRequest(), &suppressions).ok());
  }
  ASSERT_EQ(suppressions.suppressions_size(), 1);
  EXPECT_EQ(suppressions.suppressions(0).reason(), "Kim Min-young is the name she uses in English");
  {
    v1::DeleteSuppressionRequest request;
    request.set_name(suppressions.suppressions(0).name());
    grpc::ClientContext context;
    As(&context, "admin");
    v1::Suppression deleted;
    ASSERT_TRUE(stub->DeleteSuppression(&context, request, &deleted).ok());
  }
  v1::SubmitArticleResponse third;
  {
    grpc::ClientContext context;
    As(&context, "wire");
    ASSERT_TRUE(stub->SubmitArticle(&context, Article("r3"), &third).ok());
  }
  EXPECT_EQ(third.suppressed_findings(), 0);
  EXPECT_EQ(third.tasks_size(), 3);
}

TEST(ReviewServiceTest, AResolveAfterTheLeaseExpiredIsRefusedAndTheTaskRequeued) {
  testing::Galleyd server({"--insecure-no-auth"});
  ASSERT_GT(server.port(), 0) << server.log();
  auto stub = Connect(server.address());
  {
    grpc::ClientContext context;
    As(&context, "wire");
    v1::SubmitArticleResponse r;
    ASSERT_TRUE(stub->SubmitArticle(&context, Article("lease"), &r).ok());
  }
  v1::Task task;
  {
    v1::ClaimNextTaskRequest claim;
    claim.set_lease_ms(300);
    grpc::ClientContext context;
    As(&context, "kim");
    ASSERT_TRUE(stub->ClaimNextTask(&context, claim, &task).ok());
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  v1::ResolveTaskRequest resolve;
  resolve.set_name(task.name());
  resolve.set_decision(v1::DECISION_ACCEPT);
  grpc::ClientContext context;
  As(&context, "kim");
  v1::Task out;
  const grpc::Status status = stub->ResolveTask(&context, resolve, &out);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_EQ(ReasonOf(status), "galley.dev/TASK_LEASE_EXPIRED");
  EXPECT_THAT(status.error_message(), HasSubstr("back in the queue"));
  // Back in the queue: the next claim gets it, by another editor.
  v1::Task again;
  grpc::ClientContext claim_context;
  As(&claim_context, "lee");
  ASSERT_TRUE(stub->ClaimNextTask(&claim_context, v1::ClaimNextTaskRequest(), &again).ok());
  EXPECT_EQ(again.name(), task.name());
  EXPECT_EQ(again.holder(), "lee");
}

TEST(ReviewServiceTest, BadInputGetsTheRightCodeAndStoresNothing) {
  testing::Galleyd server({"--max-article-bytes=2000", "--insecure-no-auth"});
  ASSERT_GT(server.port(), 0) << server.log();
  auto stub = Connect(server.address());
  const auto submit = [&](v1::SubmitArticleRequest r) {
    grpc::ClientContext context;
    As(&context, "wire");
    v1::SubmitArticleResponse response;
    return stub->SubmitArticle(&context, r, &response);
  };
  v1::SubmitArticleRequest big = Article("big");
  big.set_target_text(std::string(3000, 'a'));
  grpc::Status s = submit(big);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED) << s.error_message();
  v1::SubmitArticleRequest empty = Article("empty");
  empty.set_source_text("");
  EXPECT_EQ(submit(empty).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  v1::SubmitArticleRequest bad_utf8 = Article("utf8");
  bad_utf8.set_target_text("The city \xff supports people.");
  s = submit(bad_utf8);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(s.error_message(), HasSubstr("invalid UTF-8 at byte offset 9"));
  v1::SubmitArticleRequest long_id = Article(std::string(200, 'x'));
  s = submit(long_id);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(s.error_message(), HasSubstr("request_id"));
  EXPECT_EQ(CountArticles(stub.get()), 0);

  grpc::ClientContext c1;
  As(&c1, "kim");
  v1::GetArticleRequest get;
  get.set_name("articles/999");
  v1::Article a;
  EXPECT_EQ(stub->GetArticle(&c1, get, &a).error_code(), grpc::StatusCode::NOT_FOUND);
  grpc::ClientContext c2;
  As(&c2, "kim");
  get.set_name("article/1");
  s = stub->GetArticle(&c2, get, &a);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(s.error_message(), HasSubstr("name: expected articles/{id}"));
  grpc::ClientContext c3;
  As(&c3, "kim");
  v1::ResolveTaskRequest resolve;
  resolve.set_name("tasks/12");
  v1::Task t;
  EXPECT_EQ(stub->ResolveTask(&c3, resolve, &t).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  resolve.set_decision(v1::DECISION_ACCEPT);
  grpc::ClientContext c4;
  As(&c4, "kim");
  EXPECT_EQ(stub->ResolveTask(&c4, resolve, &t).error_code(), grpc::StatusCode::NOT_FOUND);
  grpc::ClientContext c5;
  As(&c5, "kim");
  v1::ListArticlesRequest list;
  list.set_page_token("nonsense");
  v1::ListArticlesResponse listed;
  EXPECT_EQ(stub->ListArticles(&c5, list, &listed).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
}

TEST(ReviewServiceTest, WatchQueueStreamsEventsAsTheyHappen) {
  testing::Galleyd server({"--insecure-no-auth"});
  ASSERT_GT(server.port(), 0) << server.log();
  auto stub = Connect(server.address());
  grpc::ClientContext watch_context;
  As(&watch_context, "kim");
  v1::WatchQueueRequest watch;
  watch.set_after_sequence(0);
  auto reader = stub->WatchQueue(&watch_context, watch);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // The stream starts at "now".
  {
    grpc::ClientContext context;
    As(&context, "wire");
    v1::SubmitArticleResponse r;
    ASSERT_TRUE(stub->SubmitArticle(&context, Article("w"), &r).ok());
  }
  std::vector<std::string> kinds;
  v1::QueueEvent event;
  while (kinds.size() < 3 && reader->Read(&event)) kinds.push_back(event.kind());
  EXPECT_EQ(kinds, (std::vector<std::string>{"task_queued", "task_queued", "task_queued"}));
  EXPECT_THAT(event.article(), HasSubstr("articles/"));
  watch_context.TryCancel();
  reader->Finish();
}

// Eight clients submit 1,000 articles; galleyd is killed with SIGKILL midway and restarted on the
// same data dir; clients retry what was not acknowledged, with the same request_id. Afterwards
// every acknowledged submission is stored, and none twice.
TEST(ReviewServiceTest, KillNineLosesNothingAcknowledged) {
  const fs::path data = fs::temp_directory_path() / ("galley-kill9-" + std::to_string(getpid()));
  fs::remove_all(data);
  fs::create_directories(data);
  const std::string port_file = (data / "port").string();
  // Start galleyd on a fixed data dir (so a restart sees the same database).
  const auto start = [&](int port) {
    const pid_t pid = fork();
    if (pid == 0) {
      const int fd = open((data / "log").c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
      dup2(fd, STDOUT_FILENO);
      dup2(fd, STDERR_FILENO);
      const std::string bin = std::string(GALLEY_BIN_DIR) + "/galleyd";
      const std::string listen = "--listen=127.0.0.1:" + std::to_string(port);
      const std::string dir = "--data-dir=" + (data / "db").string();
      const std::string pf = "--port-file=" + port_file;
      execl(bin.c_str(), bin.c_str(), listen.c_str(), dir.c_str(), pf.c_str(), "--log-level=warn",
            "--insecure-no-auth", "--http-listen=127.0.0.1:0", static_cast<char*>(nullptr));
      _exit(127);
    }
    return pid;
  };
  fs::remove(port_file);
  pid_t pid = start(0);
  int port = 0;
  for (int i = 0; i < 200 && port == 0; ++i) {
    std::ifstream(port_file) >> port;
    if (port == 0) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_GT(port, 0);
  const std::string address = "127.0.0.1:" + std::to_string(port);

  constexpr int kClients = 8, kEach = 125;
  std::mutex mutex;
  std::map<std::string, std::string> acknowledged;  // request_id -> article name
  std::atomic<int> done{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < kClients; ++c) {
    clients.emplace_back([&, c] {
      auto stub = Connect(address);
      for (int i = 0; i < kEach; ++i) {
        const std::string id = Id("k", c) + Id("-", i);
        v1::SubmitArticleRequest request = Article(id);
        request.set_target_text(kEn + " (" + id + ")");
        for (int attempt = 0; attempt < 400; ++attempt) {
          grpc::ClientContext context;
          As(&context, "wire", 5);
          context.set_wait_for_ready(true);
          v1::SubmitArticleResponse response;
          if (stub->SubmitArticle(&context, request, &response).ok()) {
            std::lock_guard lock(mutex);
            acknowledged[id] = response.article().name();
            break;
          }
          std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        ++done;
      }
    });
  }
  while (done < 300) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  size_t acknowledged_before_kill;
  {
    std::lock_guard lock(mutex);
    acknowledged_before_kill = acknowledged.size();
  }
  pid = start(port);  // Same port, same data.
  for (auto& t : clients) t.join();
  EXPECT_GT(acknowledged_before_kill, 0u);
  ASSERT_EQ(acknowledged.size(), static_cast<size_t>(kClients * kEach));
  auto stub = Connect(address);
  EXPECT_EQ(CountArticles(stub.get()), kClients * kEach);  // None twice, none lost.
  std::set<std::string> names;
  for (const auto& [id, name] : acknowledged) names.insert(name);
  EXPECT_EQ(names.size(), acknowledged.size());
  kill(pid, SIGTERM);
  waitpid(pid, &status, 0);
  fs::remove_all(data);
}

// Twenty editors claim and resolve concurrently: no task held by two at once, none lost, each
// resolved exactly once.
TEST(ReviewServiceTest, TwentyEditorsResolveEveryTaskExactlyOnce) {
  testing::Galleyd server({"--workers=4", "--insecure-no-auth"});
  ASSERT_GT(server.port(), 0) << server.log();
  auto stub = Connect(server.address());
  constexpr int kArticles = 20;
  int tasks_total = 0;
  for (int i = 0; i < kArticles; ++i) {
    grpc::ClientContext context;
    As(&context, "wire");
    v1::SubmitArticleRequest request = Article(Id("e", i));
    request.set_target_text(kEn + " (" + std::to_string(i) + ")");
    v1::SubmitArticleResponse response;
    ASSERT_TRUE(stub->SubmitArticle(&context, request, &response).ok());
    tasks_total += response.tasks_size();
  }
  ResolveEverythingConcurrently({server.address()}, 20, tasks_total);
}

// Two stateless galleyd replicas share one PostgreSQL database; 20 editors spread their calls
// across both. No task is held by two editors, none is lost, each is resolved once, and a
// WatchQueue stream on one replica sees what happens on the other (LISTEN/NOTIFY).
TEST(ReviewServiceTest, TwoReplicasOnPostgresShareOneQueue) {
  auto& cluster = store::testing::PostgresCluster::Shared();
  ASSERT_TRUE(cluster.ok()) << cluster.why();
  const std::string database = "--database=" + cluster.ConnInfo("replicas");
  testing::Galleyd a({database, "--workers=4", "--insecure-no-auth"});
  testing::Galleyd b({database, "--workers=4", "--insecure-no-auth"});
  ASSERT_GT(a.port(), 0) << a.log();
  ASSERT_GT(b.port(), 0) << b.log();
  const std::vector<std::string> replicas = {a.address(), b.address()};

  // Watch on replica b; submit through replica a.
  auto watcher = Connect(b.address());
  grpc::ClientContext watch_context;
  As(&watch_context, "kim");
  auto reader = watcher->WatchQueue(&watch_context, v1::WatchQueueRequest());
  std::this_thread::sleep_for(std::chrono::milliseconds(300));

  int tasks_total = 0;
  for (int i = 0; i < 10; ++i) {
    auto stub = Connect(replicas[static_cast<size_t>(i) % 2]);
    grpc::ClientContext context;
    As(&context, "wire");
    v1::SubmitArticleRequest request = Article(Id("pg", i));
    request.set_target_text(kEn + " (" + std::to_string(i) + ")");
    v1::SubmitArticleResponse response;
    ASSERT_TRUE(stub->SubmitArticle(&context, request, &response).ok());
    tasks_total += response.tasks_size();
  }
  v1::QueueEvent event;
  ASSERT_TRUE(reader->Read(&event));
  EXPECT_EQ(event.kind(), "task_queued");
  watch_context.TryCancel();
  reader->Finish();

  ResolveEverythingConcurrently(replicas, 20, tasks_total);
  // Every article approved, seen from either replica.
  auto stub = Connect(b.address());
  v1::ListArticlesRequest list;
  list.set_state(v1::ARTICLE_STATE_APPROVED);
  v1::ListArticlesResponse approved;
  grpc::ClientContext context;
  As(&context, "kim");
  ASSERT_TRUE(stub->ListArticles(&context, list, &approved).ok());
  EXPECT_EQ(approved.articles_size(), 10);
}

}  // namespace
}  // namespace galley
