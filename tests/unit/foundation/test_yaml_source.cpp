// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <fmt/format.h>

#include "ingest/reader.hpp"
#include "ingest/yaml_source.hpp"
#include "util/error.hpp"

using namespace cp;

TEST_CASE("nodes keep their positions and whether they were quoted") {
  auto v = ingest::parse_yaml("title: Report\ncount: 12\nquoted: \"12\"\nitems:\n  - a\n  - b\n",
                              "in.yaml");
  REQUIRE(v.is_map());
  CHECK(v.find("title")->text == "Report");
  CHECK(v.find("count")->quoted == false);
  CHECK(v.find("quoted")->quoted == true);
  CHECK(v.find("items")->items.at(1).pos.line == 6);
  CHECK(v.find("items")->items.at(1).pos.column == 5);
}

TEST_CASE("plain ~, null and empty values are null, quoted, block and !!str ones text") {
  auto v = ingest::parse_yaml(
      "a: ~\nb: null\nc:\nd: \"\"\ne: 'null'\nf: |\n  12\ng: !!str 12\nh: [null, NULL, x]\n",
      "n.yaml");
  CHECK(v.find("a")->is_null());
  CHECK(v.find("b")->is_null());
  CHECK(v.find("c")->is_null());
  CHECK(v.find("d")->is_scalar());
  CHECK(v.find("d")->quoted);
  CHECK(v.find("e")->text == "null");
  CHECK(v.find("e")->quoted);
  CHECK(v.find("f")->text == "12\n");
  CHECK(v.find("f")->quoted);
  CHECK(v.find("g")->text == "12");
  CHECK(v.find("g")->quoted);
  CHECK(v.find("h")->items.at(1).is_null());
  CHECK(v.find("h")->items.at(2).text == "x");
  CHECK(ingest::parse_yaml("# only a comment\n", "c.yaml").is_null());
}

TEST_CASE("anchors are copied where aliases name them, and unknown aliases are refused") {
  auto v = ingest::parse_yaml("a: &who {name: Jo}\nb: *who\n", "a.yaml");
  CHECK(v.find("b")->find("name")->text == "Jo");
  CHECK(v.find("b")->pos.line == 1);  // the anchored value's own place
  CHECK_THROWS_WITH_AS(ingest::parse_yaml("a: *nobody\n", "u.yaml"),
                       "u.yaml:1:4: the alias \"*nobody\" names no anchor (\"&nobody\") before it",
                       ingest::yaml_error);
}

TEST_CASE("a file holds one YAML document") {
  CHECK(ingest::parse_yaml("---\na: 1\n...\n", "one.yaml").find("a")->text == "1");
  CHECK_THROWS_WITH_AS(ingest::parse_yaml("a: 1\n---\nb: 2\n", "two.yaml"),
                       doctest::Contains("two.yaml:2:1: a second YAML document starts here"),
                       ingest::yaml_error);
}

TEST_CASE("JSON is read too") {
  auto v = ingest::parse_yaml("{\"title\": \"R\", \"n\": [1, 2]}", "in.json");
  CHECK(v.find("n")->items.size() == 2);
}

TEST_CASE("syntax errors, duplicate keys and bad text name file, line and column") {
  CHECK_THROWS_WITH_AS(ingest::parse_yaml("a: [1, 2\n", "x.yaml"), doctest::Contains("x.yaml:"),
                       input_error);
  CHECK_THROWS_WITH_AS(ingest::parse_yaml("a: 1\na: 2\n", "d.yaml"),
                       "d.yaml:2:1: duplicate key \"a\"", input_error);
  CHECK_THROWS_WITH_AS(ingest::parse_yaml("a: \"x\\u0007y\"\n", "c.yaml"),
                       doctest::Contains("c.yaml:1:4: a: text contains control character U+0007"),
                       input_error);
  CHECK_THROWS_WITH_AS(ingest::parse_yaml("a: b\nc: \xC3\n", "u.yaml"),
                       "u.yaml:2:4: invalid UTF-8; save the file as UTF-8", input_error);
}

TEST_CASE("deep nesting and alias bombs are refused, not followed") {
  std::string deep(200, '[');
  deep += std::string(200, ']');
  CHECK_THROWS_WITH_AS(ingest::parse_yaml(deep, "deep.yaml"), doctest::Contains("nested more than"),
                       input_error);
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  char prev = 'a';
  for (char c = 'b'; c <= 'i'; ++c, ++prev)
    bomb += fmt::format("{}: &{} [*{}, *{}, *{}, *{}, *{}, *{}, *{}, *{}, *{}, *{}]\n", c, c, prev,
                        prev, prev, prev, prev, prev, prev, prev, prev, prev);
  CHECK_THROWS_WITH_AS(ingest::parse_yaml(bomb, "bomb.yaml"),
                       doctest::Contains("refusing to read further"), input_error);
}

TEST_CASE("map_reader reports every problem and suggests the nearest field") {
  auto v = ingest::parse_yaml("titel: X\npriority: high\nlevel: 7\n", "r.yaml");
  diagnostics d;
  ingest::map_reader r(v, "recommendations[3]", d);
  r.text("title", true);
  r.integer("priority", 1, 3);
  r.integer("level", 1, 5);
  r.finish();
  REQUIRE(d.error_count() == 4);
  std::string all = d.to_string();
  CHECK(all.find("r.yaml:1:1: recommendations[3].title: required field is missing") !=
        std::string::npos);
  CHECK(all.find("r.yaml:2:11: recommendations[3].priority: expected 1, 2 or 3, got \"high\"") !=
        std::string::npos);
  CHECK(all.find("r.yaml:3:8: recommendations[3].level: expected 1, 2, 3, 4 or 5, got \"7\"") !=
        std::string::npos);
  CHECK(all.find("r.yaml:1:1: recommendations[3].titel: unknown field \"titel\"; did you mean "
                 "\"title\"?") != std::string::npos);
}

TEST_CASE("one text value may hold 4 MB, and a longer one is refused with its field") {
  std::string fits(4 * 1024 * 1024, 'x');
  CHECK(ingest::parse_yaml("a: " + fits + "\n", "t.yaml").find("a")->text.size() == fits.size());
  CHECK_THROWS_WITH_AS(
      ingest::parse_yaml("a:\n  b: " + fits + "y\n", "t.yaml"),
      "t.yaml:2:6: a.b: a text of 4194305 bytes, more than the 4194304 one value may hold; split "
      "it into sections",
      ingest::yaml_error);
}
