// galleyd over real gRPC on loopback: health, the three RPCs, errors, limits, CheckBatch, and a
// graceful SIGTERM with a call in flight.
#include <gmock/gmock.h>
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <future>

#include <grpcpp/generic/generic_stub.h>

#include "galley/v1/alignment_service.grpc.pb.h"
#include "galley/v1/check_service.grpc.pb.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "tests/integration/subprocess.h"

namespace galley {
namespace {

using ::testing::HasSubstr;
using testing::Galleyd;

std::shared_ptr<grpc::Channel> Connect(const Galleyd& server) {
  grpc::ChannelArguments args;
  args.SetMaxSendMessageSize(16 << 20);
  return grpc::CreateCustomChannel(server.address(), grpc::InsecureChannelCredentials(), args);
}

grpc::health::v1::HealthCheckResponse::ServingStatus Health(grpc::Channel* channel,
                                                            const std::string& service) {
  auto stub = grpc::health::v1::Health::NewStub(std::shared_ptr<grpc::Channel>(
      channel, [](grpc::Channel*) {}));
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
  grpc::health::v1::HealthCheckRequest request;
  request.set_service(service);
  grpc::health::v1::HealthCheckResponse response;
  if (!stub->Check(&context, request, &response).ok()) {
    return grpc::health::v1::HealthCheckResponse::UNKNOWN;
  }
  return response.status();
}

class GalleydTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new Galleyd({"--max-message-bytes=65536", "--insecure-no-auth"});
    ASSERT_GT(server_->port(), 0) << "galleyd did not start: " << server_->log();
    channel_ = Connect(*server_);
    ASSERT_TRUE(channel_->WaitForConnected(std::chrono::system_clock::now() +
                                           std::chrono::seconds(10)));
  }
  static void TearDownTestSuite() {
    EXPECT_EQ(server_->Stop(), 0) << server_->log();
    delete server_;
    channel_.reset();
  }
  static inline Galleyd* server_ = nullptr;
  static inline std::shared_ptr<grpc::Channel> channel_;
};

TEST_F(GalleydTest, ReportsServingOnTheHealthService) {
  using grpc::health::v1::HealthCheckResponse;
  EXPECT_EQ(Health(channel_.get(), ""), HealthCheckResponse::SERVING);
  EXPECT_EQ(Health(channel_.get(), "galley.v1.CheckService"), HealthCheckResponse::SERVING);
  EXPECT_EQ(Health(channel_.get(), "galley.v1.AlignmentService"), HealthCheckResponse::SERVING);
}

TEST_F(GalleydTest, SegmentAlignAndCheck) {
  auto alignment = v1::AlignmentService::NewStub(channel_);
  {
    grpc::ClientContext context;
    v1::SegmentRequest request;
    request.set_text("첫 문장이다. 둘째 문장이다.");
    request.set_language_code("ko");
    v1::SegmentResponse response;
    ASSERT_TRUE(alignment->Segment(&context, request, &response).ok());
    ASSERT_EQ(response.segments_size(), 2);
    EXPECT_EQ(response.segments(1).text(), "둘째 문장이다.");
    EXPECT_EQ(response.segments(1).begin(), 18u);
  }
  {
    grpc::ClientContext context;
    v1::AlignRequest request;
    request.set_source_text("정부는 발표했다. 시장은 반응하지 않았다.");
    request.set_target_text("The government announced it. The market did not react.");
    v1::AlignResponse response;
    ASSERT_TRUE(alignment->Align(&context, request, &response).ok());
    EXPECT_EQ(response.pairs_size(), 2);
  }
  auto check = v1::CheckService::NewStub(channel_);
  grpc::ClientContext context;
  v1::CheckRequest request;
  request.set_source_text("시는 1만2천 명을 지원한다.");
  request.set_target_text("The city supports 1,200 people.");
  v1::CheckResponse response;
  ASSERT_TRUE(check->Check(&context, request, &response).ok());
  ASSERT_EQ(response.findings_size(), 1);
  EXPECT_EQ(response.findings(0).code(), "NUMBER_MISMATCH");
}

TEST_F(GalleydTest, BadInputIsRefusedAndTheServerKeepsServing) {
  auto check = v1::CheckService::NewStub(channel_);
  {
    grpc::ClientContext context;
    v1::CheckRequest request;
    request.set_source_text("");
    request.set_target_text("Something.");
    v1::CheckResponse response;
    const grpc::Status status = check->Check(&context, request, &response);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_THAT(status.error_message(), HasSubstr("source_text is empty"));
  }
  {
    // Over the server's 64 KiB message limit.
    grpc::ClientContext context;
    v1::CheckRequest request;
    request.set_source_text(std::string(100000, 'a'));
    request.set_target_text("b");
    v1::CheckResponse response;
    const grpc::Status status = check->Check(&context, request, &response);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED);
  }
  {
    grpc::ClientContext context;
    v1::CheckRequest request;
    request.set_source_text("한 줄.\n두 줄.");
    request.set_target_text("One line.");
    request.set_segmentation(v1::SEGMENTATION_MODE_LINES);
    request.set_pre_aligned(true);
    v1::CheckResponse response;
    const grpc::Status status = check->Check(&context, request, &response);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_THAT(status.error_message(), HasSubstr("pre-aligned"));
  }
  // Still serving.
  grpc::ClientContext context;
  v1::CheckRequest request;
  request.set_source_text("좋다.");
  request.set_target_text("Good.");
  v1::CheckResponse response;
  EXPECT_TRUE(check->Check(&context, request, &response).ok());
}

TEST_F(GalleydTest, InvalidUtf8IsInvalidArgument) {
  // A C++ client cannot put invalid UTF-8 in a proto3 string, but other clients can: send the
  // encoded request by hand through the generic stub.
  v1::CheckRequest request;
  request.set_source_text("PLACEHOLDER");
  request.set_target_text("Fine.");
  std::string wire = request.SerializeAsString();
  const size_t at = wire.find("PLACEHOLDER");
  ASSERT_NE(at, std::string::npos);
  wire.replace(at, 11, std::string("ab\xFF\xFE" "defghij", 11));
  grpc::GenericStub generic(channel_);
  grpc::ClientContext context;
  grpc::Slice slice(wire);
  grpc::ByteBuffer send(&slice, 1), receive;
  std::promise<grpc::Status> done;
  generic.UnaryCall(&context, "/galley.v1.CheckService/Check", grpc::StubOptions(), &send,
                    &receive, [&](grpc::Status s) { done.set_value(s); });
  const grpc::Status status = done.get_future().get();
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << status.error_message();
  EXPECT_EQ(status.error_message(), "source_text: invalid UTF-8 at byte offset 2 (byte 0xff)");
}

TEST_F(GalleydTest, AlignRefusesMalformedInputClearly) {
  auto alignment = v1::AlignmentService::NewStub(channel_);
  grpc::ClientContext context;
  v1::AlignRequest request;
  request.set_source_text("한 문장.");
  request.set_target_text("   ");
  v1::AlignResponse response;
  const grpc::Status status = alignment->Align(&context, request, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(status.error_message(), "target_text is empty");
  grpc::ClientContext context2;
  request.set_target_text("One sentence.");
  request.set_source_language_code("xx-!!");
  EXPECT_EQ(alignment->Align(&context2, request, &response).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(GalleydTest, CheckBatchAnswersEveryItemInOrder) {
  auto check = v1::CheckService::NewStub(channel_);
  grpc::ClientContext context;
  auto stream = check->CheckBatch(&context);
  const std::vector<std::pair<std::string, std::string>> items = {
      {"매출은 12억 달러", "Sales were $1.2 billion"}, {"", "empty source"},
      {"1만2천 명", "1,200 people"}};
  for (size_t i = 0; i < items.size(); ++i) {
    v1::CheckBatchRequest request;
    request.set_id("item-" + std::to_string(i));
    request.mutable_check()->set_source_text(items[i].first);
    request.mutable_check()->set_target_text(items[i].second);
    ASSERT_TRUE(stream->Write(request));
  }
  stream->WritesDone();
  std::vector<v1::CheckBatchResponse> responses;
  v1::CheckBatchResponse response;
  while (stream->Read(&response)) responses.push_back(response);
  EXPECT_TRUE(stream->Finish().ok());
  ASSERT_EQ(responses.size(), 3u);
  EXPECT_EQ(responses[0].id(), "item-0");
  EXPECT_EQ(responses[0].error_code(), 0);
  EXPECT_EQ(responses[0].response().findings_size(), 0);
  EXPECT_EQ(responses[1].error_code(), static_cast<int>(grpc::StatusCode::INVALID_ARGUMENT));
  EXPECT_THAT(responses[1].error_message(), HasSubstr("empty"));
  EXPECT_EQ(responses[2].response().findings(0).code(), "NUMBER_MISMATCH");
}

TEST(GalleydShutdownTest, SigtermDrainsTheCallInFlightAndExitsZero) {
  Galleyd server({"--testing-delay-ms=1500", "--grace-ms=10000", "--log-level=info",
                  "--insecure-no-auth"});
  ASSERT_GT(server.port(), 0) << server.log();
  auto channel = Connect(server);
  ASSERT_TRUE(channel->WaitForConnected(std::chrono::system_clock::now() + std::chrono::seconds(10)));
  auto check = v1::CheckService::NewStub(channel);
  auto call = std::async(std::launch::async, [&] {
    grpc::ClientContext context;
    v1::CheckRequest request;
    request.set_source_text("매출은 12억 달러");
    request.set_target_text("Sales were $1.2 billion");
    v1::CheckResponse response;
    return check->Check(&context, request, &response);
  });
  // Let the call reach the server, then ask it to stop while the call sleeps on the pool.
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  const auto started = std::chrono::steady_clock::now();
  kill(server.pid(), SIGTERM);
  const grpc::Status status = call.get();
  EXPECT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(server.WaitForExit(), 0) << server.log();
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(10));
  EXPECT_THAT(server.log(), HasSubstr("NOT_SERVING"));
}

}  // namespace
}  // namespace galley
