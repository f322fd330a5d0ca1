// SPDX-License-Identifier: MIT
// Fuzz target: util::read_bounded gives exactly a file's bytes when they fit
// the limit and a refusal when they do not, from a file and from a pipe.
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "fuzz_target.hpp"
#include "util/bounded_read.hpp"

namespace fs = std::filesystem;

namespace {

bool reads_as(const fs::path& p, const cp::util::read_limits& limits, const std::string& want) {
  try {
    return cp::util::read_bounded(p, limits) == want && want.size() <= limits.max_bytes;
  } catch (const cp::util::read_refused&) {
    return want.size() > limits.max_bytes;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // The reader stops at the limit and closes its end of the pipe.
  static const bool quiet_pipes = ::signal(SIGPIPE, SIG_IGN) != SIG_ERR;
  (void)quiet_pipes;
  if (size < 2) return 0;
  // The first two bytes are the limit; the rest is the file.
  std::size_t limit = static_cast<std::size_t>(data[0]) << 8 | data[1];
  std::string bytes(reinterpret_cast<const char*>(data) + 2, size - 2);
  static const fs::path file =
      fs::temp_directory_path() / ("cp-fuzz-bounded-" + std::to_string(::getpid()));
  std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
  if (!reads_as(file, {.max_bytes = limit}, bytes)) std::abort();

  int fds[2];
  if (::pipe(fds) != 0) return 0;
  std::thread writer([&] {
    std::size_t done = 0;
    while (done < bytes.size()) {
      ssize_t n = ::write(fds[1], bytes.data() + done, bytes.size() - done);
      if (n <= 0) break;  // the reader stopped at the limit
      done += static_cast<std::size_t>(n);
    }
    ::close(fds[1]);
  });
  bool right = reads_as(fs::path("/proc/self/fd") / std::to_string(fds[0]),
                        {.max_bytes = limit, .regular_only = false}, bytes);
  ::close(fds[0]);
  writer.join();
  if (!right) std::abort();
  return 0;
}
