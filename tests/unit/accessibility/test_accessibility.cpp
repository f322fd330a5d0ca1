// SPDX-License-Identifier: MIT
// The accessibility rules, each shown failing on a small tree and passing on the examples.
#include <doctest/doctest.h>

#include <fstream>

#include "accessibility/accessibility.hpp"
#include "agenda/pack.hpp"
#include "compose/compose.hpp"
#include "document/build.hpp"
#include "ingest/paper_loader.hpp"
#include "style/style_loader.hpp"
#include "support/fixtures.hpp"
#include "support/paths.hpp"

using namespace cp;
using namespace cp::doc;

namespace {

document one_section(blocks body) {
  document d;
  d.meta.title = "A paper";
  section s;
  s.body = std::move(body);
  d.sections.push_back(std::move(s));
  return d;
}

heading h(int level, std::string text) {
  heading x;
  x.level = level;
  x.content = doc::text(std::move(text));
  return x;
}

std::vector<std::string> rules(const document& d,
                               const style::house_style& hs = test::council_style()) {
  std::vector<std::string> out;
  for (const auto& f : accessibility::check(d, hs, nullptr, "council.yaml", "committee-report"))
    out.push_back(f.rule);
  return out;
}

table_cell cell(std::string t) {
  table_cell c;
  c.blocks.push_back(blk(para("table-heading", doc::text(std::move(t)))));
  return c;
}

}  // namespace

TEST_CASE("headings must not skip levels") {
  CHECK(
      rules(one_section({blk(h(1, "A")), blk(h(2, "B")), blk(h(3, "C")), blk(h(1, "D"))})).empty());
  CHECK(rules(one_section({blk(h(1, "A")), blk(h(3, "C"))})) ==
        std::vector<std::string>{"heading-order"});
  CHECK(rules(one_section({blk(h(2, "Starts at two"))})) ==
        std::vector<std::string>{"heading-order"});
}

TEST_CASE("tables need a header row without empty cells") {
  table t;
  table_row r;
  r.cells = {cell("Name"), cell("")};
  t.rows.push_back(r);
  t.rows.push_back(r);
  CHECK(rules(one_section({blk(t)})) == std::vector<std::string>{"table-header"});  // no header row
  t.header_rows = 1;
  CHECK(rules(one_section({blk(t)})) == std::vector<std::string>{"table-header"});
  t.rows[0].cells[1] = cell("Value");
  CHECK(rules(one_section({blk(t)})).empty());
}

TEST_CASE("link text must say where the link goes, and pictures need real alternative text") {
  paragraph p = para("body-text", doc::text("See "));
  p.content.push_back(doc::link{"https://example.gov.uk", {run("click here")}});
  CHECK(rules(one_section({blk(p)})) == std::vector<std::string>{"link-text"});
  p.content.back() = doc::link{"https://example.gov.uk", {run("the partnership register")}};
  CHECK(rules(one_section({blk(p)})).empty());
  document d = one_section({});
  add_image(d, test::logo_png(), "logo.png");
  paragraph pic = para("body-text", {});
  pic.content.push_back(picture{0, 10, 0, "logo.png"});
  d.sections[0].body.push_back(blk(pic));
  CHECK(rules(d) == std::vector<std::string>{"image-alt"});
}

TEST_CASE("colour contrast and links told apart by more than colour") {
  CHECK(accessibility::contrast_ratio("000000", "FFFFFF") == doctest::Approx(21));
  CHECK(accessibility::contrast_ratio("7F7F7F", "FFFFFF") == doctest::Approx(4.0).epsilon(0.01));
  auto hs = test::council_style();
  for (auto& s : hs.paragraph_styles)
    if (s.role == "body-text") s.text.colour = "AAAAAA";
  for (auto& c : hs.character_styles) c.text.underline = false;
  auto found = accessibility::check(one_section({blk(para("body-text", doc::text("x")))}), hs,
                                    nullptr, "council.yaml", "committee-report");
  REQUIRE(found.size() == 2);
  CHECK(found[0].rule == "contrast");
  CHECK(found[0].to_string().find(
            "council.yaml: paragraph-styles.body-text.colour: accessibility (contrast)") == 0);
  CHECK(found[1].rule == "link-style");
}

TEST_CASE("the example papers and the sampler pass, in both shipped styles") {
  auto templates =
      compose::template_set::load({test::source_dir() / "templates"}, cp::agenda::template_views());
  for (const char* style_file : {"council.yaml", "modern.yaml"}) {
    auto hs = style::load_house_style(test::source_dir() / "styles" / style_file);
    for (const auto& e : std::filesystem::directory_iterator(test::source_dir() / "inputs")) {
      if (e.path().extension() != ".yaml") continue;
      diagnostics diags;
      auto p = ingest::load_paper(e.path(), diags);
      REQUIRE(p);
      auto tree = compose::compose_paper(*p, templates, hs);
      auto found = accessibility::check(tree, hs, &*p, style_file, model::kind_name(p->kind));
      std::string all;
      for (const auto& f : found) all += f.to_string() + "\n";
      INFO(e.path().filename().string(), " with ", style_file, ":\n", all);
      CHECK(found.empty());
    }
  }
}

TEST_CASE("a failure from input text names the input field and its place") {
  auto dir = test::scratch_dir("accessibility-input");
  std::ofstream(dir / "in.yaml")
      << "kind: committee-report\ncommittee: Executive\nmeeting-date: 2009-03-16\n"
         "title: Working in Partnership\nsections:\n  - title: Introduction\n"
         "    body: |\n      Read [click here](https://example.gov.uk).\n"
         "    table:\n      columns: [Name, \"\"]\n      rows: [[a, b]]\n";
  diagnostics diags;
  auto p = ingest::load_paper(dir / "in.yaml", diags);
  INFO(diags.to_string());
  REQUIRE(p);
  auto templates =
      compose::template_set::load({test::source_dir() / "templates"}, cp::agenda::template_views());
  auto tree = compose::compose_paper(*p, templates, test::council_style());
  auto found =
      accessibility::check(tree, test::council_style(), &*p, "council.yaml", "committee-report");
  std::string all;
  for (const auto& f : found) all += f.to_string() + "\n";
  INFO(all);
  CHECK(all.find("in.yaml:7:11: sections[1].body: accessibility (link-text): the link text \"click "
                 "here\"") != std::string::npos);
  CHECK(all.find("in.yaml:10:17: sections[1].table.columns[1]: accessibility (table-header): the "
                 "table starting "
                 "\"Name\" has an empty header cell (column 2)") != std::string::npos);
}
