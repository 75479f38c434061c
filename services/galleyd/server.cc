#include "services/galleyd/server.h"

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>
#include <spdlog/spdlog.h>

#include <fcntl.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "common/base/status_macros.h"
#include "common/base/str_cat.h"

namespace galley::server {
namespace {

absl::StatusOr<std::string> ReadPem(const std::string& path, std::string_view flag) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  if (!in || content.str().find("-----BEGIN ") == std::string::npos) {
    return absl::InvalidArgumentError(
        galley::StrCat(flag, " ", path, ": cannot read a PEM file there"));
  }
  return content.str();
}

absl::StatusOr<std::shared_ptr<grpc::ServerCredentials>> ServerCredentials(
    const ServerOptions& options) {
  if (options.tls_cert.empty() && options.tls_key.empty()) {
    if (!options.tls_client_ca.empty()) {
      return absl::InvalidArgumentError("--tls-client-ca needs --tls-cert and --tls-key");
    }
    return grpc::InsecureServerCredentials();
  }
  if (options.tls_cert.empty() || options.tls_key.empty()) {
    return absl::InvalidArgumentError("--tls-cert and --tls-key go together");
  }
  grpc::SslServerCredentialsOptions ssl;
  grpc::SslServerCredentialsOptions::PemKeyCertPair pair;
  ASSIGN_OR_RETURN(pair.private_key, ReadPem(options.tls_key, "--tls-key"));
  ASSIGN_OR_RETURN(pair.cert_chain, ReadPem(options.tls_cert, "--tls-cert"));
  ssl.pem_key_cert_pairs.push_back(std::move(pair));
  if (!options.tls_client_ca.empty()) {
    ASSIGN_OR_RETURN(ssl.pem_root_certs, ReadPem(options.tls_client_ca, "--tls-client-ca"));
    ssl.client_certificate_request = GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY;
  }
  return grpc::SslServerCredentials(ssl);
}

// On the first start with authentication (no token in the store), creates an admin token and
// writes its secret to `path`, readable by this user only.
absl::Status CreateFirstAdminToken(store::ReviewStore& store, const std::string& path) {
  ASSIGN_OR_RETURN(const std::vector<store::ApiToken> tokens, store.ListTokens());
  if (!tokens.empty()) return absl::OkStatus();
  const int64_t now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
  ASSIGN_OR_RETURN(auth::NewToken token, auth::GenerateToken("admin", auth::Role::kAdmin, now_ms));
  ::unlink(path.c_str());  // A stale file from an earlier database.
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    return absl::FailedPreconditionError(
        galley::StrCat("cannot create ", path, " for the first admin token: ", strerror(errno)));
  }
  const std::string line = token.secret + "\n";
  const bool written = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size()) &&
                       ::fsync(fd) == 0;
  ::close(fd);
  if (!written) return absl::InternalError(galley::StrCat("cannot write ", path));
  RETURN_IF_ERROR(store.CreateToken(token.record, auth::Sha256Hex(token.secret)));
  spdlog::warn(
      "created the first admin token ({}); its secret is in {} (mode 0600). Create tokens for "
      "people and systems with `galleyd token create`, then delete that file.",
      token.record.id, path);
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::unique_ptr<store::ReviewStore>> OpenStore(const ServerOptions& options) {
  std::error_code ec;
  std::filesystem::create_directories(options.data_dir, ec);
  if (ec) {
    return absl::FailedPreconditionError(
        galley::StrCat("cannot create data directory ", options.data_dir, ": ", ec.message()));
  }
  std::string database = options.database;
  if (database.empty()) {
    database = "sqlite:" + (std::filesystem::path(options.data_dir) / "galley.db").string();
  }
  if (database.rfind("sqlite:", 0) == 0) return store::OpenSqliteStore(database.substr(7));
  if (database.rfind("postgresql://", 0) == 0 || database.rfind("postgres://", 0) == 0) {
    return store::OpenPostgresStore(database);
  }
  return absl::InvalidArgumentError(galley::StrCat(
      "--database: expected sqlite:PATH or postgresql://USER@HOST:PORT/DB (or nothing for ",
      options.data_dir, "/galley.db)"));
}

std::string AdminTokenPath(const ServerOptions& options) {
  return (std::filesystem::path(options.data_dir) / "admin.token").string();
}

absl::StatusOr<std::unique_ptr<Server>> Server::Start(const ServerOptions& options) {
  std::unique_ptr<Server> server(new Server());
  server->options_ = options;

  ASSIGN_OR_RETURN(server->engine_, checks::Engine::Create(options.engine));
  const int threads = options.worker_threads > 0
                          ? options.worker_threads
                          // Two per core: review writes wait on fsync (group commit) while
                          // holding a worker, and the other core's worth keeps checking.
                          : 2 * std::max(1u, std::thread::hardware_concurrency());
  server->pool_ = std::make_unique<WorkerPool>(threads);
  ServiceContext context{server->engine_.get(), server->pool_.get(), nullptr,
                         &server->metrics_, options.testing_delay};

  ASSIGN_OR_RETURN(server->store_, OpenStore(options));
  server->gate_ = std::make_unique<auth::Gatekeeper>(server->store_.get(), options.auth);
  if (options.auth.enabled) {
    RETURN_IF_ERROR(CreateFirstAdminToken(*server->store_, AdminTokenPath(options)));
  } else {
    spdlog::warn(
        "authentication is OFF (--insecure-no-auth): anyone who reaches {} can read and change "
        "every article, task and decision",
        options.listen_address);
  }
  context.gate = server->gate_.get();
  server->alignment_service_ = std::make_unique<AlignmentServiceImpl>(context);
  server->check_service_ = std::make_unique<CheckServiceImpl>(context);

  // Other replicas' changes (PostgreSQL NOTIFY) wake this server's WatchQueue streams.
  server->store_->OnChange([notifier = &server->notifier_] { notifier->Notify(); });
  api::ReviewApi::Options review_options;
  review_options.default_lease_ms = options.lease.count();
  review_options.observe_check_seconds = [metrics = &server->metrics_](double seconds) {
    metrics->RecordCheck(seconds);
  };
  server->review_api_ = std::make_unique<api::ReviewApi>(*server->engine_, *server->store_,
                                                         review_options);
  server->review_service_ = std::make_unique<ReviewServiceImpl>(
      server->review_api_.get(), context, &server->notifier_);
  server->admin_api_ = std::make_unique<api::AdminApi>(*server->store_, [] {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  });
  server->admin_service_ = std::make_unique<AdminServiceImpl>(server->admin_api_.get(), context);

  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  grpc::ServerBuilder builder;
  ASSIGN_OR_RETURN(std::shared_ptr<grpc::ServerCredentials> credentials,
                   ServerCredentials(options));
  builder.AddListeningPort(options.listen_address, credentials, &server->port_);
  builder.SetMaxReceiveMessageSize(options.max_message_bytes);
  builder.SetMaxSendMessageSize(options.max_message_bytes);
  builder.RegisterService(server->alignment_service_.get());
  builder.RegisterService(server->check_service_.get());
  builder.RegisterService(server->review_service_.get());
  builder.RegisterService(server->admin_service_.get());
  server->server_ = builder.BuildAndStart();
  if (!server->server_ || server->port_ == 0) {
    return absl::UnavailableError(
        galley::StrCat("cannot listen on ", options.listen_address,
                       " (address in use, or not an address of this machine?)"));
  }
  if (!options.http_listen.empty()) {
    HttpOptions http;
    http.listen = options.http_listen;
    http.tls_cert = options.tls_cert;
    http.tls_key = options.tls_key;
    http.tls_client_ca = options.tls_client_ca;
    http.max_body_bytes = static_cast<size_t>(options.max_message_bytes);
    GatewayBackends backends{server->engine_.get(), server->review_api_.get(),
                             server->admin_api_.get(), server->store_.get(),
                             server->gate_.get(),      &server->metrics_,
                             &server->notifier_};
    auto gateway = HttpGateway::Start(http, backends);
    if (!gateway.ok()) {
      server->server_->Shutdown();
      return gateway.status();
    }
    server->http_ = std::move(gateway).value();
  }
  auto* health = server->server_->GetHealthCheckService();
  health->SetServingStatus(true);
  health->SetServingStatus("galley.v1.AlignmentService", true);
  health->SetServingStatus("galley.v1.CheckService", true);
  health->SetServingStatus("galley.v1.ReviewService", true);
  health->SetServingStatus("galley.v1.AdminService", true);
  spdlog::info(
      "galleyd listening on port {} (gRPC), {} (HTTP) ({}{}; data {}, database {}, {} worker "
      "threads, max message {} bytes)",
      server->port_,
      server->http_ ? std::to_string(server->http_->port()) : std::string("none"),
      options.tls_cert.empty() ? "plaintext" : "TLS",
      options.tls_client_ca.empty() ? "" : ", client certificates required", options.data_dir,
      options.database.empty() || options.database.rfind("sqlite:", 0) == 0 ? "sqlite"
                                                                           : "postgresql",
      threads, options.max_message_bytes);
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
  if (http_) http_->Stop();
  // Returns once every call has finished; calls still running at the deadline are cancelled.
  server_->Shutdown(std::chrono::system_clock::now() + options_.grace);
  pool_->Stop();
  spdlog::info("shutdown complete");
}

void Server::Wait() {
  if (server_) server_->Wait();
}

}  // namespace galley::server
