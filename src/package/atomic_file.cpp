// SPDX-License-Identifier: MIT
#include "package/atomic_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <map>
#include <optional>
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

// The permissions a new document gets: 0666 less the umask. Reading the
// umask means setting it, so it is read once, by the thread that owns it.
mode_t document_mode() {
  mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

constexpr std::string_view temp_marker = ".papers-tmp-";

// A new temporary file beside `target` (mkstemp makes it 0600).
void create_temp(const std::filesystem::path& target, mode_t mode, temp_guard& tmp) {
  std::filesystem::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  std::string pattern = (dir / fmt::format(".{}{}{}-XXXXXX", target.filename().string(),
                                           temp_marker, static_cast<long>(::getpid())))
                            .string();
  tmp.fd = ::mkstemp(pattern.data());
  if (tmp.fd < 0) fail(target, "cannot create temporary file", errno);
  tmp.path = pattern;
  if (::fchmod(tmp.fd, mode) != 0) fail(target, "cannot set permissions", errno);
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

// The process named by a temporary file's name, if the name is one of ours
// for a target called `target`.
std::optional<pid_t> temp_writer(std::string_view name, std::string_view target) {
  if (!name.starts_with('.') || name.substr(1, target.size()) != target) return std::nullopt;
  name.remove_prefix(1 + target.size());
  if (!name.starts_with(temp_marker)) return std::nullopt;
  name.remove_prefix(temp_marker.size());
  long pid = 0;
  auto [end, ec] = std::from_chars(name.data(), name.data() + name.size(), pid);
  if (ec != std::errc() || end == name.data() || pid <= 0) return std::nullopt;
  std::string_view rest(end, static_cast<std::size_t>(name.data() + name.size() - end));
  if (rest.size() != 7 || rest[0] != '-') return std::nullopt;
  return static_cast<pid_t>(pid);
}

bool has_ended(pid_t pid) {
  return pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH;
}

}  // namespace

std::size_t remove_stale_temporaries(const std::vector<std::filesystem::path>& targets,
                                     std::filesystem::file_time_type run_started) {
  std::map<std::filesystem::path, std::set<std::string>> by_folder;
  for (const auto& t : targets)
    by_folder[t.parent_path().empty() ? "." : t.parent_path()].insert(t.filename().string());
  std::size_t removed = 0;
  for (const auto& [dir, names] : by_folder) {
    std::error_code ec;
    for (auto it = std::filesystem::directory_iterator(dir, ec);
         !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
      std::string name = it->path().filename().string();
      if (!name.starts_with('.') || name.find(temp_marker) == std::string::npos) continue;
      for (const auto& target : names) {
        auto pid = temp_writer(name, target);
        if (!pid || !has_ended(*pid)) continue;
        std::error_code time_ec;
        auto made = std::filesystem::last_write_time(it->path(), time_ec);
        if (time_ec || made >= run_started) continue;
        if (::unlink(it->path().c_str()) == 0) ++removed;
        break;
      }
    }
  }
  return removed;
}

staged_files::staged_files()
    : mode_(document_mode()), started_(std::filesystem::file_time_type::clock::now()) {}

staged_files::~staged_files() {
  if (committed_) return;
  for (const auto& [slot, f] : files_) ::unlink(f.temp.c_str());
}

void staged_files::stage(std::size_t slot, const std::filesystem::path& target,
                         std::string_view bytes) {
  // Each temporary file is closed once written: a run of a thousand papers
  // must not hold two thousand descriptors (the usual limit is 1,024).
  temp_guard tmp;
  create_temp(target, mode_, tmp);
  write_whole(target, tmp.fd, bytes);
  struct stat st {};
  if (::fstat(tmp.fd, &st) != 0) fail(target, "cannot flush to disk", errno);
  int fd = tmp.fd;
  tmp.fd = -1;
  if (::close(fd) != 0) fail(target, "cannot close", errno);
  std::lock_guard lock(mutex_);
  files_[slot] = staged{target, tmp.path, st.st_dev};
  tmp.keep = true;  // the destructor or commit() disposes of it now
}

void staged_files::commit() {
  std::lock_guard lock(mutex_);
  {
    std::vector<std::filesystem::path> targets;
    for (const auto& [slot, f] : files_) targets.push_back(f.target);
    remove_stale_temporaries(targets, started_);
  }
  std::map<dev_t, std::filesystem::path> file_systems;  // one folder on each
  std::set<std::filesystem::path> folders;
  for (const auto& [slot, f] : files_) {
    std::filesystem::path dir = f.target.parent_path();
    if (dir.empty()) dir = ".";
    file_systems.emplace(f.device, dir);
    folders.insert(dir);
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
  for (auto it = files_.begin(); it != files_.end(); it = files_.erase(it))
    if (::rename(it->second.temp.c_str(), it->second.target.c_str()) != 0)
      fail(it->second.target, "cannot replace", errno);
  committed_ = true;
  for (const auto& dir : folders) sync_folder(dir);  // make the renames durable
}

std::vector<std::filesystem::path> staged_files::targets() const {
  std::lock_guard lock(mutex_);
  std::vector<std::filesystem::path> out;
  for (const auto& [slot, f] : files_) out.push_back(f.target);
  return out;
}

void write_files_atomically(const std::vector<pending_file>& files) {
  staged_files staged;
  for (std::size_t i = 0; i < files.size(); ++i) staged.stage(i, files[i].target, files[i].bytes);
  staged.commit();
}

void write_file_atomically(const std::filesystem::path& target, std::string_view bytes) {
  remove_stale_temporaries({target}, std::filesystem::file_time_type::clock::now());
  temp_guard tmp;
  create_temp(target, document_mode(), tmp);
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
