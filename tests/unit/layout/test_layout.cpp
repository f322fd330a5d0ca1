// SPDX-License-Identifier: MIT
// Format-neutral layout: labels, table grids, contents entries and tree checks.
#include <doctest/doctest.h>

#include "demo/showcase.hpp"
#include "document/build.hpp"
#include "layout/check.hpp"
#include "layout/numbering_labels.hpp"
#include "layout/table_grid.hpp"
#include "layout/toc.hpp"
#include "style/style_loader.hpp"
#include "support/paths.hpp"
#include "util/error.hpp"

using namespace cp;
using namespace cp::doc;

namespace {

const style::house_style& council() {
  static auto hs = style::load_house_style(test::source_dir() / "styles" / "council.yaml");
  return hs;
}

table_cell c(int cs = 1, int rs = 1) {
  table_cell cell;
  cell.col_span = cs;
  cell.row_span = rs;
  return cell;
}

}  // namespace

TEST_CASE("counters are formatted as Word and LibreOffice show them") {
  using style::number_format;
  CHECK(layout::format_counter(4, number_format::decimal) == "4");
  CHECK(layout::format_counter(1, number_format::lower_letter) == "a");
  CHECK(layout::format_counter(27, number_format::lower_letter) == "aa");
  CHECK(layout::format_counter(14, number_format::lower_roman) == "xiv");
  CHECK(layout::format_counter(1999, number_format::upper_roman) == "MCMXCIX");
  CHECK(layout::format_counter(3, number_format::upper_letter) == "C");
}

TEST_CASE("outline labels follow headings, restart deeper levels, and continue a sequence") {
  document d;
  auto outline = add_sequence(d, "outline");
  auto appendix = add_sequence(d, "outline");
  auto recs = add_sequence(d, "recommendations", 4);
  layout::numbering_counter n(d, council());
  CHECK(n.next({outline, 0}) == "1");
  CHECK(n.next({outline, 1}) == "1.1");
  CHECK(n.next({outline, 1}) == "1.2");
  CHECK(n.next({outline, 2}) == "(a)");
  CHECK(n.next({outline, 2}) == "(b)");
  CHECK(n.next({outline, 3}) == "(i)");
  CHECK(n.next({outline, 0}) == "2");
  CHECK(n.next({outline, 1}) == "2.1");
  CHECK(n.next({appendix, 1}) == "1.1");  // a fresh sequence restarts
  CHECK(n.next({outline, 1}) == "2.2");   // the first one continues
  CHECK(n.next({recs, 0}) == "(4)");      // a sequence may start elsewhere
  CHECK(n.next({recs, 0}) == "(5)");
}

TEST_CASE("table grid places spanning cells and pads short rows") {
  table t;
  t.rows.resize(3);
  t.rows[0].cells = {c(2), c(1, 2)};  // A A B
  t.rows[1].cells = {c(), c()};       // C D B
  t.rows[2].cells = {c()};            // E _ _
  auto g = layout::build_grid(t);
  REQUIRE(g.columns == 3);
  using k = layout::grid_slot::kind;
  CHECK(g.slots[0][0].what == k::origin);
  CHECK(g.slots[0][1].what == k::covered);
  CHECK(g.slots[0][1].col_offset == 1);
  CHECK(g.slots[1][2].what == k::covered);
  CHECK(g.slots[1][2].row_offset == 1);
  CHECK(g.slots[1][2].cell == 1);
  CHECK(g.slots[2][1].what == k::padding);
  auto widths = layout::column_widths_mm(t, g, 150);
  CHECK(widths[0] == doctest::Approx(50));
  t.column_widths = {1, 2, 1};
  widths = layout::column_widths_mm(t, layout::build_grid(t), 160);
  CHECK(widths[1] == doctest::Approx(80));
}

TEST_CASE("table grid refuses overlaps and spans past the edges") {
  table t;
  t.rows.resize(2);
  t.rows[0].cells = {c(1, 3)};
  CHECK_THROWS_WITH_AS(layout::build_grid(t), doctest::Contains("spans past the last row"),
                       document_error);
  t.rows[0].cells = {c(3)};
  t.column_widths = {1, 1};
  CHECK_THROWS_WITH_AS(layout::build_grid(t),
                       doctest::Contains("2 column widths but a row needs 3"), document_error);
  t.rows[0].cells = {c(0)};
  CHECK_THROWS_AS(layout::build_grid(t), document_error);
}

TEST_CASE("contents entries carry labels, levels and heading ordinals") {
  auto d = demo::showcase_document(
      test::read_file(test::source_dir() / "styles/assets/council-logo.png"));
  auto entries = layout::collect_toc(d, council(), 2);
  REQUIRE(entries.size() >= 6);
  CHECK(entries[0].text == "Recommendations");
  CHECK(entries[0].label.empty());
  CHECK(entries[1].text == "Introduction");
  CHECK(entries[1].label == "1");
  CHECK(entries[1].heading == 1);
  bool found_conclusion = false;
  for (const auto& e : entries) {
    CHECK(e.level <= 2);
    if (e.text == "Conclusion") {
      found_conclusion = true;
      CHECK(e.label == "4");  // continues after the landscape appendix
    }
  }
  CHECK(found_conclusion);
  CHECK(layout::heading_bookmark(0) == "_Toc00000001");
  CHECK(layout::heading_anchors(d).count("work-programme") == 1);
}

TEST_CASE("the showcase document passes the tree checks") {
  auto d = demo::showcase_document(
      test::read_file(test::source_dir() / "styles/assets/council-logo.png"));
  CHECK_NOTHROW(layout::check_document(d, council()));
}

TEST_CASE("tree checks name the place of each kind of mistake") {
  auto base = [] {
    document d;
    d.sections.emplace_back();
    return d;
  };
  {
    auto d = base();
    d.sections[0].body.push_back(blk(para("no-such-role", text("x"))));
    CHECK_THROWS_WITH_AS(layout::check_document(d, council()),
                         "section 1, block 1: paragraph role \"no-such-role\" is not in house "
                         "style \"Council default\"",
                         document_error);
  }
  {
    auto d = base();
    paragraph p = para("body-text", {});
    p.content.push_back(link{"#nowhere", {run("x")}});
    d.sections[0].body.push_back(blk(p));
    CHECK_THROWS_WITH_AS(layout::check_document(d, council()),
                         doctest::Contains("unknown anchor \"#nowhere\""), document_error);
  }
  {
    auto d = base();
    paragraph p = para("body-text", {});
    p.content.push_back(link{"javascript:alert(1)", {run("x")}});
    d.sections[0].body.push_back(blk(p));
    CHECK_THROWS_WITH_AS(layout::check_document(d, council()),
                         doctest::Contains("is not http(s), mailto or #anchor"), document_error);
  }
  {
    auto d = base();
    d.sequences.push_back({"no-scheme", 1});
    CHECK_THROWS_WITH_AS(layout::check_document(d, council()),
                         doctest::Contains("numbering scheme \"no-scheme\""), document_error);
  }
  {
    auto d = base();
    auto s = add_sequence(d, "bullet");
    d.sections[0].body.push_back(blk(numbered("body-text", text("x"), s, 5)));
    CHECK_THROWS_WITH_AS(layout::check_document(d, council()),
                         doctest::Contains("numbering level 6 is outside"), document_error);
  }
  {
    auto d = base();
    d.images.push_back({"", {}});
    paragraph p = para("body-text", {});
    p.content.push_back(picture{0, 10, 10, ""});
    d.sections[0].body.push_back(blk(p));
    CHECK_THROWS_WITH_AS(layout::check_document(d, council()),
                         doctest::Contains("picture has no alternative text"), document_error);
  }
  {
    auto d = base();
    table t;
    t.rows.resize(1);
    t.rows[0].cells.push_back(c());
    t.rows[0].cells[0].blocks.push_back(blk(page_break{}));
    d.sections[0].body.push_back(blk(t));
    CHECK_THROWS_WITH_AS(layout::check_document(d, council()),
                         "section 1, block 1 (table) row 1 cell 1: table cells hold paragraphs, "
                         "headings and lists only",
                         document_error);
  }
}
