// Load benchmark of the review queue (issue 6): SubmitArticle throughput and latency from
// concurrent clients, and ClaimNextTask latency with a deep queue, against a galleyd it starts
// on a fresh data directory (SQLite, durable commits).
//
//   review_load [--backend sqlite|postgres] [--clients 16] [--submits 3000] [--rate 1000]
//               [--queued-tasks 100000] [--claims 2000] [--data ../shared/data]
//               [--galleyd build/bin/galleyd]
//
// SubmitArticle is measured twice. Saturated: the clients send back to back (closed loop), which
// gives the most articles per second; its latency is then fixed by Little's law (16 clients at
// 1,000/s wait 16 ms on average) and says nothing about the server. At a rate: the clients
// together send --rate articles per second on a fixed schedule (open loop) and each latency runs
// from the time the article was due to be sent, so a client held up by a slow answer is charged
// for it (no coordinated omission). --rate 0 skips it.
//
// --backend postgres starts a throw-away PostgreSQL 15 cluster on loopback (as the tests do).
//
// Articles are ~6 KB pairs built from the dev news set (the example article if it is missing).
// Prints throughput, latency percentiles and galleyd's peak RSS.
#include <grpcpp/grpcpp.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "common/store/review_store.h"
#include "common/store/testing/postgres_cluster.h"
#include "galley/v1/review_service.grpc.pb.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::string Flag(int argc, char** argv, const std::string& name, const std::string& fallback) {
  for (int i = 1; i + 1 < argc; ++i) {
    if (argv[i] == "--" + name) return argv[i + 1];
  }
  return fallback;
}

struct Pair {
  std::string ko, en;
};

std::vector<Pair> Articles(const std::string& data_dir, size_t count) {
  std::ifstream ko(data_dir + "/ko-en-news-dev/source.ko"), en(data_dir + "/ko-en-news-dev/target.en");
  std::vector<std::string> ks, es;
  for (std::string k, e; std::getline(ko, k) && std::getline(en, e);) {
    ks.push_back(k);
    es.push_back(e);
  }
  std::vector<Pair> out;
  if (ks.empty()) {
    std::ifstream a(std::string(GALLEY_SOURCE_DIR) + "/examples/article.ko.txt");
    std::ifstream b(std::string(GALLEY_SOURCE_DIR) + "/examples/article.en.txt");
    std::stringstream sa, sb;
    sa << a.rdbuf();
    sb << b.rdbuf();
    ks = {sa.str()};
    es = {sb.str()};
  }
  for (size_t i = 0; i < count; ++i) {
    Pair p;
    for (size_t j = (i * 37) % ks.size(); p.ko.size() + p.en.size() < 6000; j = (j + 1) % ks.size()) {
      p.ko += ks[j] + "\n";
      p.en += es[j] + "\n";
    }
    out.push_back(std::move(p));
  }
  return out;
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

long PeakRssKiB(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  }
  return 0;
}

struct Daemon {
  pid_t pid = -1;
  std::string address;
  std::string token;  // "Bearer <the first admin token>".
};

Daemon StartGalleyd(const std::string& binary, const fs::path& dir, const std::string& database) {
  const std::string port_file = (dir / "port").string();
  fs::remove(port_file);
  Daemon d;
  d.pid = fork();
  if (d.pid == 0) {
    const std::string data = "--data-dir=" + dir.string();
    const std::string pf = "--port-file=" + port_file;
    const char* workers = std::getenv("GALLEYD_WORKERS");
    const std::string workers_flag = std::string("--workers=") + (workers ? workers : "0");
    const std::string database_flag = "--database=" + database;
    // Authentication on, as deployed; no per-token rate limit (one token carries the load).
    execl(binary.c_str(), binary.c_str(), "--listen=127.0.0.1:0", data.c_str(), pf.c_str(),
          "--log-level=error", "--http-listen=127.0.0.1:0", "--rate-limit=0", workers_flag.c_str(),
          database.empty() ? static_cast<char*>(nullptr) : database_flag.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  int port = 0;
  for (int i = 0; i < 400 && port == 0; ++i) {
    std::ifstream(port_file) >> port;
    if (port == 0) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  d.address = "127.0.0.1:" + std::to_string(port);
  // galleyd writes the first admin token when it creates the token table; a second galleyd on
  // the same PostgreSQL database (the phases share one) finds tokens and writes none: the
  // caller then keeps the earlier one.
  std::ifstream(dir / "admin.token") >> d.token;
  if (!d.token.empty()) d.token = "Bearer " + d.token;
  return d;
}

// CPU seconds (user + system) the process has used so far.
double CpuSeconds(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string content((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  std::istringstream fields(content.substr(content.rfind(')') + 2));
  std::string field;
  long ticks = 0;
  for (int i = 3; i <= 15 && fields >> field; ++i) {
    if (i == 14 || i == 15) ticks += std::stol(field);
  }
  return static_cast<double>(ticks) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

std::string Id(const char* prefix, int n) {
  std::string id = prefix;
  id += '-';
  id += std::to_string(n);
  return id;
}

void Stop(const Daemon& d) {
  kill(d.pid, SIGTERM);
  int status;
  waitpid(d.pid, &status, 0);
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::string_view(argv[i]) == "--help" || std::string_view(argv[i]) == "-h") {
      std::printf(
          "review_load: SubmitArticle throughput and latency, and ClaimNextTask latency with a\n"
          "deep queue, against a galleyd started on a fresh data directory.\n\n"
          "  --backend sqlite|postgres  store (postgres starts a throw-away cluster)  [sqlite]\n"
          "  --clients N                concurrent submitting clients                [16]\n"
          "  --submits N                articles per submission phase                [3000]\n"
          "  --rate R                   open-loop phase at R articles/s (0: skip)   [1000]\n"
          "  --queued-tasks N           tasks queued before the claim phase         [100000]\n"
          "  --claims N                 claims by 4 editors                         [2000]\n"
          "  --data DIR                 the shared data (dev news set)              [../shared/data]\n"
          "  --galleyd PATH             the galleyd to start                        [build/bin/galleyd]\n"
          "GALLEYD_WORKERS=N sets galleyd's --workers.\n");
      return 0;
    }
  }
  const int clients = std::stoi(Flag(argc, argv, "clients", "16"));
  const int submits = std::stoi(Flag(argc, argv, "submits", "3000"));
  const int queued = std::stoi(Flag(argc, argv, "queued-tasks", "100000"));
  const int claims = std::stoi(Flag(argc, argv, "claims", "2000"));
  const std::string data = Flag(argc, argv, "data", "../shared/data");
  const std::string galleyd = Flag(argc, argv, "galleyd", std::string(GALLEY_BIN_DIR) + "/galleyd");
  const std::string backend = Flag(argc, argv, "backend", "sqlite");
  const double rate = std::stod(Flag(argc, argv, "rate", "1000"));
  const fs::path work = fs::temp_directory_path() / ("galley-review-load-" + std::to_string(getpid()));
  fs::remove_all(work);
  std::string submit_db, claim_db;  // --database values; "" = SQLite in the data dir.
  if (backend == "postgres") {
    auto& cluster = galley::store::testing::PostgresCluster::Shared();
    if (!cluster.ok()) {
      std::cerr << cluster.why() << "\n";
      return 1;
    }
    submit_db = cluster.ConnInfo("load_submit");
    claim_db = cluster.ConnInfo("load_claim");
  }
  std::printf("backend %s, %u cores\n", backend.c_str(), std::thread::hardware_concurrency());

  // 1. SubmitArticle from `clients` threads: saturated, then at --rate.
  const std::vector<Pair> pairs = Articles(data, 500);
  std::atomic<int> failures{0};
  std::string submit_token;  // Of the first submit phase's galleyd (see StartGalleyd).
  const auto submit_phase = [&](const char* name, double rate) {
    const fs::path dir = work / name;
    fs::create_directories(dir);
    Daemon d = StartGalleyd(galleyd, dir, submit_db);
    if (d.token.empty()) d.token = submit_token;
    submit_token = d.token;
    std::atomic<int> next{0};
    std::vector<std::vector<double>> latencies(static_cast<size_t>(clients));
    const auto start = Clock::now();
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
      threads.emplace_back([&, c] {
        auto stub = galley::v1::ReviewService::NewStub(
            grpc::CreateChannel(d.address, grpc::InsecureChannelCredentials()));
        for (int i; (i = next++) < submits;) {
          galley::v1::SubmitArticleRequest r;
          r.set_request_id(Id(name, i));
          r.set_source_text(pairs[static_cast<size_t>(i) % pairs.size()].ko);
          r.set_target_text(pairs[static_cast<size_t>(i) % pairs.size()].en + std::to_string(i));
          auto due = Clock::now();
          if (rate > 0) {
            due = start + std::chrono::duration_cast<Clock::duration>(
                              std::chrono::duration<double>(i / rate));
            std::this_thread::sleep_until(due);
          }
          grpc::ClientContext context;
          context.AddMetadata("authorization", d.token);
          galley::v1::SubmitArticleResponse response;
          if (const grpc::Status status = stub->SubmitArticle(&context, r, &response);
              !status.ok() && failures++ == 0) {
            std::fprintf(stderr, "first failure: %d %s\n", static_cast<int>(status.error_code()),
                         status.error_message().c_str());
          }
          latencies[static_cast<size_t>(c)].push_back(
              std::chrono::duration<double, std::milli>(Clock::now() - due).count());
        }
      });
    }
    for (auto& t : threads) t.join();
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    std::vector<double> all;
    for (const auto& l : latencies) all.insert(all.end(), l.begin(), l.end());
    std::printf("SubmitArticle %s: %d articles of ~6 KB from %d clients in %.2f s = %.0f articles/s; "
                "latency p50 %.2f ms, p99 %.2f ms; %d failed; galleyd CPU %.2f ms per article, "
                "peak RSS %.1f MiB\n",
                rate > 0 ? ("at " + std::to_string(static_cast<int>(rate)) + "/s").c_str()
                         : "saturated",
                submits, clients, seconds, submits / seconds, Percentile(all, 0.5),
                Percentile(all, 0.99), failures.load(), 1000 * CpuSeconds(d.pid) / submits,
                PeakRssKiB(d.pid) / 1024.0);
    Stop(d);
  };
  submit_phase("saturated", 0);
  if (rate > 0) submit_phase("rate", rate);

  // 2. ClaimNextTask with `queued` tasks waiting (queue filled through the store directly).
  fs::create_directories(work / "claim");
  {
    auto store = claim_db.empty()
                     ? galley::store::OpenSqliteStore((work / "claim" / "galley.db").string())
                     : galley::store::OpenPostgresStore(claim_db);
    if (!store.ok()) {
      std::cerr << store.status() << "\n";
      return 1;
    }
    constexpr int kTasksPerArticle = 50;
    for (int a = 0; a * kTasksPerArticle < queued; ++a) {
      galley::store::NewArticle article;
      article.request_id = "fill-" + std::to_string(a);
      article.source_text = "원문";
      article.target_text = "text";
      for (int t = 0; t < kTasksPerArticle; ++t) {
        galley::store::NewTask task;
        task.pair_index = static_cast<uint32_t>(t);
        task.severity = 1 + (a + t) % 3;
        task.codes = {t % 2 ? "NAME_MISMATCH" : "NUMBER_MISMATCH"};
        task.source_text = "시는 1만2천 명을 지원한다.";
        task.target_text = "The city supports 1,200 people.";
        article.tasks.push_back(task);
      }
      if (!(*store)->SubmitArticle(article, 1).ok()) return 1;
    }
  }
  Daemon d = StartGalleyd(galleyd, work / "claim", claim_db);
  std::atomic<int> next{0};
  const int editors = 4;
  std::vector<std::vector<double>> claim_latencies(editors);
  std::vector<std::thread> threads;
  const auto claim_start = Clock::now();
  for (int e = 0; e < editors; ++e) {
    threads.emplace_back([&, e] {
      auto stub = galley::v1::ReviewService::NewStub(
          grpc::CreateChannel(d.address, grpc::InsecureChannelCredentials()));
      for (int i; (i = next++) < claims;) {
        grpc::ClientContext context;
        context.AddMetadata("authorization", d.token);
        galley::v1::Task task;
        const auto t0 = Clock::now();
        if (!stub->ClaimNextTask(&context, galley::v1::ClaimNextTaskRequest(), &task).ok()) {
          ++failures;
        }
        claim_latencies[static_cast<size_t>(e)].push_back(
            std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
      }
    });
  }
  for (auto& t : threads) t.join();
  const double claim_seconds = std::chrono::duration<double>(Clock::now() - claim_start).count();
  std::vector<double> all;
  for (const auto& l : claim_latencies) all.insert(all.end(), l.begin(), l.end());
  std::printf("ClaimNextTask: %d claims from %d editors with %d tasks queued in %.2f s = %.0f/s; "
              "latency p50 %.2f ms, p99 %.2f ms; galleyd peak RSS %.1f MiB\n",
              claims, editors, queued, claim_seconds, claims / claim_seconds, Percentile(all, 0.5),
              Percentile(all, 0.99), PeakRssKiB(d.pid) / 1024.0);
  Stop(d);
  fs::remove_all(work);
  return failures.load() == 0 ? 0 : 1;
}
