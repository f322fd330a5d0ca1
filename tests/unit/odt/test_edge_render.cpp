// SPDX-License-Identifier: MIT
// Constructs beyond the showcase (nested schemes, restarts at a start value,
// a table inside a list item, a trailing page break, an empty section,
// numbering in table cells, spaces and tabs), written for the client checks.
#include <doctest/doctest.h>

#include <fstream>

#include "odt_fixture.hpp"
#include "support/paths.hpp"

using namespace cp;
using namespace cp::doc;

namespace {

document edge_document() {
  document d;
  d.meta.title = "Edge cases";
  std::size_t outline = add_sequence(d, "outline", 5);
  std::size_t numbers = add_sequence(d, "number");
  std::size_t inner = add_sequence(d, "bullet");
  std::size_t cont = add_sequence(d, "continuous");
  std::size_t logo = add_image(d, test::logo_png(), "logo.png");

  section s1;
  paragraph head = para("header", text("Header with logo "));
  head.content.push_back(picture{logo, 0, 8, "Logo in the header"});
  s1.header.push_back(blk(std::move(head)));
  s1.body.push_back(blk(numbered(
      "numbered-paragraph", text("Starts at level 2 of a sequence starting at 5."), outline, 1)));
  heading h;
  h.level = 1;
  h.content = text("An unnumbered first-level heading");
  s1.body.push_back(blk(h));
  s1.body.push_back(
      blk(para("body-text", text("  two leading spaces, three   inner, a\ttab and\na break"))));

  list outer;
  outer.sequence = numbers;
  list_item first;
  first.blocks.push_back(blk(para("list-number", text("Numbered item with bullets inside"))));
  list nested;
  nested.sequence = inner;
  list_item b1;
  b1.blocks.push_back(blk(para("list-bullet-2", text("a bullet under a number"))));
  nested.items.push_back(std::move(b1));
  first.blocks.push_back(blk(std::move(nested)));
  first.blocks.push_back(
      blk(para("body-text", text("A second paragraph of the first item, after its sublist."))));
  outer.items.push_back(std::move(first));
  list_item second;
  second.blocks.push_back(blk(para("list-number", text("Item holding a table"))));
  table t;
  table_row row;
  table_cell c;
  c.blocks.push_back(blk(numbered("table-text", text("numbered in a cell"), cont)));
  row.cells.push_back(std::move(c));
  row.cells.push_back(table_cell{});
  t.rows.push_back(std::move(row));
  second.blocks.push_back(blk(std::move(t)));
  second.blocks.push_back(blk(para("list-number", text("rest of the item after the table"))));
  outer.items.push_back(std::move(second));
  list_item third;
  third.blocks.push_back(blk(para("list-number", text("Third item continues the count"))));
  outer.items.push_back(std::move(third));
  s1.body.push_back(blk(std::move(outer)));
  s1.body.push_back(blk(numbered("numbered-paragraph", text("continuous after the cell"), cont)));

  section empty;  // no blocks: its page style still appears
  empty.page_orientation = orientation::landscape;

  section s3;
  s3.body.push_back(
      blk(numbered("numbered-paragraph", text("Outline continues: 5.2"), outline, 1)));
  s3.body.push_back(blk(page_break{}));
  d.sections = {std::move(s1), std::move(empty), std::move(s3)};
  return d;
}

}  // namespace

TEST_CASE("edge cases build and are written to the scratch folder") {
  package::zip_package pkg = odt::build_odt(edge_document(), test::council_style());
  std::ofstream(test::scratch_dir("odt-edge") / "edge.odt", std::ios::binary) << pkg.bytes();
  auto content = test::parse_part(pkg, "content.xml");
  // Every section has a paragraph carrying its master page.
  CHECK(test::count(content.get(), "//style:style[@style:master-page-name]") == 3);
}
