// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <fstream>
#include <map>

#include "compose/paper_view.hpp"
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

// The view template "t" renders in these tests.
compose::view_catalogue t_views() {
  compose::view v = compose::view::object();
  v.set("title", compose::view("x"));
  v.set("text", compose::view("x"));
  compose::view author = compose::view::object();
  author.set("name", compose::view("x"));
  v.set("author", std::move(author));
  compose::view item = compose::view::object();
  item.set("label", compose::view("x"));
  compose::view items = compose::view::list();
  items.push(std::move(item));
  v.set("items", std::move(items));
  return {{"t", compose::view_shape::of(v)}};
}

compose::template_set load(const std::vector<std::filesystem::path>& dirs) {
  return compose::template_set::load(dirs, t_views());
}

std::string load_error(const std::filesystem::path& dir) {
  try {
    load({dir});
  } catch (const template_error& e) {
    return e.what();
  }
  return "";
}

std::string texts_error(const std::map<std::string, std::string>& templates,
                        const std::map<std::string, std::string>& partials) {
  try {
    compose::template_set::from_texts(templates, partials, t_views());
  } catch (const template_error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("the shipped template set passes its own checks") {
  // Every paper kind's template; the agenda's front sheet is the agenda
  // stage's (tests/unit/agenda), so here it stands for a template of no
  // paper kind.
  auto paper_views = compose::paper_views();
  for (const char* kind :
       {"committee-report", "annual-report", "audit-review", "recommendations-appendix"})
    CHECK(paper_views.count(kind));
  compose::view_catalogue views = paper_views;
  views["agenda"] = compose::view_shape();
  try {
    compose::template_set::load({test::source_dir() / "templates"}, views);
    FAIL("the agenda template uses names an empty view cannot hold");
  } catch (const template_error& e) {
    std::string message = e.what();
    // Only the agenda's front sheet and its partials are at fault.
    for (std::size_t at = 0; at < message.size();) {
      std::size_t end = message.find('\n', at);
      if (end == std::string::npos) end = message.size();
      std::string line = message.substr(at, end - at);
      INFO(line);
      CHECK((line.find("agenda") != std::string::npos &&
             line.find("unknown name") != std::string::npos));
      at = end + 1;
    }
  }
}

TEST_CASE("template mistakes are reported with file and line") {
  auto dir = make_set("broken", {{"t.mustache", "<paper>\n{{#items}}\n<section/>\n</paper>\n"}});
  CHECK(load_error(dir) == (dir / "t.mustache").string() + ":2: Unclosed section \"items\"");

  dir = make_set("partial", {{"t.mustache", "<paper>\n{{>covr}}\n</paper>\n"},
                             {"partials/cover.mustache", "<section/>\n"}});
  CHECK(load_error(dir) == (dir / "t.mustache").string() +
                               ":2:1: unknown partial \"covr\"; did you mean \"cover\"?\n" +
                               (dir / "partials" / "cover.mustache").string() +
                               ":1:1: partial \"cover\" is used by no template; did you mean "
                               "\"covr\"?");

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
  auto set = load({dir});
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
  auto set = load({base, council});
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
  CHECK(message.find("t.mustache:3:1: unknown partial \"nowhere\"") != std::string::npos);
}

TEST_CASE("a name the view cannot hold is an error with file, line, column and a suggestion") {
  // {{titel}}, at the top and through a partial.
  auto dir = make_set("names", {{"t.mustache",
                                 "<paper>\n<section><p>{{titel}}</p>\n{{>body}}\n"
                                 "</section>\n</paper>\n"},
                                {"partials/body.mustache", "<p>{{author.nmae}} {{text}}</p>\n"}});
  CHECK(load_error(dir) == (dir / "t.mustache").string() +
                               ":2:13: unknown name \"titel\"; did you mean \"title\"?\n" +
                               (dir / "partials" / "body.mustache").string() +
                               ":1:4: unknown name \"author.nmae\"; did you mean \"author.name\"?");
  // Inside a list's section the item's names and the enclosing ones are
  // known; a section over a name is checked like a variable.
  CHECK(texts_error({{"t",
                      "<paper><section>{{#items}}<p>{{label}} {{title}} {{.}}</p>{{/items}}"
                      "{{^text}}<p/>{{/text}}</section></paper>\n"}},
                    {}) == "");
  CHECK(texts_error({{"t",
                      "<paper><section>{{#items}}<p>{{lable}}</p>{{/items}}"
                      "{{^txt}}<p/>{{/txt}}</section></paper>\n"}},
                    {}) ==
        "t.mustache:1:30: unknown name \"lable\"; did you mean \"label\"?\n"
        "t.mustache:1:53: unknown name \"txt\"; did you mean \"text\"?");
  // An item's names are not known outside its list.
  CHECK(texts_error({{"t", "<paper><section><p>{{label}}</p></section></paper>\n"}}, {}) ==
        "t.mustache:1:20: unknown name \"label\"");
}

TEST_CASE("a partial no template uses, or a template of no paper kind, is an error") {
  auto dir = make_set("stray-partial", {{"t.mustache", "<paper>\n<section/>\n</paper>\n"},
                                        {"partials/contact.mustache", "<p/>\n"}});
  CHECK(load_error(dir) == (dir / "partials" / "contact.mustache").string() +
                               ":1:1: partial \"contact\" is used by no template");
  // A partial put beside the templates instead of in partials/.
  dir = make_set("stray-template",
                 {{"t.mustache", "<paper>\n<section/>\n</paper>\n"}, {"cover.mustache", "<p/>\n"}});
  CHECK(load_error(dir) == (dir / "cover.mustache").string() +
                               ":1:1: \"cover.mustache\" is the template of no paper kind; did "
                               "you mean partials/cover.mustache?");
}

TEST_CASE("a template holding a DOCTYPE is refused with its file, line and column") {
  auto dir = make_set("doctype", {{"t.mustache",
                                   "{{! a comment <!DOCTYPE is fine }}\n  <!DOCTYPE paper>\n"
                                   "<paper><section/></paper>\n"}});
  CHECK(load_error(dir) ==
        (dir / "t.mustache").string() + ":2:3: templates may not contain a DOCTYPE");
}

TEST_CASE("partials nested too deep are an error naming the template and the chain") {
  // 20,000 distinct partials, each including the next: the expansion
  // stops at its limit instead of running out of stack.
  std::map<std::string, std::string> partials;
  const int n = 20000;
  for (int i = 0; i < n; ++i)
    partials["p" + std::to_string(i)] =
        i + 1 < n ? "{{>p" + std::to_string(i + 1) + "}}\n" : "<p/>\n";
  std::string message =
      texts_error({{"t", "<paper><section>\n{{>p0}}\n</section></paper>\n"}}, partials);
  CHECK(message.starts_with("t.mustache: partials nest more than 50 deep: t > p0 > p1 > "));
  CHECK(message.find("p49 > p50") != std::string::npos);
  CHECK(message.find("p51") == std::string::npos);
}
