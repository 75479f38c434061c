// galleyd's server: options, wiring of engine, pool and services, start and graceful stop.
#ifndef GALLEY_SERVICES_GALLEYD_SERVER_H_
#define GALLEY_SERVICES_GALLEYD_SERVER_H_

#include <grpcpp/grpcpp.h>

#include <chrono>
#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "common/checks/engine.h"
#include "common/store/review_store.h"
#include "services/api/review.h"
#include "services/auth/auth.h"
#include "services/galleyd/admin_service.h"
#include "services/galleyd/http_gateway.h"
#include "services/galleyd/review_service.h"
#include "services/galleyd/services.h"
#include "services/galleyd/worker_pool.h"

namespace galley::server {

struct ServerOptions {
  // host:port to listen on; port 0 picks a free port (see Server::port()).
  std::string listen_address = "127.0.0.1:50051";
  // Where galleyd keeps its state; created if missing.
  std::string data_dir = "galley-data";
  // Largest gRPC message accepted or sent, bytes.
  int max_message_bytes = 8 << 20;
  // Worker threads; 0 means two per core.
  int worker_threads = 0;
  // How long in-flight calls may run after a stop is asked for.
  std::chrono::milliseconds grace{10000};
  checks::EngineOptions engine;
  // The review store: "" for SQLite in data_dir/galley.db, "sqlite:PATH" for another file.
  std::string database;
  // Review tasks' default lease.
  std::chrono::milliseconds lease{10 * 60 * 1000};
  // Authentication and per-token rates; auth.enabled is false only with --insecure-no-auth.
  auth::Options auth;
  // TLS, PEM files; all empty for plaintext. With tls_client_ca, clients must present a
  // certificate signed by it (mutual TLS).
  std::string tls_cert, tls_key, tls_client_ca;
  // The HTTP port (JSON gateway, live updates, /metrics, the editors' page): host:port, port 0
  // for any free one, "" for none.
  std::string http_listen = "127.0.0.1:8080";
  std::chrono::milliseconds testing_delay{0};
};

// The review store options.database names (DATA_DIR/galley.db when empty); creates data_dir.
absl::StatusOr<std::unique_ptr<store::ReviewStore>> OpenStore(const ServerOptions& options);

// Where the first start leaves the admin token's secret.
std::string AdminTokenPath(const ServerOptions& options);

// Thread-safe: Shutdown may be called from any thread, once Start has returned.
class Server {
 public:
  // Builds the engine, creates the data directory, binds and starts serving.
  static absl::StatusOr<std::unique_ptr<Server>> Start(const ServerOptions& options);
  ~Server();

  int port() const { return port_; }
  int http_port() const { return http_ ? http_->port() : 0; }
  // Reports NOT_SERVING on the health service, stops accepting calls, lets in-flight calls finish
  // within the grace period (then cancels them), and stops the worker pool.
  void Shutdown();
  // Blocks until Shutdown has completed.
  void Wait();

 private:
  Server() = default;
  ServerOptions options_;
  std::unique_ptr<checks::Engine> engine_;
  std::unique_ptr<WorkerPool> pool_;
  Metrics metrics_;
  std::unique_ptr<AlignmentServiceImpl> alignment_service_;
  std::unique_ptr<CheckServiceImpl> check_service_;
  QueueNotifier notifier_;  // Declared before store_: the store's listener calls it until destroyed.
  std::unique_ptr<store::ReviewStore> store_;
  std::unique_ptr<auth::Gatekeeper> gate_;
  std::unique_ptr<api::ReviewApi> review_api_;
  std::unique_ptr<ReviewServiceImpl> review_service_;
  std::unique_ptr<api::AdminApi> admin_api_;
  std::unique_ptr<AdminServiceImpl> admin_service_;
  std::unique_ptr<grpc::Server> server_;
  std::unique_ptr<HttpGateway> http_;
  int port_ = 0;
  std::mutex shutdown_mutex_;
  bool shut_down_ = false;  // GUARDED_BY(shutdown_mutex_)
};

}  // namespace galley::server

#endif  // GALLEY_SERVICES_GALLEYD_SERVER_H_
