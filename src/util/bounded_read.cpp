// SPDX-License-Identifier: MIT
#include "util/bounded_read.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

namespace cp::util {
namespace {

struct fd_guard {
  int fd;
  ~fd_guard() { ::close(fd); }
};

std::string type_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISLNK(mode)) return "a symbolic link";
  return {};
}

[[noreturn]] void refuse(std::string why) {
  throw read_refused(std::move(why));
}

std::string too_big(std::size_t limit) {
  return fmt::format("is more than the limit of {} bytes", limit);
}

}  // namespace

std::string describe_file_type(const std::filesystem::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return {};
  return type_of(st.st_mode);
}

std::string read_bounded(const std::filesystem::path& path, const read_limits& limits) {
  // Not blocking: opening a FIFO that has no writer would wait for one.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) {
    int err = errno;
    if (err == ENOENT || err == ENOTDIR) refuse("there is no such file");
    if (err == EACCES) refuse("cannot be read: permission denied");
    refuse(fmt::format("cannot be read: {}", std::strerror(err)));
  }
  fd_guard guard{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) refuse(fmt::format("cannot be read: {}", std::strerror(errno)));
  const bool regular = S_ISREG(st.st_mode);
  if (S_ISDIR(st.st_mode)) refuse("is a folder, not a file");
  if (!regular && limits.regular_only)
    refuse(fmt::format("is {}, not a regular file", type_of(st.st_mode)));
  const auto claimed = static_cast<std::size_t>(st.st_size);
  if (regular && claimed > limits.max_bytes)
    refuse(fmt::format("is {} bytes, more than the limit of {}", claimed, limits.max_bytes));

  std::string out;
  if (regular) out.reserve(claimed);
  char buf[64 * 1024];
  const int timeout_ms = static_cast<int>(limits.idle_timeout.count());
  for (;;) {
    if (!regular) {
      pollfd p{fd, POLLIN, 0};
      int ready = ::poll(&p, 1, timeout_ms);
      if (ready < 0 && errno == EINTR) continue;
      if (ready < 0) refuse(fmt::format("cannot be read: {}", std::strerror(errno)));
      if (ready == 0)
        refuse(fmt::format("sent nothing for {} seconds; give a file, or a pipe that is written to",
                           timeout_ms / 1000.0));
    }
    // One byte past the limit is enough to know it is over.
    std::size_t want = std::min(sizeof buf, limits.max_bytes + 1 - out.size());
    ssize_t n = ::read(fd, buf, want);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (n < 0) refuse(fmt::format("cannot be read: {}", std::strerror(errno)));
    if (n == 0) break;
    out.append(buf, static_cast<std::size_t>(n));
    if (out.size() > limits.max_bytes) refuse(too_big(limits.max_bytes));
  }
  // /proc and /sys files say they are empty and are made up as they are read.
  if (regular && claimed == 0 && !out.empty() && limits.regular_only)
    refuse("says it is empty but is not (a /proc or /sys file?); only ordinary files can be read");
  return out;
}

}  // namespace cp::util
