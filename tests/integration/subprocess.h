// Running the galley and galleyd binaries from tests.
#ifndef GALLEY_TESTS_INTEGRATION_SUBPROCESS_H_
#define GALLEY_TESTS_INTEGRATION_SUBPROCESS_H_

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace galley::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string ReadAll(int fd) {
  std::string data;
  char buffer[65536];
  ssize_t n;
  while ((n = read(fd, buffer, sizeof(buffer))) > 0) data.append(buffer, static_cast<size_t>(n));
  return data;
}

// Runs argv[0] with arguments, waits, and returns its exit code and output. stderr goes to a
// temporary file so that neither pipe can fill up and block the child.
inline RunResult Run(const std::vector<std::string>& argv) {
  const std::string err_path =
      (std::filesystem::temp_directory_path() / ("galley-test-err-" + std::to_string(getpid()) +
                                                 "-" + std::to_string(rand())))
          .string();
  int out_pipe[2];
  if (pipe(out_pipe) != 0) return {};
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(out_pipe[1], STDOUT_FILENO);
    const int err_fd = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(err_fd, STDERR_FILENO);
    close(out_pipe[0]);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  close(out_pipe[1]);
  RunResult result;
  result.out = ReadAll(out_pipe[0]);
  close(out_pipe[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::ifstream err(err_path);
  std::stringstream ss;
  ss << err.rdbuf();
  result.err = ss.str();
  std::filesystem::remove(err_path);
  return result;
}

// A galleyd started on a free loopback port, stopped with SIGTERM by Stop() or the destructor.
// Authentication is on unless extra_flags say --insecure-no-auth (see admin_token()).
class Galleyd {
 public:
  explicit Galleyd(std::vector<std::string> extra_flags = {}) {
    dir_ = std::filesystem::temp_directory_path() /
           ("galleyd-test-" + std::to_string(getpid()) + "-" + std::to_string(counter_++));
    std::filesystem::create_directories(dir_);
    const std::string port_file = (dir_ / "port").string();
    std::vector<std::string> argv = {std::string(GALLEY_BIN_DIR) + "/galleyd",
                                     "--listen=127.0.0.1:0",
                                     "--data-dir=" + (dir_ / "data").string(),
                                     "--port-file=" + port_file};
    bool log_level_given = false, http_given = false;
    for (const auto& f : extra_flags) {
      log_level_given |= f.rfind("--log-level", 0) == 0;
      http_given |= f.rfind("--http-listen", 0) == 0;
    }
    if (!log_level_given) argv.push_back("--log-level=warn");
    if (!http_given) argv.push_back("--http-listen=127.0.0.1:0");
    argv.insert(argv.end(), extra_flags.begin(), extra_flags.end());
    pid_ = fork();
    if (pid_ == 0) {
      // A test that dies (a failed assertion under a sanitizer aborts) takes its galleyd along.
      prctl(PR_SET_PDEATHSIG, SIGTERM);
      const int log_fd = open((dir_ / "log").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
      dup2(log_fd, STDOUT_FILENO);
      dup2(log_fd, STDERR_FILENO);
      std::vector<char*> args;
      for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
      args.push_back(nullptr);
      execv(args[0], args.data());
      _exit(127);
    }
    // Wait up to 20 s for the port file (gRPC port, HTTP port).
    for (int i = 0; i < 400 && port_ == 0; ++i) {
      std::ifstream in(port_file);
      in >> port_ >> http_port_;
      if (port_ == 0) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  ~Galleyd() {
    if (pid_ > 0 && exit_code_ < 0) Stop();
    std::filesystem::remove_all(dir_);
  }
  int port() const { return port_; }
  int http_port() const { return http_port_; }
  std::string address() const { return "127.0.0.1:" + std::to_string(port_); }
  pid_t pid() const { return pid_; }
  // The admin token the first start wrote (authentication on), or "".
  std::string admin_token() const {
    std::ifstream in(dir_ / "data" / "admin.token");
    std::string token;
    in >> token;
    return token;
  }
  std::filesystem::path data_dir() const { return dir_ / "data"; }
  std::string log() const {
    std::ifstream in(dir_ / "log");
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  // Sends SIGTERM and returns the exit code (128 + signal if killed by one).
  int Stop() {
    kill(pid_, SIGTERM);
    return WaitForExit();
  }
  int WaitForExit() {
    int status = 0;
    waitpid(pid_, &status, 0);
    exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return exit_code_;
  }

 private:
  static inline int counter_ = 0;
  std::filesystem::path dir_;
  pid_t pid_ = -1;
  int port_ = 0;
  int http_port_ = 0;
  int exit_code_ = -1;
};

}  // namespace galley::testing

#endif  // GALLEY_TESTS_INTEGRATION_SUBPROCESS_H_
