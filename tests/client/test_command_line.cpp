// SPDX-License-Identifier: MIT
// The command line a newcomer lives in: help per command, suggestions for
// typos, standard input and output, warnings during build, expand, watch.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <fstream>
#include <thread>

#include <fmt/format.h>

#include "support/example_copy.hpp"
#include "support/external.hpp"
#include "support/paths.hpp"

using namespace cp;
namespace fs = std::filesystem;

extern char** environ;

namespace {

test::run_result papers(std::vector<std::string> args) {
  args.insert(args.begin(), PAPERS_BIN);
  return test::run(args);
}

// A shell command run from the inputs folder.
test::run_result in_inputs(const std::string& command) {
  return test::run(
      {"sh", "-c",
       fmt::format("cd '{}' && {}", (test::source_dir() / "inputs").string(), command)});
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("each command has its own help, as --help and as papers help COMMAND") {
  auto global = papers({"--help"});
  CHECK(global.status == 0);
  CHECK(papers({"help"}).output == global.output);
  struct expect {
    const char* command;
    std::vector<const char*> options;
  };
  for (const auto& [command, options] : std::vector<expect>{
           {"build", {"--format LIST", "--out DIR", "--include-root DIR", "-j,--jobs N"}},
           {"check", {"--accessibility", "--strict", "--style FILE"}},
           {"agenda", {"--out DIR", "--reference FILE"}},
           {"watch", {"--out DIR", "--templates DIR"}},
           {"expand", {"--include-root DIR"}},
           {"archive", {"--to ARCHIVE", "--list", "--require-pdf"}},
           {"verify", {"-q,--quiet"}},
           {"sample", {"--style FILE"}},
           {"schema", {"--meeting"}}}) {
    INFO(command);
    CHECK(has(global.output, fmt::format("  {} ", command)));
    auto help = papers({command, "--help"});
    CHECK(help.status == 0);
    CHECK(has(help.output, fmt::format("Usage: papers {} [OPTIONS]", command)));
    for (const char* o : options) CHECK(has(help.output, o));
    CHECK(papers({"help", command}).output == help.output);
  }
}

TEST_CASE("a misspelt command or option is named with the nearest one, exit status 2") {
  auto command = papers({"biuld", "x.yaml"});
  CHECK(command.status == 2);
  CHECK(has(command.output, "unknown command \"biuld\"; did you mean \"build\"?"));
  auto option = papers({"build", "x.yaml", "--fromat", "docx"});
  CHECK(option.status == 2);
  CHECK(has(option.output, "unknown option --fromat for build; did you mean --format?"));
  CHECK(has(option.output, "(papers build --help lists its options)"));
  // An option of another command is unknown to this one.
  CHECK(has(papers({"build", "x.yaml", "--accessibility"}).output,
            "unknown option --accessibility for build"));
  auto topic = papers({"help", "agneda"});
  CHECK(topic.status == 2);
  CHECK(has(topic.output, "there is no command \"agneda\"; did you mean \"agenda\"?"));
  CHECK(papers({}).status == 2);
}

TEST_CASE(
    "- reads the input from standard input, and --out - writes the one file to standard output") {
  auto out = test::scratch_dir("cli-pipes");
  auto from_file =
      papers({"build", (test::source_dir() / "inputs/leeds-partnership-review.yaml").string(),
              "--out", out.string(), "--format", "docx"});
  REQUIRE(from_file.status == 0);
  // Includes resolve from the current folder (inputs/, which holds shared/).
  auto piped =
      in_inputs(fmt::format("cat leeds-partnership-review.yaml | '{}' build - --format "
                            "docx --out - > '{}'",
                            PAPERS_BIN, (out / "piped.docx").string()));
  INFO(piped.output);
  CHECK(piped.status == 0);
  CHECK(test::read_file(out / "piped.docx") ==
        test::read_file(out / "leeds-partnership-review.docx"));
  auto two = papers({"build", "x.yaml", "--out", "-"});
  CHECK(two.status == 2);
  CHECK(has(two.output, "--out - writes one file: give one input and one --format"));
  auto meeting = papers(
      {"build",
       (test::source_dir() / "inputs/agenda/riverside-cabinet-2026-04-15-meeting.yaml").string(),
       "--format", "odt", "--out", "-"});
  CHECK(meeting.status == 2);
  CHECK(has(meeting.output, "--out - writes one file"));
}

TEST_CASE("build prints the warnings check prints, once per paper, and --quiet hides them") {
  auto input = (test::source_dir() / "inputs/lancaster-partnership-evaluation.yaml").string();
  auto check = papers({"check", input});
  REQUIRE(check.status == 0);
  const std::string warning =
      "evaluations[1].issues[1].target: no target date is set for this issue's actions";
  REQUIRE(has(check.output, warning));
  auto out = test::scratch_dir("cli-build-warnings");
  auto build = papers({"build", input, "--out", out.string()});
  CHECK(build.status == 0);
  CHECK(occurrences(build.output, warning) == 1);
  auto quiet = papers({"build", input, "--out", out.string(), "--quiet"});
  CHECK(quiet.status == 0);
  CHECK(quiet.output.empty());
  CHECK(papers({"build", input, "--out", out.string(), "--strict"}).status == 2);
}

TEST_CASE("expand prints the input with its includes as JSON, which builds the same paper") {
  auto out = test::scratch_dir("cli-expand");
  auto yaml = test::source_dir() / "inputs/leeds-partnership-review.yaml";
  auto expanded = papers({"expand", yaml.string()});
  REQUIRE(expanded.status == 0);
  CHECK(expanded.output.starts_with("{\n  \"kind\": \"audit-review\""));
  // The included recommendations are there, and no include is left.
  CHECK(has(expanded.output, "\"recommendations\": ["));
  CHECK_FALSE(has(expanded.output, "$include"));
  std::ofstream(out / "leeds.json") << expanded.output;
  REQUIRE(papers({"build", yaml.string(), "--out", (out / "a").string()}).status == 0);
  REQUIRE(papers({"build", (out / "leeds.json").string(), "--out", (out / "b").string()}).status ==
          0);
  for (const char* ext : {"docx", "odt"}) {
    auto name = fmt::format("leeds-partnership-review.{}", ext);
    CHECK(test::read_file(out / "a" / name) == test::read_file(out / "b" / name));
  }
  auto missing = papers({"expand", (out / "none.yaml").string()});
  CHECK(missing.status == 2);
  CHECK(has(missing.output, "there is no such file"));
}

TEST_CASE(
    "watch builds again on a change, keeps the last good files on a broken one, stops on Ctrl-C") {
  auto dir = test::scratch_dir("cli-watch");
  auto input = test::copy_example("leeds-partnership-review.yaml", dir);
  auto out = dir / "out";
  auto log = dir / "log.txt";
  std::vector<std::string> args = {PAPERS_BIN,   "watch",    input.string(), "--out",
                                   out.string(), "--format", "docx"};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t files;
  posix_spawn_file_actions_init(&files);
  posix_spawn_file_actions_addopen(&files, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&files, 1, 2);
  pid_t pid = 0;
  REQUIRE(posix_spawn(&pid, argv[0], &files, nullptr, argv.data(), environ) == 0);
  posix_spawn_file_actions_destroy(&files);
  struct stopper {
    pid_t pid;
    ~stopper() {
      if (pid > 0) ::kill(pid, SIGKILL), ::waitpid(pid, nullptr, 0);
    }
  } guard{pid};
  // Waits (up to a minute, for a loaded machine) until the log says `what` `n` times.
  auto wait_for = [&](const std::string& what, std::size_t n) {
    for (int i = 0; i < 600; ++i) {
      if (occurrences(test::read_file(log), what) >= n) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
  };
  const std::string watching = "papers: watching";
  auto docx = out / "leeds-partnership-review.docx";
  REQUIRE(wait_for(watching, 1));
  std::string first = test::read_file(docx);

  // A change to a file the paper includes: one build more.
  std::ofstream(dir / "inputs/shared/leeds-recommendations.yaml", std::ios::app) << "# reviewed\n";
  REQUIRE(wait_for(watching, 2));
  CHECK(occurrences(test::read_file(log), "changed; building again") == 1);
  CHECK(has(test::read_file(log), "leeds-recommendations.yaml changed"));

  // A change to the title: the file is rebuilt with it.
  std::string text = test::read_file(input);
  text.replace(text.find("title: Review of Partnership Working"), 36,
               "title: Review of Partnership Working Again");
  std::ofstream(input, std::ios::trunc) << text;
  REQUIRE(wait_for(watching, 3));
  std::string second = test::read_file(docx);
  CHECK(second != first);

  // A broken change: reported, and the last good file stays.
  std::ofstream(input, std::ios::app) << "title: [unclosed\n";
  REQUIRE(wait_for(watching, 4));
  CHECK(has(test::read_file(log), "nothing written"));
  CHECK(test::read_file(docx) == second);

  // A file it never read changes: nothing happens.
  std::ofstream(dir / "inputs/unrelated.txt") << "x";
  std::this_thread::sleep_for(std::chrono::milliseconds(600));
  CHECK(occurrences(test::read_file(log), watching) == 4);

  ::kill(pid, SIGINT);
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  guard.pid = 0;
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(has(test::read_file(log), "papers: stopped watching"));
}

TEST_CASE("docs/command-line.md is what the program prints for each command") {
  std::string doc =
      "# The command line\n\nWhat `papers --help` and `papers help COMMAND` print, command by "
      "command.\nGenerated from the program (`tests/client/test_command_line.cpp` checks that "
      "it\nmatches); do not edit by hand.\n\n```\n" +
      papers({"--help"}).output + "```\n";
  for (const char* c :
       {"build", "check", "agenda", "watch", "expand", "archive", "verify", "sample", "schema"})
    doc += fmt::format("\n## {}\n\n```\n{}```\n", c, papers({"help", c}).output);
  CHECK(test::read_file(test::source_dir() / "docs" / "command-line.md") == doc);
}
