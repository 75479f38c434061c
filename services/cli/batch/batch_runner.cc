#include "services/cli/batch/batch_runner.h"

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>
#include <thread>

#include "absl/status/status.h"
#include "common/base/str_cat.h"
#include "common/text/utf8.h"

namespace galley::cli {
namespace {

using Clock = std::chrono::steady_clock;

// A one-line progress bar on stderr, redrawn at most ten times a second.
class ProgressBar {
 public:
  ProgressBar(size_t total, bool enabled) : total_(total), enabled_(enabled), start_(Clock::now()) {}

  void Update(size_t done, size_t failed) {
    if (!enabled_) return;
    const auto now = Clock::now();
    if (done != total_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
    last_draw_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
    constexpr int kWidth = 28;
    const int filled =
        total_ ? static_cast<int>(kWidth * static_cast<double>(done) / static_cast<double>(total_))
               : kWidth;
    std::string bar(static_cast<size_t>(filled), '#');
    bar.resize(kWidth, '.');
    char eta[32] = "--:--";
    if (rate > 0 && done < total_) {
      const int left = static_cast<int>(static_cast<double>(total_ - done) / rate + 0.5);
      std::snprintf(eta, sizeof(eta), "%d:%02d", left / 60, left % 60);
    } else if (done >= total_) {
      std::snprintf(eta, sizeof(eta), "0:00");
    }
    std::fprintf(stderr, "\r[%s] %zu/%zu articles  %.0f/s  ETA %s%s\x1b[K", bar.c_str(), done,
                 total_, rate, eta, failed ? StrCat("  ", failed, " errors").c_str() : "");
    std::fflush(stderr);
  }

  void Finish() {
    if (enabled_) std::fprintf(stderr, "\r\x1b[K");
  }

 private:
  size_t total_;
  bool enabled_;
  Clock::time_point start_;
  Clock::time_point last_draw_{};
};

extern "C" void OnInterrupt(int) {
  BatchInterrupted().store(true);
  signal(SIGINT, SIG_DFL);  // A second Ctrl-C ends the process at once.
}

v1::CheckBatchResponse ErrorResponse(const std::string& id, const absl::Status& status) {
  v1::CheckBatchResponse response;
  response.set_id(id);
  response.set_error_code(static_cast<int32_t>(status.code()));
  response.set_error_message(std::string(status.message()));
  return response;
}

}  // namespace

std::atomic<bool>& BatchInterrupted() {
  static std::atomic<bool> interrupted{false};
  return interrupted;
}

absl::StatusOr<std::string> ReadTextFile(const std::string& path, size_t max_bytes) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    return absl::NotFoundError(StrCat(path, ": cannot open: ", std::strerror(errno)));
  }
  struct stat info {};
  if (fstat(fileno(file), &info) == 0 && S_ISDIR(info.st_mode)) {
    std::fclose(file);
    return absl::InvalidArgumentError(StrCat(path, ": is a directory, not a text file"));
  }
  if (info.st_size > 0 && static_cast<size_t>(info.st_size) > max_bytes) {
    std::fclose(file);
    return absl::ResourceExhaustedError(StrCat(path, ": ", info.st_size,
                                               " bytes is over the limit of ", max_bytes));
  }
  std::string content;
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof(buffer), file)) > 0) {
    content.append(buffer, n);
    if (content.size() > max_bytes) break;
  }
  const bool error = std::ferror(file) != 0;
  std::fclose(file);
  if (error) return absl::DataLossError(StrCat(path, ": read error"));
  if (content.size() > max_bytes) {
    return absl::ResourceExhaustedError(StrCat(path, ": over the limit of ", max_bytes, " bytes"));
  }
  if (absl::Status s = text::ValidateUtf8(content, path); !s.ok()) return s;
  if (content.find_first_not_of(" \t\r\n") == std::string::npos) {
    return absl::InvalidArgumentError(
        StrCat(path, content.empty() ? ": file is empty" : ": file has only whitespace"));
  }
  return content;
}

BatchTotals RunBatch(BatchInput& input, const BatchOptions& options,
                     const std::function<std::unique_ptr<PairChecker>()>& make_checker,
                     BatchReportWriter& writer) {
  const int jobs = std::max(1, options.jobs);
  // Items taken but not yet written; bounds memory (results wait here in input order).
  const size_t window = static_cast<size_t>(jobs) * 4;
  BatchTotals totals;
  totals.expected = input.size();
  const auto start = Clock::now();

  // Results are written in input order by whichever worker finishes the one next in line: it
  // writes that one and every later one already done, while the others go on checking. No thread
  // waits to be woken for each result (the wake-ups took about 3% of a batch's time on the
  // project's VM).
  std::mutex mutex;
  std::condition_variable window_open;  // Signalled as `written` advances.
  size_t taken = 0;      // GUARDED_BY(mutex)
  size_t written = 0;    // GUARDED_BY(mutex)
  bool writing = false;  // GUARDED_BY(mutex): a worker is writing; only it touches the writer.
  bool exhausted = false;  // GUARDED_BY(mutex)
  std::map<size_t, BatchResult> done;  // GUARDED_BY(mutex): finished, not yet written.

  BatchInterrupted().store(false);
  struct sigaction action {}, previous {};
  action.sa_handler = OnInterrupt;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, &previous);

  writer.Begin(totals.expected);
  ProgressBar progress(totals.expected, options.progress);
  // With `lock` held: writes the results next in line, unless another worker is writing them
  // (then it sees this one's results when it looks again, under the lock, before it stops).
  auto write_ready = [&](std::unique_lock<std::mutex>& lock) {
    if (writing) return;
    writing = true;
    for (auto it = done.find(written); it != done.end(); it = done.find(written)) {
      BatchResult result = std::move(it->second);
      done.erase(it);
      lock.unlock();
      totals.Add(result);
      writer.Add(result);
      progress.Update(totals.articles, totals.failed);
      lock.lock();
      ++written;
      window_open.notify_all();
    }
    writing = false;
  };

  auto worker = [&] {
    std::unique_ptr<PairChecker> checker = make_checker();
    while (true) {
      BatchItem item;
      {
        std::unique_lock lock(mutex);
        window_open.wait(lock, [&] {
          return exhausted || BatchInterrupted().load() || taken - written < window;
        });
        if (exhausted || BatchInterrupted().load()) break;
        std::optional<BatchItem> next = input.Next();
        if (!next) {
          exhausted = true;
          window_open.notify_all();
          break;
        }
        item = std::move(*next);
        ++taken;
      }
      const auto item_start = Clock::now();
      BatchResult result;
      result.response.set_id(item.id);
      if (!item.error.empty()) {
        result.response = ErrorResponse(item.id, absl::InvalidArgumentError(item.error));
      } else {
        absl::Status status;
        if (item.source_text) {
          result.source_text = std::move(*item.source_text);
          result.target_text = std::move(*item.target_text);
          item.source_text.reset();
          item.target_text.reset();
        } else {
          auto source = ReadTextFile(item.source_path, options.max_bytes);
          auto target = source.ok() ? ReadTextFile(item.target_path, options.max_bytes)
                                    : absl::StatusOr<std::string>(source.status());
          status = target.status();
          if (status.ok()) {
            result.source_text = std::move(*source);
            result.target_text = std::move(*target);
          }
        }
        if (!status.ok()) {
          result.response = ErrorResponse(item.id, status);
        } else {
          v1::CheckBatchRequest request;
          request.set_id(item.id);
          *request.mutable_check() = options.request_template;
          request.mutable_check()->set_source_text(result.source_text);
          request.mutable_check()->set_target_text(result.target_text);
          result.response = checker->Check(request);
          result.response.set_id(item.id);
        }
      }
      result.seconds = std::chrono::duration<double>(Clock::now() - item_start).count();
      result.item = std::move(item);
      writer.Prepare(&result);
      std::unique_lock lock(mutex);
      const size_t index = result.item.index;
      done.emplace(index, std::move(result));
      write_ready(lock);
    }
  };

  std::vector<std::thread> threads;
  for (int i = 0; i < jobs; ++i) threads.emplace_back(worker);
  for (std::thread& t : threads) t.join();
  sigaction(SIGINT, &previous, nullptr);
  progress.Finish();
  totals.interrupted = BatchInterrupted().load() && totals.articles < totals.expected;
  totals.elapsed = Clock::now() - start;
  writer.Finish(totals);
  return totals;
}

}  // namespace galley::cli
