// SPDX-License-Identifier: MIT
// word/styles.xml: the house style as named Word styles.
#include <doctest/doctest.h>

#include <set>

#include "docx/docx_writer.hpp"
#include "docx/style_ids.hpp"
#include "docx_fixture.hpp"
#include "style/style_loader.hpp"
#include "style/style_names.hpp"

using namespace cp;

namespace {

const char* styles = "word/styles.xml";

std::string style_path(const std::string& id) {
  return "/w:styles/w:style[@w:styleId='" + id + "']";
}

}  // namespace

TEST_CASE("every house paragraph style is a named paragraph style with its parent and next") {
  const auto& hs = test::council_style();
  test::docx_parts p(docx::build_docx(test::small_document(), hs));
  for (const auto& s : hs.paragraph_styles) {
    std::string id = style::docx_style_id(style::docx_name(s));
    CAPTURE(id);
    REQUIRE(p.count(styles, style_path(id) + "[@w:type='paragraph']") == 1);
    CHECK(p.eval(styles, "string(" + style_path(id) + "/w:name/@w:val)") == style::docx_name(s));
    CHECK(p.count(styles, style_path(id) + "/w:qFormat") == 1);
    if (!s.based_on.empty())
      CHECK(p.eval(styles, "string(" + style_path(id) + "/w:basedOn/@w:val)") ==
            style::docx_style_id(style::docx_name(hs.paragraph(s.based_on))));
    if (!s.next.empty())
      CHECK(p.eval(styles, "string(" + style_path(id) + "/w:next/@w:val)") ==
            style::docx_style_id(style::docx_name(hs.paragraph(s.next))));
  }
  CHECK(p.eval(styles, "string(" + style_path("BodyText") + "/w:basedOn/@w:val)") == "Normal");
  CHECK(p.eval(styles, "string(" + style_path("Heading1") + "/w:next/@w:val)") ==
        "NumberedParagraph");
}

TEST_CASE("Normal is the default paragraph style and the defaults carry font and language") {
  test::docx_parts p(docx::build_docx(test::small_document(), test::council_style()));
  CHECK(p.eval(styles, "string(//w:style[@w:type='paragraph'][@w:default='1']/@w:styleId)") ==
        "Normal");
  CHECK(p.count(styles, "//w:style[@w:type='paragraph'][@w:default='1']") == 1);
  CHECK(p.eval(styles, "string(/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val)") ==
        "en-GB");
  CHECK(p.eval(styles, "string(/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:ascii)") ==
        "Arial");
}

TEST_CASE("no style is based on, followed by or linked to a style that is not defined") {
  test::docx_parts p(docx::build_docx(test::showcase(), test::council_style()));
  std::set<std::string> ids;
  for (xmlNode* n : xml::select(p.xml(styles), "//w:style/@w:styleId")) ids.insert(xml::content(n));
  for (xmlNode* n : xml::select(p.xml(styles), "//w:basedOn/@w:val | //w:next/@w:val")) {
    CAPTURE(xml::content(n));
    CHECK(ids.count(xml::content(n)) == 1);
  }
  // Every style used in the document exists, with the right type.
  for (xmlNode* n : xml::select(p.xml("word/document.xml"), "//w:pStyle/@w:val"))
    CHECK(p.count(styles, style_path(xml::content(n)) + "[@w:type='paragraph']") == 1);
  for (xmlNode* n : xml::select(p.xml("word/document.xml"), "//w:rStyle/@w:val"))
    CHECK(p.count(styles, style_path(xml::content(n)) + "[@w:type='character']") == 1);
  for (xmlNode* n : xml::select(p.xml("word/document.xml"), "//w:tblStyle/@w:val"))
    CHECK(p.count(styles, style_path(xml::content(n)) + "[@w:type='table']") == 1);
}

TEST_CASE("paragraph properties: spacing, line, keep, page break, border, shading, outline level") {
  test::docx_parts p(docx::build_docx(test::small_document(), test::council_style()));
  std::string h1 = style_path("Heading1") + "/w:pPr";
  CHECK(p.eval(styles, "string(" + h1 + "/w:spacing/@w:before)") == "360");  // 18pt
  CHECK(p.eval(styles, "string(" + h1 + "/w:spacing/@w:after)") == "120");   // 6pt
  CHECK(p.count(styles, h1 + "/w:keepNext") == 1);
  CHECK(p.eval(styles, "string(" + h1 + "/w:outlineLvl/@w:val)") == "0");
  CHECK(p.eval(styles, "string(" + style_path("Heading3") + "/w:pPr/w:outlineLvl/@w:val)") == "2");
  CHECK(p.count(styles, style_path("BodyText") + "/w:pPr/w:outlineLvl") == 0);
  CHECK(p.eval(styles, "string(" + style_path("Normal") + "/w:pPr/w:spacing/@w:line)") == "240");
  CHECK(p.eval(styles, "string(" + style_path("Normal") + "/w:pPr/w:spacing/@w:lineRule)") ==
        "auto");
  CHECK(p.count(styles, style_path("AppendixHeading") + "/w:pPr/w:pageBreakBefore") == 1);
  CHECK(p.count(styles, style_path("RecommendationBox") + "/w:pPr/w:keepLines") == 1);
  CHECK(p.eval(styles, "string(" + style_path("RecommendationBox") + "/w:pPr/w:shd/@w:fill)") ==
        "D9E2F3");
  CHECK(p.eval(styles, "string(" + style_path("RecommendationBox") +
                           "/w:pPr/w:pBdr/w:top/@w:color)") == "1F3864");
  CHECK(p.eval(styles,
               "string(" + style_path("RecommendationBox") + "/w:pPr/w:pBdr/w:left/@w:sz)") == "8");
  CHECK(p.eval(styles, "string(" + style_path("Footer") + "/w:pPr/w:jc/@w:val)") == "center");
  CHECK(p.eval(styles, "string(" + style_path("TOC2") + "/w:pPr/w:ind/@w:left)") == "567");  // 10mm
}

TEST_CASE("character properties: fonts, bold, caps switched off, colour, size") {
  test::docx_parts p(docx::build_docx(test::small_document(), test::council_style()));
  CHECK(p.eval(styles, "string(" + style_path("Normal") + "/w:rPr/w:rFonts/@w:hAnsi)") == "Arial");
  CHECK(p.count(styles, style_path("Heading1") + "/w:rPr/w:b[not(@w:val)]") == 1);
  CHECK(p.count(styles, style_path("Heading1") + "/w:rPr/w:caps") == 1);
  CHECK(p.eval(styles, "string(" + style_path("AppendixHeading") + "/w:rPr/w:caps/@w:val)") == "0");
  CHECK(p.eval(styles, "string(" + style_path("Heading1") + "/w:rPr/w:sz/@w:val)") == "26");
  CHECK(p.eval(styles, "string(" + style_path("Heading1") + "/w:rPr/w:szCs/@w:val)") == "26");
  CHECK(p.count(styles, style_path("Heading3") + "/w:rPr/w:i") == 1);
  CHECK(p.eval(styles, "string(" + style_path("Title") + "/w:rPr/w:color/@w:val)") == "1F3864");
}

TEST_CASE("the hyperlink character style and the table styles") {
  test::docx_parts p(docx::build_docx(test::small_document(), test::council_style()));
  std::string link = style_path("Hyperlink");
  CHECK(p.eval(styles, "string(" + link + "/@w:type)") == "character");
  CHECK(p.eval(styles, "string(" + link + "/w:name/@w:val)") == "Hyperlink");
  CHECK(p.eval(styles, "string(" + link + "/w:basedOn/@w:val)") == "DefaultParagraphFont");
  CHECK(p.eval(styles, "string(" + link + "/w:rPr/w:u/@w:val)") == "single");
  CHECK(p.eval(styles, "string(" + link + "/w:rPr/w:color/@w:val)") == "0563C1");

  std::string grid = style_path("TableGrid");
  CHECK(p.eval(styles, "string(" + grid + "/@w:type)") == "table");
  CHECK(p.eval(styles, "string(" + grid + "/w:basedOn/@w:val)") == "TableNormal");
  for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
    CAPTURE(side);
    CHECK(p.eval(styles, "string(" + grid + "/w:tblPr/w:tblBorders/w:" + side + "/@w:color)") ==
          test::council_style().table.border_colour);
    CHECK(p.eval(styles, "string(" + grid + "/w:tblPr/w:tblBorders/w:" + side + "/@w:sz)") == "4");
  }
  CHECK(p.eval(styles, "string(" + grid + "/w:tblPr/w:tblCellMar/w:left/@w:w)") == "85");  // 1.5mm
  CHECK(p.eval(styles, "string(//w:style[@w:type='table'][@w:default='1']/@w:styleId)") ==
        "TableNormal");
}

TEST_CASE("styles bound to a numbering level carry numPr, derived unbound styles cancel it") {
  test::docx_parts p(docx::build_docx(test::showcase(), test::council_style()));
  CHECK(p.eval(styles, "string(" + style_path("Heading1") + "/w:pPr/w:numPr/w:ilvl/@w:val)") ==
        "0");
  CHECK(p.eval(styles, "string(" + style_path("Heading1") + "/w:pPr/w:numPr/w:numId/@w:val)") ==
        "1");
  CHECK(p.eval(styles, "string(" + style_path("NumberedParagraph2") +
                           "/w:pPr/w:numPr/w:ilvl/@w:val)") == "2");
  // The recommendations scheme's first sequence is sequence 2 of the showcase.
  CHECK(p.eval(styles,
               "string(" + style_path("Recommendation") + "/w:pPr/w:numPr/w:numId/@w:val)") == "2");
  // Appendix Heading is based on Heading 1 but no level names it.
  CHECK(p.eval(styles, "string(" + style_path("AppendixHeading") +
                           "/w:pPr/w:numPr/w:numId/@w:val)") == "0");
  CHECK(p.count(styles, style_path("BodyText") + "/w:pPr/w:numPr") == 0);
}

TEST_CASE("pPr and rPr children follow the schema order") {
  test::docx_parts p(docx::build_docx(test::showcase(), test::council_style()));
  // keepNext before numPr before spacing before outlineLvl (CT_PPrBase).
  auto kids = xml::select(p.xml(styles), style_path("Heading1") + "/w:pPr/*");
  std::vector<std::string> names;
  for (xmlNode* n : kids) names.emplace_back(reinterpret_cast<const char*>(n->name));
  CHECK(names == std::vector<std::string>{"keepNext", "numPr", "spacing", "outlineLvl"});
}

TEST_CASE("style ids stay unique when two names reduce to the same id") {
  auto hs = test::council_style();
  style::paragraph_style extra = hs.paragraph("body-text");
  extra.role = "body-text-2";
  extra.name = "Body-Text";  // "BodyText" again once punctuation is dropped
  hs.paragraph_styles.push_back(extra);
  docx::detail::style_ids ids(hs);
  CHECK(ids.paragraph("body-text") == "BodyText");
  CHECK(ids.paragraph("body-text-2") == "BodyTextx2");
}
