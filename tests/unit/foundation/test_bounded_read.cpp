// SPDX-License-Identifier: MIT
// util::read_bounded: never past the limit, never a device or a pipe unless
// asked, never for ever.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <thread>

#include "support/paths.hpp"
#include "util/bounded_read.hpp"

using namespace cp;
namespace fs = std::filesystem;

namespace {

std::string refusal(const fs::path& p, const util::read_limits& limits) {
  try {
    util::read_bounded(p, limits);
  } catch (const util::read_refused& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a regular file is read whole, and refused past the limit before it is read") {
  auto dir = test::scratch_dir("bounded-regular");
  std::ofstream(dir / "a.txt") << "twelve bytes";
  CHECK(util::read_bounded(dir / "a.txt", {.max_bytes = 12}) == "twelve bytes");
  CHECK(refusal(dir / "a.txt", {.max_bytes = 11}) == "is 12 bytes, more than the limit of 11");
  std::ofstream(dir / "empty.txt");
  CHECK(util::read_bounded(dir / "empty.txt").empty());
  CHECK(refusal(dir / "none.txt", {}) == "there is no such file");
  CHECK(refusal(dir, {}) == "is a folder, not a file");
}

TEST_CASE("devices, FIFOs and files that say they are empty are refused as files") {
  CHECK(refusal("/dev/zero", {}) == "is a device, not a regular file");
  auto dir = test::scratch_dir("bounded-special");
  REQUIRE(::mkfifo((dir / "fifo").c_str(), 0600) == 0);
  CHECK(refusal(dir / "fifo", {}) == "is a FIFO (named pipe), not a regular file");
  // /proc files report a size of 0 and are made up as they are read.
  CHECK(refusal("/proc/self/status", {}).find("says it is empty but is not") != std::string::npos);
}

TEST_CASE("with pipes allowed: a device is cut off at the limit, a silent FIFO times out") {
  util::read_limits pipes{
      .max_bytes = 1000, .regular_only = false, .idle_timeout = std::chrono::milliseconds(200)};
  CHECK(refusal("/dev/zero", pipes) == "is more than the limit of 1000 bytes");
  auto dir = test::scratch_dir("bounded-fifo");
  auto fifo = dir / "fifo";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK(refusal(fifo, pipes).find("sent nothing for 0.2 seconds") != std::string::npos);
  // A writer that comes, writes and goes: its bytes are read.
  std::thread writer([&] { std::ofstream(fifo) << "kind: meeting\n"; });
  CHECK(util::read_bounded(fifo, pipes) == "kind: meeting\n");
  writer.join();
}
