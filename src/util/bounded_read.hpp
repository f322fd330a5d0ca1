// SPDX-License-Identifier: MIT
// The one way the project reads a file an input or a user names: never more
// than a limit, never a device or a pipe unless asked, never for ever.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>

#include "util/error.hpp"

namespace cp::util {

struct read_limits {
  std::size_t max_bytes = 16 * 1024 * 1024;
  // Only regular files: what inputs name (includes, logos, documents). A
  // pipe, FIFO, terminal or device is refused without being opened for long.
  bool regular_only = true;
  // With regular_only off (the input given on the command line, which may
  // be a pipe): how long to wait for the next bytes before giving up.
  std::chrono::milliseconds idle_timeout{10'000};
};

// Why a file was not read. what() is the reason alone, without the file's
// name ("is a FIFO (named pipe), not a regular file"), so that each caller
// can put it after the place that named the file.
class read_refused : public io_error {
 public:
  using io_error::io_error;
};

// The whole content of `path`, or read_refused. A regular file's size is
// checked before anything is allocated, and what is read is counted too:
// a file that says it is empty but is not (/proc and /sys files) is refused
// with regular_only, and never read past the limit otherwise.
std::string read_bounded(const std::filesystem::path& path, const read_limits& limits = {});

// "a FIFO (named pipe)", "a folder", ...: what a path is, when it is not a
// regular file; empty for a regular file or a path that does not exist.
std::string describe_file_type(const std::filesystem::path& path);

}  // namespace cp::util
