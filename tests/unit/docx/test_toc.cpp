// SPDX-License-Identifier: MIT
// The table of contents: a contents control around a filled-in TOC field.
#include <doctest/doctest.h>

#include "document/build.hpp"
#include "docx/docx_writer.hpp"
#include "docx_fixture.hpp"

using namespace cp;

namespace {

const char* body = "word/document.xml";
const std::string sdt = "//w:sdt[w:sdtPr/w:docPartObj/w:docPartGallery/@w:val='Table of Contents']";

}  // namespace

TEST_CASE("the contents is a unique docPart control with a heading and one entry per heading") {
  test::docx_parts p(docx::build_docx(test::showcase(), test::council_style()));
  REQUIRE(p.count(body, sdt) == 1);
  CHECK(p.count(body, sdt + "/w:sdtPr/w:docPartObj/w:docPartUnique") == 1);
  CHECK(p.eval(body, "string(" + sdt + "/w:sdtContent/w:p[1]/w:pPr/w:pStyle/@w:val)") ==
        "TOCHeading");
  CHECK(p.eval(body, "string(" + sdt + "/w:sdtContent/w:p[1])") == "Contents");
  auto entries = xml::select(p.xml(body), sdt + "/w:sdtContent/w:p[position() > 1]");
  REQUIRE(entries.size() == 8);
  CHECK(p.eval(body, "string(" + sdt + "/w:sdtContent/w:p[2]/w:pPr/w:pStyle/@w:val)") == "TOC2");
  CHECK(p.eval(body, "string(" + sdt + "/w:sdtContent/w:p[3]/w:pPr/w:pStyle/@w:val)") == "TOC1");
  CHECK(p.eval(body, "string(" + sdt + "/w:sdtContent/w:p[6]/w:pPr/w:pStyle/@w:val)") == "TOC3");
}

TEST_CASE("the TOC field starts in the first entry and ends after the last") {
  test::docx_parts p(docx::build_docx(test::showcase(), test::council_style()));
  std::string first = sdt + "/w:sdtContent/w:p[2]";
  std::string last = sdt + "/w:sdtContent/w:p[last()]";
  CHECK(p.eval(body, "string(" + first + "/w:r[1]/w:fldChar/@w:fldCharType)") == "begin");
  CHECK(p.eval(body, "string(" + first + "/w:r[2]/w:instrText)") ==
        " TOC \\o \"1-3\" \\h \\z \\u ");
  CHECK(p.eval(body, "string(" + first + "/w:r[3]/w:fldChar/@w:fldCharType)") == "separate");
  CHECK(p.eval(body, "string(" + last + "/*[last()]/w:fldChar/@w:fldCharType)") == "end");
  CHECK(p.eval(body, "string(" + last + "/*[last()-1]/self::w:hyperlink/@w:anchor)") ==
        "_Toc00000008");
  // Only one TOC field: one begin outside the hyperlinks.
  CHECK(p.count(body, sdt + "//w:p/w:r/w:fldChar[@w:fldCharType='begin']") == 1);
  CHECK(p.count(body, sdt + "//w:p/w:r/w:fldChar[@w:fldCharType='end']") == 1);
}

TEST_CASE("each entry links to its heading: label, tab, text, tab, PAGEREF with a page") {
  test::docx_parts p(docx::build_docx(test::showcase(), test::frozen_style()));
  std::string intro = sdt + "//w:hyperlink[@w:anchor='_Toc00000002']";
  CHECK(p.eval(body, "string(" + intro + "/@w:history)") == "1");
  auto kids = xml::select(p.xml(body), intro + "/w:r[position() <= 4]/*[not(self::w:rPr)]");
  std::vector<std::string> names;
  for (xmlNode* n : kids) names.emplace_back(reinterpret_cast<const char*>(n->name));
  CHECK(names == std::vector<std::string>{"t", "tab", "t", "tab"});
  CHECK(p.eval(body, "string(" + intro + "/w:r[1]/w:t)") == "1");
  CHECK(p.eval(body, "string(" + intro + "/w:r[3]/w:t)") == "Introduction");
  CHECK(p.eval(body, "string(" + intro + "/w:r/w:instrText)") == " PAGEREF _Toc00000002 \\h ");
  CHECK(p.eval(body, "string(" + intro + "/w:r[w:instrText]/following-sibling::w:r[2]/w:t)") ==
        "1");
  // The work programme heading comes after the long table: page 5.
  CHECK(p.eval(body, "string(" + sdt +
                         "//w:hyperlink[@w:anchor='_Toc00000006']/w:r[w:instrText]/"
                         "following-sibling::w:r[2]/w:t)") == "5");
  // An unnumbered heading has no label and no label tab.
  std::string recs = sdt + "//w:hyperlink[@w:anchor='_Toc00000001']";
  CHECK(p.eval(body, "string(" + recs + "/w:r[1]/w:t)") == "Recommendations");
  CHECK(p.count(body, recs + "/w:r/w:tab") == 1);
  // Every anchor names a bookmark.
  for (xmlNode* n : xml::select(p.xml(body), "//w:hyperlink/@w:anchor"))
    CHECK(p.count(body, "//w:bookmarkStart[@w:name='" + xml::content(n) + "']") == 1);
}

TEST_CASE("entries have a dotted right tab at the text width, and a label tab when labelled") {
  test::docx_parts p(docx::build_docx(test::showcase(), test::council_style()));
  std::string intro = sdt + "/w:sdtContent/w:p[3]/w:pPr/w:tabs";
  CHECK(p.eval(body, "string(" + intro + "/w:tab[@w:val='right']/@w:pos)") == "9354");  // 165mm
  CHECK(p.eval(body, "string(" + intro + "/w:tab[@w:val='right']/@w:leader)") == "dot");
  CHECK(p.eval(body, "string(" + intro + "/w:tab[@w:val='left']/@w:pos)") ==
        "709");  // heading's hang
  CHECK(p.count(body, sdt + "/w:sdtContent/w:p[2]/w:pPr/w:tabs/w:tab") == 1);
}

TEST_CASE("settings ask Word to update fields when it opens the document") {
  test::docx_parts p(docx::build_docx(test::showcase(), test::council_style()));
  CHECK(p.count("word/settings.xml", "/w:settings/w:updateFields") == 1);
}

TEST_CASE("a contents list without headings is still a TOC field") {
  doc::document d;
  doc::section s;
  s.body.push_back(doc::blk(doc::table_of_contents{"Index", 2}));
  d.sections.push_back(std::move(s));
  test::docx_parts p(docx::build_docx(d, test::council_style()));
  CHECK(p.eval(body, "string(" + sdt + "/w:sdtContent/w:p[1])") == "Index");
  CHECK(p.eval(body, "string(" + sdt + "//w:instrText)") == " TOC \\o \"1-2\" \\h \\z \\u ");
  CHECK(p.count(body, sdt + "//w:fldChar") == 3);
}
