// SPDX-License-Identifier: MIT
// Golden files for the parts of a small document: any change to the XML shows
// up as a diff to review (UPDATE_GOLDEN=1 accepts it).
#include <doctest/doctest.h>

#include "odt_fixture.hpp"
#include "support/golden.hpp"

using namespace cp;
using namespace cp::doc;

namespace {

// A heading with numbered paragraphs, a bullet list, a table with a header
// row and a span, a link, marks, and a header and footer with fields.
document small_document() {
  document d;
  d.meta.title = "Small paper";
  d.meta.author = "Clerk";
  d.meta.created = "2024-01-02T03:04:05Z";
  d.meta.custom = {{"Status", "Final"}};
  std::size_t outline = add_sequence(d, "outline");
  std::size_t bullet = add_sequence(d, "bullet");

  section s;
  paragraph head = para("header", {});
  head.content.push_back(field{field_kind::document_title, 0});
  s.header.push_back(blk(std::move(head)));
  paragraph foot = para("footer", text("Page "));
  foot.content.push_back(field{field_kind::page_number, 0});
  s.footer.push_back(blk(std::move(foot)));

  heading h;
  h.level = 1;
  h.content = text("Purpose");
  h.numbering = numbering_ref{outline, 0};
  h.anchor = "purpose";
  s.body.push_back(blk(h));
  paragraph p = numbered("numbered-paragraph", text("This paper asks the "), outline, 1);
  p.content.push_back(run("Cabinet", bold));
  p.content.push_back(run(" to agree "));
  p.content.push_back(doc::link{"#purpose", {run("the purpose")}});
  s.body.push_back(blk(std::move(p)));
  list l;
  l.sequence = bullet;
  for (const char* t : {"first", "second"}) {
    list_item it;
    it.blocks.push_back(blk(para("list-bullet", text(t))));
    l.items.push_back(std::move(it));
  }
  s.body.push_back(blk(std::move(l)));
  s.body.push_back(blk(numbered("numbered-paragraph", text("Continued."), outline, 1)));

  table t;
  t.header_rows = 1;
  t.caption = text("Costs");
  table_row r0, r1;
  table_cell both;
  both.col_span = 2;
  both.blocks.push_back(blk(para("table-heading", text("Item and cost"))));
  r0.cells.push_back(std::move(both));
  table_cell a, b;
  a.blocks.push_back(blk(para("table-text", text("Paper"))));
  b.blocks.push_back(blk(para("table-text", text("£10"))));
  r1.cells.push_back(std::move(a));
  r1.cells.push_back(std::move(b));
  t.rows.push_back(std::move(r0));
  t.rows.push_back(std::move(r1));
  s.body.push_back(blk(std::move(t)));
  d.sections.push_back(std::move(s));
  return d;
}

}  // namespace

TEST_CASE("golden parts of a small document") {
  package::zip_package pkg = odt::build_odt(small_document(), test::frozen_style());
  for (const char* part : {"content.xml", "styles.xml", "meta.xml"}) {
    INFO(part);
    CHECK(test::compare_golden(test::entry_data(pkg, part), std::string("odt/small/") + part) ==
          "");
  }
  CHECK(test::compare_golden(test::entry_data(pkg, "META-INF/manifest.xml"),
                             "odt/small/manifest.xml") == "");
}
