#include "services/galleyd/metrics.h"

#include <prometheus/text_serializer.h>

namespace galley::server {
namespace {

// Seconds: 0.25 ms to 10 s; a check of a news article takes about 1 ms.
prometheus::Histogram::BucketBoundaries LatencyBuckets() {
  return {0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10};
}

}  // namespace

std::string_view CodeName(int code) {
  static constexpr std::string_view kNames[] = {
      "OK",      "CANCELLED",          "UNKNOWN",           "INVALID_ARGUMENT",
      "DEADLINE_EXCEEDED", "NOT_FOUND", "ALREADY_EXISTS",   "PERMISSION_DENIED",
      "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE",
      "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED"};
  return code >= 0 && code < static_cast<int>(std::size(kNames)) ? kNames[code] : "UNKNOWN";
}

Metrics::Metrics()
    : registry_(std::make_shared<prometheus::Registry>()),
      calls_(prometheus::BuildCounter()
                 .Name("galley_calls_total")
                 .Help("Calls answered, by transport, method and status code.")
                 .Register(*registry_)),
      latency_(prometheus::BuildHistogram()
                   .Name("galley_call_duration_seconds")
                   .Help("Time from a call's arrival to its answer, by transport and method.")
                   .Register(*registry_)),
      check_seconds_(prometheus::BuildHistogram()
                         .Name("galley_check_duration_seconds")
                         .Help("Time to check one article pair (segment, align, every check).")
                         .Register(*registry_)
                         .Add({}, LatencyBuckets())),
      tasks_(prometheus::BuildGauge()
                 .Name("galley_review_tasks")
                 .Help("Review tasks by state (queued is the queue depth).")
                 .Register(*registry_)) {}

void Metrics::RecordCall(std::string_view transport, std::string_view method,
                         std::string_view code, double seconds) {
  const std::string t(transport), m(method);
  calls_.Add({{"transport", t}, {"method", m}, {"code", std::string(code)}}).Increment();
  latency_.Add({{"transport", t}, {"method", m}}, LatencyBuckets()).Observe(seconds);
}

void Metrics::RecordCheck(double seconds) { check_seconds_.Observe(seconds); }

std::string Metrics::Render(const store::TaskCounts& counts) {
  tasks_.Add({{"state", "queued"}}).Set(static_cast<double>(counts.queued));
  tasks_.Add({{"state", "claimed"}}).Set(static_cast<double>(counts.claimed));
  tasks_.Add({{"state", "resolved"}}).Set(static_cast<double>(counts.resolved));
  return prometheus::TextSerializer().Serialize(registry_->Collect());
}

}  // namespace galley::server
