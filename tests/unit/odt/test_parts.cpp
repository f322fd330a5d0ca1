// SPDX-License-Identifier: MIT
// Parts of a compound document (agenda packs) and page references in ODT: a
// bookmark at each part's start, text:bookmark-ref in page format, contents
// lists and caption numbers that start again in each part.
#include <doctest/doctest.h>

#include "document/build.hpp"
#include "odt_fixture.hpp"

using namespace cp;

namespace {

doc::section part_section(const std::string& anchor, const std::string& title) {
  doc::section s;
  s.part_anchor = anchor;
  doc::heading h;
  h.content = doc::text(title);
  s.body.push_back(doc::blk(h));
  s.body.push_back(doc::blk(doc::para("body-text", doc::text("Text of " + title))));
  return s;
}

doc::document two_parts() {
  doc::document d = test::one_section({});
  doc::paragraph p = doc::para("body-text", doc::text("Item 1 is on page "));
  p.content.push_back(doc::page_ref{"item-1", doc::bold, 2});
  p.content.push_back(doc::run(", item 2 on page "));
  p.content.push_back(doc::page_ref{"item-2", 0, 0});
  d.sections[0].body.push_back(doc::blk(p));
  d.sections.push_back(part_section("item-1", "First report"));
  d.sections.push_back(part_section("item-2", "Second report"));
  return d;
}

}  // namespace

TEST_CASE("a page reference is a bookmark-ref in page format to the part's bookmark") {
  auto pkg = odt::build_odt(two_parts(), test::council_style());
  auto c = test::parse_part(pkg, "content.xml");
  CHECK(test::count(c.get(), "//text:bookmark-ref[@text:reference-format='page']") == 2);
  CHECK(test::value(c.get(), "string((//text:bookmark-ref)[1]/@text:ref-name)") == "_Part0001");
  // The estimate the tree carries, else 1, is what readers that do not lay out pages show.
  CHECK(test::value(c.get(), "string((//text:bookmark-ref)[1])") == "2");
  CHECK(test::value(c.get(), "string((//text:bookmark-ref)[2])") == "1");
  CHECK(test::count(c.get(), "//text:span[text:bookmark-ref]") == 1);  // the bold one
}

TEST_CASE("each part's first paragraph holds its bookmark") {
  auto pkg = odt::build_odt(two_parts(), test::council_style());
  auto c = test::parse_part(pkg, "content.xml");
  CHECK(test::count(c.get(), "//text:h[text:bookmark/@text:name='_Part0001']") == 1);
  CHECK(test::count(c.get(), "//text:h[text:bookmark/@text:name='_Part0002']") == 1);
  CHECK(test::value(c.get(), "string(//text:h[text:bookmark/@text:name='_Part0002'])") ==
        "Second report");
}

TEST_CASE("a part that opens with a table or nothing still gets its bookmark") {
  doc::document d = two_parts();
  d.sections[2].body.clear();
  doc::table t;
  t.column_widths = {1};
  doc::table_row r;
  r.cells.push_back({{doc::blk(doc::para("table-text", doc::text("cell")))}, 1, 1});
  t.rows.push_back(r);
  d.sections[1].body.insert(d.sections[1].body.begin(), doc::blk(t));
  auto pkg = odt::build_odt(d, test::council_style());
  auto c = test::parse_part(pkg, "content.xml");
  CHECK(test::count(c.get(), "//table:table-cell//text:p[text:bookmark/@text:name='_Part0001']") ==
        1);
  CHECK(test::count(c.get(), "//text:p[text:bookmark/@text:name='_Part0002']") == 1);
}

TEST_CASE("a contents list in a part lists that part's headings only") {
  doc::document d = two_parts();
  d.sections[2].body.insert(d.sections[2].body.begin() + 1, doc::blk(doc::table_of_contents{}));
  auto pkg = odt::build_odt(d, test::council_style());
  auto c = test::parse_part(pkg, "content.xml");
  auto entries = xml::select(c.get(), "//text:table-of-content/text:index-body/text:p");
  REQUIRE(entries.size() == 1);
  CHECK(xml::content(entries[0]).find("Second report") != std::string::npos);
}

TEST_CASE("table captions count from 1 again in each part") {
  doc::document d = two_parts();
  auto table = [] {
    doc::table t;
    t.column_widths = {1};
    t.caption = doc::text("Figures");
    doc::table_row r;
    r.cells.push_back({{doc::blk(doc::para("table-text", doc::text("x")))}, 1, 1});
    t.rows.push_back(r);
    return doc::blk(t);
  };
  d.sections[1].body.push_back(table());
  d.sections[1].body.push_back(table());
  d.sections[2].body.push_back(table());
  auto pkg = odt::build_odt(d, test::council_style());
  auto c = test::parse_part(pkg, "content.xml");
  auto seq = xml::select(c.get(), "//text:sequence");
  REQUIRE(seq.size() == 3);
  CHECK(xml::attribute(seq[0], "formula", "urn:oasis:names:tc:opendocument:xmlns:text:1.0") ==
        "ooow:1");
  CHECK(xml::attribute(seq[1], "formula", "urn:oasis:names:tc:opendocument:xmlns:text:1.0") ==
        "ooow:Table+1");
  CHECK(xml::attribute(seq[2], "formula", "urn:oasis:names:tc:opendocument:xmlns:text:1.0") ==
        "ooow:1");
  CHECK(xml::content(seq[1]) == "2");
  CHECK(xml::content(seq[2]) == "1");
  // Reference names stay unique across the package.
  CHECK(xml::attribute(seq[2], "ref-name", "urn:oasis:names:tc:opendocument:xmlns:text:1.0") ==
        "refTable2");
}
