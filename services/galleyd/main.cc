// galleyd: the Galley server. Flags in --help; see README.md.
#include <signal.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <thread>

#include "services/galleyd/server.h"

namespace {

// Blocks SIGINT and SIGTERM in every thread (call before any thread starts), so that only the
// waiting thread sees them; shutdown then runs on an ordinary thread, never in a signal handler.
sigset_t BlockStopSignals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  return signals;
}

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string Date(int64_t ms) {
  const std::time_t t = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char out[32];
  std::strftime(out, sizeof out, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return out;
}

// `galleyd token create|list|revoke`: works on the store directly (the same --data-dir or
// --database as the server; the server may be running). Returns the exit status.
int RunTokenCommand(const galley::server::ServerOptions& options, const std::string& action,
                    const std::string& name, const std::string& role_name,
                    const std::string& which) {
  auto store = galley::server::OpenStore(options);
  if (!store.ok()) {
    std::cerr << "galleyd token: " << store.status().message() << "\n";
    return 1;
  }
  if (action == "create") {
    auto role = galley::auth::ParseRole(role_name);
    auto token = role.ok() ? galley::auth::GenerateToken(name, *role, NowMs())
                           : absl::StatusOr<galley::auth::NewToken>(role.status());
    absl::Status stored = token.ok() ? (*store)->CreateToken(
                                           token->record, galley::auth::Sha256Hex(token->secret))
                                     : token.status();
    if (!stored.ok()) {
      std::cerr << "galleyd token create: " << stored.message() << "\n";
      return 2;
    }
    std::cerr << "created " << token->record.id << " (" << role_name << ", " << name
              << "); the secret below is shown once and stored only as a hash:\n";
    std::cout << token->secret << "\n";
    return 0;
  }
  if (action == "list") {
    auto tokens = (*store)->ListTokens();
    if (!tokens.ok()) {
      std::cerr << "galleyd token list: " << tokens.status().message() << "\n";
      return 1;
    }
    std::printf("%-18s %-10s %-24s %-21s %s\n", "ID", "ROLE", "NAME", "CREATED", "REVOKED");
    for (const auto& t : *tokens) {
      std::printf("%-18s %-10s %-24s %-21s %s\n", t.id.c_str(),
                  std::string(galley::auth::RoleName(t.role)).c_str(), t.name.c_str(),
                  Date(t.created_ms).c_str(), t.revoked_ms ? Date(t.revoked_ms).c_str() : "-");
    }
    return 0;
  }
  auto revoked = (*store)->RevokeTokens(which, NowMs());
  if (!revoked.ok()) {
    std::cerr << "galleyd token revoke: " << revoked.status().message() << "\n";
    return 2;
  }
  for (const auto& t : *revoked) std::cerr << "revoked " << t.id << " (" << t.name << ")\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  galley::server::ServerOptions options;
  std::string log_level = "info";
  std::string port_file;
  int grace_ms = static_cast<int>(options.grace.count());
  int testing_delay_ms = 0;
  size_t max_article_bytes = options.engine.max_text_bytes;

  CLI::App app{
      "galleyd: checks English translations of Korean news over gRPC (galley.v1).\n"
      "Serves AlignmentService, CheckService, ReviewService (the review queue, stored in\n"
      "DATA_DIR/galley.db unless --database says otherwise), gRPC health checking and server\n"
      "reflection.\n"
      "Every call needs a bearer token (metadata \"authorization: Bearer glt_...\"); the first\n"
      "start writes an admin token to DATA_DIR/admin.token. Manage tokens with `galleyd token`.\n"
      "Stops gracefully on SIGTERM or SIGINT: reports NOT_SERVING, drains in-flight calls."};
  app.add_option("--listen", options.listen_address, "host:port to listen on (port 0: any free)")
      ->capture_default_str();
  app.add_option("--data-dir", options.data_dir, "directory for galleyd's state (created)")
      ->capture_default_str();
  app.add_option("--log-level", log_level, "trace, debug, info, warn, error or off")
      ->capture_default_str()
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "critical", "off"}));
  app.add_option("--max-message-bytes", options.max_message_bytes,
                 "largest gRPC message accepted or sent")
      ->capture_default_str()
      ->check(CLI::Range(1024, 1 << 30));
  app.add_option("--max-article-bytes", max_article_bytes,
                 "largest source or target text accepted")
      ->capture_default_str()
      ->check(CLI::Range(size_t{1}, size_t{1} << 30));
  app.add_option("--workers", options.worker_threads, "worker threads (0: two per core)")
      ->capture_default_str()
      ->check(CLI::Range(0, 1024));
  app.add_option("--grace-ms", grace_ms, "how long in-flight calls may finish after SIGTERM")
      ->capture_default_str()
      ->check(CLI::Range(0, 3600000));
  app.add_option("--port-file", port_file,
                 "write the ports listened on to this file (gRPC, then HTTP, a line each)");
  app.add_option("--http-listen", options.http_listen,
                 "host:port of the HTTP port: JSON gateway, live updates, /metrics, /healthz and "
                 "the editors' page (port 0: any free; \"\": no HTTP)")
      ->capture_default_str();
  app.add_option("--database", options.database,
                 "review store: sqlite:PATH (default: DATA_DIR/galley.db), or "
                 "postgresql://USER[:PASSWORD]@HOST:PORT/DB for replicas sharing one database");
  int64_t lease_ms = options.lease.count();
  app.add_option("--lease-ms", lease_ms, "default lease of a claimed review task")
      ->capture_default_str()
      ->check(CLI::Range(int64_t{1000}, int64_t{24} * 3600 * 1000));
  bool insecure_no_auth = false;
  app.add_flag("--insecure-no-auth", insecure_no_auth,
               "serve without authentication: anyone who reaches the port may do anything, "
               "named by x-galley-user metadata (development only)");
  app.add_option("--rate-limit", options.auth.requests_per_second,
                 "requests per second per token (0: no limit); excess calls get "
                 "RESOURCE_EXHAUSTED with a retry delay")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1e6));
  app.add_option("--rate-burst", options.auth.burst, "requests a token may make at once")
      ->capture_default_str()
      ->check(CLI::Range(1.0, 1e6));
  app.add_option("--tls-cert", options.tls_cert, "PEM certificate chain: serve TLS only")
      ->check(CLI::ExistingFile);
  app.add_option("--tls-key", options.tls_key, "PEM private key of --tls-cert")
      ->check(CLI::ExistingFile);
  app.add_option("--tls-client-ca", options.tls_client_ca,
                 "PEM CA: clients must present a certificate it signed (mutual TLS)")
      ->check(CLI::ExistingFile);
  app.add_option("--max-segments", options.engine.max_segments,
                 "most sentences a source or target text may have")
      ->capture_default_str()
      ->check(CLI::Range(size_t{1}, size_t{1} << 24));
  app.add_option("--max-segment-bytes", options.engine.max_segment_bytes,
                 "longest sentence (segment) accepted, in bytes")
      ->capture_default_str()
      ->check(CLI::Range(size_t{1}, size_t{1} << 30));

  // galleyd token create|list|revoke
  CLI::App* token = app.add_subcommand(
      "token", "manage API tokens in the store of --data-dir / --database (see the README)");
  token->require_subcommand(1);
  std::string token_name, token_role, token_which;
  CLI::App* create = token->add_subcommand(
      "create", "create a token and print its secret once (only its SHA-256 is stored)");
  create->add_option("--name", token_name, "who holds it (a person or a system)")->required();
  create->add_option("--role", token_role, "submitter, editor or admin")
      ->required()
      ->check(CLI::IsMember({"submitter", "editor", "admin"}));
  token->add_subcommand("list", "list tokens (never their secrets)");
  CLI::App* revoke = token->add_subcommand("revoke", "revoke a token by id, or all of a name's");
  revoke->add_option("ID_OR_NAME", token_which, "tok_... id, or a token name")->required();
  // --data-dir / --database may come after the subcommand too.
  for (CLI::App* sub : {token, create, token->get_subcommand("list"), revoke}) sub->fallthrough();

  // Hidden: makes every call wait, so tests can stop the server with a call in flight.
  app.add_option("--testing-delay-ms", testing_delay_ms)->group("");
  CLI11_PARSE(app, argc, argv);
  options.auth.enabled = !insecure_no_auth;
  if (token->parsed()) {
    const std::string action = create->parsed() ? "create" : revoke->parsed() ? "revoke" : "list";
    return RunTokenCommand(options, action, token_name, token_role, token_which);
  }

  spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %l %v");
  spdlog::set_level(spdlog::level::from_str(log_level));
  options.grace = std::chrono::milliseconds(grace_ms);
  options.lease = std::chrono::milliseconds(lease_ms);
  options.testing_delay = std::chrono::milliseconds(testing_delay_ms);
  options.engine.max_text_bytes = max_article_bytes;

  // A client that goes away mid-answer must not stop the server: writes to its socket fail with
  // EPIPE instead (OpenSSL writes with write(2), which would otherwise raise SIGPIPE).
  signal(SIGPIPE, SIG_IGN);
  const sigset_t stop_signals = BlockStopSignals();
  auto server = galley::server::Server::Start(options);
  if (!server.ok()) {
    spdlog::error("cannot start: {}", std::string(server.status().message()));
    return 1;
  }
  if (!port_file.empty()) {
    // Written whole, then renamed: a reader never sees half of it.
    const std::string partial = port_file + ".partial";
    std::ofstream(partial) << (*server)->port() << "\n" << (*server)->http_port() << "\n";
    std::rename(partial.c_str(), port_file.c_str());
  }
  std::thread stopper([&] {
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    spdlog::info("received {}", signal_number == SIGTERM ? "SIGTERM" : "SIGINT");
    (*server)->Shutdown();
  });
  (*server)->Wait();
  stopper.join();
  return 0;
}
