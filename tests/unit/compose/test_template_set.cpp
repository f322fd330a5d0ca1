// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <fstream>
#include <map>

#include "compose/template_set.hpp"
#include "support/paths.hpp"
#include "util/error.hpp"

using namespace cp;

namespace {

std::filesystem::path make_set(const std::string& name,
                               const std::map<std::string, std::string>& files) {
  auto dir = test::scratch_dir("templates-" + name);
  std::filesystem::create_directories(dir / "partials");
  for (const auto& [path, text] : files) std::ofstream(dir / path) << text;
  return dir;
}

std::string load_error(const std::filesystem::path& dir) {
  try {
    compose::template_set::load({dir});
  } catch (const template_error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("the shipped template set passes its own checks") {
  auto set = compose::template_set::load({test::source_dir() / "templates"});
  for (const char* kind :
       {"committee-report", "annual-report", "audit-review", "recommendations-appendix"})
    CHECK(set.has_template(kind));
}

TEST_CASE("template mistakes are reported with file and line") {
  auto dir = make_set("broken", {{"t.mustache", "<paper>\n{{#items}}\n<section/>\n</paper>\n"}});
  CHECK(load_error(dir) == (dir / "t.mustache").string() + ":2: Unclosed section \"items\"");

  dir = make_set("partial", {{"t.mustache", "<paper>\n{{>covr}}\n</paper>\n"},
                             {"partials/cover.mustache", "<section/>\n"}});
  CHECK(load_error(dir) ==
        (dir / "t.mustache").string() + ":2: unknown partial \"covr\"; did you mean \"cover\"?");

  dir = make_set("triple",
                 {{"t.mustache", "<paper>\n<section><p>{{{raw}}}</p></section>\n</paper>\n"}});
  CHECK(load_error(dir).find("t.mustache:2: {{{raw}}} would insert data unescaped") !=
        std::string::npos);

  dir = make_set("element",
                 {{"t.mustache", "<paper>\n<section>\n<pargraph/>\n</section>\n</paper>\n"}});
  CHECK(load_error(dir).find("t.mustache:3: unknown element <pargraph>") != std::string::npos);

  dir = make_set("xml", {{"t.mustache", "<paper>\n<section>\n<p>x</section>\n</paper>\n"}});
  CHECK(load_error(dir).find("t.mustache:3:") != std::string::npos);

  dir = make_set("inline-partial", {{"t.mustache", "<paper><section>{{>p}}</section></paper>\n"},
                                    {"partials/p.mustache", "<p/>\n"}});
  CHECK(load_error(dir).find("put {{>p}} on a line of its own") != std::string::npos);

  dir = make_set("cycle", {{"t.mustache", "<paper>\n{{>a}}\n</paper>\n"},
                           {"partials/a.mustache", "{{>b}}\n"},
                           {"partials/b.mustache", "{{>a}}\n"}});
  CHECK(load_error(dir).find("partials include each other in a circle") != std::string::npos);
}

TEST_CASE("data is escaped: markup and Mustache tags in data come out literally") {
  auto dir =
      make_set("escape", {{"t.mustache", "<paper><section><p>{{text}}</p></section></paper>\n"}});
  auto set = compose::template_set::load({dir});
  compose::view v = compose::view::object();
  v.set("text", compose::view("a < b & c {{x}} {{{y}}} </w:t> </text:p> ]]> \"q\" 'a'"));
  std::string out = set.render("t", v);
  CHECK(out.find("a &lt; b &amp; c {{x}} {{{y}}} &lt;/w:t&gt; &lt;/text:p&gt; ]]&gt;") !=
        std::string::npos);
}

TEST_CASE("a council folder replaces shipped templates and partials of the same name") {
  auto base = make_set("base", {{"t.mustache", "<paper>\n{{>p}}\n</paper>\n"},
                                {"partials/p.mustache", "<section><p>base</p></section>\n"}});
  auto council =
      make_set("council", {{"partials/p.mustache", "<section><p>council</p></section>\n"}});
  auto set = compose::template_set::load({base, council});
  CHECK(set.render("t", compose::view::object()).find("council") != std::string::npos);
}

TEST_CASE("a partial tag hidden from the checks by an unclosed tag is still reported") {
  // {{{ looks for }}} and finds none: the checks see no tag after it, but
  // each line is still expanded, and the unknown partial must be an error
  // with its line, not a crash.
  auto dir =
      make_set("hidden-partial",
               {{"t.mustache", "<paper>\n{{{! unclosed\n{{>nowhere}}\n<section/>\n</paper>\n"}});
  std::string message = load_error(dir);
  CHECK(message.find("t.mustache:3: unknown partial \"nowhere\"") != std::string::npos);
}
