// The HTTP gateway's request parsing (services/galleyd/http_request.h), as a request reaches it:
// a query string (decoded by cpp-httplib) and a JSON body, into each request message the gateway
// accepts. The first byte picks the message; the rest is "QUERY\nBODY". Errors are fine; crashes
// are not, and a message that parses must print the same JSON through Galley's printer as
// through protobuf's.
#include <httplib.h>

#include <string>

#include "galley/v1/alignment_service.pb.h"
#include "galley/v1/check_service.pb.h"
#include "galley/v1/review_service.pb.h"
#include "services/api/json.h"
#include "services/galleyd/http_request.h"
#include "tests/fuzz/fuzz_util.h"

namespace {

template <typename Message>
void Parse(const std::string& query, const std::string& body) {
  httplib::Params params;
  httplib::detail::parse_query_text(query, params);
  for (const auto& parsed : {galley::server::ParseQueryParams<Message>(params),
                             galley::server::ParseJsonBody<Message>(body)}) {
    if (!parsed.ok()) {
      FUZZ_CHECK(parsed.status().code() == absl::StatusCode::kInvalidArgument);
      continue;
    }
    const auto fast = galley::api::ToJson(*parsed);
    const auto reference = galley::api::ToJsonWithProtobuf(*parsed);
    FUZZ_CHECK(fast.ok() == reference.ok());
    if (fast.ok()) FUZZ_CHECK(*fast == *reference);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string input(reinterpret_cast<const char*>(data) + 1, size - 1);
  const size_t newline = input.find('\n');
  const std::string query = input.substr(0, newline);
  const std::string body = newline == std::string::npos ? "" : input.substr(newline + 1);
  namespace v1 = galley::v1;
  switch (data[0] % 11) {
    case 0: Parse<v1::SegmentRequest>(query, body); break;
    case 1: Parse<v1::AlignRequest>(query, body); break;
    case 2: Parse<v1::CheckRequest>(query, body); break;
    case 3: Parse<v1::SubmitArticleRequest>(query, body); break;
    case 4: Parse<v1::ListArticlesRequest>(query, body); break;
    case 5: Parse<v1::ExportArticleRequest>(query, body); break;
    case 6: Parse<v1::ClaimNextTaskRequest>(query, body); break;
    case 7: Parse<v1::RenewTaskRequest>(query, body); break;
    case 8: Parse<v1::ReleaseTaskRequest>(query, body); break;
    case 9: Parse<v1::ResolveTaskRequest>(query, body); break;
    default: Parse<v1::WatchQueueRequest>(query, body); break;
  }
  return 0;
}
