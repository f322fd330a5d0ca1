// SPDX-License-Identifier: MIT
// Writes a file so that readers see the old file or the whole new one, never a partial one.
#pragma once

#include <sys/types.h>
#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace cp::package {

// Temporary files are named ".TARGET.papers-tmp-PID-XXXXXX", beside their
// target: recognisably ours, and naming the process writing them. A run
// killed outright (SIGKILL, a power cut) leaves them behind; the next run
// that writes the same target removes them (remove_stale_temporaries).

// Writes `bytes` to a temporary file beside `target`, flushes it to disk and
// renames it over `target`. On any failure the temporary file is removed, the
// previous `target` (if any) is left untouched, and io_error names the path.
void write_file_atomically(const std::filesystem::path& target, std::string_view bytes);

struct pending_file {
  std::filesystem::path target;
  std::string_view bytes;
};

// The same for many files at once, all or none: each is written to a
// temporary file beside its target, then all are flushed to disk together
// (one syncfs per file system, where a flush per file cost 6 ms each: most
// of a 1,000-paper build), then each is renamed over its target and each
// folder flushed once. When a write or the flush fails, every temporary file
// is removed, no target has changed, and io_error names the file. Only a
// rename failing part-way (which needs the folder to change under us) can
// leave the files before it replaced.
void write_files_atomically(const std::vector<pending_file>& files);

// The same, for files made one by one, so a run of thousands of papers never
// holds them all in memory: stage() writes each to its temporary file as
// soon as it is made; commit() flushes them all to disk together and renames
// each over its target, in slot order. Destroyed without commit() (a later
// paper failed, or the run was refused), it removes every temporary file and
// no target has changed. stage() may be called from many threads at once.
class staged_files {
 public:
  // Before its renames, commit() also removes the stale temporary files of
  // its targets (remove_stale_temporaries).
  staged_files();  // reads the process's umask, which only the main thread may change
  ~staged_files();
  staged_files(const staged_files&) = delete;
  staged_files& operator=(const staged_files&) = delete;

  // Writes `bytes` to a new temporary file beside `target` and closes it.
  // `slot` orders the renames; each slot is staged once.
  void stage(std::size_t slot, const std::filesystem::path& target, std::string_view bytes);
  // Flushes and renames every staged file; io_error names a file that failed.
  void commit();
  // Targets in slot order.
  std::vector<std::filesystem::path> targets() const;

 private:
  struct staged {
    std::filesystem::path target;
    std::string temp;
    dev_t device = 0;
  };
  mode_t mode_;
  std::filesystem::file_time_type started_;
  mutable std::mutex mutex_;
  std::map<std::size_t, staged> files_;
  bool committed_ = false;
};

// Removes, from the folders of `targets`, the temporary files of those
// targets that an earlier run left: made before `run_started` by a process
// that has ended. Returns how many it removed; a file it cannot remove is
// left as it is.
std::size_t remove_stale_temporaries(const std::vector<std::filesystem::path>& targets,
                                     std::filesystem::file_time_type run_started);

}  // namespace cp::package
