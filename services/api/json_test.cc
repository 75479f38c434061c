#include "services/api/json.h"

#include <gmock/gmock.h>
#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

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

// ToJson prints Galley's messages itself; it must print exactly what protobuf prints.
void ExpectSameAsProtobuf(const google::protobuf::Message& message) {
  const auto fast = ToJson(message);
  const auto reference = ToJsonWithProtobuf(message);
  ASSERT_TRUE(fast.ok() && reference.ok());
  EXPECT_EQ(*fast, *reference);
}

TEST(JsonTest, DirectPrinterMatchesProtobufOnEscapesNumbersAndPresence) {
  v1::CheckBatchResponse error;  // No response message: left out, as protobuf does.
  error.set_id("a<b>&\"c\"");
  error.set_error_code(3);
  error.set_error_message("bad\x01\b\f\n\r\t\x7f byte \xc2\x85 \xc2\xad \xe2\x80\xa8 \xef\xbb\xbf "
                          "\xf0\x9d\x85\xb3 \xf3\xa0\x80\x81 한글 😀 é");
  ExpectSameAsProtobuf(error);

  v1::CheckBatchResponse full;
  full.set_id("x");
  v1::CheckResponse* r = full.mutable_response();
  r->mutable_summary();  // Set but all defaults: printed with its zeros.
  const double values[] = {0, 1, -0.0, 0.1, 1.0 / 3, 2.0 / 3, 1e-7, 1.5e-300, 1e21, 123456789012345678.0,
                           94.148936170212764, 0.99923339350949614, 100, 5e-324,
                           std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                           std::nan("")};
  for (double v : values) {
    v1::Pair* p = r->add_pairs();
    p->set_confidence(v);
    p->add_source_indexes(4000000000u);
  }
  v1::Finding* f = r->add_findings();
  f->set_severity(static_cast<v1::Severity>(42));  // Unknown enum value: printed as a number.
  f->set_code("NUMBER_MISMATCH");
  f->add_source_spans()->set_text("1만2천 명");
  ExpectSameAsProtobuf(full);
  ExpectSameAsProtobuf(v1::CheckResponse());
  // Invalid UTF-8 (never in Galley's responses) goes to protobuf's printer, whatever it does.
  for (const char* bad : {"a\xff", "\xed\xa0\x80", "\xc0\xaf", "\xf4\x90\x80\x80", "\xe2\x82"}) {
    v1::CheckBatchResponse invalid;
    invalid.set_id(bad);
    const auto fast = ToJson(invalid), reference = ToJsonWithProtobuf(invalid);
    EXPECT_EQ(fast.ok(), reference.ok());
    if (fast.ok() && reference.ok()) {
      EXPECT_EQ(*fast, *reference);
    }
  }
  ExpectSameAsProtobuf(v1::CheckRequest());
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Real responses: the example article, and every 20-line window of the dev news set.
TEST(JsonTest, DirectPrinterMatchesProtobufOnRealResponses) {
  auto engine = checks::Engine::Create();
  ASSERT_TRUE(engine.ok());
  std::vector<std::pair<std::string, std::string>> pairs = {
      {ReadFile(std::string(GALLEY_SOURCE_DIR) + "/examples/article.ko.txt"),
       ReadFile(std::string(GALLEY_SOURCE_DIR) + "/examples/article.en.txt")}};
  std::ifstream ko(std::string(GALLEY_DATA_DIR) + "/ko-en-news-dev/source.ko");
  std::ifstream en(std::string(GALLEY_DATA_DIR) + "/ko-en-news-dev/target.en");
  std::string k, e, ko_text, en_text;
  for (int line = 1; std::getline(ko, k) && std::getline(en, e); ++line) {
    ko_text += k + "\n";
    en_text += e + "\n";
    if (line % 20 == 0) {
      pairs.emplace_back(ko_text, en_text);
      ko_text.clear();
      en_text.clear();
    }
  }
  int compared = 0;
  for (const auto& [source, target] : pairs) {
    v1::CheckRequest request;
    request.set_source_text(source);
    request.set_target_text(target);
    auto response = Check(**engine, request);
    ASSERT_TRUE(response.ok()) << response.status();
    ExpectSameAsProtobuf(*response);
    v1::AlignRequest align;
    align.set_source_text(source);
    align.set_target_text(target);
    auto aligned = Align(**engine, align);
    ASSERT_TRUE(aligned.ok());
    ExpectSameAsProtobuf(*aligned);
    ++compared;
  }
  EXPECT_GE(compared, 1);
}

}  // namespace
}  // namespace galley::api
