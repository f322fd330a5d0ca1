// SPDX-License-Identifier: MIT
// What the reader adds for paper inputs: quoted numbers explained, empty
// values reported at their key, choices suggested, "!!str" as text.
#include <doctest/doctest.h>

#include "ingest/reader.hpp"
#include "ingest/yaml_source.hpp"

using namespace cp;

TEST_CASE("a quoted number or true/false is refused with the reason") {
  auto v = ingest::parse_yaml("a: \"2\"\nb: 'yes'\nc: \"2.5\"\nd: \"x\"\ne: !!str 3\n", "q.yaml");
  diagnostics d;
  ingest::map_reader r(v, "", d);
  CHECK_FALSE(r.integer("a", 1, 3));
  CHECK_FALSE(r.boolean("b"));
  CHECK_FALSE(r.number("c"));
  CHECK_FALSE(r.number("d"));
  CHECK_FALSE(r.integer("e", 1, 5));
  r.finish();
  CHECK(
      d.to_string() ==
      "q.yaml:1:4: a: expected 1, 2 or 3, got \"2\" in quotes; write numbers without quotes\n"
      "q.yaml:2:4: b: expected true or false, got \"yes\" in quotes; write true or false without "
      "quotes\n"
      "q.yaml:3:4: c: expected a number, got \"2.5\" in quotes; write numbers without quotes\n"
      "q.yaml:4:4: d: expected a number, got \"x\"\n"
      "q.yaml:5:4: e: expected 1, 2, 3, 4 or 5, got \"3\" in quotes; write numbers without quotes");
}

TEST_CASE("an empty required value is reported at its key, a choice with a suggestion") {
  auto v = ingest::parse_yaml("title:\nkind: anual-report\n", "e.yaml");
  diagnostics d;
  ingest::map_reader r(v, "", d);
  CHECK_FALSE(r.text("title", true));
  CHECK_FALSE(r.choice("kind", {"annual-report", "committee-report"}));
  r.finish();
  CHECK(d.to_string() ==
        "e.yaml:1:1: title: required field is empty\n"
        "e.yaml:2:7: kind: expected one of annual-report, committee-report, got \"anual-report\" "
        "(did you mean "
        "\"annual-report\"?)");
}

TEST_CASE("numbers are read without the locale and out-of-range integers say the range") {
  auto v = ingest::parse_yaml("w: 2.5\nn: 12\n", "n.yaml");
  diagnostics d;
  CHECK(ingest::as_number(*v.find("w"), "w", d) == doctest::Approx(2.5));
  CHECK_FALSE(ingest::as_integer(*v.find("n"), 1, 7, "n", d));
  CHECK(d.to_string() == "n.yaml:2:4: n: expected a whole number from 1 to 7, got \"12\"");
}

TEST_CASE("syntax errors are explained in plain words") {
  CHECK_THROWS_WITH_AS(
      ingest::parse_yaml("a: [1, 2\n", "x.yaml"),
      doctest::Contains("x.yaml:2:1: a list opened with \"[\" at line 1, column 4 is not "
                        "closed with \"]\""),
      ingest::yaml_error);
  CHECK_THROWS_WITH_AS(ingest::parse_yaml("a:\n\tb: 1\n", "t.yaml"),
                       doctest::Contains("line 2 is indented with a tab; indent with spaces"),
                       ingest::yaml_error);
  try {
    ingest::parse_yaml("a: 1\na: 2\n", "d.yaml");
    FAIL("no error");
  } catch (const ingest::yaml_error& e) {
    CHECK(e.where().line == 2);
    CHECK(e.where().column == 1);
    CHECK(e.message() == "duplicate key \"a\"");
  }
}
