// galleyd's limits (issue 8): segments per article, and call deadlines honoured before any work
// and passed to the store. (Message and article size limits: galleyd_test.cc and
// review_test.cc; per-token rates: auth_test.cc.)
#include <gmock/gmock.h>
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <thread>

#include "galley/v1/check_service.grpc.pb.h"
#include "galley/v1/review_service.grpc.pb.h"
#include "tests/integration/subprocess.h"

namespace galley {
namespace {

using ::testing::HasSubstr;

void WithToken(grpc::ClientContext* context, const testing::Galleyd& server) {
  context->AddMetadata("authorization", "Bearer " + server.admin_token());
}

int StoredArticles(const testing::Galleyd& server) {
  auto stub = v1::ReviewService::NewStub(
      grpc::CreateChannel(server.address(), grpc::InsecureChannelCredentials()));
  grpc::ClientContext context;
  WithToken(&context, server);
  v1::ListArticlesResponse list;
  EXPECT_TRUE(stub->ListArticles(&context, v1::ListArticlesRequest(), &list).ok());
  return list.articles_size();
}

TEST(LimitsTest, TooManySegmentsIsRefusedAndNothingIsStored) {
  testing::Galleyd server({"--max-segments=3"});
  ASSERT_GT(server.port(), 0) << server.log();
  auto channel = grpc::CreateChannel(server.address(), grpc::InsecureChannelCredentials());
  const std::string ko = "하나다. 둘이다. 셋이다. 넷이다. 다섯이다.";
  const std::string en = "One. Two. Three. Four. Five.";
  {
    auto stub = v1::CheckService::NewStub(channel);
    grpc::ClientContext context;
    WithToken(&context, server);
    v1::CheckRequest request;
    request.set_source_text(ko);
    request.set_target_text(en);
    v1::CheckResponse response;
    const grpc::Status status = stub->Check(&context, request, &response);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED);
    EXPECT_THAT(status.error_message(), HasSubstr("source_text has 5 segments; the limit is 3"));
  }
  {
    auto stub = v1::ReviewService::NewStub(channel);
    grpc::ClientContext context;
    WithToken(&context, server);
    v1::SubmitArticleRequest request;
    request.set_source_text(ko);
    request.set_target_text(en);
    v1::SubmitArticleResponse response;
    EXPECT_EQ(stub->SubmitArticle(&context, request, &response).error_code(),
              grpc::StatusCode::RESOURCE_EXHAUSTED);
  }
  EXPECT_EQ(StoredArticles(server), 0);
}

// A call whose deadline passes while it waits for a worker is not run: the client sees
// DEADLINE_EXCEEDED and the server stores nothing (it does not finish work nobody waits for).
TEST(LimitsTest, AnExpiredDeadlineMeansNoWorkAndNothingStored) {
  testing::Galleyd server({"--testing-delay-ms=400", "--log-level=info"});
  ASSERT_GT(server.port(), 0) << server.log();
  auto stub = v1::ReviewService::NewStub(
      grpc::CreateChannel(server.address(), grpc::InsecureChannelCredentials()));
  grpc::ClientContext context;
  WithToken(&context, server);
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(100));
  v1::SubmitArticleRequest request;
  request.set_request_id("late");
  request.set_source_text("시는 1만2천 명을 지원한다.");
  request.set_target_text("The city supports 1,200 people.");
  v1::SubmitArticleResponse response;
  EXPECT_EQ(stub->SubmitArticle(&context, request, &response).error_code(),
            grpc::StatusCode::DEADLINE_EXCEEDED);
  std::this_thread::sleep_for(std::chrono::milliseconds(600));  // The server reaches the call.
  EXPECT_EQ(StoredArticles(server), 0);
  EXPECT_THAT(server.log(), HasSubstr("deadline passed in the queue"));
}

TEST(LimitsTest, DefaultsAreStatedInHelp) {
  const auto r = testing::Run({std::string(GALLEY_BIN_DIR) + "/galleyd", "--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* flag : {"--max-message-bytes INT:INT in [1024 - 1073741824]=8388608",
                           "--max-article-bytes UINT:UINT in [1 - 1073741824]=1048576",
                           "--max-segments UINT:UINT in [1 - 16777216]=10000",
                           "--rate-limit FLOAT:FLOAT in [0 - 1e+06]=200",
                           "--rate-burst FLOAT:FLOAT in [1 - 1e+06]=400"}) {
    EXPECT_THAT(r.out, HasSubstr(flag));
  }
}

}  // namespace
}  // namespace galley
