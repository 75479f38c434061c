// Security of galleyd as deployed by default (issue 8): every RPC x every kind of caller gives
// the code the policy says; refusals are logged without the token; submitters see only their own
// articles; per-token rates; TLS and mutual TLS with certificates made here.
#include <gmock/gmock.h>
#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>
#include <httplib.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "galley/v1/admin_service.grpc.pb.h"
#include "galley/v1/alignment_service.grpc.pb.h"
#include "galley/v1/check_service.grpc.pb.h"
#include "galley/v1/review_service.grpc.pb.h"
#include "google/rpc/error_details_subset.pb.h"
#include "services/auth/auth.h"
#include "services/galleyd/http_gateway.h"
#include "tests/integration/subprocess.h"

namespace galley {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

const std::string kGalleyd = std::string(GALLEY_BIN_DIR) + "/galleyd";

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const std::string kKo = ReadFile(fs::path(GALLEY_SOURCE_DIR) / "examples/article.ko.txt");
const std::string kEn = ReadFile(fs::path(GALLEY_SOURCE_DIR) / "examples/article.en.txt");

// `galleyd token create` on the server's data dir (the server is running).
struct MadeToken {
  std::string secret;
  std::string id;  // tok_...
};
MadeToken MakeToken(const testing::Galleyd& server, const std::string& name,
                    const std::string& role) {
  const auto r = testing::Run({kGalleyd, "token", "create", "--data-dir",
                               server.data_dir().string(), "--name", name, "--role", role});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  MadeToken made{r.out, ""};
  while (!made.secret.empty() && made.secret.back() == '\n') made.secret.pop_back();
  // stderr: "created tok_0123456789ab (editor, name); ..."
  const size_t at = r.err.find("tok_");
  if (at != std::string::npos) made.id = r.err.substr(at, 16);
  return made;
}
std::string CreateToken(const testing::Galleyd& server, const std::string& name,
                        const std::string& role) {
  return MakeToken(server, name, role).secret;
}

// A caller: the authorization metadata it sends ("" for none).
struct Caller {
  std::string name;
  std::string authorization;
  std::optional<auth::Role> role;  // nullopt: not authenticated.
};

class AuthMatrixTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new testing::Galleyd({"--log-level=info", "--rate-limit=0"});
    ASSERT_GT(server_->port(), 0) << server_->log();
    channel_ = grpc::CreateChannel(server_->address(), grpc::InsecureChannelCredentials());
    const std::string revoked = CreateToken(*server_, "gone", "editor");
    const auto r = testing::Run(
        {kGalleyd, "token", "revoke", "gone", "--data-dir", server_->data_dir().string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    callers_ = {
        {"none", "", std::nullopt},
        {"malformed", "Basic a2ltOnNlY3JldA==", std::nullopt},
        {"unknown", "Bearer glt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", std::nullopt},
        {"revoked", "Bearer " + revoked, std::nullopt},
        {"submitter", "Bearer " + CreateToken(*server_, "cms", "submitter"), auth::Role::kSubmitter},
        {"editor", "Bearer " + CreateToken(*server_, "kim", "editor"), auth::Role::kEditor},
        {"admin", "Bearer " + server_->admin_token(), auth::Role::kAdmin},
    };
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }

  static const Caller& Named(const std::string& name) {
    for (const Caller& c : callers_) {
      if (c.name == name) return c;
    }
    throw std::logic_error(name);
  }

  static void Prepare(grpc::ClientContext* context, const Caller& caller) {
    if (!caller.authorization.empty()) context->AddMetadata("authorization", caller.authorization);
    context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
  }

  // Submits the example article as `caller`; its id.
  static int64_t Submit(const Caller& caller, const std::string& request_id) {
    auto stub = v1::ReviewService::NewStub(channel_);
    grpc::ClientContext context;
    Prepare(&context, caller);
    v1::SubmitArticleRequest request;
    request.set_request_id(request_id);
    request.set_source_text(kKo);
    request.set_target_text(kEn);
    v1::SubmitArticleResponse response;
    const grpc::Status status = stub->SubmitArticle(&context, request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return std::stoll(response.article().name().substr(std::string("articles/").size()));
  }

  // Claims a task as `caller` (an editor or admin); its name, or "" when none is left.
  static std::string Claim(const Caller& caller) {
    auto stub = v1::ReviewService::NewStub(channel_);
    grpc::ClientContext context;
    Prepare(&context, caller);
    v1::Task task;
    if (!stub->ClaimNextTask(&context, v1::ClaimNextTaskRequest(), &task).ok()) return "";
    return task.name();
  }

  // Calls a unary method with a serialized request, through the generic stub.
  static grpc::Status CallUnary(const std::string& method, const Caller& caller,
                                const google::protobuf::Message& request) {
    grpc::GenericStub stub(channel_);
    grpc::ClientContext context;
    Prepare(&context, caller);
    grpc::ByteBuffer out;
    std::string bytes = request.SerializeAsString();
    grpc::Slice slice(bytes);
    grpc::ByteBuffer in(&slice, 1);
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    grpc::Status result;
    stub.UnaryCall(&context, "/galley.v1." + method, grpc::StubOptions(), &in, &out,
                   [&](grpc::Status status) {
                     std::lock_guard lock(mutex);
                     result = std::move(status);
                     finished = true;
                     done.notify_all();
                   });
    std::unique_lock lock(mutex);
    done.wait(lock, [&] { return finished; });
    return result;
  }

  static inline testing::Galleyd* server_ = nullptr;
  static inline std::shared_ptr<grpc::Channel> channel_;
  static inline std::vector<Caller> callers_;
};

// Builds a valid request for `method` as `caller` (doing what it needs first, such as claiming
// the task a resolve is for), so that an admitted call answers OK.
using RequestFactory = std::function<std::unique_ptr<google::protobuf::Message>(const Caller&)>;

TEST_F(AuthMatrixTest, EveryRpcAndEveryCallerGetTheCodeThePolicySays) {
  const Caller& submitter = Named("submitter");
  const Caller& admin = Named("admin");
  // Plenty of tasks for every claim below, and one article the submitter owns.
  const int64_t own = Submit(submitter, "matrix-own");
  for (int i = 0; i < 4; ++i) Submit(admin, "matrix-" + std::to_string(i));
  const std::string own_name = "articles/" + std::to_string(own);

  int dismissals = 0;
  std::map<std::string, RequestFactory> unary = {
      {"AlignmentService/Segment",
       [](const Caller&) {
         auto r = std::make_unique<v1::SegmentRequest>();
         r->set_text("시는 1만2천 명을 지원한다.");
         r->set_language_code("ko");
         return r;
       }},
      {"AlignmentService/Align",
       [](const Caller&) {
         auto r = std::make_unique<v1::AlignRequest>();
         r->set_source_text(kKo);
         r->set_target_text(kEn);
         return r;
       }},
      {"CheckService/Check",
       [](const Caller&) {
         auto r = std::make_unique<v1::CheckRequest>();
         r->set_source_text(kKo);
         r->set_target_text(kEn);
         return r;
       }},
      {"ReviewService/SubmitArticle",
       [](const Caller& c) {
         auto r = std::make_unique<v1::SubmitArticleRequest>();
         r->set_request_id("matrix-submit-" + c.name);
         r->set_source_text(kKo);
         r->set_target_text(kEn);
         return r;
       }},
      {"ReviewService/GetArticle",
       [&](const Caller&) {
         auto r = std::make_unique<v1::GetArticleRequest>();
         r->set_name(own_name);
         return r;
       }},
      {"ReviewService/ListArticles",
       [](const Caller&) { return std::make_unique<v1::ListArticlesRequest>(); }},
      {"ReviewService/ExportArticle",
       [&](const Caller&) {
         auto r = std::make_unique<v1::ExportArticleRequest>();
         r->set_name(own_name);
         return r;
       }},
      {"ReviewService/ClaimNextTask",
       [](const Caller&) { return std::make_unique<v1::ClaimNextTaskRequest>(); }},
      {"ReviewService/RenewTask",
       [](const Caller& c) {
         auto r = std::make_unique<v1::RenewTaskRequest>();
         r->set_name(c.role && *c.role != auth::Role::kSubmitter ? Claim(c) : "tasks/1");
         return r;
       }},
      {"ReviewService/ReleaseTask",
       [](const Caller& c) {
         auto r = std::make_unique<v1::ReleaseTaskRequest>();
         r->set_name(c.role && *c.role != auth::Role::kSubmitter ? Claim(c) : "tasks/1");
         return r;
       }},
      {"ReviewService/ResolveTask",
       [](const Caller& c) {
         auto r = std::make_unique<v1::ResolveTaskRequest>();
         r->set_name(c.role && *c.role != auth::Role::kSubmitter ? Claim(c) : "tasks/1");
         r->set_decision(v1::DECISION_ACCEPT);
         return r;
       }},
      {"ReviewService/ListAuditEntries",
       [&](const Caller&) {
         auto r = std::make_unique<v1::ListAuditEntriesRequest>();
         r->set_article(own_name);
         return r;
       }},
      {"ReviewService/ListSuppressions",
       [](const Caller&) { return std::make_unique<v1::ListSuppressionsRequest>(); }},
      {"ReviewService/ListTasks",
       [](const Caller&) { return std::make_unique<v1::ListTasksRequest>(); }},
      {"AdminService/ListTokens",
       [](const Caller&) { return std::make_unique<v1::ListTokensRequest>(); }},
      {"AdminService/CreateToken",
       [](const Caller& c) {
         auto r = std::make_unique<v1::CreateTokenRequest>();
         r->set_holder("made-by-" + c.name);
         r->set_role("editor");
         return r;
       }},
      {"AdminService/RevokeToken",
       [](const Caller& c) {
         auto r = std::make_unique<v1::RevokeTokenRequest>();
         r->set_name("tokens/tok_0123456789ab");
         if (c.role == auth::Role::kAdmin) {
           r->set_name("tokens/" + MakeToken(*server_, "to-revoke", "editor").id);
         }
         return r;
       }},
      {"ReviewService/DeleteSuppression",
       [&](const Caller& c) {
         auto r = std::make_unique<v1::DeleteSuppressionRequest>();
         r->set_name("suppressions/0000000000000000");
         if (c.role == auth::Role::kAdmin) {
           // A suppression to delete: the admin dismisses a task as a false alarm.
           auto stub = v1::ReviewService::NewStub(channel_);
           grpc::ClientContext context;
           Prepare(&context, c);
           v1::ResolveTaskRequest dismiss;
           dismiss.set_name(Claim(c));
           dismiss.set_decision(v1::DECISION_DISMISS);
           dismiss.set_comment("matrix");
           v1::Task task;
           EXPECT_TRUE(stub->ResolveTask(&context, dismiss, &task).ok());
           ++dismissals;
           grpc::ClientContext list_context;
           Prepare(&list_context, c);
           v1::ListSuppressionsResponse list;
           EXPECT_TRUE(
               stub->ListSuppressions(&list_context, v1::ListSuppressionsRequest(), &list).ok());
           if (list.suppressions_size() > 0) r->set_name(list.suppressions(0).name());
         }
         return r;
       }},
  };

  size_t rule_count = 0;
  const auth::MethodRule* rules = auth::Rules(&rule_count);
  int cells = 0;
  size_t grpc_methods = 0;
  for (size_t i = 0; i < rule_count; ++i) {
    const auth::MethodRule& rule = rules[i];
    const std::string method(rule.method);
    if (method.rfind("HttpGateway/", 0) == 0) continue;  // HTTP only: the test below.
    ++grpc_methods;
    for (const Caller& caller : callers_) {
      const bool allowed = caller.role && (*caller.role == auth::Role::kSubmitter ? rule.submitter
                                           : *caller.role == auth::Role::kEditor ? rule.editor
                                                                                 : rule.admin);
      const grpc::StatusCode expected = !caller.role ? grpc::StatusCode::UNAUTHENTICATED
                                        : allowed    ? grpc::StatusCode::OK
                                                     : grpc::StatusCode::PERMISSION_DENIED;
      grpc::Status status;
      if (method == "CheckService/CheckBatch") {
        auto stub = v1::CheckService::NewStub(channel_);
        grpc::ClientContext context;
        Prepare(&context, caller);
        auto stream = stub->CheckBatch(&context);
        v1::CheckBatchRequest item;
        item.set_id("one");
        item.mutable_check()->set_source_text(kKo);
        item.mutable_check()->set_target_text(kEn);
        v1::CheckBatchResponse answer;
        if (stream->Write(item) && stream->Read(&answer)) {
          EXPECT_EQ(answer.id(), "one");
        }
        stream->WritesDone();
        status = stream->Finish();
      } else if (method == "ReviewService/WatchQueue") {
        // Admitted: the stream delivers the events after sequence 0 (the submissions above).
        auto stub = v1::ReviewService::NewStub(channel_);
        grpc::ClientContext context;
        Prepare(&context, caller);
        v1::WatchQueueRequest request;
        request.set_after_sequence(1);
        auto stream = stub->WatchQueue(&context, request);
        v1::QueueEvent event;
        if (stream->Read(&event)) {
          EXPECT_GT(event.sequence(), 1);
          context.TryCancel();
          stream->Finish().IgnoreError();
          status = grpc::Status::OK;
        } else {
          status = stream->Finish();
        }
      } else {
        ASSERT_TRUE(unary.count(method)) << "no request for " << method;
        status = CallUnary(method, caller, *unary[method](caller));
      }
      EXPECT_EQ(status.error_code(), expected)
          << method << " as " << caller.name << ": " << status.error_message();
      ++cells;
    }
  }
  EXPECT_EQ(cells, static_cast<int>(grpc_methods * callers_.size()));
  EXPECT_EQ(dismissals, 1);

  // Refusals are in the log, the tokens are not.
  const std::string log = server_->log();
  EXPECT_THAT(log, HasSubstr("status=16"));
  EXPECT_THAT(log, HasSubstr("status=7"));
  for (const Caller& caller : callers_) {
    if (caller.authorization.size() > 7) {
      EXPECT_THAT(log, Not(HasSubstr(caller.authorization.substr(7)))) << caller.name;
    }
  }
}

// The same over HTTP: every route of the gateway x every caller -> 401, 403 or 2xx, as the
// policy says; public routes answer everyone.
TEST_F(AuthMatrixTest, EveryHttpRouteAndEveryCallerGetTheStatusThePolicySays) {
  ASSERT_GT(server_->http_port(), 0);
  const Caller& submitter = Named("submitter");
  const Caller& admin = Named("admin");
  const int64_t own = Submit(submitter, "http-matrix-own");
  for (int i = 0; i < 4; ++i) Submit(admin, "http-matrix-" + std::to_string(i));
  const std::string own_path = "/v1/articles/" + std::to_string(own);

  const auto client = [&] {
    auto c = std::make_unique<httplib::Client>("127.0.0.1", server_->http_port());
    c->set_read_timeout(std::chrono::seconds(30));
    return c;
  };
  const auto headers = [](const Caller& caller) {
    httplib::Headers h;
    if (!caller.authorization.empty()) h.emplace("Authorization", caller.authorization);
    return h;
  };
  // A task the caller holds (claimed over HTTP); "1" when the caller may not claim.
  const auto claimed_id = [&](const Caller& caller) -> std::string {
    if (!caller.role || *caller.role == auth::Role::kSubmitter) return "1";
    auto r = client()->Post("/v1/tasks:claimNext", headers(caller), "", "application/json");
    if (!r || r->status != 200) return "1";
    const auto json = nlohmann::json::parse(r->body);
    return json["name"].get<std::string>().substr(std::string("tasks/").size());
  };
  const std::string check_body =
      nlohmann::json{{"source_text", kKo}, {"target_text", kEn}}.dump();

  int cells = 0;
  for (const server::HttpRoute& route : server::HttpRoutes()) {
    const std::string method(route.method);
    const auth::MethodRule* rule = method.empty() ? nullptr : auth::FindRule(method);
    ASSERT_TRUE(method.empty() || rule != nullptr) << method;
    for (const Caller& caller : callers_) {
      const bool allowed =
          rule == nullptr ||
          (caller.role && (*caller.role == auth::Role::kSubmitter ? rule->submitter
                           : *caller.role == auth::Role::kEditor  ? rule->editor
                                                                  : rule->admin));
      const int expected = rule == nullptr ? 200 : !caller.role ? 401 : allowed ? 200 : 403;
      std::string path(route.example);
      std::string body;
      if (method == "ReviewService/GetArticle") path = own_path;
      if (method == "ReviewService/ExportArticle") path = own_path + ":export";
      if (method == "ReviewService/ListAuditEntries") path = own_path + "/auditEntries";
      if (method == "CheckService/Check" || method == "AlignmentService/Align") body = check_body;
      if (method == "AlignmentService/Segment") {
        body = nlohmann::json{{"text", "Hello. World."}, {"language_code", "en"}}.dump();
      }
      if (method == "AdminService/CreateToken") {
        body = nlohmann::json{{"holder", "http-made-by-" + caller.name}, {"role", "editor"}}.dump();
      }
      if (method == "AdminService/RevokeToken" && caller.role == auth::Role::kAdmin) {
        path = "/v1/tokens/" + MakeToken(*server_, "http-to-revoke", "editor").id + ":revoke";
      }
      if (method == "ReviewService/SubmitArticle") {
        body = nlohmann::json{{"request_id", "http-submit-" + caller.name},
                              {"source_text", kKo},
                              {"target_text", kEn}}
                   .dump();
      }
      if (method == "ReviewService/RenewTask" || method == "ReviewService/ReleaseTask" ||
          method == "ReviewService/ResolveTask") {
        const std::string verb = method.substr(method.find('/') + 1, 5) == "Renew" ? "renew"
                                 : method == "ReviewService/ReleaseTask"          ? "release"
                                                                                  : "resolve";
        path = "/v1/tasks/" + claimed_id(caller) + ":" + verb;
        if (verb == "resolve") body = R"({"decision": "DECISION_ACCEPT"})";
      }
      if (method == "ReviewService/DeleteSuppression" && caller.role == auth::Role::kAdmin) {
        // A suppression to delete: dismiss a task as a false alarm first.
        const std::string id = claimed_id(caller);
        auto dismissed = client()->Post("/v1/tasks/" + id + ":resolve", headers(caller),
                                        R"({"decision": "DECISION_DISMISS", "comment": "fine"})",
                                        "application/json");
        ASSERT_TRUE(dismissed && dismissed->status == 200)
            << (dismissed ? dismissed->body : "no answer");
        auto list = client()->Get("/v1/suppressions", headers(caller));
        ASSERT_TRUE(list && list->status == 200);
        const auto json = nlohmann::json::parse(list->body);
        ASSERT_FALSE(json["suppressions"].empty());
        path = "/v1/suppressions/" + json["suppressions"][0]["fingerprint"].get<std::string>();
      }

      int status = 0;
      if (method == "ReviewService/WatchQueue") {
        // The stream: its status line is what matters; stop reading at the first bytes.
        auto c = client();
        auto r = c->Get(
            path + "?after_sequence=1", headers(caller),
            [&](const httplib::Response& response) {
              status = response.status;
              return true;
            },
            [](const char*, size_t) { return false; });  // Do not wait for the stream's end.
        (void)r;
      } else {
        httplib::Result r = route.verb == "GET"    ? client()->Get(path, headers(caller))
                            : route.verb == "POST" ? client()->Post(path, headers(caller), body,
                                                                    "application/json")
                                                   : client()->Delete(path, headers(caller));
        ASSERT_TRUE(r) << route.verb << " " << path;
        status = r->status;
        if (status >= 400) {
          const auto json = nlohmann::json::parse(r->body);
          EXPECT_EQ(json["error"]["code"], status) << r->body;
        }
        if (status != expected) ADD_FAILURE() << r->body;
      }
      EXPECT_EQ(status, expected) << route.verb << " " << path << " as " << caller.name;
      ++cells;
    }
  }
  EXPECT_EQ(cells, static_cast<int>(server::HttpRoutes().size() * callers_.size()));
  const std::string log = server_->log();
  for (const Caller& caller : callers_) {
    if (caller.authorization.size() > 7) {
      EXPECT_THAT(log, Not(HasSubstr(caller.authorization.substr(7)))) << caller.name;
    }
  }
}

TEST_F(AuthMatrixTest, SubmittersSeeOnlyTheirOwnArticles) {
  const Caller other{"other", "Bearer " + CreateToken(*server_, "other-cms", "submitter"),
                     auth::Role::kSubmitter};
  const int64_t mine = Submit(Named("submitter"), "own-check");
  auto stub = v1::ReviewService::NewStub(channel_);
  {
    grpc::ClientContext context;
    Prepare(&context, other);
    v1::GetArticleRequest request;
    request.set_name("articles/" + std::to_string(mine));
    v1::Article article;
    const grpc::Status status = stub->GetArticle(&context, request, &article);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
    EXPECT_THAT(status.error_message(), HasSubstr("submitted by someone else"));
  }
  {
    grpc::ClientContext context;
    Prepare(&context, other);
    v1::ListArticlesResponse list;
    ASSERT_TRUE(stub->ListArticles(&context, v1::ListArticlesRequest(), &list).ok());
    EXPECT_EQ(list.articles_size(), 0);
  }
  {
    grpc::ClientContext context;
    Prepare(&context, Named("submitter"));
    v1::ListArticlesResponse list;
    ASSERT_TRUE(stub->ListArticles(&context, v1::ListArticlesRequest(), &list).ok());
    ASSERT_GT(list.articles_size(), 0);
    for (const auto& a : list.articles()) EXPECT_EQ(a.submitter(), "cms");
  }
}

TEST(AuthTest, RatesArePerTokenWithRetryInfo) {
  testing::Galleyd server({"--rate-limit=1", "--rate-burst=2"});
  ASSERT_GT(server.port(), 0) << server.log();
  auto stub = v1::AlignmentService::NewStub(
      grpc::CreateChannel(server.address(), grpc::InsecureChannelCredentials()));
  const auto segment = [&](const std::string& token) {
    grpc::ClientContext context;
    context.AddMetadata("authorization", "Bearer " + token);
    v1::SegmentRequest request;
    request.set_text("Hello.");
    request.set_language_code("en");
    v1::SegmentResponse response;
    return stub->Segment(&context, request, &response);
  };
  const std::string admin = server.admin_token();
  EXPECT_TRUE(segment(admin).ok());
  EXPECT_TRUE(segment(admin).ok());
  const grpc::Status limited = segment(admin);
  ASSERT_EQ(limited.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED);
  google::rpc::Status details;
  ASSERT_TRUE(details.ParseFromString(limited.error_details()));
  bool has_retry = false;
  for (const auto& any : details.details()) {
    google::rpc::RetryInfo retry;
    if (any.UnpackTo(&retry)) {
      has_retry = true;
      const int64_t ms = retry.retry_delay().seconds() * 1000 + retry.retry_delay().nanos() / 1000000;
      EXPECT_GT(ms, 0);
      EXPECT_LE(ms, 1000);
    }
  }
  EXPECT_TRUE(has_retry);
  // Another token is not slowed by the first one's calls.
  EXPECT_TRUE(segment(CreateToken(server, "ci", "submitter")).ok());
  // Over HTTP: 429 with Retry-After and a RetryInfo detail.
  httplib::Client http("127.0.0.1", server.http_port());
  auto r = http.Post("/v1:segment", {{"Authorization", "Bearer " + admin}},
                     R"({"text": "Hello.", "language_code": "en"})", "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 429);
  EXPECT_EQ(r->get_header_value("Retry-After"), "1");
  EXPECT_THAT(r->body, HasSubstr("google.rpc.RetryInfo"));
}

TEST(AuthTest, TheFirstAdminTokenIsReadableByItsOwnerOnly) {
  testing::Galleyd server;
  ASSERT_GT(server.port(), 0) << server.log();
  const fs::path file = server.data_dir() / "admin.token";
  ASSERT_TRUE(fs::exists(file));
  EXPECT_EQ(fs::status(file).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write);
  EXPECT_THAT(server.log(), HasSubstr(file.string()));
  EXPECT_THAT(server.log(), Not(HasSubstr(server.admin_token())));
  // The CLI lists it, never with its secret.
  const auto list =
      testing::Run({kGalleyd, "token", "list", "--data-dir", server.data_dir().string()});
  EXPECT_EQ(list.exit_code, 0) << list.err;
  EXPECT_THAT(list.out, HasSubstr("admin"));
  EXPECT_THAT(list.out, Not(HasSubstr(server.admin_token())));
}

TEST(AuthTest, WithoutAuthenticationGalleydSaysSoLoudly) {
  testing::Galleyd server({"--insecure-no-auth"});
  ASSERT_GT(server.port(), 0) << server.log();
  EXPECT_THAT(server.log(), HasSubstr("authentication is OFF"));
  EXPECT_FALSE(fs::exists(server.data_dir() / "admin.token"));
}

}  // namespace
}  // namespace galley

namespace galley {
namespace {

// A throw-away CA, a server certificate for 127.0.0.1 and a client certificate, made with the
// openssl command (Debian's openssl package).
class Certificates {
 public:
  Certificates() {
    dir_ = fs::temp_directory_path() / ("galley-tls-" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    const std::string d = dir_.string();
    const std::string script =
        "set -e; cd " + d +
        "; openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=galley-test-ca"
        " -keyout ca.key -out ca.pem 2>/dev/null"
        "; printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\\n' > server.ext"
        "; openssl req -newkey rsa:2048 -nodes -subj /CN=localhost -keyout server.key"
        " -out server.csr 2>/dev/null"
        "; openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2"
        " -extfile server.ext -out server.pem 2>/dev/null"
        "; openssl req -newkey rsa:2048 -nodes -subj /CN=newsroom -keyout client.key"
        " -out client.csr 2>/dev/null"
        "; openssl x509 -req -in client.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2"
        " -out client.pem 2>/dev/null";
    const auto r = testing::Run({"/bin/sh", "-c", script});
    ok_ = r.exit_code == 0;
    why_ = r.err;
  }
  ~Certificates() { fs::remove_all(dir_); }
  bool ok() const { return ok_; }
  const std::string& why() const { return why_; }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  std::string pem(const std::string& name) const { return ReadFile(dir_ / name); }

 private:
  fs::path dir_;
  bool ok_ = false;
  std::string why_;
};

grpc::Status SegmentOver(const std::shared_ptr<grpc::ChannelCredentials>& credentials,
                         const std::string& address, const std::string& token) {
  auto stub = v1::AlignmentService::NewStub(grpc::CreateChannel(address, credentials));
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
  context.AddMetadata("authorization", "Bearer " + token);
  v1::SegmentRequest request;
  request.set_text("The city said so. It did.");
  request.set_language_code("en");
  v1::SegmentResponse response;
  return stub->Segment(&context, request, &response);
}

TEST(TlsTest, ServesTlsOnlyAndTheCliConnectsWithTheCa) {
  Certificates certs;
  ASSERT_TRUE(certs.ok()) << certs.why();
  testing::Galleyd server({"--tls-cert=" + certs.path("server.pem"),
                           "--tls-key=" + certs.path("server.key"), "--log-level=info"});
  ASSERT_GT(server.port(), 0) << server.log();
  EXPECT_THAT(server.log(), HasSubstr("TLS"));

  grpc::SslCredentialsOptions trusted;
  trusted.pem_root_certs = certs.pem("ca.pem");
  const grpc::Status ok = SegmentOver(grpc::SslCredentials(trusted), server.address(),
                                      server.admin_token());
  EXPECT_TRUE(ok.ok()) << ok.error_message();
  // Plaintext is not answered; nor is a client that does not trust the server's CA.
  EXPECT_FALSE(
      SegmentOver(grpc::InsecureChannelCredentials(), server.address(), server.admin_token()).ok());
  grpc::SslCredentialsOptions other_roots;
  other_roots.pem_root_certs = certs.pem("client.pem");  // Not a CA of the server's chain.
  EXPECT_FALSE(
      SegmentOver(grpc::SslCredentials(other_roots), server.address(), server.admin_token()).ok());

  // The CLI: --tls-ca and the token file.
  const auto r = testing::Run({std::string(GALLEY_BIN_DIR) + "/galley", "segment",
                               std::string(GALLEY_SOURCE_DIR) + "/examples/article.en.txt",
                               "--lang=en", "--server=" + server.address(),
                               "--tls-ca=" + certs.path("ca.pem"),
                               "--token-file=" + (server.data_dir() / "admin.token").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(r.out.empty());

  // The HTTP port serves TLS with the same certificate.
  httplib::SSLClient https("127.0.0.1", server.http_port());
  https.set_ca_cert_path(certs.path("ca.pem").c_str());
  https.enable_server_certificate_verification(true);
  auto me = https.Get("/v1/me", {{"Authorization", "Bearer " + server.admin_token()}});
  ASSERT_TRUE(me) << httplib::to_string(me.error());
  EXPECT_EQ(me->status, 200);
  EXPECT_THAT(me->body, HasSubstr("\"role\":\"admin\""));
  httplib::Client plain("127.0.0.1", server.http_port());
  auto refused = plain.Get("/healthz");
  EXPECT_TRUE(!refused || refused->status != 200);

  // A live-update stream whose client goes away: the server notices on its next write and keeps
  // serving.
  {
    httplib::SSLClient watcher("127.0.0.1", server.http_port());
    watcher.set_ca_cert_path(certs.path("ca.pem").c_str());
    watcher.Get("/v1/queue:watch", {{"Authorization", "Bearer " + server.admin_token()}},
                [](const char*, size_t) { return false; });
  }
  auto submit = https.Post("/v1/articles", {{"Authorization", "Bearer " + server.admin_token()}},
                           R"({"source_text": "시는 1만2천 명을 지원한다.",
                               "target_text": "The city supports 1,200 people."})",
                           "application/json");
  ASSERT_TRUE(submit);
  EXPECT_EQ(submit->status, 200);
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));  // The stream's next write.
  auto still = https.Get("/healthz");
  ASSERT_TRUE(still) << "galleyd died: " << server.log();
  EXPECT_EQ(still->status, 200);
}

TEST(TlsTest, MutualTlsRequiresAClientCertificateFromTheCa) {
  // A refused handshake closes the socket under the HTTPS client's feet: EPIPE, not SIGPIPE.
  signal(SIGPIPE, SIG_IGN);
  Certificates certs;
  ASSERT_TRUE(certs.ok()) << certs.why();
  testing::Galleyd server({"--tls-cert=" + certs.path("server.pem"),
                           "--tls-key=" + certs.path("server.key"),
                           "--tls-client-ca=" + certs.path("ca.pem")});
  ASSERT_GT(server.port(), 0) << server.log();
  grpc::SslCredentialsOptions without_cert;
  without_cert.pem_root_certs = certs.pem("ca.pem");
  EXPECT_FALSE(SegmentOver(grpc::SslCredentials(without_cert), server.address(),
                           server.admin_token())
                   .ok());
  grpc::SslCredentialsOptions with_cert = without_cert;
  with_cert.pem_cert_chain = certs.pem("client.pem");
  with_cert.pem_private_key = certs.pem("client.key");
  const grpc::Status status =
      SegmentOver(grpc::SslCredentials(with_cert), server.address(), server.admin_token());
  EXPECT_TRUE(status.ok()) << status.error_message();
  // HTTP too: no client certificate, no answer; with one, an answer.
  httplib::SSLClient without("127.0.0.1", server.http_port());
  without.set_ca_cert_path(certs.path("ca.pem").c_str());
  EXPECT_FALSE(without.Get("/healthz"));
  httplib::SSLClient with("127.0.0.1", server.http_port(), certs.path("client.pem"),
                          certs.path("client.key"));
  with.set_ca_cert_path(certs.path("ca.pem").c_str());
  auto health = with.Get("/healthz");
  ASSERT_TRUE(health) << httplib::to_string(health.error());
  EXPECT_EQ(health->status, 200);
  // The certificate does not replace the token.
  EXPECT_EQ(SegmentOver(grpc::SslCredentials(with_cert), server.address(), "glt_nope")
                .error_code(),
            grpc::StatusCode::UNAUTHENTICATED);
}

TEST(TlsTest, BadTlsFlagsAreClearErrors) {
  Certificates certs;
  ASSERT_TRUE(certs.ok()) << certs.why();
  const auto r = testing::Run({kGalleyd, "--listen=127.0.0.1:0", "--data-dir=" +
                               (fs::temp_directory_path() / "galley-tls-bad").string(),
                               "--tls-cert=" + certs.path("server.pem"),
                               "--tls-key=" + certs.path("server.ext")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.out + r.err, HasSubstr("--tls-key"));
  fs::remove_all(fs::temp_directory_path() / "galley-tls-bad");
}

}  // namespace
}  // namespace galley
