// SPDX-License-Identifier: MIT
// Unusual but valid trees, written to scratch/docx-edge/edge.docx for doccheck and LibreOffice.
#include <doctest/doctest.h>

#include <fstream>

#include "document/build.hpp"
#include "docx/docx_writer.hpp"
#include "docx_fixture.hpp"
#include "support/paths.hpp"

using namespace cp;

namespace {

doc::table_cell cell(const std::string& t, int cols = 1, int rows = 1) {
  doc::table_cell c;
  if (!t.empty()) c.blocks.push_back(doc::blk(doc::para("table-text", doc::text(t))));
  c.col_span = cols;
  c.row_span = rows;
  return c;
}

doc::document edge_document() {
  using namespace doc;
  document d;
  d.meta.title = "Edge <cases> & \"quotes\"";
  d.meta.keywords = {"one"};
  std::size_t logo = add_image(d, test::logo_png(), "logo.png");
  std::size_t bullets = add_sequence(d, "bullet");
  std::size_t numbers = add_sequence(d, "number", 3);
  std::size_t outline = add_sequence(d, "outline");

  section s1;
  paragraph hp = para("header", text("Header with a logo "));
  hp.content.push_back(picture{logo, 0, 8, "Small logo"});
  hp.content.push_back(doc::link{"https://example.org/a?b=1&c=2", {run("and a link")}});
  s1.header.push_back(blk(std::move(hp)));
  s1.body.push_back(blk(table_of_contents{"No headings yet?", 1}));
  s1.body.push_back(blk(page_break{}));  // before a table: a break paragraph
  table t1;
  t1.rows.push_back({{cell("a"), cell("b", 1, 3)}});
  t1.rows.push_back({{cell("")}});
  t1.rows.push_back({{cell("c")}});
  s1.body.push_back(blk(t1));
  s1.body.push_back(blk(t1));  // adjacent tables, no captions
  list l;
  l.sequence = numbers;
  list_item starts_with_list;
  list inner;
  inner.sequence = bullets;
  inner.items.push_back(list_item{{blk(para("list-bullet-2", text("inner first")))}});
  starts_with_list.blocks.push_back(blk(std::move(inner)));
  l.items.push_back(std::move(starts_with_list));
  l.items.push_back(list_item{});  // an empty item
  l.items.push_back(list_item{{blk(para("list-number", text("third\twith tab"))),
                               blk(para("list-number", text("continued")))}});
  s1.body.push_back(blk(std::move(l)));
  s1.body.push_back(blk(page_break{}));  // at the end of a section

  section s2;  // empty furniture, landscape, only a heading
  s2.page_orientation = orientation::landscape;
  heading h;
  h.level = 2;
  h.content = text("Landscape heading");
  h.numbering = numbering_ref{outline, 1};
  h.anchor = "land";
  s2.body.push_back(blk(h));
  paragraph back = para("body-text", {});
  back.content.push_back(doc::link{"#land", {run("back", bold)}});
  s2.body.push_back(blk(back));

  section s3;  // no body at all
  d.sections = {s1, s2, s3};
  return d;
}

}  // namespace

TEST_CASE("edge cases build into a package, written to scratch/docx-edge/edge.docx") {
  auto pkg = docx::build_docx(edge_document(), test::council_style());
  test::docx_parts p(pkg);
  const char* body = "word/document.xml";
  CHECK(p.count(body,
                "/w:document/w:body/w:p[w:r/w:br[@w:type='page']]/"
                "following-sibling::*[1][self::w:tbl]") == 1);
  CHECK(p.count(body, "//w:tbl/following-sibling::*[1][self::w:tbl]") == 0);
  // Only the break before the table: the one ending section 1 would add a blank page.
  CHECK(p.count(body, "//w:br[@w:type='page']") == 1);
  CHECK(p.count(body, "/w:document/w:body/*[last()][self::w:sectPr]") == 1);
  CHECK(p.count(body, "/w:document/w:body/*[last()-1][self::w:p]") == 1);  // the empty last section
  CHECK(p.eval(body, "string(//w:hyperlink[w:r/w:t='back']/@w:anchor)") == "_Toc00000001");
  CHECK(p.eval("word/header1.xml", "string(//wp:docPr/@descr)") == "Small logo");
  CHECK(p.eval("docProps/core.xml", "string(//dc:title)") == "Edge <cases> & \"quotes\"");
  CHECK(p.eval("word/numbering.xml",
               "string(//w:num[@w:numId='2']/w:lvlOverride[@w:ilvl='0']/w:startOverride/@w:val)") ==
        "3");
  auto path = test::scratch_dir("docx-edge") / "edge.docx";
  std::ofstream(path, std::ios::binary) << pkg.bytes();
  CHECK(std::filesystem::file_size(path) > 1000);
}
