// SPDX-License-Identifier: MIT
// word/document.xml: runs, marks, fields, links, headings, page breaks and sections.
#include <doctest/doctest.h>

#include "document/build.hpp"
#include "docx/docx_writer.hpp"
#include "docx_fixture.hpp"

using namespace cp;

namespace {

const char* body = "word/document.xml";

test::docx_parts with_paragraph(doc::paragraph p) {
  doc::document d = test::small_document();
  d.sections[0].body.push_back(doc::blk(std::move(p)));
  return test::docx_parts(docx::build_docx(d, test::council_style()));
}

}  // namespace

TEST_CASE("tabs and newlines in text become w:tab and w:br, spaces are preserved") {
  auto p = with_paragraph(doc::para("body-text", doc::text(" a\tb\nc  d ")));
  std::string run = "//w:p[last()]/w:r";
  CHECK(p.count(body, run) == 1);
  auto kids = xml::select(p.xml(body), run + "/*[not(self::w:rPr)]");
  std::vector<std::string> names;
  for (xmlNode* n : kids) names.emplace_back(reinterpret_cast<const char*>(n->name));
  CHECK(names == std::vector<std::string>{"t", "tab", "t", "br", "t"});
  CHECK(p.eval(body, "string(" + run + "/w:t[1]/@xml:space)") == "preserve");
  CHECK(p.eval(body, "string(" + run + "/w:t[1])") == " a");
  CHECK(p.eval(body, "string(" + run + "/w:t[2]/@xml:space)") == "");
  CHECK(p.eval(body, "string(" + run + "/w:t[3])") == "c  d ");
  CHECK(p.eval(body, "string(" + run + "/w:t[3]/@xml:space)") == "preserve");
}

TEST_CASE("marks become run properties") {
  doc::paragraph para = doc::para("body-text", {});
  para.content.push_back(doc::run("B", doc::bold));
  para.content.push_back(doc::run("I", doc::italic));
  para.content.push_back(doc::run("U", doc::underline));
  para.content.push_back(doc::run("sup", doc::superscript));
  para.content.push_back(doc::run("sub", doc::subscript));
  para.content.push_back(doc::run("BI", doc::bold | doc::italic));
  para.content.push_back(doc::line_break{});
  auto p = with_paragraph(std::move(para));
  auto rpr = [&](const std::string& t) { return "//w:r[w:t='" + t + "']/w:rPr"; };
  CHECK(p.count(body, rpr("B") + "/w:b") == 1);
  CHECK(p.count(body, rpr("I") + "/w:i") == 1);
  CHECK(p.eval(body, "string(" + rpr("U") + "/w:u/@w:val)") == "single");
  CHECK(p.eval(body, "string(" + rpr("sup") + "/w:vertAlign/@w:val)") == "superscript");
  CHECK(p.eval(body, "string(" + rpr("sub") + "/w:vertAlign/@w:val)") == "subscript");
  CHECK(p.count(body, rpr("BI") + "/w:b/following-sibling::w:i") == 1);
  CHECK(p.count(body, "//w:p[last()]/w:r[last()]/w:br[not(@w:type)]") == 1);
}

TEST_CASE("page fields, page count and title are complex fields with cached results") {
  test::docx_parts p(docx::build_docx(test::showcase(), test::frozen_style()));
  const char* footer = "word/footer1.xml";
  auto instr = xml::select(p.xml(footer), "//w:instrText");
  REQUIRE(instr.size() == 2);
  CHECK(xml::content(instr[0]) == " PAGE ");
  CHECK(xml::content(instr[1]) == " NUMPAGES ");
  CHECK(p.count(footer, "//w:fldChar[@w:fldCharType='begin']") == 2);
  CHECK(p.count(footer, "//w:fldChar[@w:fldCharType='separate']") == 2);
  CHECK(p.count(footer, "//w:fldChar[@w:fldCharType='end']") == 2);
  // Field order in each: begin, instruction, separate, result, end.
  CHECK(p.eval(footer,
               "string(//w:r[w:instrText=' PAGE "
               "']/preceding-sibling::w:r[1]/w:fldChar/@w:fldCharType)") == "begin");
  CHECK(p.eval(footer,
               "string(//w:r[w:instrText=' PAGE "
               "']/following-sibling::w:r[1]/w:fldChar/@w:fldCharType)") == "separate");
  CHECK(p.eval(footer, "string(//w:r[w:instrText=' PAGE ']/following-sibling::w:r[2]/w:t)") == "1");
  CHECK(p.eval(footer, "string(//w:r[w:instrText=' NUMPAGES ']/following-sibling::w:r[2]/w:t)") ==
        "8");
  // An estimate made before the writer (doc::document::pages) is used as it is.
  doc::document given = test::showcase();
  given.pages = doc::page_estimate{{}, {}, 42};
  test::docx_parts q(docx::build_docx(given, test::frozen_style()));
  CHECK(q.eval(footer, "string(//w:r[w:instrText=' NUMPAGES ']/following-sibling::w:r[2]/w:t)") ==
        "42");
  CHECK(p.eval("word/header1.xml",
               "string(//w:r[w:instrText=' TITLE ']/following-sibling::w:r[2]/w:t)") ==
        "Partnership Mapping & Evaluation");
  CHECK(p.eval("word/header1.xml", "string(//w:pStyle/@w:val)") == "Header");
}

TEST_CASE("external links use a hyperlink relationship, #anchors use the heading's bookmark") {
  test::docx_parts p(docx::build_docx(test::showcase(), test::council_style()));
  std::string ext = "//w:hyperlink[w:r/w:t='www.example.gov.uk/partnerships']";
  std::string rid = p.eval(body, "string(" + ext + "/@r:id)");
  CHECK(p.eval("word/_rels/document.xml.rels",
               "string(//rel:Relationship[@Id='" + rid + "']/@Type)") ==
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink");
  CHECK(p.eval(body, "string(" + ext + "/w:r/w:rPr/w:rStyle/@w:val)") == "Hyperlink");
  CHECK(p.eval(body, "string(" + ext + "/@w:history)") == "1");
  std::string internal = "//w:hyperlink[w:r/w:t='Work Programme 2009/10'][not(ancestor::w:sdt)]";
  std::string anchor = p.eval(body, "string(" + internal + "/@w:anchor)");
  CHECK(anchor == "_Toc00000006");
  CHECK(p.count(body, internal + "/@r:id") == 0);
  CHECK(p.eval(body, "string(//w:bookmarkStart[@w:name='" + anchor + "']/..)") ==
        "Work Programme 2009/10");
}

TEST_CASE("headings are bookmarked in reading order, with unique ids") {
  test::docx_parts p(docx::build_docx(test::showcase(), test::council_style()));
  auto starts = xml::select(p.xml(body), "//w:bookmarkStart");
  REQUIRE(starts.size() == 8);
  CHECK(xml::attribute(starts[0], "name",
                       "http://schemas.openxmlformats.org/wordprocessingml/2006/main") ==
        "_Toc00000001");
  CHECK(p.eval(body, "string(//w:bookmarkStart[@w:name='_Toc00000001']/..)") == "Recommendations");
  CHECK(p.eval(body, "string(//w:bookmarkStart[@w:name='_Toc00000008']/..)") == "Conclusion");
  CHECK(
      p.eval(body, "string(//w:bookmarkStart[@w:name='_Toc00000007']/../w:pPr/w:pStyle/@w:val)") ==
      "AppendixHeading");
  for (std::size_t i = 0; i < starts.size(); ++i) {
    std::string id = xml::attribute(starts[i], "id",
                                    "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    CHECK(id == std::to_string(i));
    // The end follows the heading's runs in the same paragraph.
    CHECK(p.count(body, "//w:bookmarkStart[@w:id='" + id +
                            "']/following-sibling::w:bookmarkEnd[@w:id='" + id + "']") == 1);
  }
}

TEST_CASE("the title block becomes the cover paragraphs") {
  test::docx_parts p(docx::build_docx(test::showcase(), test::council_style()));
  auto styles =
      xml::select(p.xml(body), "/w:document/w:body/w:p[position() <= 6]/w:pPr/w:pStyle/@w:val");
  std::vector<std::string> got;
  for (xmlNode* n : styles) got.push_back(xml::content(n));
  CHECK(got == std::vector<std::string>{"Normal", "CoverCommittee", "Title", "CoverDate",
                                        "CoverReportOf", "CoverClassification"});
  CHECK(p.eval(body, "string(/w:document/w:body/w:p[1]/w:pPr/w:jc/@w:val)") == "right");
  CHECK(p.count(body, "/w:document/w:body/w:p[1]//wp:inline") == 1);
  CHECK(p.eval(body, "string(/w:document/w:body/w:p[3])") == "Partnership Mapping & Evaluation");
}

TEST_CASE(
    "a page break sets pageBreakBefore on the next paragraph, or writes a break before a table") {
  test::docx_parts p(docx::build_docx(test::showcase(), test::council_style()));
  // The showcase breaks before the centred picture paragraph.
  CHECK(p.count(body, "//w:p[w:pPr/w:pageBreakBefore][.//wp:inline]") == 1);
  CHECK(p.count(body, "//w:br[@w:type='page']") == 0);

  doc::document d = test::small_document();
  d.sections[0].body.push_back(doc::blk(doc::page_break{}));
  doc::table t;
  t.rows.push_back({{doc::table_cell{{doc::blk(doc::para("table-text", doc::text("x")))}, 1, 1}}});
  d.sections[0].body.push_back(doc::blk(t));
  d.sections[0].body.push_back(doc::blk(doc::page_break{}));
  test::docx_parts q(docx::build_docx(d, test::council_style()));
  CHECK(q.count(body, "//w:p[w:r/w:br[@w:type='page']]/following-sibling::*[1][self::w:tbl]") == 1);
  CHECK(q.count(body, "//w:br[@w:type='page']") == 2);  // and one at the very end
  CHECK(q.count(body, "//w:pageBreakBefore") == 0);
}

TEST_CASE("sections: own header and footer parts, landscape page, sectPr placement") {
  test::docx_parts p(docx::build_docx(test::showcase(), test::council_style()));
  auto sect = xml::select(p.xml(body), "//w:sectPr");
  REQUIRE(sect.size() == 3);
  // Non-final sections: in a paragraph's properties; the final one: last child of w:body.
  CHECK(p.count(body, "/w:document/w:body/w:p/w:pPr/w:sectPr") == 2);
  CHECK(p.count(body, "/w:document/w:body/*[last()][self::w:sectPr]") == 1);
  // Section 1 ends with a plain paragraph: it carries the break (no extra paragraph).
  CHECK(p.eval(body, "string(//w:p[w:pPr/w:sectPr][1])") ==
        "The sequence continues after a page break and a picture.");
  // Section 2 ends with a table: an empty paragraph carries the break.
  CHECK(p.count(body, "//w:p[w:pPr/w:sectPr][2][.=''][preceding-sibling::*[1][self::w:tbl]]") == 1);

  std::string landscape = "(//w:sectPr)[2]";
  CHECK(p.eval(body, "string(" + landscape + "/w:pgSz/@w:orient)") == "landscape");
  CHECK(p.eval(body, "string(" + landscape + "/w:pgSz/@w:w)") == "16838");
  CHECK(p.eval(body, "string(" + landscape + "/w:pgSz/@w:h)") == "11906");
  CHECK(p.eval(body, "string((//w:sectPr)[1]/w:pgSz/@w:w)") == "11906");
  CHECK(p.count(body, "(//w:sectPr)[1]/w:pgSz/@w:orient") == 0);
  CHECK(p.eval(body, "string((//w:sectPr)[3]/w:pgMar/@w:left)") == "1417");   // 25mm
  CHECK(p.eval(body, "string((//w:sectPr)[3]/w:pgMar/@w:right)") == "1134");  // 20mm
  CHECK(p.eval(body, "string((//w:sectPr)[3]/w:pgMar/@w:header)") == "567");  // 10mm
  CHECK(p.eval(body, "string((//w:sectPr)[3]/w:pgMar/@w:gutter)") == "0");

  for (int i = 1; i <= 3; ++i) {
    std::string s = "(//w:sectPr)[" + std::to_string(i) + "]";
    std::string h = p.eval(body, "string(" + s + "/w:headerReference[@w:type='default']/@r:id)");
    std::string f = p.eval(body, "string(" + s + "/w:footerReference[@w:type='default']/@r:id)");
    CHECK(p.eval("word/_rels/document.xml.rels",
                 "string(//rel:Relationship[@Id='" + h + "']/@Target)") ==
          "header" + std::to_string(i) + ".xml");
    CHECK(p.eval("word/_rels/document.xml.rels",
                 "string(//rel:Relationship[@Id='" + f + "']/@Target)") ==
          "footer" + std::to_string(i) + ".xml");
  }
}

TEST_CASE("an empty header still gets its own part, with one paragraph") {
  doc::document d = test::small_document();
  doc::section second;
  second.body.push_back(doc::blk(doc::para("body-text", doc::text("Second section."))));
  d.sections.push_back(second);
  test::docx_parts p(docx::build_docx(d, test::council_style()));
  CHECK(p.count("word/header2.xml", "/w:hdr/w:p") == 1);
  CHECK(p.count("word/footer2.xml", "/w:ftr/w:p[w:pPr/w:pStyle/@w:val='Footer']") == 1);
  CHECK(p.count("word/footer1.xml", "//w:t[.='Footer text']") == 1);
}

TEST_CASE("a direct alignment override is written as w:jc") {
  doc::paragraph para = doc::para("body-text", doc::text("Justified"));
  para.align = doc::alignment::justify;
  auto p = with_paragraph(std::move(para));
  CHECK(p.eval(body, "string(//w:p[.='Justified']/w:pPr/w:jc/@w:val)") == "both");
}

TEST_CASE("characters XML forbids never reach the part") {
  auto p = with_paragraph(doc::para("body-text", doc::text(std::string("bell\x07 <&>"))));
  CHECK(p.eval(body, "string(//w:p[last()])") == "bell\xEF\xBF\xBD <&>");
}
