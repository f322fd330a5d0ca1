// SPDX-License-Identifier: MIT
#include "support/paths.hpp"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace cp::test {

namespace {

// Whether the process `pid` still runs (a folder of a finished run may go).
bool running(long pid) {
  return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

}  // namespace

// CTest runs every test case in a process of its own, in parallel; cases that
// share a helper (one build reused by several checks) would otherwise clear
// each other's folder mid-test. So each process gets `<name>.<pid>`, and the
// folders of finished runs under the same name are removed first, keeping the
// last run's output for inspection and the build tree from growing.
std::filesystem::path scratch_dir(const std::string& name) {
  auto root = std::filesystem::path(CP_BINARY_DIR) / "test-output";
  auto dir = root / (name + "." + std::to_string(::getpid()));
  auto parent = dir.parent_path();
  auto stem = dir.filename().string();
  stem.erase(stem.rfind('.') + 1);  // "<last part of name>."
  std::error_code ec;
  if (std::filesystem::is_directory(parent, ec))
    for (const auto& e : std::filesystem::directory_iterator(parent, ec)) {
      auto f = e.path().filename().string();
      if (!f.starts_with(stem) || e.path() == dir) continue;
      auto digits = f.substr(stem.size());
      if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos) continue;
      if (!running(std::stol(digits))) std::filesystem::remove_all(e.path(), ec);
    }
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + p.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace cp::test
