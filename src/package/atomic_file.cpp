// SPDX-License-Identifier: MIT
#include "package/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include <fmt/format.h>

#include "util/error.hpp"

namespace cp::package {
namespace {

[[noreturn]] void fail(const std::filesystem::path& path, const char* what, int err) {
  throw io_error(fmt::format("{}: {}: {}", path.string(), what, std::strerror(err)));
}

// Removes the temporary file unless the rename succeeded.
struct temp_guard {
  std::string path;
  int fd = -1;
  bool keep = false;
  ~temp_guard() {
    if (fd >= 0) ::close(fd);
    if (!keep && !path.empty()) ::unlink(path.c_str());
  }
};

}  // namespace

void write_file_atomically(const std::filesystem::path& target, std::string_view bytes) {
  std::filesystem::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  std::string pattern = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();

  temp_guard tmp;
  tmp.fd = ::mkstemp(pattern.data());
  if (tmp.fd < 0) fail(target, "cannot create temporary file", errno);
  tmp.path = pattern;
  // mkstemp creates 0600; a document should get the usual permissions.
  mode_t mask = ::umask(0);
  ::umask(mask);
  if (::fchmod(tmp.fd, 0666 & ~mask) != 0) fail(target, "cannot set permissions", errno);

  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(tmp.fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(target, "cannot write", errno);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(tmp.fd) != 0) fail(target, "cannot flush to disk", errno);
  int fd = tmp.fd;
  tmp.fd = -1;
  if (::close(fd) != 0) fail(target, "cannot close", errno);
  if (::rename(tmp.path.c_str(), target.c_str()) != 0) fail(target, "cannot replace", errno);
  tmp.keep = true;

  // Make the rename itself durable.
  int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
}

}  // namespace cp::package
