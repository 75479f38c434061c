#include "services/api/json.h"

#include <gmock/gmock.h>
#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include "services/api/handlers.h"

namespace galley::api {
namespace {

using ::testing::HasSubstr;

TEST(JsonTest, CheckResponseRoundTripsThroughProto3Json) {
  auto engine = checks::Engine::Create();
  ASSERT_TRUE(engine.ok());
  v1::CheckRequest request;
  request.set_source_text("시는 1만2천 명을 지원한다.\n이하경 주필이 말했다.");
  request.set_target_text("The city supports 1,200 people.\nEditor Lee Ha-young said.");
  request.set_segmentation(v1::SEGMENTATION_MODE_LINES);
  request.set_pre_aligned(true);
  auto response = Check(**engine, request);
  ASSERT_TRUE(response.ok()) << response.status();
  ASSERT_EQ(response->findings_size(), 2);

  auto json = ToJson(*response);
  ASSERT_TRUE(json.ok());
  // The contract's keys, snake_case, with defaults printed.
  for (const char* key : {"\"source_segments\"", "\"target_segments\"", "\"pairs\"",
                          "\"source_indexes\"", "\"target_indexes\"", "\"findings\"",
                          "\"pair_index\"", "\"code\"", "\"severity\"", "\"begin\"", "\"end\""}) {
    EXPECT_THAT(*json, HasSubstr(key));
  }
  EXPECT_THAT(*json, HasSubstr("\"pair_index\":0"));  // A default value, printed.
  EXPECT_THAT(*json, HasSubstr("\"severity\":\"SEVERITY_MAJOR\""));

  v1::CheckResponse parsed;
  ASSERT_TRUE(FromJson(*json, &parsed).ok());
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(parsed, *response));
}

TEST(JsonTest, UnknownFieldsAreRejectedWithTheirName) {
  v1::CheckRequest request;
  const absl::Status s = FromJson(R"({"source_text": "a", "sauce_text": "b"})", &request);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(s.message()), HasSubstr("sauce_text"));
}

}  // namespace
}  // namespace galley::api
