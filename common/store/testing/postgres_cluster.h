// A throw-away PostgreSQL cluster for tests: initdb in a temporary directory, postgres on a free
// loopback port, removed at exit. PostgreSQL refuses to run as root, so as root the server runs
// as the `postgres` user (runuser). Binaries from $GALLEY_PG_BIN or Debian's
// /usr/lib/postgresql/15/bin; scripts/test.sh installs them.
#ifndef GALLEY_COMMON_STORE_TESTING_POSTGRES_CLUSTER_H_
#define GALLEY_COMMON_STORE_TESTING_POSTGRES_CLUSTER_H_

#include <libpq-fe.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace galley::store::testing {

class PostgresCluster {
 public:
  // The process's cluster, started on first use (shared by every test of the binary).
  static PostgresCluster& Shared() {
    static PostgresCluster* cluster = new PostgresCluster();  // Stopped by atexit below.
    return *cluster;
  }

  bool ok() const { return ok_; }
  // Why the cluster could not start (for GTEST_SKIP / failure messages).
  const std::string& why() const { return why_; }
  int port() const { return port_; }

  // A libpq URI for database `db` (created if missing).
  std::string ConnInfo(const std::string& db) {
    const std::string admin = Uri("postgres");
    PGconn* conn = PQconnectdb(admin.c_str());
    if (PQstatus(conn) == CONNECTION_OK) {
      PQclear(PQexec(conn, ("CREATE DATABASE \"" + db + "\"").c_str()));  // Fails if it exists.
    }
    PQfinish(conn);
    return Uri(db);
  }

 private:
  PostgresCluster() {
    const char* env = std::getenv("GALLEY_PG_BIN");
    const std::string bin = env ? env : "/usr/lib/postgresql/15/bin";
    if (!std::filesystem::exists(bin + "/initdb")) {
      why_ = bin + "/initdb not found: install postgresql-15 (scripts/test.sh does)";
      return;
    }
    char dir_template[] = "/tmp/galley-pg-XXXXXX";
    if (mkdtemp(dir_template) == nullptr) {
      why_ = "cannot create a temporary directory";
      return;
    }
    dir_ = dir_template;
    const bool root = geteuid() == 0;
    const std::string as = root ? "runuser -u postgres -- " : "";
    if (root && std::system(("chown postgres " + dir_).c_str()) != 0) {
      why_ = "cannot give " + dir_ + " to the postgres user";
      return;
    }
    port_ = FreePort();
    const std::string initdb = as + bin + "/initdb -D " + dir_ + "/data -A trust -U postgres " +
                               "-E UTF8 --no-sync >" + dir_ + "/initdb.log 2>&1";
    // fsync off: a test cluster need not survive power loss (galleyd's own durability is tested
    // by killing galleyd, not the database).
    const std::string start = as + bin + "/pg_ctl -D " + dir_ + "/data -l " + dir_ +
                              "/postgres.log -w -t 60 -o \"-p " + std::to_string(port_) + " -k " +
                              dir_ + " -c listen_addresses=127.0.0.1 -c fsync=off " +
                              "-c max_connections=200\" start >" + dir_ + "/pg_ctl.log 2>&1";
    if (std::system(initdb.c_str()) != 0) {
      why_ = "initdb failed: " + Read(dir_ + "/initdb.log");
      return;
    }
    if (std::system(start.c_str()) != 0) {
      why_ = "postgres did not start: " + Read(dir_ + "/postgres.log");
      return;
    }
    stop_ = as + bin + "/pg_ctl -D " + dir_ + "/data -m immediate stop >/dev/null 2>&1; rm -rf " +
            dir_;
    ok_ = true;
    static PostgresCluster* self = this;
    std::atexit([] { (void)std::system(self->stop_.c_str()); });
  }

  std::string Uri(const std::string& db) const {
    return "postgresql://postgres@127.0.0.1:" + std::to_string(port_) + "/" + db +
           "?connect_timeout=10";
  }

  static int FreePort() {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address));
    socklen_t length = sizeof(address);
    getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    close(fd);
    return ntohs(address.sin_port);
  }

  static std::string Read(const std::string& path) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str().substr(0, 2000);
  }

  bool ok_ = false;
  std::string why_;
  std::string dir_;
  std::string stop_;
  int port_ = 0;
};

}  // namespace galley::store::testing

#endif  // GALLEY_COMMON_STORE_TESTING_POSTGRES_CLUSTER_H_
