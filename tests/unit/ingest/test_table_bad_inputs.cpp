// SPDX-License-Identifier: MIT
// The bad-input corpus of tables: each tests/bad-inputs/tables/<name>.yaml
// names workbooks (parts/) with mistakes through {$table: ...} and gives
// exactly the messages of <name>.expected, and no paper. (The YAML tag
// !table and the papers command line come with the wiring; these go through
// the same expansion and field readers.)
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "support/paths.hpp"
#include "support/table_harness.hpp"

using namespace cp;

namespace {

struct in_source_dir {
  std::filesystem::path before = std::filesystem::current_path();
  in_source_dir() { std::filesystem::current_path(test::source_dir()); }
  ~in_source_dir() { std::filesystem::current_path(before); }
};

std::string without_final_newline(std::string s) {
  while (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

}  // namespace

TEST_CASE("every bad table input gives exactly the expected messages and no paper") {
  in_source_dir here;
  std::vector<std::filesystem::path> inputs;
  for (const auto& e : std::filesystem::directory_iterator("tests/bad-inputs/tables"))
    if (e.is_regular_file() && e.path().extension() == ".yaml") inputs.push_back(e.path());
  std::sort(inputs.begin(), inputs.end());
  CHECK(inputs.size() >= 5);
  for (const auto& input : inputs) {
    INFO(input.string());
    auto r = test::load_with_tables(test::read_file(input), input.string());
    auto expected_file = std::filesystem::path(input).replace_extension(".expected");
    // UPDATE_BAD_INPUTS=1 writes what the loader says, for review.
    if (std::getenv("UPDATE_BAD_INPUTS")) std::ofstream(expected_file) << r.d.to_string() << "\n";
    REQUIRE(std::filesystem::exists(expected_file));
    CHECK(r.d.to_string() == without_final_newline(test::read_file(expected_file)));
    CHECK(r.d.has_errors());
    CHECK_FALSE(r.paper);
  }
}
