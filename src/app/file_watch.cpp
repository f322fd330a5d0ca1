// SPDX-License-Identifier: MIT
#include "app/file_watch.hpp"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "util/error.hpp"

namespace cp::app {
namespace {

constexpr std::uint32_t changes =
    IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB;

std::filesystem::path absolute_normal(const std::filesystem::path& p) {
  std::error_code ec;
  return std::filesystem::absolute(p, ec).lexically_normal();
}

}  // namespace

file_watch::file_watch() : fd_(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {
  if (fd_ < 0) throw io_error(fmt::format("cannot watch files: {}", std::strerror(errno)));
}

file_watch::~file_watch() {
  ::close(fd_);
}

int file_watch::watch_folder(const std::filesystem::path& folder) {
  int wd = ::inotify_add_watch(fd_, folder.c_str(), changes);
  if (wd < 0)
    throw io_error(
        fmt::format("{}: cannot watch this folder: {}", folder.string(), std::strerror(errno)));
  folders_by_watch_[wd] = folder;
  return wd;
}

void file_watch::add_file(const std::filesystem::path& file) {
  auto abs = absolute_normal(file);
  if (!files_.insert(abs).second) return;
  watch_folder(abs.parent_path());
}

void file_watch::add_folder(const std::filesystem::path& folder) {
  auto abs = absolute_normal(folder);
  if (!folders_.insert(abs).second) return;
  watch_folder(abs);
}

std::filesystem::path file_watch::read_events() {
  std::filesystem::path changed;
  alignas(inotify_event) char buf[16 * 1024];
  for (;;) {
    ssize_t n = ::read(fd_, buf, sizeof buf);
    if (n <= 0) return changed;  // nothing more to read now
    for (char* p = buf; p < buf + n;) {
      auto* e = reinterpret_cast<inotify_event*>(p);
      p += sizeof(inotify_event) + e->len;
      auto dir = folders_by_watch_.find(e->wd);
      if (dir == folders_by_watch_.end() || e->len == 0) continue;
      auto path = dir->second / e->name;
      if (changed.empty() && (files_.count(path) || folders_.count(dir->second))) changed = path;
    }
  }
}

std::filesystem::path file_watch::wait(std::chrono::milliseconds timeout,
                                       std::chrono::milliseconds settle) {
  pollfd p{fd_, POLLIN, 0};
  if (::poll(&p, 1, static_cast<int>(timeout.count())) <= 0) return {};
  std::filesystem::path changed = read_events();
  if (changed.empty()) return {};
  // Let the rest of the save arrive.
  while (::poll(&p, 1, static_cast<int>(settle.count())) > 0) read_events();
  return changed;
}

}  // namespace cp::app
