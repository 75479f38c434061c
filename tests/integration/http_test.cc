// The HTTP port of galleyd (issue 9): the JSON gateway gives what gRPC gives (one service
// code), errors are google.rpc-shaped with the right HTTP status, live updates arrive as
// server-sent events, /healthz and /metrics. (Who may call what: auth_test.cc.)
#include <gmock/gmock.h>
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>

#include "galley/v1/review_service.grpc.pb.h"
#include "services/api/json.h"
#include "services/galleyd/http_gateway.h"
#include "tests/integration/subprocess.h"

namespace galley {
namespace {

using ::testing::HasSubstr;
using Json = nlohmann::json;

class HttpTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_GT(server_.port(), 0) << server_.log();
    ASSERT_GT(server_.http_port(), 0) << server_.log();
    auth_ = {{"Authorization", "Bearer " + server_.admin_token()}};
  }
  httplib::Client Client() {
    httplib::Client c("127.0.0.1", server_.http_port());
    c.set_read_timeout(std::chrono::seconds(30));
    return c;
  }
  testing::Galleyd server_;
  httplib::Headers auth_;
};

TEST_F(HttpTest, TheGatewayAnswersWhatGrpcAnswers) {
  auto c = Client();
  const Json submit = {{"request_id", "same-1"},
                       {"source_text", "시는 1만2천 명을 지원한다. 김민정 연구위원이 말했다."},
                       {"target_text", "The city supports 1,200 people. Kim Min-young said so."}};
  auto posted = c.Post("/v1/articles", auth_, submit.dump(), "application/json");
  ASSERT_TRUE(posted);
  ASSERT_EQ(posted->status, 200) << posted->body;
  EXPECT_EQ(posted->get_header_value("Content-Type"), "application/json");
  const Json created = Json::parse(posted->body);
  EXPECT_EQ(created["article"]["name"], "articles/1");
  EXPECT_EQ(created["created"], true);

  // The same article through gRPC, printed with the same JSON mapping: byte-identical.
  auto stub = v1::ReviewService::NewStub(
      grpc::CreateChannel(server_.address(), grpc::InsecureChannelCredentials()));
  grpc::ClientContext context;
  context.AddMetadata("authorization", "Bearer " + server_.admin_token());
  v1::GetArticleRequest request;
  request.set_name("articles/1");
  v1::Article article;
  ASSERT_TRUE(stub->GetArticle(&context, request, &article).ok());
  auto got = c.Get("/v1/articles/1", auth_);
  ASSERT_TRUE(got);
  EXPECT_EQ(got->body, api::ToJson(article).value());

  // Query parameters are request fields; camelCase JSON names work too.
  auto listed = c.Get("/v1/articles?page_size=1&state=ARTICLE_STATE_NEEDS_REVIEW", auth_);
  ASSERT_TRUE(listed);
  EXPECT_EQ(Json::parse(listed->body)["articles"].size(), 1u);
  auto tasks = c.Get("/v1/tasks?codePrefix=NUMBER", auth_);
  ASSERT_TRUE(tasks);
  const Json task_list = Json::parse(tasks->body);
  EXPECT_EQ(task_list["total"], 1);
  EXPECT_EQ(task_list["tasks"][0]["codes"][0], "NUMBER_MISMATCH");

  // A POST with no body at all (not even "{}") is the empty request.
  auto claimed = c.Post("/v1/tasks:claimNext", auth_, "", "application/json");
  ASSERT_TRUE(claimed);
  EXPECT_EQ(claimed->status, 200) << claimed->body;
  auto exported = c.Get("/v1/articles/1:export?format=EXPORT_FORMAT_XLIFF", auth_);
  ASSERT_TRUE(exported);
  EXPECT_THAT(Json::parse(exported->body)["content"].get<std::string>(), HasSubstr("<xliff"));
}

TEST_F(HttpTest, ErrorsNameTheProblemWithTheRightStatus) {
  auto c = Client();
  const auto error_of = [](const httplib::Result& r) { return Json::parse(r->body)["error"]; };
  auto bad_json = c.Post("/v1:check", auth_, R"({"source_text": 12)", "application/json");
  ASSERT_TRUE(bad_json);
  EXPECT_EQ(bad_json->status, 400);
  EXPECT_EQ(error_of(bad_json)["status"], "INVALID_ARGUMENT");
  EXPECT_THAT(error_of(bad_json)["message"].get<std::string>(), HasSubstr("request body"));
  auto unknown_field = c.Post("/v1:check", auth_, R"({"sauce_text": "x"})", "application/json");
  ASSERT_TRUE(unknown_field);
  EXPECT_EQ(unknown_field->status, 400);
  EXPECT_THAT(error_of(unknown_field)["message"].get<std::string>(), HasSubstr("sauce_text"));
  auto missing = c.Get("/v1/articles/999", auth_);
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_EQ(error_of(missing)["status"], "NOT_FOUND");
  EXPECT_EQ(error_of(missing)["code"], 404);
  auto no_route = c.Get("/v2/nothing", auth_);
  ASSERT_TRUE(no_route);
  EXPECT_EQ(no_route->status, 404);
  EXPECT_THAT(error_of(no_route)["message"].get<std::string>(), HasSubstr("no route GET /v2/nothing"));
  auto not_held = c.Post("/v1/tasks/77:resolve", auth_, R"({"decision": "DECISION_ACCEPT"})",
                         "application/json");
  ASSERT_TRUE(not_held);
  EXPECT_EQ(not_held->status, 404);
  auto huge = c.Post("/v1:check", auth_, std::string(9 << 20, 'a'), "application/json");
  ASSERT_TRUE(huge);
  EXPECT_EQ(huge->status, 413);
  EXPECT_EQ(error_of(huge)["status"], "RESOURCE_EXHAUSTED");
  // A sentence over the engine's limit is too large as well, not a rate limit (429), and named.
  const Json long_sentence = {{"source_text", std::string(40000, 'a')},
                              {"target_text", "A sentence."}};
  auto too_long = c.Post("/v1:check", auth_, long_sentence.dump(), "application/json");
  ASSERT_TRUE(too_long);
  EXPECT_EQ(too_long->status, 413);
  EXPECT_EQ(error_of(too_long)["code"], 413);
  EXPECT_THAT(error_of(too_long)["message"].get<std::string>(),
              HasSubstr("source_text: segment 1 (bytes 0-40000) is 40000 bytes"));
  // The server still serves.
  auto health = c.Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(Json::parse(health->body)["status"], "SERVING");
}

TEST_F(HttpTest, QueueChangesArriveAsServerSentEvents) {
  std::string stream;
  std::thread reader([&] {
    auto c = Client();
    c.Get("/v1/queue:watch?after_sequence=0", auth_, [&](const char* data, size_t size) {
      stream.append(data, size);
      return stream.find("task_queued") == std::string::npos;  // Stop at the first event.
    });
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  auto c = Client();
  const Json submit = {{"source_text", "시는 1만2천 명을 지원한다."},
                       {"target_text", "The city supports 1,200 people."}};
  auto posted = c.Post("/v1/articles", auth_, submit.dump(), "application/json");
  ASSERT_TRUE(posted);
  reader.join();
  EXPECT_THAT(stream, HasSubstr("id: 1\nevent: queue\ndata: {"));
  EXPECT_THAT(stream, HasSubstr("\"kind\":\"task_queued\""));
}

TEST_F(HttpTest, MetricsCountCallsLatencyChecksAndTheQueue) {
  auto c = Client();
  const Json submit = {{"source_text", "시는 1만2천 명을 지원한다."},
                       {"target_text", "The city supports 1,200 people."}};
  ASSERT_TRUE(c.Post("/v1/articles", auth_, submit.dump(), "application/json"));
  ASSERT_TRUE(c.Get("/v1/articles/404", auth_));
  auto metrics = c.Get("/metrics", auth_);
  ASSERT_TRUE(metrics);
  ASSERT_EQ(metrics->status, 200);
  EXPECT_THAT(metrics->get_header_value("Content-Type"), HasSubstr("text/plain; version=0.0.4"));
  const std::string& text = metrics->body;
  EXPECT_THAT(text, HasSubstr(
      R"(galley_calls_total{code="OK",method="ReviewService/SubmitArticle",transport="http"} 1)"));
  EXPECT_THAT(text, HasSubstr(
      R"(galley_calls_total{code="NOT_FOUND",method="ReviewService/GetArticle",transport="http"} 1)"));
  EXPECT_THAT(text, HasSubstr("galley_call_duration_seconds_bucket{method=\"ReviewService/SubmitArticle\""));
  EXPECT_THAT(text, HasSubstr("galley_check_duration_seconds_count 1"));
  EXPECT_THAT(text, HasSubstr(R"(galley_review_tasks{state="queued"} 1)"));
  // Without a token: refused.
  auto anonymous = c.Get("/metrics");
  ASSERT_TRUE(anonymous);
  EXPECT_EQ(anonymous->status, 401);
}

// A galleyd stopped just after it started once hung in CI: cpp-httplib's stop() is lost when it
// comes before the listening thread runs. Start and stop a gateway at once, many times; a lost
// stop shows as a Stop() that never returns.
TEST(HttpGatewayTest, StopsWhenToldJustAfterStarting) {
  constexpr int kTimes = 200;
  std::atomic<int> stopped{0};
  std::atomic<bool> start_failed{false};
  std::thread starts_and_stops([&] {
    for (int i = 0; i < kTimes; ++i) {
      server::HttpOptions options;
      options.listen = "127.0.0.1:0";
      options.threads = 1;
      auto gateway = server::HttpGateway::Start(options, server::GatewayBackends{});
      if (!gateway.ok()) {
        start_failed = true;
        return;
      }
      (*gateway)->Stop();
      ++stopped;
    }
  });
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (stopped < kTimes && !start_failed && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ASSERT_FALSE(start_failed);
  if (stopped < kTimes) {
    starts_and_stops.detach();  // Stuck in Stop(); the test process ends with it.
    FAIL() << "a gateway told to stop just after starting was still running 60 s later (" << stopped
           << " of " << kTimes << " stopped)";
  }
  starts_and_stops.join();
}

}  // namespace
}  // namespace galley
