// SPDX-License-Identifier: MIT
// Tables: grid, header rows, spans, merges, padding cells, captions, separation.
#include <doctest/doctest.h>

#include "document/build.hpp"
#include "docx/docx_writer.hpp"
#include "docx_fixture.hpp"

using namespace cp;

namespace {

const char* body = "word/document.xml";

doc::table_cell cell(const std::string& t, int cols = 1, int rows = 1) {
  doc::table_cell c;
  if (!t.empty()) c.blocks.push_back(doc::blk(doc::para("table-text", doc::text(t))));
  c.col_span = cols;
  c.row_span = rows;
  return c;
}

// 3 columns: a header row; "A" spans two rows; "wide" spans two columns; a short last row.
doc::table sample_table() {
  doc::table t;
  t.column_widths = {1, 2, 1};
  t.header_rows = 1;
  t.caption = doc::text("Sample");
  t.rows.push_back({{cell("H1"), cell("H2"), cell("H3")}});
  t.rows.push_back({{cell("A", 1, 2), cell("wide", 2)}});
  t.rows.push_back({{cell("B"), cell("")}});
  t.rows.push_back({{cell("short")}});
  return t;
}

test::docx_parts with_blocks(std::vector<doc::block> blocks) {
  doc::document d = test::small_document();
  for (auto& b : blocks) d.sections[0].body.push_back(std::move(b));
  return test::docx_parts(docx::build_docx(d, test::council_style()));
}

}  // namespace

TEST_CASE("table properties and grid from the column weights and the text width") {
  auto p = with_blocks({doc::blk(sample_table())});
  CHECK(p.eval(body, "string(//w:tbl/w:tblPr/w:tblStyle/@w:val)") == "TableGrid");
  CHECK(p.eval(body, "string(//w:tbl/w:tblPr/w:tblLayout/@w:type)") == "fixed");
  CHECK(p.eval(body, "string(//w:tbl/w:tblPr/w:tblLook/@w:firstRow)") == "1");
  auto cols = xml::select(p.xml(body), "//w:tbl/w:tblGrid/w:gridCol/@w:w");
  REQUIRE(cols.size() == 3);
  // 165mm text width split 1:2:1.
  CHECK(xml::content(cols[0]) == "2339");
  CHECK(xml::content(cols[1]) == "4677");
  CHECK(xml::content(cols[2]) == "2338");
  CHECK(p.eval(body, "string(//w:tbl/w:tblPr/w:tblW/@w:w)") == "9354");
  CHECK(p.eval(body, "string(//w:tbl/w:tblPr/w:tblW/@w:type)") == "dxa");
}

TEST_CASE("header rows repeat, and their cells are shaded") {
  auto p = with_blocks({doc::blk(sample_table())});
  CHECK(p.count(body, "//w:tr[1]/w:trPr/w:tblHeader") == 1);
  CHECK(p.count(body, "//w:tr[position() > 1]/w:trPr/w:tblHeader") == 0);
  CHECK(p.count(body, "//w:tr[1]/w:tc/w:tcPr/w:shd[@w:fill='D9E2F3']") == 3);
  CHECK(p.count(body, "//w:tr[position() > 1]/w:tc/w:tcPr/w:shd") == 0);
}

TEST_CASE("spanning cells: gridSpan, vMerge restart and continue, padding") {
  auto p = with_blocks({doc::blk(sample_table())});
  std::string row2 = "//w:tbl/w:tr[2]";
  CHECK(p.eval(body, "string(" + row2 + "/w:tc[1]/w:tcPr/w:vMerge/@w:val)") == "restart");
  CHECK(p.eval(body, "string(" + row2 + "/w:tc[2]/w:tcPr/w:gridSpan/@w:val)") == "2");
  CHECK(p.eval(body, "string(" + row2 + "/w:tc[2]/w:tcPr/w:tcW/@w:w)") == "7015");  // 4677 + 2338
  std::string row3 = "//w:tbl/w:tr[3]";
  CHECK(p.count(body, row3 + "/w:tc") == 3);
  CHECK(p.eval(body, "string(" + row3 + "/w:tc[1]/w:tcPr/w:vMerge/@w:val)") == "continue");
  CHECK(p.count(body, row3 + "/w:tc[1]/w:p") == 1);
  CHECK(p.eval(body, "string(" + row3 + "/w:tc[1])") == "");
  CHECK(p.eval(body, "string(" + row3 + "/w:tc[2])") == "B");
  // An empty cell still holds a paragraph.
  CHECK(p.count(body, row3 + "/w:tc[3]/w:p") == 1);
  // The short row is padded with empty cells up to the grid.
  std::string row4 = "//w:tbl/w:tr[4]";
  CHECK(p.count(body, row4 + "/w:tc") == 3);
  CHECK(p.eval(body, "string(" + row4 + "/w:tc[3]/w:tcPr/w:tcW/@w:w)") == "2338");
  // Every cell ends with a paragraph.
  CHECK(p.count(body, "//w:tc[not(*[last()][self::w:p])]") == 0);
}

TEST_CASE("a covered cell under a wide merged cell keeps its span") {
  doc::table t;
  t.rows.push_back({{cell("big", 2, 2), cell("x")}});
  t.rows.push_back({{cell("y")}});
  auto p = with_blocks({doc::blk(t)});
  CHECK(p.eval(body, "string(//w:tr[2]/w:tc[1]/w:tcPr/w:gridSpan/@w:val)") == "2");
  CHECK(p.eval(body, "string(//w:tr[2]/w:tc[1]/w:tcPr/w:vMerge/@w:val)") == "continue");
  CHECK(p.eval(body, "string(//w:tr[2]/w:tc[2])") == "y");
  CHECK(p.count(body, "//w:tr[1]/w:trPr") == 0);
}

TEST_CASE("the caption comes first: label, SEQ field with its number, separator, text") {
  auto p = with_blocks({doc::blk(sample_table()), doc::blk(sample_table())});
  auto caps = xml::select(p.xml(body), "//w:p[w:pPr/w:pStyle/@w:val='Caption']");
  REQUIRE(caps.size() == 2);
  CHECK(xml::content(caps[0]) == "Table  SEQ Table \\* ARABIC 1: Sample");
  CHECK(p.count(body,
                "//w:p[w:pPr/w:pStyle/@w:val='Caption']/following-sibling::*[1][self::w:tbl]") ==
        2);
  CHECK(p.eval(body,
               "string((//w:p[w:pPr/w:pStyle/@w:val='Caption'])[2]//w:r[w:instrText]/"
               "following-sibling::w:r[2]/w:t)") == "2");
}

TEST_CASE("two tables in a row are kept apart by an empty paragraph") {
  doc::table t = sample_table();
  t.caption.clear();
  auto p = with_blocks({doc::blk(t), doc::blk(t)});
  CHECK(p.count(body, "//w:tbl/following-sibling::*[1][self::w:tbl]") == 0);
  CHECK(p.count(body,
                "//w:tbl/following-sibling::*[1][self::w:p][.='']/"
                "following-sibling::*[1][self::w:tbl]") == 1);
}

TEST_CASE("lists in table cells are numbered like lists anywhere") {
  test::docx_parts p(docx::build_docx(test::showcase(), test::council_style()));
  std::string cell_item = "//w:tc//w:p[starts-with(., 'Make it clear')]";
  CHECK(p.count(body, cell_item) == 14);
  CHECK(p.eval(body, "string((" + cell_item + ")[1]/w:pPr/w:numPr/w:ilvl/@w:val)") == "0");
  CHECK(
      p.eval(
          body,
          "string((//w:tc//w:p[. = 'to the partnership board'])[1]/w:pPr/w:numPr/w:ilvl/@w:val)") ==
      "1");
  CHECK(p.count(body, "//w:tbl[1]/w:tr[w:trPr/w:tblHeader]") == 2);
}
