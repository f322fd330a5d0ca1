// SPDX-License-Identifier: MIT
// Changes to a set of files and folders, through inotify. Each file's folder
// is watched rather than the file: editors save by writing a new file and
// renaming it over the old one, which ends a watch on the file itself.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <string>

namespace cp::app {

class file_watch {
 public:
  file_watch();
  ~file_watch();
  file_watch(const file_watch&) = delete;
  file_watch& operator=(const file_watch&) = delete;

  // A file whose change counts; its folder need not hold it yet.
  void add_file(const std::filesystem::path& file);
  // A folder any of whose files counts (a template folder).
  void add_folder(const std::filesystem::path& folder);
  std::size_t size() const { return files_.size() + folders_.size(); }

  // Waits up to `timeout` for a change that counts; returns the changed
  // file, or empty when none came. Once one comes, it waits until there
  // has been `settle` without another, so a save of many files (or one
  // file written in pieces) is one change.
  std::filesystem::path wait(std::chrono::milliseconds timeout,
                             std::chrono::milliseconds settle = std::chrono::milliseconds(150));

 private:
  int watch_folder(const std::filesystem::path& folder);
  // The first change that counts among the events ready to read.
  std::filesystem::path read_events();

  int fd_;
  std::map<int, std::filesystem::path> folders_by_watch_;
  std::set<std::filesystem::path> files_;    // absolute, normal
  std::set<std::filesystem::path> folders_;  // absolute, normal: every change counts
};

}  // namespace cp::app
