// SPDX-License-Identifier: MIT
// papers build --jobs N: the same files, messages and exit status whatever N
// is, and --quiet. Nothing here depends on timing: the checks compare what
// one thread and several threads produce.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>

#include <fmt/format.h>

#include "support/external.hpp"
#include "support/paths.hpp"

using namespace cp;
namespace fs = std::filesystem;

namespace {

test::run_result papers(std::vector<std::string> args) {
  args.insert(args.begin(), PAPERS_BIN);
  return test::run(args);
}

std::vector<fs::path> files_in(const fs::path& dir) {
  std::vector<fs::path> out;
  if (!fs::exists(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file()) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> example_inputs() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(test::source_dir() / "inputs"))
    if (e.path().extension() == ".yaml") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

// `papers build INPUTS --out OUT --jobs N [extra]`; the output folder named
// the same in every run, so the "wrote" lines can be compared.
test::run_result build(const std::vector<std::string>& inputs, const fs::path& out, int jobs,
                       std::vector<std::string> extra = {}) {
  std::vector<std::string> args{"build"};
  args.insert(args.end(), inputs.begin(), inputs.end());
  args.insert(args.end(), {"--out", out.string(), "--jobs", std::to_string(jobs)});
  args.insert(args.end(), extra.begin(), extra.end());
  return papers(args);
}

// The same files, byte for byte, in two folders.
void check_same_files(const fs::path& a, const fs::path& b) {
  auto first = files_in(a), second = files_in(b);
  REQUIRE(first.size() == second.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    CHECK(first[i].filename() == second[i].filename());
    CHECK_MESSAGE(test::read_file(first[i]) == test::read_file(second[i]),
                  "not byte-identical: ", first[i].filename().string());
  }
}

// Replaces the output folder's name in a run's messages.
std::string with_folder_named(std::string text, const fs::path& folder) {
  std::string from = folder.string();
  for (std::size_t at; (at = text.find(from)) != std::string::npos;)
    text.replace(at, from.size(), "OUT");
  return text;
}

}  // namespace

TEST_CASE("--jobs 1 and --jobs 4 write the same example papers, byte for byte, saying the same") {
  auto inputs = example_inputs();
  REQUIRE(inputs.size() >= 4);
  // Each paper twice under other names (more papers than threads), the
  // copies in a scratch tree laid out like the repository's, for their
  // includes and logo.
  auto dir = test::scratch_dir("jobs-examples");
  fs::create_directories(dir / "inputs");
  fs::create_directories(dir / "styles");
  fs::copy(test::source_dir() / "inputs" / "shared", dir / "inputs" / "shared",
           fs::copy_options::recursive);
  fs::copy(test::source_dir() / "styles" / "assets", dir / "styles" / "assets",
           fs::copy_options::recursive);
  std::vector<std::string> many = inputs;
  for (const auto& input : inputs) {
    std::string text = test::read_file(input);
    auto at = text.find("\nid: ");
    REQUIRE(at != std::string::npos);
    text.insert(at + 5, "copy-");
    fs::path copy = dir / "inputs" / fs::path(input).filename();
    std::ofstream(copy) << text;
    many.push_back(copy.string());
  }
  auto one = build(many, dir / "one", 1);
  auto four = build(many, dir / "four", 4);
  INFO(one.output);
  INFO(four.output);
  REQUIRE(one.status == 0);
  REQUIRE(four.status == 0);
  CHECK(files_in(dir / "one").size() == many.size() * 2);
  check_same_files(dir / "one", dir / "four");
  CHECK(with_folder_named(one.output, dir / "one") == with_folder_named(four.output, dir / "four"));
  // Not a terminal: no progress bar drawn into the messages.
  CHECK(four.output.find('\r') == std::string::npos);
}

TEST_CASE("one paper with cores to spare (formats side by side) is the same as on one thread") {
  for (const auto& input : example_inputs()) {
    CAPTURE(input);
    auto dir = test::scratch_dir("jobs-one-paper") / fs::path(input).stem();
    auto one = build({input}, dir / "one", 1);
    auto four = build({input}, dir / "four", 4);
    REQUIRE(one.status == 0);
    REQUIRE(four.status == 0);
    CHECK(files_in(dir / "one").size() == 2);
    check_same_files(dir / "one", dir / "four");
  }
}

TEST_CASE("--jobs: a bad input among good ones gives its message, exit status 2 and no file") {
  auto inputs = example_inputs();
  auto corpus = test::source_dir() / "tests" / "bad-inputs";
  std::vector<std::string> mixed = {inputs[0], (corpus / "bad-dates.yaml").string(), inputs[1],
                                    (corpus / "bad-enums.yaml").string(), inputs[2]};
  auto dir = test::scratch_dir("jobs-bad-input");
  auto one = build(mixed, dir / "one", 1);
  auto four = build(mixed, dir / "four", 4);
  CHECK(one.status == 2);
  CHECK(four.status == 2);
  CHECK(four.output == one.output);  // every message, in input order
  CHECK(four.output.find("bad-dates.yaml:") != std::string::npos);
  CHECK(four.output.find("bad-enums.yaml:") != std::string::npos);
  CHECK(four.output.find("nothing written") != std::string::npos);
  CHECK(files_in(dir / "one").empty());
  CHECK(files_in(dir / "four").empty());
}

TEST_CASE("--jobs: a paper that fails to build fails the run the same way, writing nothing") {
  // Two papers with the same id would be one file: refused before any is written.
  auto dir = test::scratch_dir("jobs-same-id");
  auto input = example_inputs()[0];
  auto one = build({input, input, example_inputs()[1]}, dir / "one", 1);
  auto four = build({input, input, example_inputs()[1]}, dir / "four", 4);
  CHECK(one.status == 2);
  CHECK(four.status == 2);
  CHECK(four.output == one.output);
  CHECK(four.output.find("give one of them another id") != std::string::npos);
  CHECK(files_in(dir / "four").empty());
}

TEST_CASE("--quiet writes the files without a word, and --jobs takes only a positive number") {
  auto dir = test::scratch_dir("jobs-quiet");
  auto r = build(example_inputs(), dir / "out", 2, {"--quiet"});
  INFO(r.output);
  CHECK(r.status == 0);
  CHECK(r.output.empty());
  CHECK(files_in(dir / "out").size() == example_inputs().size() * 2);
  for (const char* bad : {"0", "many", "-3", "2x"}) {
    auto u = papers({"build", example_inputs()[0], "--jobs", bad});
    CHECK(u.status == 2);
    CHECK(u.output.find(fmt::format(
              "--jobs needs a number of papers to build at once, from 1 to 1024, not \"{}\"",
              bad)) != std::string::npos);
  }
  CHECK(papers({"build", "--help"}).output.find("-j,--jobs N") != std::string::npos);
}

TEST_CASE("--jobs 1 and --jobs 4 write the same agenda packs") {
  auto meeting =
      test::source_dir() / "inputs" / "agenda" / "riverside-cabinet-2026-04-15-meeting.yaml";
  auto dir = test::scratch_dir("jobs-agenda");
  auto one = papers({"agenda", meeting.string(), "--out", (dir / "one").string(), "--jobs", "1"});
  auto four = papers({"agenda", meeting.string(), "--out", (dir / "four").string(), "--jobs", "4"});
  INFO(one.output);
  REQUIRE(one.status == 0);
  REQUIRE(four.status == 0);
  CHECK(files_in(dir / "one").size() >= 4);
  check_same_files(dir / "one", dir / "four");
}
