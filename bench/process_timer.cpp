// SPDX-License-Identifier: MIT
#include "process_timer.hpp"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>

namespace cp::bench {
namespace {

// Forks and execs argv, waits for it, and measures it.
process_run fork_and_wait(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  process_run r;
  auto start = std::chrono::steady_clock::now();
  pid_t pid = ::fork();
  if (pid < 0) return r;
  if (pid == 0) {
    int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, STDOUT_FILENO);
    ::dup2(null, STDERR_FILENO);
    ::execvp(args[0], args.data());
    ::_exit(127);
  }
  int status = 0;
  rusage usage{};
  if (::wait4(pid, &status, 0, &usage) < 0) return r;
  r.ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  r.peak_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;  // KiB on Linux
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

bool write_all(int fd, const void* data, std::size_t n) {
  const char* p = static_cast<const char*>(data);
  while (n > 0) {
    ssize_t k = ::write(fd, p, n);
    if (k <= 0) return false;
    p += k;
    n -= static_cast<std::size_t>(k);
  }
  return true;
}

bool read_all(int fd, void* data, std::size_t n) {
  char* p = static_cast<char*>(data);
  while (n > 0) {
    ssize_t k = ::read(fd, p, n);
    if (k <= 0) return false;
    p += k;
    n -= static_cast<std::size_t>(k);
  }
  return true;
}

// The spawner's end of the pipes: a request is the number of arguments,
// then each one's length and bytes; the answer is a process_run.
[[noreturn]] void serve(int requests, int answers) {
  for (;;) {
    std::uint32_t count = 0;
    if (!read_all(requests, &count, sizeof count)) ::_exit(0);
    std::vector<std::string> argv(count);
    for (auto& a : argv) {
      std::uint32_t size = 0;
      if (!read_all(requests, &size, sizeof size)) ::_exit(1);
      a.resize(size);
      if (size > 0 && !read_all(requests, a.data(), size)) ::_exit(1);
    }
    process_run r = fork_and_wait(argv);
    if (!write_all(answers, &r, sizeof r)) ::_exit(1);
  }
}

int to_spawner = -1;
int from_spawner = -1;

}  // namespace

void start_spawner() {
  if (to_spawner >= 0) return;
  int requests[2], answers[2];
  if (::pipe(requests) != 0) return;
  if (::pipe(answers) != 0) {
    ::close(requests[0]);
    ::close(requests[1]);
    return;
  }
  pid_t pid = ::fork();
  if (pid < 0) return;
  if (pid == 0) {
    ::close(requests[1]);
    ::close(answers[0]);
    serve(requests[0], answers[1]);
  }
  ::close(requests[0]);
  ::close(answers[1]);
  to_spawner = requests[1];
  from_spawner = answers[0];
}

process_run run_process(const std::vector<std::string>& argv) {
  if (to_spawner < 0) return fork_and_wait(argv);
  auto count = static_cast<std::uint32_t>(argv.size());
  bool sent = write_all(to_spawner, &count, sizeof count);
  for (const auto& a : argv) {
    auto size = static_cast<std::uint32_t>(a.size());
    sent = sent && write_all(to_spawner, &size, sizeof size) &&
           write_all(to_spawner, a.data(), a.size());
  }
  process_run r;
  if (!sent || !read_all(from_spawner, &r, sizeof r)) return process_run{};
  return r;
}

}  // namespace cp::bench
