// SPDX-License-Identifier: MIT
// The markup program must build exactly the tree libxml2 parses from the
// template's rendered text: the same elements, attributes and text nodes,
// whitespace included. Each test renders both ways and compares.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <random>

#include "compose/markup_program.hpp"
#include "compose/paper_view.hpp"
#include "compose/program_check.hpp"
#include "compose/template_set.hpp"
#include "ingest/paper_loader.hpp"
#include "support/paths.hpp"
#include "util/diagnostics.hpp"
#include "util/error.hpp"

using namespace cp;

namespace {

// Compares what the program builds with what the rendered text parses to,
// and insists that the program built something.
std::string compare(const compose::template_set& set, const std::string& name,
                    const compose::view& v) {
  if (!set.build_markup(name, v)) return "the program declined";
  return compose::program_difference(set, name, v);
}

std::filesystem::path make_set(const std::string& name,
                               const std::map<std::string, std::string>& files) {
  auto dir = test::scratch_dir("program-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "partials");
  for (const auto& [path, text] : files) std::ofstream(dir / path) << text;
  return dir;
}

compose::view text_list(std::initializer_list<const char*> items) {
  compose::view l = compose::view::list();
  for (const char* i : items) l.push(i);
  return l;
}

// A template with the constructs the program has to get exactly right:
// sections around elements and inside attribute values, inverted sections,
// lines that only hold section tags (the Mustache library drops them, but
// only when a section was rendered), comments, entities, dotted names, ".".
const char* tricky = R"({{! A comment
    over two lines }}
<paper>
<section orientation="{{orientation}}">
{{#items}}
<p role="{{#role}}r-{{role}}{{/role}}{{^role}}none{{/role}}">{{text}} &amp; &#169;&#x20AC; {{.}}</p>
{{/items}}
  {{#flag}}  {{/flag}}
  {{#flag}}<p>flag {{obj.inner}}{{#obj}} {{inner}}{{/obj}}</p>{{/flag}}
{{^flag}}
<p align="center">	no flag	{{missing}}</p>
{{/flag}}
{{#words}}{{.}} {{/words}}
<p>{{spaces}}</p>
  {{spaces}}
{{#flag}}{{spaces}}{{/flag}}
<table widths="1 2"><tr><td>{{text}}</td>{{#items}}<td>{{.}}</td>{{/items}}</tr></table>
<p role='q'>a{{! inline comment }}b  {{text}}  </p>
<p role="tab	{{text}}	&#9;">z</p>
<page-break/>
</section>
</paper>
)";

compose::template_set tricky_set() {
  return compose::template_set::load({make_set("tricky", {{"t.mustache", tricky}})});
}

}  // namespace

TEST_CASE("every shipped template compiles to a markup program") {
  auto set = compose::template_set::load({test::source_dir() / "templates"});
  for (const auto& name : set.template_names()) {
    std::string why;
    INFO(name);
    CHECK(set.builds_markup(name, &why));
    CHECK(why == "");
  }
}

TEST_CASE("the program builds the tree the rendered text parses to, for every example") {
  auto set = compose::template_set::load({test::source_dir() / "templates"});
  int compared = 0;
  for (const auto& e : std::filesystem::directory_iterator(test::source_dir() / "inputs")) {
    if (e.path().extension() != ".yaml") continue;
    diagnostics diag;
    auto p = ingest::load_paper(e.path(), diag);
    INFO(e.path().string());
    REQUIRE(p);
    CHECK(compare(set, model::kind_name(p->kind), compose::paper_view(*p, p->logo)) == "");
    ++compared;
  }
  CHECK(compared >= 4);
}

TEST_CASE("the program keeps the Mustache library's whitespace and lookups") {
  auto set = tricky_set();
  REQUIRE(set.builds_markup("t"));
  compose::view v = compose::view::object();
  v.set("orientation", "landscape");
  v.set("items", text_list({"one", "", "three"}));
  v.set("flag", compose::view::flag(true));
  compose::view obj = compose::view::object();
  obj.set("inner", "inside");
  v.set("obj", std::move(obj));
  v.set("words", text_list({"a", "b"}));
  v.set("text", "T<&>\"'\t\n\r end");
  v.set("spaces", "   ");
  CHECK(compare(set, "t", v) == "");

  v.set("flag", compose::view::flag(false));
  v.set("items", compose::view::list());
  v.set("spaces", "");
  v.set("text", "");
  CHECK(compare(set, "t", v) == "");

  // Values XML cannot hold are repaired the same way on both paths.
  v.set("text", "bad \x01 byte \xff and \xef\xbf\xbe end");
  v.set("orientation", "\x02");
  CHECK(compare(set, "t", v) == "");
}

TEST_CASE("the program agrees with the text over random views") {
  auto set = tricky_set();
  std::mt19937 rng(20261123);
  const char* pieces[] = {"a",     " ",    "  ", "\t", "\n", "\r\n", "&",    "<",    ">",
                          "\"",    "'",    "é",  "€",  ".",  "]]>",  "\x01", "\xff", "\xed\xa0\x80",
                          "&amp;", "{{x}}"};
  auto text = [&] {
    std::string s;
    int n = static_cast<int>(rng() % 5);
    for (int i = 0; i < n; ++i) s += pieces[rng() % std::size(pieces)];
    return s;
  };
  auto maybe_text = [&]() -> compose::view {
    switch (rng() % 6) {
      case 0:
        return compose::view();
      case 1:
        return compose::view::flag(rng() % 2 == 0);
      case 2: {
        compose::view l = compose::view::list();
        for (int i = static_cast<int>(rng() % 3); i > 0; --i) l.push(text());
        return l;
      }
      default:
        return text();
    }
  };
  const char* keys[] = {"orientation", "items", "flag", "obj", "words", "text", "spaces", "role"};
  int agreed = 0;
  for (int round = 0; round < 3000; ++round) {
    compose::view v = compose::view::object();
    for (const char* k : keys)
      if (rng() % 4 != 0) v.set(k, maybe_text());
    if (rng() % 3 == 0) {
      compose::view items = compose::view::list();
      for (int i = static_cast<int>(rng() % 3); i > 0; --i) {
        compose::view item = compose::view::object();
        item.set("role", maybe_text());
        item.set("text", maybe_text());
        items.push(std::move(item));
      }
      v.set("items", std::move(items));
    }
    // Random views may render no root element or text around it: then the
    // program must decline, and program_difference checks that it does.
    std::string d = compose::program_difference(set, "t", v);
    INFO("round " << round);
    REQUIRE(d == "");
    ++agreed;
  }
  CHECK(agreed == 3000);
}

TEST_CASE("templates the program does not cover fall back to the text") {
  // A section that opens an element in one branch and closes it in another
  // is well-formed once the tags are removed, so the set accepts it.
  auto dir = make_set(
      "straddle",
      {{"t.mustache", "<paper><section>{{#a}}<p>{{/a}}text{{#a}}</p>{{/a}}</section></paper>\n"},
       {"u.mustache", "<paper><section><p>x</p><!-- a comment --></section></paper>\n"},
       {"w.mustache", "<paper><section><p\nrole=\"x\">y</p></section></paper>\n"}});
  auto set = compose::template_set::load({dir});
  std::string why;
  CHECK_FALSE(set.builds_markup("t", &why));
  CHECK(why == "a section that does not wrap whole elements");
  CHECK_FALSE(set.builds_markup("u", &why));
  CHECK(why.find("comment") != std::string::npos);
  CHECK_FALSE(set.builds_markup("w", &why));
  CHECK(why == "a tag spans lines");
  compose::view v = compose::view::object();
  CHECK(set.build_markup("t", v) == nullptr);
}

TEST_CASE("a view whose rendering is not one element leaves the tree to the text") {
  auto dir = make_set("roots", {{"t.mustache", "{{#a}}<paper><section/></paper>{{/a}}\n"},
                                {"s.mustache", "<paper><section/></paper>\n{{x}}\n"}});
  auto set = compose::template_set::load({dir});
  REQUIRE(set.builds_markup("t"));
  compose::view v = compose::view::object();
  CHECK(set.build_markup("t", v) == nullptr);  // no root element
  v.set("a", text_list({"1", "2"}));
  CHECK(set.build_markup("t", v) == nullptr);  // two
  v.set("a", text_list({"1"}));
  CHECK(set.build_markup("t", v) != nullptr);
  CHECK(compare(set, "t", v) == "");
  v.set("x", "text after the root");
  CHECK(set.build_markup("s", v) == nullptr);
  CHECK(compose::program_difference(set, "s", v) == "");
  v.set("x", "  ");
  CHECK(compare(set, "s", v) == "");
}
