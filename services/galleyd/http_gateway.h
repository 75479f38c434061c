// galleyd's HTTP port: a JSON gateway over the same service code as gRPC (proto3 JSON mapping,
// routes shaped as AIP-127 describes), server-sent events for queue changes, /healthz, /metrics
// (Prometheus text) and the editors' page (web/, compiled in). cpp-httplib serves it on its own
// thread pool; calls go through the same Gatekeeper as gRPC.
//
// Errors are {"error": {"code": HTTP status, "message", "status": gRPC code name, "details":
// [google.rpc.ErrorInfo / RetryInfo as JSON]}} with the HTTP status of the gRPC code.
#ifndef GALLEY_SERVICES_GALLEYD_HTTP_GATEWAY_H_
#define GALLEY_SERVICES_GALLEYD_HTTP_GATEWAY_H_

#include <atomic>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "absl/status/statusor.h"
#include "common/checks/engine.h"
#include "services/api/admin.h"
#include "services/api/review.h"
#include "services/auth/auth.h"
#include "services/galleyd/metrics.h"
#include "services/galleyd/review_service.h"

namespace httplib {
class Server;
}

namespace galley::server {

struct HttpOptions {
  std::string listen;  // host:port; port 0 picks a free one.
  // PEM files, as for gRPC: TLS when set; with client_ca, client certificates are required.
  std::string tls_cert, tls_key, tls_client_ca;
  size_t max_body_bytes = 8 << 20;
  int threads = 32;  // Each open live-update stream holds one.
};

// What the gateway serves; all outlive it.
struct GatewayBackends {
  const checks::Engine* engine = nullptr;
  api::ReviewApi* review = nullptr;
  api::AdminApi* admin = nullptr;
  store::ReviewStore* store = nullptr;  // For the queue gauges of /metrics.
  auth::Gatekeeper* gate = nullptr;
  Metrics* metrics = nullptr;
  QueueNotifier* notifier = nullptr;  // Closed before Stop: ends live-update streams.
};

// One route: for documentation, and the authorization matrix test.
struct HttpRoute {
  std::string_view verb;     // GET, POST, DELETE.
  std::string_view example;  // A concrete path ({id} filled in with 1).
  std::string_view method;   // The policy's method name ("" for public routes).
};
const std::vector<HttpRoute>& HttpRoutes();

// HTTP status for a gRPC / absl code (Google's mapping: NOT_FOUND 404, UNAUTHENTICATED 401...).
int HttpStatusOf(int code);

class HttpGateway {
 public:
  static absl::StatusOr<std::unique_ptr<HttpGateway>> Start(const HttpOptions& options,
                                                            const GatewayBackends& backends);
  ~HttpGateway();
  int port() const { return port_; }
  // Stops accepting and waits for the calls in flight. Thread-safe, idempotent.
  void Stop();

 private:
  HttpGateway() = default;
  void AddRoutes();

  GatewayBackends backends_;
  std::unique_ptr<httplib::Server> server_;
  std::thread thread_;
  std::atomic<bool> listen_returned_{false};  // Set by thread_ as it ends.
  int port_ = 0;
};

}  // namespace galley::server

#endif  // GALLEY_SERVICES_GALLEYD_HTTP_GATEWAY_H_
