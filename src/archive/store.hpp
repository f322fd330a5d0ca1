// SPDX-License-Identifier: MIT
// The archive on disk: one folder per paper, one folder v<N> per version,
// each written whole or not at all. A version is written into a temporary
// folder beside it (.v<N>.tmp-XXXXXX), every file and folder fsynced, then
// renamed to v<N> (never replacing anything) and the paper folder fsynced.
// A crash leaves at most a temporary folder, which readers ignore and the
// next archive run removes.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "archive/manifest.hpp"

namespace cp::archive {

// 3 for "v3"; nothing for any other name ("v03", "v0", "v3.tmp").
std::optional<int> version_number(std::string_view folder_name);
// Whether `name` is a temporary version folder (".v3.tmp-AbC123").
bool is_temporary(std::string_view name);

// What a paper folder holds.
struct paper_folder {
  std::vector<int> versions;             // ascending
  std::vector<std::string> temporaries;  // leftovers of interrupted runs
  std::vector<std::string> others;       // anything else: not the archive's
};
paper_folder read_paper_folder(const std::filesystem::path& dir);

// The paper folders of an archive (sorted by name), and entries that are not
// folders at all.
struct archive_folder {
  std::vector<std::string> papers;
  std::vector<std::string> others;
};
archive_folder read_archive_folder(const std::filesystem::path& dir);

// An exclusive lock (flock) on a folder, held while the object lives; waits
// for another `papers archive` working on the same paper.
class folder_lock {
 public:
  explicit folder_lock(const std::filesystem::path& dir);
  ~folder_lock();
  folder_lock(const folder_lock&) = delete;
  folder_lock& operator=(const folder_lock&) = delete;

 private:
  int fd_ = -1;
};

// Test hook: when $PAPERS_TEST_CRASH_AT names `point`, the process ends at
// once (exit status 75, no clean-up), as if the machine stopped there.
// Points: temp-created, first-file, before-manifest, after-manifest,
// before-rename, after-rename.
void crash_point(std::string_view point);

// fsync of a folder, so entries created or renamed in it are on disk.
void sync_folder(const std::filesystem::path& dir);
// Creates `dir` and any missing parents, fsyncing each parent it changed.
void make_folders(const std::filesystem::path& dir);
// Removes the leftover temporary folders of a paper folder; returns their names.
std::vector<std::string> remove_temporaries(const std::filesystem::path& paper_dir);

// Writes one new version folder.
class version_writer {
 public:
  // Creates <paper_dir>/.v<version>.tmp-XXXXXX.
  version_writer(const std::filesystem::path& paper_dir, int version);
  // Removes the temporary folder unless committed.
  ~version_writer();
  version_writer(const version_writer&) = delete;
  version_writer& operator=(const version_writer&) = delete;

  const std::filesystem::path& folder() const { return temp_; }
  // Writes a new file (never an existing one) at `relative`, creating its
  // folders, read-only, fsynced.
  void write(const std::string& relative, std::string_view bytes);
  // Fsyncs every folder of the version, renames it to v<N> (failing if that
  // exists) and fsyncs the paper folder. Returns the final folder.
  std::filesystem::path commit();

 private:
  std::filesystem::path paper_dir_;
  std::filesystem::path temp_;
  int version_;
  bool committed_ = false;
  int files_ = 0;
};

// A difference between a version folder and its manifest.
struct file_problem {
  std::string path;  // relative to the version folder
  std::string message;
};
// Every listed file must be there with its size and SHA-256; every file
// there (but manifest.json) must be listed.
std::vector<file_problem> check_files(const std::filesystem::path& version_dir, const manifest& m);

// The files under `dir` as '/'-separated relative paths, sorted; entries that
// are not regular files or folders (symbolic links, devices) are listed too.
std::vector<std::string> relative_files(const std::filesystem::path& dir);

}  // namespace cp::archive
