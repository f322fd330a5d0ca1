// SPDX-License-Identifier: MIT
// Parts of a compound document (agenda packs) and page references: a
// bookmark spanning each part, PAGEREF fields with estimated pages, contents
// lists and caption numbers that start again in each part.
#include <doctest/doctest.h>

#include "document/build.hpp"
#include "docx/docx_writer.hpp"
#include "docx_fixture.hpp"

using namespace cp;

namespace {

const char* body = "word/document.xml";

doc::section part_section(const std::string& anchor, const std::string& title, int paragraphs) {
  doc::section s;
  s.part_anchor = anchor;
  doc::heading h;
  h.content = doc::text(title);
  s.body.push_back(doc::blk(h));
  for (int i = 0; i < paragraphs; ++i)
    s.body.push_back(doc::blk(
        doc::para("body-text", doc::text("A paragraph of the report that fills some of the page, "
                                         "long enough to wrap over two or three lines of text."))));
  return s;
}

// A front section referring to two parts, the first of which is three pages long.
doc::document two_parts() {
  doc::document d;
  d.meta.title = "Pack";
  doc::section front;
  doc::paragraph p = doc::para("body-text", doc::text("Item 1 is on page "));
  p.content.push_back(doc::page_ref{"item-1", doc::bold, 0});
  p.content.push_back(doc::run(" and item 2 on page "));
  p.content.push_back(doc::page_ref{"item-2", 0, 0});
  front.body.push_back(doc::blk(p));
  d.sections.push_back(front);
  d.sections.push_back(part_section("item-1", "First report", 60));
  d.sections.push_back(part_section("item-2", "Second report", 2));
  return d;
}

}  // namespace

TEST_CASE(
    "a page reference is a PAGEREF field to the part's bookmark, cached with the estimated page") {
  test::docx_parts p(docx::build_docx(two_parts(), test::council_style()));
  auto instr = xml::select(p.xml(body), "//w:body/w:p[1]//w:instrText");
  REQUIRE(instr.size() == 2);
  CHECK(xml::content(instr[0]) == " PAGEREF _Part0001 \\h ");
  CHECK(xml::content(instr[1]) == " PAGEREF _Part0002 \\h ");
  // The front page is page 1, the first report starts on page 2 and runs over three pages.
  CHECK(p.eval(body,
               "string(//w:body/w:p[1]/w:r[w:fldChar/@w:fldCharType='separate'][1]/"
               "following-sibling::w:r[1]/w:t)") == "2");
  auto pages =
      docx::anchor_pages(two_parts(), docx::estimate_pages(two_parts(), test::council_style()));
  CHECK(pages.at("item-1") == 2);
  CHECK(pages.at("item-2") > 3);
  CHECK(p.eval(body,
               "string(//w:body/w:p[1]/w:r[w:fldChar/@w:fldCharType='separate'][2]/"
               "following-sibling::w:r[1]/w:t)") == std::to_string(pages.at("item-2")));
  // Marks carry over to the field's runs.
  CHECK(p.count(body, "//w:body/w:p[1]/w:r[w:instrText][1]/w:rPr/w:b") == 1);
}

TEST_CASE(
    "each part's bookmark starts in its first paragraph and ends where the next part starts") {
  test::docx_parts p(docx::build_docx(two_parts(), test::council_style()));
  CHECK(p.count(body, "//w:bookmarkStart[@w:name='_Part0001']") == 1);
  CHECK(p.count(body, "//w:bookmarkStart[@w:name='_Part0002']") == 1);
  // In the heading that opens the part, before its own bookmark.
  CHECK(p.eval(body,
               "string(//w:p[w:bookmarkStart[@w:name='_Part0001']]/w:bookmarkStart[2]/@w:name)") ==
        "_Toc00000001");
  std::string first_id = p.eval(body, "string(//w:bookmarkStart[@w:name='_Part0001']/@w:id)");
  std::string second_id = p.eval(body, "string(//w:bookmarkStart[@w:name='_Part0002']/@w:id)");
  CHECK(p.count(body, "/w:document/w:body/w:bookmarkEnd[@w:id='" + first_id + "']") == 1);
  CHECK(p.count(body, "/w:document/w:body/w:bookmarkEnd[@w:id='" + second_id + "']") == 1);
  // The last part ends before the final section properties.
  CHECK(p.eval(body, "local-name(/w:document/w:body/*[last()])") == "sectPr");
  CHECK(p.eval(body, "string(/w:document/w:body/*[last()-1]/@w:id)") == second_id);
}

TEST_CASE("a link to a part goes to its bookmark") {
  doc::document d = two_parts();
  d.sections[0].body.push_back(
      doc::blk(doc::para("body-text", {doc::link{"#item-2", {doc::run("the second report")}}})));
  test::docx_parts p(docx::build_docx(d, test::council_style()));
  CHECK(p.count(body, "//w:hyperlink[@w:anchor='_Part0002']") == 1);
}

TEST_CASE("a contents list in a part lists the part's headings and is bounded by its bookmark") {
  doc::document d = two_parts();
  d.sections[2].body.insert(d.sections[2].body.begin() + 1, doc::blk(doc::table_of_contents{}));
  d.sections[2].body.push_back(
      doc::blk(doc::heading{2, doc::text("Second report, more"), {}, "", true, ""}));
  test::docx_parts p(docx::build_docx(d, test::council_style()));
  std::string sdt =
      "//w:sdt[w:sdtPr/w:docPartObj/w:docPartGallery/@w:val='Table of Contents']/w:sdtContent";
  CHECK(p.eval(body, "string(" + sdt + "//w:instrText[starts-with(., ' TOC')])") ==
        " TOC \\o \"1-3\" \\h \\z \\u \\b _Part0002 ");
  auto entries = xml::select(p.xml(body), sdt + "/w:p[position() > 1]");
  REQUIRE(entries.size() == 2);
  CHECK(xml::content(entries[0]).find("Second report") != std::string::npos);
  CHECK(xml::content(entries[1]).find("Second report, more") != std::string::npos);
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
  test::docx_parts p(docx::build_docx(d, test::council_style()));
  auto seq = xml::select(p.xml(body), "//w:instrText[starts-with(., ' SEQ')]");
  REQUIRE(seq.size() == 3);
  CHECK(xml::content(seq[0]) == " SEQ Table \\r 1 \\* ARABIC ");
  CHECK(xml::content(seq[1]) == " SEQ Table \\* ARABIC ");
  CHECK(xml::content(seq[2]) == " SEQ Table \\r 1 \\* ARABIC ");
  auto shown = [&](int n) {
    return p.eval(body,
                  "string((//w:p[w:pPr/w:pStyle/@w:val='Caption'])[" + std::to_string(n) +
                      "]/w:r[w:fldChar/@w:fldCharType='separate']/following-sibling::w:r[1]/w:t)");
  };
  CHECK(shown(1) == "1");
  CHECK(shown(2) == "2");
  CHECK(shown(3) == "1");
}

TEST_CASE("a page reference to an anchor that does not exist is refused") {
  doc::document d = two_parts();
  d.sections[0].body.push_back(doc::blk(doc::para("body-text", {doc::page_ref{"item-9", 0, 0}})));
  CHECK_THROWS_WITH_AS(docx::build_docx(d, test::council_style()),
                       doctest::Contains("page reference to unknown anchor \"item-9\""),
                       document_error);
  d = two_parts();
  d.sections[2].part_anchor = "item-1";
  CHECK_THROWS_WITH_AS(docx::build_docx(d, test::council_style()),
                       doctest::Contains("the part anchor \"item-1\" is already used"),
                       document_error);
}
