// SPDX-License-Identifier: MIT
// A council's DOCX as the reference document: its styles serve our roles,
// ours fill the gaps without clashing, numbering ids sit past its own, and
// its header, footer, logo and page setup are used for every section.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <set>

#include "docx/docx_writer.hpp"
#include "docx_fixture.hpp"
#include "reference/reference_set.hpp"
#include "support/paths.hpp"
#include "support/reference_packages.hpp"

using namespace cp;

namespace {

const reference::docx_reference& council(const std::string& name) {
  static std::map<std::string, reference::reference_set> loaded;
  auto it = loaded.find(name);
  if (it == loaded.end()) {
    auto path = test::source_dir() / "styles" / "reference" / name;
    it = loaded.emplace(name, reference::load_references({path.string()}, test::council_style()))
             .first;
  }
  return *it->second.docx;
}

test::docx_parts build(const std::string& name) {
  return test::docx_parts(
      docx::build_docx(test::showcase(), test::council_style(), &council(name)));
}

}  // namespace

TEST_CASE("reference styles serve our roles: the headings carry its Heading 1 id") {
  auto p = build("riverside.docx");
  // Its own Heading 1, as it defined it (based on its "Heading", 16pt).
  CHECK(p.eval("word/styles.xml", "string(//w:style[@w:styleId='Heading1']/w:name/@w:val)") ==
        "Heading 1");
  CHECK(p.eval("word/styles.xml", "string(//w:style[@w:styleId='Heading1']/w:basedOn/@w:val)") ==
        "Heading");
  CHECK(p.eval("word/styles.xml", "string(//w:style[@w:styleId='Heading1']/w:rPr/w:sz/@w:val)") ==
        "32");
  CHECK(p.count("word/styles.xml", "//w:style[@w:styleId='Heading1']") == 1);
  // Our headings and body text use its ids.
  CHECK(p.count("word/document.xml", "//w:p[w:pPr/w:pStyle/@w:val='Heading1']") >= 3);
  CHECK(p.count("word/document.xml", "//w:p[w:pPr/w:pStyle/@w:val='TextBody']") >= 3);
  CHECK(p.count("word/document.xml", "//w:pStyle[@w:val='BodyText']") == 0);
  CHECK(p.count("word/document.xml", "//w:rStyle[@w:val='InternetLink']") >= 1);
  // Its document defaults (Caladea), not the house style's Arial.
  CHECK(p.eval("word/styles.xml", "string(/w:styles/w:docDefaults//w:rFonts/@w:ascii)") != "Arial");
}

TEST_CASE("roles the reference lacks get our styles, based on its, with no clashing id or name") {
  auto p = build("riverside.docx");
  CHECK(p.eval("word/styles.xml",
               "string(//w:style[@w:styleId='CoverCommittee']/w:basedOn/@w:val)") == "Normal");
  CHECK(p.eval("word/styles.xml",
               "string(//w:style[@w:styleId='NumberedParagraph']/w:basedOn/@w:val)") == "TextBody");
  CHECK(p.eval("word/styles.xml", "string(//w:style[@w:styleId='TOC3']/w:name/@w:val)") == "TOC 3");
  std::set<std::string> ids, names;
  for (xmlNode* s : xml::select(p.xml("word/styles.xml"), "//w:style")) {
    std::string id = xml::attribute(s, "styleId",
                                    "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    CHECK_MESSAGE(ids.insert(id).second, "two styles with id ", id);
  }
  for (xmlNode* n : xml::select(p.xml("word/styles.xml"), "//w:style/w:name/@w:val")) {
    std::string name = xml::content(n);
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    CHECK_MESSAGE(names.insert(name).second, "two styles named ", name);
  }
  // Ours for "normal" is not added, so there is no second default style.
  CHECK(p.count("word/styles.xml", "//w:style[@w:type='paragraph'][@w:default='1']") <= 1);
  // Every style a paragraph names exists.
  for (xmlNode* n : xml::select(p.xml("word/document.xml"), "//w:pStyle/@w:val"))
    CHECK_MESSAGE(ids.count(xml::content(n)), "missing style ", xml::content(n));
}

TEST_CASE("our numbering sits next to the reference's, and its mapped styles are linked to ours") {
  auto p = build("riverside.docx");
  std::set<std::string> abstract_ids, num_ids;
  for (xmlNode* n : xml::select(p.xml("word/numbering.xml"), "//w:abstractNum/@w:abstractNumId"))
    CHECK(abstract_ids.insert(xml::content(n)).second);
  for (xmlNode* n : xml::select(p.xml("word/numbering.xml"), "//w:num/@w:numId"))
    CHECK(num_ids.insert(xml::content(n)).second);
  CHECK(abstract_ids.count("1"));  // the reference's own outline definition stays
  CHECK(num_ids.count("1"));
  // Every abstractNum comes before every num (CT_Numbering).
  CHECK(p.count("word/numbering.xml", "//w:abstractNum[preceding-sibling::w:num]") == 0);
  // Its Heading 1 is numbered by our outline scheme, as our headings are.
  std::string style_num = p.eval(
      "word/styles.xml", "string(//w:style[@w:styleId='Heading1']/w:pPr/w:numPr/w:numId/@w:val)");
  std::string heading_num =
      p.eval("word/document.xml",
             "string((//w:p[w:pPr/w:pStyle/@w:val='Heading1'])[1]/w:pPr/w:numPr/w:numId/@w:val)");
  CHECK(style_num == heading_num);
  CHECK(style_num != "1");
  // Its unnumbered Heading 2 no longer takes numbering from its outline definition.
  CHECK(p.eval("word/styles.xml",
               "string(//w:style[@w:styleId='Heading2']/w:pPr/w:numPr/w:numId/@w:val)") == "0");
  // Its levels no longer claim the styles ours number.
  CHECK(p.count("word/numbering.xml", "//w:abstractNum[@w:abstractNumId='1']//w:pStyle") == 0);
  // Every paragraph's numId exists.
  for (xmlNode* n : xml::select(p.xml("word/document.xml"), "//w:numPr/w:numId/@w:val")) {
    std::string id = xml::content(n);
    CHECK_MESSAGE((id == "0" || num_ids.count(id)), "missing num ", id);
  }
}

TEST_CASE("its header and footer, with the logo, serve every section, and its page setup is used") {
  auto p = build("riverside.docx");
  CHECK(p.has("word/header1.xml"));
  CHECK_FALSE(p.has("word/header2.xml"));  // one copy shared by the three sections
  CHECK(p.eval("word/header1.xml", "string(/w:hdr)")
            .find("Riverside District Council · Committee papers") != std::string::npos);
  std::string embed = p.eval("word/header1.xml", "string(//a:blip/@r:embed)");
  CHECK(p.eval("word/_rels/header1.xml.rels", "string(//rel:Relationship[@Id='" + embed +
                                                  "']/@Target)") == "media/reference1.png");
  CHECK(p.text("word/media/reference1.png") ==
        council("riverside.docx").part("word/media/image1.png"));
  CHECK(p.eval("[Content_Types].xml",
               "string(/ct:Types/ct:Default[@Extension='png']/@ContentType)") == "image/png");
  // Its footer shows page numbers itself, so ours is not added.
  CHECK(p.count("word/footer1.xml", "//w:instrText[normalize-space(.)='PAGE']") == 1);
  auto sections = xml::select(p.xml("word/document.xml"), "//w:sectPr");
  REQUIRE(sections.size() == 3);
  CHECK(p.count("word/document.xml",
                "//w:sectPr/w:headerReference[@r:id=//w:sectPr[1]/w:headerReference/@r:id]") == 3);
  CHECK(p.eval("word/document.xml", "string((//w:sectPr)[1]/w:pgMar/@w:left)") == "1247");
  CHECK(p.eval("word/document.xml", "string((//w:sectPr)[1]/w:pgMar/@w:top)") == "1687");
  // The landscape appendix turns its page.
  CHECK(p.eval("word/document.xml", "string((//w:sectPr)[2]/w:pgSz/@w:w)") == "16838");
  CHECK(p.eval("word/document.xml", "string((//w:sectPr)[2]/w:pgSz/@w:orient)") == "landscape");
  // Drawing ids stay unique across parts.
  std::set<std::string> drawing_ids;
  for (const auto& part : p.names())
    if (part.ends_with(".xml") && (part.starts_with("word/header") ||
                                   part.starts_with("word/footer") || part == "word/document.xml"))
      for (xmlNode* n : xml::select(p.xml(part), "//wp:docPr/@id"))
        CHECK(drawing_ids.insert(xml::content(n)).second);
}

TEST_CASE(
    "a reference footer without page numbers gets ours after its text, and its first page stays "
    "its own") {
  auto p = build("northgate.docx");
  auto first = xml::select(p.xml("word/document.xml"), "(//w:sectPr)[1]/w:titlePg");
  CHECK(first.size() == 1);
  CHECK(p.count("word/document.xml", "(//w:sectPr)[1]/w:headerReference[@w:type='first']") == 1);
  CHECK(p.count("word/document.xml", "(//w:sectPr)[2]/w:titlePg") == 0);
  CHECK(p.count("word/document.xml", "(//w:sectPr)[2]/w:headerReference[@w:type='first']") == 0);
  // The default footer of each section: its address, then our "Page N of M".
  std::string rid = p.eval("word/document.xml",
                           "string((//w:sectPr)[2]/w:footerReference[@w:type='default']/@r:id)");
  std::string footer = "word/" + p.eval("word/_rels/document.xml.rels",
                                        "string(//rel:Relationship[@Id='" + rid + "']/@Target)");
  std::string text = p.eval(footer, "string(/w:ftr)");
  CHECK(text.find("Northgate City Council · Civic Centre") != std::string::npos);
  CHECK(text.find("Page ") != std::string::npos);
  CHECK(p.count(footer,
                "//w:instrText[contains(., 'PAGE')] | //w:fldSimple[contains(@w:instr, 'PAGE')]") >=
        1);
  // Its Recommendation style serves our recommendations.
  CHECK(p.count("word/document.xml", "//w:p[w:pPr/w:pStyle/@w:val='Recommendation']") >= 1);
}

TEST_CASE("the same document and reference give the same bytes") {
  auto a =
      docx::build_docx(test::showcase(), test::council_style(), &council("northgate.docx")).bytes();
  auto b =
      docx::build_docx(test::showcase(), test::council_style(), &council("northgate.docx")).bytes();
  CHECK(a == b);
  CHECK(a != docx::build_docx(test::showcase(), test::council_style()).bytes());
}

TEST_CASE("a reference's theme comes along, so styles naming theme fonts keep them") {
  auto parts = test::minimal_docx_parts();
  parts["word/theme/theme1.xml"] =
      "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Council\">"
      "<a:themeElements/></a:theme>";
  std::string& rels = parts["word/_rels/document.xml.rels"];
  rels.insert(
      rels.find("</Relationships>"),
      "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships/theme\" Target=\"theme/theme1.xml\"/>");
  auto path = test::scratch_dir("docx-reference-theme") / "themed.docx";
  std::ofstream(path, std::ios::binary) << test::zip_of(parts);
  auto refs = reference::load_references({path.string()}, test::council_style());
  test::docx_parts p(docx::build_docx(test::small_document(), test::council_style(), &*refs.docx));
  CHECK(p.text("word/theme/theme1.xml") == parts["word/theme/theme1.xml"]);
  CHECK(p.eval("[Content_Types].xml",
               "string(//ct:Override[@PartName='/word/theme/theme1.xml']/@ContentType)") ==
        "application/vnd.openxmlformats-officedocument.theme+xml");
  CHECK(p.count("word/_rels/document.xml.rels", "//rel:Relationship[@Target='theme/theme1.xml']") ==
        1);
  // Its header's VML picture was copied with a relationship of its own.
  std::string id = p.eval("word/header1.xml", "string(//@r:id)");
  CHECK(p.eval("word/_rels/header1.xml.rels",
               "string(//rel:Relationship[@Id='" + id + "']/@Target)") == "media/reference1.png");
  CHECK(p.text("word/media/reference1.png") == test::logo_png());
}

TEST_CASE(
    "a role whose mapped name the reference lacks gets our style under an id and name it does not "
    "use") {
  style::house_style hs = test::council_style();
  hs.reference.styles["title"] = {"Front Title"};
  auto path = test::source_dir() / "styles" / "reference" / "riverside.docx";
  auto refs = reference::load_references({path.string()}, hs);
  test::docx_parts p(docx::build_docx(test::showcase(), hs, &*refs.docx));
  CHECK(p.eval("word/styles.xml", "string(//w:style[@w:styleId='Title']/w:basedOn/@w:val)") ==
        "Normal");
  CHECK(p.eval("word/styles.xml", "string(//w:style[@w:styleId='Titlex2']/w:name/@w:val)") ==
        "Title (2)");
  CHECK(p.count("word/document.xml", "//w:pStyle[@w:val='Titlex2']") == 1);
}
