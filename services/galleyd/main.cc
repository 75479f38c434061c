// galleyd: the Galley server. Flags in --help; see README.md.
#include <signal.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <fstream>
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
  app.add_option("--port-file", port_file, "write the port listened on to this file");
  app.add_option("--database", options.database,
                 "review store: sqlite:PATH (default: DATA_DIR/galley.db), or "
                 "postgresql://USER[:PASSWORD]@HOST:PORT/DB for replicas sharing one database");
  int64_t lease_ms = options.lease.count();
  app.add_option("--lease-ms", lease_ms, "default lease of a claimed review task")
      ->capture_default_str()
      ->check(CLI::Range(int64_t{1000}, int64_t{24} * 3600 * 1000));
  // Hidden: makes every call wait, so tests can stop the server with a call in flight.
  app.add_option("--testing-delay-ms", testing_delay_ms)->group("");
  CLI11_PARSE(app, argc, argv);

  spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %l %v");
  spdlog::set_level(spdlog::level::from_str(log_level));
  options.grace = std::chrono::milliseconds(grace_ms);
  options.lease = std::chrono::milliseconds(lease_ms);
  options.testing_delay = std::chrono::milliseconds(testing_delay_ms);
  options.engine.max_text_bytes = max_article_bytes;

  const sigset_t stop_signals = BlockStopSignals();
  auto server = galley::server::Server::Start(options);
  if (!server.ok()) {
    spdlog::error("cannot start: {}", std::string(server.status().message()));
    return 1;
  }
  if (!port_file.empty()) {
    std::ofstream(port_file) << (*server)->port() << "\n";
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
