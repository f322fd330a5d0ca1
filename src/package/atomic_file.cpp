// SPDX-License-Identifier: MIT
#include "package/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>
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
  // Each temporary file is closed once written: a run of a thousand papers
  // must not hold two thousand descriptors (the usual limit is 1,024).
  std::vector<temp_guard> temps(files.size());
  std::map<dev_t, std::filesystem::path> file_systems;  // one folder on each
  std::set<std::filesystem::path> folders;
  for (std::size_t i = 0; i < files.size(); ++i) {
    create_temp(files[i].target, temps[i]);
    write_whole(files[i].target, temps[i].fd, files[i].bytes);
    struct stat st {};
    if (::fstat(temps[i].fd, &st) != 0) fail(files[i].target, "cannot flush to disk", errno);
    std::filesystem::path dir = files[i].target.parent_path();
    if (dir.empty()) dir = ".";
    file_systems.emplace(st.st_dev, dir);
    folders.insert(dir);
    int fd = temps[i].fd;
    temps[i].fd = -1;
    if (::close(fd) != 0) fail(files[i].target, "cannot close", errno);
  }
  // One flush per file system (where a flush per file cost 6 ms each): every
  // temporary file's data is on disk before any rename makes it the target.
  for (const auto& [dev, dir] : file_systems) {
    int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (dfd < 0) fail(dir, "cannot flush to disk", errno);
    int status = ::syncfs(dfd);
    int err = errno;
    ::close(dfd);
    if (status != 0) fail(dir, "cannot flush to disk", err);
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (::rename(temps[i].path.c_str(), files[i].target.c_str()) != 0)
      fail(files[i].target, "cannot replace", errno);
    temps[i].keep = true;
  }
  for (const auto& dir : folders) sync_folder(dir);  // make the renames durable
}

void write_file_atomically(const std::filesystem::path& target, std::string_view bytes) {
  temp_guard tmp;
  create_temp(target, tmp);
  write_whole(target, tmp.fd, bytes);
  if (::fsync(tmp.fd) != 0) fail(target, "cannot flush to disk", errno);
  int fd = tmp.fd;
  tmp.fd = -1;
  if (::close(fd) != 0) fail(target, "cannot close", errno);
  if (::rename(tmp.path.c_str(), target.c_str()) != 0) fail(target, "cannot replace", errno);
  tmp.keep = true;
  std::filesystem::path dir = target.parent_path();
  sync_folder(dir.empty() ? "." : dir);  // make the rename itself durable
}

}  // namespace cp::package
