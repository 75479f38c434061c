// A fixed pool of threads for blocking work, so gRPC's callback threads never run the engine.
#ifndef GALLEY_SERVICES_GALLEYD_WORKER_POOL_H_
#define GALLEY_SERVICES_GALLEYD_WORKER_POOL_H_

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace galley::server {

// Runs submitted tasks on `threads` threads in FIFO order. Thread-safe. Stop() (or the
// destructor) runs every task already submitted, then joins; Submit after Stop is ignored.
class WorkerPool {
 public:
  explicit WorkerPool(int threads);
  ~WorkerPool() { Stop(); }
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  void Submit(std::function<void()> task);
  void Stop();
  // Tasks waiting to run (not counting those running).
  size_t queued() const;

 private:
  void Run();
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> tasks_;  // GUARDED_BY(mutex_)
  bool stopping_ = false;                    // GUARDED_BY(mutex_)
  std::vector<std::thread> threads_;
};

}  // namespace galley::server

#endif  // GALLEY_SERVICES_GALLEYD_WORKER_POOL_H_
