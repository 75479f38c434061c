#include "services/galleyd/server.h"

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>
#include <spdlog/spdlog.h>

#include <filesystem>
#include <thread>

#include "common/base/status_macros.h"
#include "common/base/str_cat.h"

namespace galley::server {

absl::StatusOr<std::unique_ptr<Server>> Server::Start(const ServerOptions& options) {
  std::unique_ptr<Server> server(new Server());
  server->options_ = options;

  std::error_code ec;
  std::filesystem::create_directories(options.data_dir, ec);
  if (ec) {
    return absl::FailedPreconditionError(
        galley::StrCat("cannot create data directory ", options.data_dir, ": ", ec.message()));
  }

  ASSIGN_OR_RETURN(server->engine_, checks::Engine::Create(options.engine));
  const int threads = options.worker_threads > 0
                          ? options.worker_threads
                          // Two per core: review writes wait on fsync (group commit) while
                          // holding a worker, and the other core's worth keeps checking.
                          : 2 * std::max(1u, std::thread::hardware_concurrency());
  server->pool_ = std::make_unique<WorkerPool>(threads);
  ServiceContext context{server->engine_.get(), server->pool_.get(), options.testing_delay};
  server->alignment_service_ = std::make_unique<AlignmentServiceImpl>(context);
  server->check_service_ = std::make_unique<CheckServiceImpl>(context);

  std::string database = options.database;
  if (database.empty()) {
    database = "sqlite:" + (std::filesystem::path(options.data_dir) / "galley.db").string();
  }
  if (database.rfind("sqlite:", 0) == 0) {
    ASSIGN_OR_RETURN(server->store_, store::OpenSqliteStore(database.substr(7)));
  } else if (database.rfind("postgresql://", 0) == 0 || database.rfind("postgres://", 0) == 0) {
    ASSIGN_OR_RETURN(server->store_, store::OpenPostgresStore(database));
  } else {
    return absl::InvalidArgumentError(galley::StrCat(
        "--database: expected sqlite:PATH or postgresql://USER@HOST:PORT/DB (or nothing for ",
        options.data_dir, "/galley.db)"));
  }
  // Other replicas' changes (PostgreSQL NOTIFY) wake this server's WatchQueue streams.
  server->store_->OnChange([notifier = &server->notifier_] { notifier->Notify(); });
  api::ReviewApi::Options review_options;
  review_options.default_lease_ms = options.lease.count();
  server->review_api_ = std::make_unique<api::ReviewApi>(*server->engine_, *server->store_,
                                                         review_options);
  server->review_service_ = std::make_unique<ReviewServiceImpl>(
      server->review_api_.get(), server->pool_.get(), &server->notifier_);

  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  grpc::ServerBuilder builder;
  builder.AddListeningPort(options.listen_address, grpc::InsecureServerCredentials(),
                           &server->port_);
  builder.SetMaxReceiveMessageSize(options.max_message_bytes);
  builder.SetMaxSendMessageSize(options.max_message_bytes);
  builder.RegisterService(server->alignment_service_.get());
  builder.RegisterService(server->check_service_.get());
  builder.RegisterService(server->review_service_.get());
  server->server_ = builder.BuildAndStart();
  if (!server->server_ || server->port_ == 0) {
    return absl::UnavailableError(
        galley::StrCat("cannot listen on ", options.listen_address,
                       " (address in use, or not an address of this machine?)"));
  }
  auto* health = server->server_->GetHealthCheckService();
  health->SetServingStatus(true);
  health->SetServingStatus("galley.v1.AlignmentService", true);
  health->SetServingStatus("galley.v1.CheckService", true);
  health->SetServingStatus("galley.v1.ReviewService", true);
  spdlog::info(
      "galleyd listening on port {} (data {}, database {}, {} worker threads, max message {} "
      "bytes)",
      server->port_, options.data_dir,
      database.rfind("sqlite:", 0) == 0 ? database : std::string("postgresql"), threads,
      options.max_message_bytes);
  return server;
}

Server::~Server() { Shutdown(); }

void Server::Shutdown() {
  std::lock_guard<std::mutex> lock(shutdown_mutex_);
  if (shut_down_ || !server_) return;
  shut_down_ = true;
  spdlog::info("shutting down: NOT_SERVING, draining in-flight calls for up to {} ms",
               options_.grace.count());
  server_->GetHealthCheckService()->SetServingStatus(false);
  notifier_.Close();  // Ends WatchQueue streams, so the drain below does not wait for them.
  // Returns once every call has finished; calls still running at the deadline are cancelled.
  server_->Shutdown(std::chrono::system_clock::now() + options_.grace);
  pool_->Stop();
  spdlog::info("shutdown complete");
}

void Server::Wait() {
  if (server_) server_->Wait();
}

}  // namespace galley::server
