// SPDX-License-Identifier: MIT
// Includes: `!include file` and {$include: file}, relative to the including
// file, positions in the included file, loops, depth, limits.
#include <doctest/doctest.h>

#include <fstream>

#include <fmt/format.h>

#include "ingest/paper_loader.hpp"
#include "ingest/yaml_source.hpp"
#include "support/paths.hpp"

using namespace cp;

namespace {

const ingest::include_options follow{.follow = true};

void write(const std::filesystem::path& file, const std::string& text) {
  std::filesystem::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
}

std::string head =
    "kind: committee-report\ncommittee: Executive\nmeeting-date: 2009-07-14\ntitle: T\n";

}  // namespace

TEST_CASE("!include and $include read files relative to the including file") {
  auto dir = test::scratch_dir("ingest-include");
  write(dir / "parts/sections.yaml",
        "- title: Introduction\n  body: !include ../text/intro.md\n- !include one.yaml\n");
  write(dir / "parts/one.yaml", "title: Background\nbody: From one.yaml\n");
  write(dir / "text/intro.md", "In February 2009, *Members* considered\nthe work programme.\n");
  write(dir / "recs.json", "[{\"text\": \"Agree\", \"priority\": 2}]");
  write(dir / "main.yaml",
        head + "sections: !include parts/sections.yaml\nrecommendations: {$include: recs.json}\n");

  diagnostics d;
  auto p = ingest::load_paper(dir / "main.yaml", d);
  INFO(d.to_string());
  REQUIRE(p);
  REQUIRE(p->sections.size() == 2);
  CHECK(p->sections[0].body.markdown ==
        "In February 2009, *Members* considered\nthe work programme.\n");
  CHECK(p->sections[0].body.pos.file == (dir / "text/intro.md").string());
  CHECK(p->sections[0].body.pos.line == 1);
  CHECK(p->sections[1].title == "Background");
  CHECK(p->sections[1].pos.file == (dir / "parts/one.yaml").string());
  CHECK(p->sections[1].pos.line == 1);
  CHECK(p->sections[1].body.pos.line == 2);
  CHECK(p->sections[1].body.pos.column == 7);
  REQUIRE(p->recommendations.size() == 1);
  CHECK(p->recommendations[0].priority == 2);
  CHECK(p->recommendations[0].pos.file == (dir / "recs.json").string());
  // Every file read, once each, in the order first read: what the archive keeps.
  CHECK(p->sources == std::vector<std::string>{
                          (dir / "main.yaml").string(), (dir / "parts/sections.yaml").string(),
                          (dir / "text/intro.md").string(), (dir / "parts/one.yaml").string(),
                          (dir / "recs.json").string()});
}

TEST_CASE("$include works in JSON input") {
  auto dir = test::scratch_dir("ingest-include-json");
  write(dir / "author.json", "{\"name\": \"Alison Davies\", \"role\": \"Improvement Team\"}");
  write(dir / "main.json",
        "{\"kind\": \"annual-report\", \"committee\": \"Executive\", \"meeting-date\": "
        "\"2009-03-16\",\n"
        " \"title\": \"Working in Partnership\", \"author\": {\"$include\": \"author.json\"}}\n");
  diagnostics d;
  auto p = ingest::load_paper(dir / "main.json", d);
  INFO(d.to_string());
  REQUIRE(p);
  CHECK(p->author.name == "Alison Davies");
}

TEST_CASE("problems in an included file are reported at their place in that file") {
  auto dir = test::scratch_dir("ingest-include-errors");
  write(dir / "parts/recs.yaml", "- text: Agree\n  priority: high\n- text: Note\n  prority: 2\n");
  write(dir / "main.yaml", head + "recommendations: !include parts/recs.yaml\n");
  diagnostics d;
  CHECK_FALSE(ingest::load_paper(dir / "main.yaml", d));
  std::string recs = (dir / "parts/recs.yaml").string();
  CHECK(d.to_string() ==
        fmt::format("{0}:2:13: recommendations[1].priority: expected 1, 2 or 3, got \"high\"\n"
                    "{0}:4:3: recommendations[2].prority: unknown field \"prority\"; did you mean "
                    "\"priority\"?",
                    recs));
}

TEST_CASE("syntax errors in an included file name that file") {
  auto dir = test::scratch_dir("ingest-include-syntax");
  write(dir / "bad.yaml", "title: [unclosed\n");
  write(dir / "main.yaml", "a: !include bad.yaml\n");
  std::string bad = (dir / "bad.yaml").string() + ":";
  CHECK_THROWS_WITH_AS(ingest::load_yaml_file(dir / "main.yaml", {}, follow),
                       doctest::Contains(bad.c_str()), ingest::yaml_error);
}

TEST_CASE("include loops, missing files and deep chains are refused clearly") {
  auto dir = test::scratch_dir("ingest-include-bad");
  write(dir / "a.yaml", "x: !include b.yaml\n");
  write(dir / "b.yaml", "y: {$include: a.yaml}\n");
  std::string a = (dir / "a.yaml").string(), b = (dir / "b.yaml").string();
  CHECK_THROWS_WITH_AS(
      ingest::load_yaml_file(dir / "a.yaml", {}, follow),
      fmt::format("{}:1:15: x.y: includes go round in a circle: {} includes {} includes {}", b, a,
                  b, a)
          .c_str(),
      ingest::yaml_error);

  write(dir / "self.yaml", "x: !include self.yaml\n");
  std::string self = (dir / "self.yaml").string();
  CHECK_THROWS_WITH_AS(
      ingest::load_yaml_file(dir / "self.yaml", {}, follow),
      fmt::format("{0}:1:4: x: includes go round in a circle: {0} includes {0}", self).c_str(),
      ingest::yaml_error);

  write(dir / "missing.yaml", "x:\n  - !include nowhere/none.yaml\n");
  CHECK_THROWS_WITH_AS(
      ingest::load_yaml_file(dir / "missing.yaml", {}, follow),
      fmt::format("{}:2:5: x[1]: cannot include \"nowhere/none.yaml\": there is no file {}",
                  (dir / "missing.yaml").string(), (dir / "nowhere/none.yaml").string())
          .c_str(),
      ingest::yaml_error);

  for (int i = 0; i < 10; ++i)
    write(dir / fmt::format("d{}.yaml", i), fmt::format("x: !include d{}.yaml\n", i + 1));
  write(dir / "d10.yaml", "end\n");
  CHECK_THROWS_WITH_AS(
      ingest::load_yaml_file(dir / "d0.yaml", {}, follow),
      fmt::format("{}:1:4: x.x.x.x.x.x.x.x.x: includes are nested more than 8 deep",
                  (dir / "d8.yaml").string())
          .c_str(),
      ingest::yaml_error);
  CHECK_NOTHROW(ingest::load_yaml_file(dir / "d2.yaml", {}, follow));  // d2 .. d10: eight levels

  write(dir / "mixed.yaml", "x: {$include: a.yaml, title: T}\n");
  CHECK_THROWS_WITH_AS(ingest::load_yaml_file(dir / "mixed.yaml", {}, follow),
                       doctest::Contains(":1:4: \"$include\" must be the only key of its mapping"),
                       ingest::yaml_error);
  write(dir / "typo.yaml", "x: !inlcude a.yaml\n");
  CHECK_THROWS_WITH_AS(
      ingest::load_yaml_file(dir / "typo.yaml", {}, follow),
      doctest::Contains(":1:4: unknown tag \"!inlcude\"; did you mean \"!include\"?"),
      ingest::yaml_error);
}

TEST_CASE("included files count toward the limits of the whole document") {
  auto dir = test::scratch_dir("ingest-include-limits");
  write(dir / "list.yaml", "[1, 2, 3, 4, 5, 6, 7, 8]\n");
  write(dir / "main.yaml", "a: !include list.yaml\nb: !include list.yaml\n");
  ingest::parse_limits nodes;
  nodes.max_nodes = 15;
  CHECK_NOTHROW(ingest::load_yaml_file(dir / "list.yaml", nodes, follow));
  CHECK_THROWS_WITH_AS(ingest::load_yaml_file(dir / "main.yaml", nodes, follow),
                       doctest::Contains("more than 15 values"), ingest::yaml_error);
  ingest::parse_limits bytes;
  bytes.max_bytes = 60;
  CHECK_THROWS_WITH_AS(
      ingest::load_yaml_file(dir / "main.yaml", bytes, follow),
      doctest::Contains("the input and the files it includes are more than 60 bytes together"),
      ingest::yaml_error);
  ingest::parse_limits depth;
  depth.max_depth = 2;
  write(dir / "deep.yaml", "a: !include nested.yaml\n");
  write(dir / "nested.yaml", "b: [c]\n");
  CHECK_THROWS_WITH_AS(ingest::load_yaml_file(dir / "deep.yaml", depth, follow),
                       doctest::Contains("nested more than 2 levels deep"), ingest::yaml_error);
}

TEST_CASE("without following includes, files read as before") {
  auto v = ingest::parse_yaml("a: !include x.yaml\nb: {$include: y.yaml}\n", "style.yaml");
  CHECK(v.find("a")->text == "x.yaml");
  CHECK(v.find("b")->find("$include")->text == "y.yaml");
}
