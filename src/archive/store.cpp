// SPDX-License-Identifier: MIT
#include "archive/store.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <set>

#include <fmt/format.h>

#include "archive/sha256.hpp"

namespace cp::archive {
namespace fs = std::filesystem;

namespace {

std::string why() {
  return std::strerror(errno);
}

bool is_real_folder(const fs::directory_entry& e) {
  std::error_code ec;
  return e.symlink_status(ec).type() == fs::file_type::directory;
}

void write_all(int fd, std::string_view bytes, const fs::path& path) {
  const char* p = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw io_error(fmt::format("{}: cannot write: {}", path.string(), why()));
    p += n;
    left -= static_cast<std::size_t>(n);
  }
}

}  // namespace

std::optional<int> version_number(std::string_view name) {
  if (name.size() < 2 || name.size() > 10 || name[0] != 'v' || name[1] == '0') return std::nullopt;
  int n = 0;
  for (char c : name.substr(1)) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n;
}

bool is_temporary(std::string_view name) {
  if (!name.starts_with(".v")) return false;
  auto dot = name.find(".tmp-");
  return dot != std::string_view::npos && version_number(name.substr(1, dot - 1)).has_value();
}

paper_folder read_paper_folder(const fs::path& dir) {
  paper_folder out;
  for (const auto& e : fs::directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    bool folder = is_real_folder(e);
    if (auto n = version_number(name); n && folder)
      out.versions.push_back(*n);
    else if (folder && is_temporary(name))
      out.temporaries.push_back(name);
    else
      out.others.push_back(name);
  }
  std::sort(out.versions.begin(), out.versions.end());
  std::sort(out.temporaries.begin(), out.temporaries.end());
  std::sort(out.others.begin(), out.others.end());
  return out;
}

archive_folder read_archive_folder(const fs::path& dir) {
  archive_folder out;
  for (const auto& e : fs::directory_iterator(dir))
    (is_real_folder(e) ? out.papers : out.others).push_back(e.path().filename().string());
  std::sort(out.papers.begin(), out.papers.end());
  std::sort(out.others.begin(), out.others.end());
  return out;
}

folder_lock::folder_lock(const fs::path& dir) {
  fd_ = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd_ < 0) throw io_error(fmt::format("{}: cannot open: {}", dir.string(), why()));
  while (::flock(fd_, LOCK_EX) != 0) {
    if (errno == EINTR) continue;
    int e = errno;
    ::close(fd_);
    throw io_error(fmt::format("{}: cannot lock: {}", dir.string(), std::strerror(e)));
  }
}

folder_lock::~folder_lock() {
  if (fd_ >= 0) ::close(fd_);  // releases the lock
}

void crash_point(std::string_view point) {
  const char* at = std::getenv("PAPERS_TEST_CRASH_AT");
  if (at && point == at) ::_exit(75);
}

void sync_folder(const fs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) throw io_error(fmt::format("{}: cannot open: {}", dir.string(), why()));
  int rc = ::fsync(fd);
  int e = errno;
  ::close(fd);
  if (rc != 0) throw io_error(fmt::format("{}: cannot sync: {}", dir.string(), std::strerror(e)));
}

void make_folders(const fs::path& dir) {
  std::error_code ec;
  if (fs::is_directory(dir, ec)) return;
  fs::path parent = dir.parent_path();
  if (!parent.empty() && parent != dir) make_folders(parent);
  if (::mkdir(dir.c_str(), 0777) != 0 && errno != EEXIST)
    throw io_error(fmt::format("{}: cannot create folder: {}", dir.string(), why()));
  if (!fs::is_directory(dir, ec))
    throw io_error(fmt::format("{}: exists and is not a folder", dir.string()));
  sync_folder(parent.empty() ? fs::path(".") : parent);
}

std::vector<std::string> remove_temporaries(const fs::path& paper_dir) {
  std::vector<std::string> removed;
  for (const auto& name : read_paper_folder(paper_dir).temporaries) {
    std::error_code ec;
    fs::remove_all(paper_dir / name, ec);
    if (ec)
      throw io_error(
          fmt::format("{}: cannot remove: {}", (paper_dir / name).string(), ec.message()));
    removed.push_back(name);
  }
  if (!removed.empty()) sync_folder(paper_dir);
  return removed;
}

version_writer::version_writer(const fs::path& paper_dir, int version)
    : paper_dir_(paper_dir), version_(version) {
  std::string pattern = (paper_dir / fmt::format(".v{}.tmp-XXXXXX", version)).string();
  if (!::mkdtemp(pattern.data()))
    throw io_error(
        fmt::format("{}: cannot create a temporary folder: {}", paper_dir.string(), why()));
  temp_ = pattern;
  crash_point("temp-created");
}

version_writer::~version_writer() {
  if (committed_) return;
  std::error_code ec;
  fs::remove_all(temp_, ec);
}

void version_writer::write(const std::string& relative, std::string_view bytes) {
  if (committed_) throw io_error("version_writer: write after commit");
  if (!is_plain_relative_path(relative))
    throw archive_error(
        fmt::format("\"{}\" is not a plain path inside the version folder", relative));
  bool manifest = relative == manifest_name;
  if (manifest) crash_point("before-manifest");
  fs::path path = temp_ / relative;
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec)
    throw io_error(
        fmt::format("{}: cannot create folder: {}", path.parent_path().string(), ec.message()));
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0444);
  if (fd < 0) throw io_error(fmt::format("{}: cannot create: {}", path.string(), why()));
  try {
    write_all(fd, bytes, path);
    if (::fsync(fd) != 0) throw io_error(fmt::format("{}: cannot sync: {}", path.string(), why()));
  } catch (...) {
    ::close(fd);
    throw;
  }
  if (::close(fd) != 0) throw io_error(fmt::format("{}: cannot write: {}", path.string(), why()));
  if (++files_ == 1) crash_point("first-file");
  if (manifest) crash_point("after-manifest");
}

fs::path version_writer::commit() {
  // Folders deepest first, so every entry is on disk before its parent's.
  std::vector<fs::path> folders{temp_};
  for (const auto& e : fs::recursive_directory_iterator(temp_))
    if (is_real_folder(e)) folders.push_back(e.path());
  std::sort(folders.begin(), folders.end(), [](const fs::path& a, const fs::path& b) {
    return a.string().size() > b.string().size();
  });
  for (const auto& f : folders) sync_folder(f);
  crash_point("before-rename");
  fs::path final = paper_dir_ / fmt::format("v{}", version_);
  if (::renameat2(AT_FDCWD, temp_.c_str(), AT_FDCWD, final.c_str(), RENAME_NOREPLACE) != 0) {
    if (errno == EEXIST || errno == ENOTEMPTY)
      throw archive_error(
          fmt::format("{} exists already; an archived version is never replaced", final.string()));
    if (errno != EINVAL && errno != ENOSYS)
      throw io_error(
          fmt::format("{}: cannot rename to {}: {}", temp_.string(), final.string(), why()));
    // A file system without RENAME_NOREPLACE: the paper folder is locked, so
    // checking first is enough (rename would replace an empty folder).
    std::error_code ec;
    if (fs::exists(fs::symlink_status(final, ec)))
      throw archive_error(
          fmt::format("{} exists already; an archived version is never replaced", final.string()));
    if (::rename(temp_.c_str(), final.c_str()) != 0)
      throw io_error(
          fmt::format("{}: cannot rename to {}: {}", temp_.string(), final.string(), why()));
  }
  committed_ = true;
  crash_point("after-rename");
  sync_folder(paper_dir_);
  return final;
}

std::vector<std::string> relative_files(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (is_real_folder(e)) continue;
    out.push_back(e.path().lexically_relative(dir).generic_string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<file_problem> check_files(const fs::path& version_dir, const manifest& m) {
  std::vector<file_problem> out;
  auto present = relative_files(version_dir);
  std::set<std::string> there(present.begin(), present.end());
  for (const auto& f : m.files) {
    if (!there.count(f.path)) {
      out.push_back({f.path, "missing: the manifest lists it but the folder does not hold it"});
      continue;
    }
    fs::path p = version_dir / f.path;
    std::error_code ec;
    if (fs::symlink_status(p, ec).type() != fs::file_type::regular) {
      out.push_back(
          {f.path, "not a regular file (a link or a device); the archive holds files only"});
      continue;
    }
    std::string sum = sha256_file(p);
    auto size = fs::file_size(p, ec);
    if (sum != f.sha256)
      out.push_back(
          {f.path,
           fmt::format("changed: its SHA-256 is {} ({} bytes), the manifest says {} ({} bytes)",
                       sum, size, f.sha256, f.bytes)});
    else if (size != f.bytes)
      out.push_back(
          {f.path, fmt::format("its size is {} bytes, the manifest says {}", size, f.bytes)});
  }
  for (const auto& p : present)
    if (p != manifest_name && !m.find(p))
      out.push_back({p, "extra: the folder holds it but the manifest does not list it"});
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  return out;
}

}  // namespace cp::archive
