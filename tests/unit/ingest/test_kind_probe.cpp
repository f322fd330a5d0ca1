// SPDX-License-Identifier: MIT
// The kind probe reads a file only up to its top-level `kind`, and gives no
// answer whenever the whole file could say otherwise.
#include <doctest/doctest.h>

#include <fstream>

#include "ingest/kind_probe.hpp"
#include "support/paths.hpp"

using namespace cp;

namespace {

std::optional<std::string> probe(const std::string& text) {
  auto file = test::scratch_dir("kind-probe") / "in.yaml";
  std::ofstream(file, std::ios::binary) << text;
  return ingest::probe_kind(file);
}

}  // namespace

TEST_CASE("the kind probe finds kind after other keys, nested values skipped") {
  CHECK(probe("kind: meeting\n") == "meeting");
  CHECK(probe("committee: {name: X, items: [1, [2, 3]]}\nlist:\n  - a: 1\nkind: 'meeting'\n") ==
        "meeting");
  CHECK(probe("{\"title\": \"x\", \"kind\": \"annual-report\"}") == "annual-report");
  CHECK(probe("kind: committee-report\nthen: [unclosed\n") == "committee-report");
}

TEST_CASE("the kind probe gives no answer where only the loader can tell") {
  CHECK_FALSE(probe("- kind: meeting\n"));                  // not a mapping
  CHECK_FALSE(probe("<<: *base\nkind: meeting\n"));         // a merge key could bring kind in
  CHECK_FALSE(probe("kind: *k\n"));                         // an alias
  CHECK_FALSE(probe("kind: !!str meeting\n"));              // a tag
  CHECK_FALSE(probe("kind: [meeting]\n"));                  // not text
  CHECK_FALSE(probe("title: [unclosed\nkind: meeting\n"));  // a syntax error first
  CHECK_FALSE(probe("title: x\n"));                         // no kind at all
  CHECK_FALSE(probe(""));
}
