// SPDX-License-Identifier: MIT
#include "package/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <set>
#include <string>
#include <vector>

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

// A new temporary file beside `target` with the usual permissions.
void create_temp(const std::filesystem::path& target, temp_guard& tmp) {
  std::filesystem::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  std::string pattern = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  tmp.fd = ::mkstemp(pattern.data());
  if (tmp.fd < 0) fail(target, "cannot create temporary file", errno);
  tmp.path = pattern;
  // mkstemp creates 0600; a document should get the usual permissions.
  mode_t mask = ::umask(0);
  ::umask(mask);
  if (::fchmod(tmp.fd, 0666 & ~mask) != 0) fail(target, "cannot set permissions", errno);
}

void write_whole(const std::filesystem::path& target, int fd, std::string_view bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(target, "cannot write", errno);
    }
    done += static_cast<std::size_t>(n);
  }
}

void sync_folder(const std::filesystem::path& dir) {
  int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
}

}  // namespace

void write_files_atomically(const std::vector<pending_file>& files) {
  std::vector<temp_guard> temps(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) {
    create_temp(files[i].target, temps[i]);
    write_whole(files[i].target, temps[i].fd, files[i].bytes);
  }
  // One flush per file system: each temporary file's data is on disk before
  // any rename makes it the target.
  std::set<std::filesystem::path> folders;
  std::set<dev_t> synced;
  for (std::size_t i = 0; i < files.size(); ++i) {
    std::filesystem::path dir = files[i].target.parent_path();
    folders.insert(dir.empty() ? "." : dir);
    struct stat st {};
    if (::fstat(temps[i].fd, &st) != 0) fail(files[i].target, "cannot flush to disk", errno);
    if (synced.insert(st.st_dev).second && ::syncfs(temps[i].fd) != 0)
      fail(files[i].target, "cannot flush to disk", errno);
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    int fd = temps[i].fd;
    temps[i].fd = -1;
    if (::close(fd) != 0) fail(files[i].target, "cannot close", errno);
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (::rename(temps[i].path.c_str(), files[i].target.c_str()) != 0)
      fail(files[i].target, "cannot replace", errno);
    temps[i].keep = true;
  }
  for (const auto& dir : folders) sync_folder(dir);  // make the renames durable
}

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
