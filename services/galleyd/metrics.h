// galleyd's Prometheus metrics (prometheus-cpp core), served as text on the HTTP port's /metrics:
// calls by transport, method and code, call latency, check time, and the review queue's depth
// (read from the store at each scrape). Thread-safe.
#ifndef GALLEY_SERVICES_GALLEYD_METRICS_H_
#define GALLEY_SERVICES_GALLEYD_METRICS_H_

#include <prometheus/counter.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include <memory>
#include <string>
#include <string_view>

#include "common/store/review_store.h"

namespace galley::server {

class Metrics {
 public:
  Metrics();

  // One finished call. transport: "grpc" or "http"; method: "ReviewService/SubmitArticle" or an
  // HTTP route; code: the gRPC code name ("OK", "NOT_FOUND", ...).
  void RecordCall(std::string_view transport, std::string_view method, std::string_view code,
                  double seconds);
  // One article pair checked (segment + align + checks).
  void RecordCheck(double seconds);
  // The text exposition format, with the queue gauges read from `counts`.
  std::string Render(const store::TaskCounts& counts);

 private:
  std::shared_ptr<prometheus::Registry> registry_;
  prometheus::Family<prometheus::Counter>& calls_;
  prometheus::Family<prometheus::Histogram>& latency_;
  prometheus::Histogram& check_seconds_;
  prometheus::Family<prometheus::Gauge>& tasks_;
};

// "OK", "INVALID_ARGUMENT", ... for a gRPC / absl status code number.
std::string_view CodeName(int code);

}  // namespace galley::server

#endif  // GALLEY_SERVICES_GALLEYD_METRICS_H_
