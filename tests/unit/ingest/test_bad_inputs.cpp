// SPDX-License-Identifier: MIT
// The bad-input corpus: each tests/bad-inputs/<name>.yaml (or .json) is
// loaded and its diagnostics compared, in full, with <name>.expected; each
// input in tests/bad-inputs/must-load/ must load without a single message.
#include <doctest/doctest.h>

#include <algorithm>

#include "ingest/paper_loader.hpp"
#include "support/paths.hpp"

using namespace cp;

namespace {

// Messages name files as given; the corpus names them from the source
// tree, as a user running the tool there would see them.
struct in_source_dir {
  std::filesystem::path before = std::filesystem::current_path();
  in_source_dir() { std::filesystem::current_path(test::source_dir()); }
  ~in_source_dir() { std::filesystem::current_path(before); }
};

std::vector<std::filesystem::path> inputs_in(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> out;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    auto ext = e.path().extension();
    if (e.is_regular_file() && (ext == ".yaml" || ext == ".json")) out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string without_final_newline(std::string s) {
  while (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

}  // namespace

TEST_CASE("every bad input gives exactly the expected messages and no paper") {
  in_source_dir here;
  auto inputs = inputs_in("tests/bad-inputs");
  CHECK(inputs.size() >= 20);
  for (const auto& input : inputs) {
    auto expected_file = std::filesystem::path(input).replace_extension(".expected");
    INFO(input.string());
    REQUIRE(std::filesystem::exists(expected_file));
    std::string expected = without_final_newline(test::read_file(expected_file));
    REQUIRE_FALSE(expected.empty());
    diagnostics d;
    auto paper = ingest::load_paper(input, d);
    CHECK(d.to_string() == expected);
    CHECK(d.has_errors());
    CHECK_FALSE(paper);
  }
}

TEST_CASE("inputs that look like markup or templates load without a message") {
  in_source_dir here;
  auto inputs = inputs_in("tests/bad-inputs/must-load");
  CHECK(inputs.size() >= 2);
  for (const auto& input : inputs) {
    INFO(input.string());
    diagnostics d;
    auto paper = ingest::load_paper(input, d);
    CHECK(d.to_string() == "");
    CHECK(paper);
    if (paper) model::smart_check(*paper, d);
    CHECK(d.to_string() == "");  // complete, so the command line prints nothing either
  }
}
