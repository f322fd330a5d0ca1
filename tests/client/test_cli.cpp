// SPDX-License-Identifier: MIT
// The `papers` command line as a user meets it: exit statuses, messages, and
// that bad input never leaves a file behind.
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
  for (const auto& e : fs::recursive_directory_iterator(dir))
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

}  // namespace

TEST_CASE("usage: help, version, and bad usage exits 2") {
  auto help = papers({"--help"});
  CHECK(help.status == 0);
  CHECK(help.output.find("usage: papers COMMAND") != std::string::npos);
  CHECK(papers({"--version"}).output.find("Committee Papers") != std::string::npos);
  auto bad = papers({"frobnicate"});
  CHECK(bad.status == 2);
  CHECK(bad.output.find("unknown command \"frobnicate\"") != std::string::npos);
  CHECK(papers({"build"}).status == 2);
  CHECK(papers({"build", "x.yaml", "--format", "pdf"}).output.find("unknown format \"pdf\"") != std::string::npos);
}

TEST_CASE("every bad input gives its expected message, exit status 2, and no file") {
  auto corpus = test::source_dir() / "tests" / "bad-inputs";
  REQUIRE(fs::is_directory(corpus));
  int cases = 0;
  for (const auto& e : fs::directory_iterator(corpus)) {
    if (e.path().extension() != ".yaml" && e.path().extension() != ".json") continue;
    auto expected_file = fs::path(e.path()).replace_extension(".expected");
    if (!fs::exists(expected_file)) continue;  // an included helper file, not a case
    ++cases;
    auto out = test::scratch_dir("cli-bad-" + e.path().stem().string());
    // Run from the corpus folder so messages name the file as the .expected files do.
    fs::path rel = fs::relative(e.path(), test::source_dir());
    auto r = test::run({"sh", "-c",
                        fmt::format("cd '{}' && '{}' build '{}' --out '{}'", test::source_dir().string(), PAPERS_BIN,
                                    rel.string(), out.string())});
    std::string expected = test::read_file(expected_file);
    while (!expected.empty() && expected.back() == '\n') expected.pop_back();
    INFO("case: ", e.path().filename().string());
    CHECK(r.status == 2);
    CHECK_MESSAGE(r.output.find(expected) != std::string::npos, "output was:\n", r.output);
    CHECK(r.output.find("nothing written") != std::string::npos);
    CHECK(files_in(out).empty());
  }
  CHECK(cases >= 20);
}

TEST_CASE("the example papers build in both formats, pass doccheck, and build identically twice") {
  auto inputs = example_inputs();
  REQUIRE(inputs.size() >= 4);
  auto first = test::scratch_dir("cli-examples-1");
  auto second = test::scratch_dir("cli-examples-2");
  for (const auto& out : {first, second}) {
    std::vector<std::string> args{"build"};
    args.insert(args.end(), inputs.begin(), inputs.end());
    args.insert(args.end(), {"--out", out.string()});
    auto r = papers(args);
    INFO(r.output);
    REQUIRE(r.status == 0);
  }
  auto files = files_in(first);
  CHECK(files.size() == inputs.size() * 2);
  auto dc = test::doccheck(files);
  INFO(dc.output);
  CHECK(dc.status == 0);
  for (const auto& f : files)
    CHECK_MESSAGE(test::read_file(f) == test::read_file(second / f.filename()), "not byte-identical: ", f.string());
}

TEST_CASE("a template mistake fails the build naming the template file and line, and writes nothing") {
  auto council = test::scratch_dir("cli-council-templates");
  fs::create_directories(council / "partials");
  std::ofstream(council / "partials" / "purpose.mustache") << "{{#purpose}}\n<h2>Purpose</h2>\n<prose>{{purpose}}</prose>\n";
  auto out = test::scratch_dir("cli-template-error");
  auto r = papers({"build", example_inputs().front(), "--templates", council.string(), "--out", out.string()});
  CHECK(r.status == 1);
  CHECK(r.output.find((council / "partials" / "purpose.mustache").string() + ":1: Unclosed section \"purpose\"") !=
        std::string::npos);
  CHECK(files_in(out).empty());
}

TEST_CASE("the style sampler builds with each shipped house style") {
  for (const char* style : {"council.yaml", "modern.yaml"}) {
    auto out = test::scratch_dir(std::string("cli-sample-") + style);
    auto r = papers({"sample", "--style", (test::source_dir() / "styles" / style).string(), "--out", out.string()});
    INFO(r.output);
    CHECK(r.status == 0);
    auto files = files_in(out);
    CHECK(files.size() == 2);
    auto dc = test::doccheck(files);
    INFO(dc.output);
    CHECK(dc.status == 0);
  }
}
