// SPDX-License-Identifier: MIT
// Ctrl-C during `papers build`: the run stops before its next paper, removes
// every temporary file and the output folder it made, and exits with 130.
// The signal is sent once staging has begun (a temporary file is seen in the
// output folder), so the test waits on an event, not on a clock.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "support/example_copy.hpp"
#include "support/paths.hpp"

using namespace cp;
namespace fs = std::filesystem;

extern char** environ;

namespace {

bool staging_seen(const fs::path& out) {
  std::error_code ec;
  for (fs::directory_iterator it(out, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().filename().string().find(".papers-tmp-") != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("Ctrl-C during a build stops it before the next paper: status 130, nothing left behind") {
  auto dir = test::scratch_dir("interrupt");
  auto example = test::copy_example("lancaster-partnership-evaluation.yaml", dir / "in");
  std::string text = test::read_file(example);
  const std::string id = "id: lancaster-partnership-evaluation";
  REQUIRE(text.find(id) != std::string::npos);
  std::vector<std::string> args = {PAPERS_BIN, "build"};
  // Far longer than the wait below, even on a loaded machine where the test
  // itself may wait a second for the processor.
  for (int i = 0; i < 1200; ++i) {
    std::string copy = text;
    copy.replace(copy.find(id), id.size(), fmt::format("id: copy-{:04}", i));
    auto input = example.parent_path() / fmt::format("copy-{:04}.yaml", i);
    std::ofstream(input) << copy;
    args.push_back(input.string());
  }
  auto out = dir / "out";
  auto log = dir / "stderr.txt";
  for (std::string a : {"--out", out.c_str(), "--quiet", "--jobs", "2"}) args.push_back(a);

  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t files;
  posix_spawn_file_actions_init(&files);
  posix_spawn_file_actions_addopen(&files, 2, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = 0;
  REQUIRE(posix_spawn(&pid, argv[0], &files, nullptr, argv.data(), environ) == 0);
  posix_spawn_file_actions_destroy(&files);

  bool staging = false;
  int status = 0;
  bool exited = false;
  for (int tries = 0; tries < 60000 && !staging && !exited; ++tries) {
    staging = staging_seen(out);
    if (!staging) {
      exited = waitpid(pid, &status, WNOHANG) == pid;
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  }
  if (!exited) {
    ::kill(pid, SIGINT);
    REQUIRE(waitpid(pid, &status, 0) == pid);
  }
  REQUIRE(staging);  // the build had begun writing when the signal came
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 130);
  CHECK(test::read_file(log).find("papers: interrupted; nothing written") != std::string::npos);
  CHECK_FALSE(fs::exists(out));  // no file, no temporary file, not even the folder
}
