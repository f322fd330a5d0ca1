// SPDX-License-Identifier: MIT
// Reading reference documents: what is taken from the shipped examples, and
// hostile or broken ones refused with a message naming the file and part.
#include <doctest/doctest.h>

#include <fstream>

#include "reference/reference_set.hpp"
#include "support/fixtures.hpp"
#include "support/paths.hpp"
#include "support/reference_packages.hpp"

using namespace cp;
namespace fs = std::filesystem;

namespace {

fs::path example(const std::string& name) {
  return test::source_dir() / "styles" / "reference" / name;
}

reference::reference_set load(const fs::path& p) {
  return reference::load_references({p.string()}, test::council_style());
}

// Writes `bytes` as a reference file and returns the message refusing it ("" if read).
std::string refusal(const std::string& file_name, const std::string& bytes) {
  auto path = test::scratch_dir("reference-readers") / file_name;
  std::ofstream(path, std::ios::binary) << bytes;
  try {
    load(path);
    return "";
  } catch (const reference::reference_error& e) {
    return e.what();
  }
}

std::string refusal(const std::string& file_name, const test::parts& p) {
  return refusal(file_name, test::zip_of(p));
}

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("riverside.docx: styles, page setup, header and footer") {
  auto refs = load(example("riverside.docx"));
  REQUIRE(refs.docx);
  const auto& r = *refs.docx;
  CHECK(r.roles.paragraph.at("heading-1") == "Heading1");
  CHECK(r.roles.paragraph.at("body-text") == "TextBody");
  CHECK(r.roles.paragraph.at("toc-1") == "Contents1");
  CHECK(r.roles.character.at("hyperlink") == "InternetLink");
  CHECK_FALSE(r.roles.paragraph_id("toc-3"));
  CHECK(r.has_page);
  CHECK(r.page.width_mm == doctest::Approx(210).epsilon(0.01));
  CHECK(r.page.margin_left_mm == doctest::Approx(22).epsilon(0.01));
  CHECK(r.page.header_mm == doctest::Approx(10).epsilon(0.01));
  REQUIRE(r.story(true, "default"));
  REQUIRE(r.story(false, "default"));
  CHECK_FALSE(r.story(true, "first"));
  CHECK(r.story(false, "default")->page_field);
  REQUIRE(r.story(true, "default")->links.size() == 1);
  CHECK(r.story(true, "default")->links[0].target == "word/media/image1.png");
  CHECK(r.next_abstract_id >= 2);
  CHECK(r.next_num_id >= 2);
}

TEST_CASE(
    "northgate.docx: a first page of its own, a footer without page numbers, its Recommendation "
    "style") {
  auto refs = load(example("northgate.docx"));
  REQUIRE(refs.docx);
  const auto& r = *refs.docx;
  CHECK(r.story(true, "first"));
  CHECK(r.story(false, "first"));
  REQUIRE(r.story(false, "default"));
  CHECK_FALSE(r.story(false, "default")->page_field);
  CHECK(r.roles.paragraph.at("recommendation") == "Recommendation");
  CHECK(r.page.margin_left_mm == doctest::Approx(30).epsilon(0.01));
}

TEST_CASE("riverside.odt and northgate.odt: master page, page layout, pictures and styles") {
  auto river = load(example("riverside.odt"));
  REQUIRE(river.odt);
  CHECK(river.odt->master_page == "Standard");
  CHECK(river.odt->has_header);
  CHECK(river.odt->footer_page_field);
  CHECK(river.odt->pictures.size() == 1);
  CHECK(river.odt->roles.paragraph.at("heading-1") == "Heading_20_1");
  CHECK(river.odt->roles.paragraph.at("body-text") == "Text_20_body");
  CHECK(river.odt->roles.paragraph.at("table-text") == "Table_20_Contents");
  CHECK(river.odt->roles.character.at("hyperlink") == "Internet_20_link");
  CHECK_FALSE(river.odt->roles.paragraph_id("toc-3"));
  CHECK(river.odt->page.margin_left_mm == doctest::Approx(22).epsilon(0.01));
  // The body starts below the header: edge distance, header height and spacing.
  CHECK(river.odt->page.margin_top_mm == doctest::Approx(10 + 15 + 6).epsilon(0.02));

  auto north = load(example("northgate.odt"));
  REQUIRE(north.odt);
  CHECK_FALSE(north.odt->footer_page_field);
  CHECK(north.odt->roles.paragraph.at("toc-3") == "Contents_20_3");
  CHECK(north.odt->roles.paragraph.at("recommendation") == "Recommendation");
}

TEST_CASE("the smallest usable references are read") {
  CHECK(refusal("small.docx", test::minimal_docx_parts()) == "");
  CHECK(refusal("small.odt", test::minimal_odt_parts()) == "");
}

TEST_CASE("hostile or broken DOCX references are refused, naming the file and the part") {
  std::string m = refusal("bomb.docx", test::docx_zip_bomb());
  CHECK(contains(m, "reference document refused"));
  CHECK(contains(m, "bomb.docx"));
  CHECK(contains(m, "zip bomb"));

  m = refusal("climb.docx", test::docx_with_traversal());
  CHECK(contains(m, "climb.docx"));
  CHECK(contains(m, "\"../evil.xml\" would be written outside the package"));

  m = refusal("no-styles.docx", test::docx_without_styles());
  CHECK(contains(m, "no-styles.docx: the part word/styles.xml is missing"));

  m = refusal("entity.docx", test::docx_with_entity_doctype());
  CHECK(contains(m, "entity.docx, part word/styles.xml"));
  CHECK(contains(m, "DOCTYPE"));

  auto p = test::minimal_docx_parts();
  p.erase("word/document.xml");
  CHECK(contains(refusal("no-document.docx", p), "the part word/document.xml is missing"));

  p = test::minimal_docx_parts();
  p["word/styles.xml"] = "<w:styles";
  CHECK(contains(refusal("broken.docx", p), "broken.docx, part word/styles.xml:1:"));

  p = test::minimal_docx_parts();
  p["word/_rels/header1.xml.rels"] =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rIdLogo\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships/image\" Target=\"../../etc/passwd\"/></Relationships>";
  CHECK(contains(refusal("climbing-picture.docx", p), "outside the package"));

  p = test::minimal_docx_parts();
  p["word/_rels/header1.xml.rels"] =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rIdLogo\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships/image\" Target=\"file:///etc/passwd\" "
      "TargetMode=\"External\"/></Relationships>";
  CHECK(contains(refusal("linked-picture.docx", p),
                 "links to the outside file \"file:///etc/passwd\""));

  p = test::minimal_docx_parts();
  p["word/media/logo.png"] = "GIF89a not a png";
  CHECK(contains(refusal("not-png.docx", p), "word/media/logo.png, which is not a PNG or JPEG"));

  p = test::minimal_docx_parts();
  p["word/_rels/header1.xml.rels"] =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rIdLogo\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships/oleObject\" Target=\"embeddings/x.bin\"/></Relationships>";
  CHECK(contains(refusal("ole.docx", p), "holds a oleObject"));
}

TEST_CASE("hostile or broken ODT references are refused, naming the file and the part") {
  auto p = test::minimal_odt_parts();
  p["mimetype"] = "application/vnd.oasis.opendocument.spreadsheet";
  CHECK(contains(refusal("sheet.odt", p), "not an OpenDocument text"));

  p = test::minimal_odt_parts();
  p.erase("content.xml");
  CHECK(contains(refusal("no-content.odt", p), "no-content.odt: the part content.xml is missing"));

  p = test::minimal_odt_parts();
  p["content.xml"] = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
  CHECK(contains(refusal("entity.odt", p), "entity.odt, part content.xml"));

  auto with_header = [](const std::string& header_content) {
    auto q = test::minimal_odt_parts();
    std::string& s = q["styles.xml"];
    auto from = s.find("<style:header>"), to = s.find("</style:header>");
    s.replace(from, to - from, "<style:header>" + header_content);
    return q;
  };
  CHECK(contains(
      refusal("remote.odt",
              with_header("<text:p><draw:frame><draw:image "
                          "xlink:href=\"http://example.org/x.png\"/></draw:frame></text:p>")),
      "outside the package"));
  CHECK(contains(
      refusal(
          "climb.odt",
          with_header(
              "<text:p><draw:frame><draw:image xlink:href=\"../x.png\"/></draw:frame></text:p>")),
      "outside the package"));
  CHECK(contains(
      refusal("object.odt", with_header("<text:p><draw:frame><draw:object xlink:href=\"./Object "
                                        "1\"/></draw:frame></text:p>")),
      "embeds an object or a script"));
  CHECK(contains(
      refusal("section.odt", with_header("<text:section text:name=\"s\"><text:section-source "
                                         "xlink:href=\"file:///etc/passwd\"/></text:section>")),
      "embeds an object or a script"));
  CHECK(contains(
      refusal("link.odt",
              with_header("<text:p><text:a xlink:href=\"file:///etc/passwd\">x</text:a></text:p>")),
      "may only link to web pages"));
  CHECK(refusal("web-link.odt",
                with_header(
                    "<text:p><text:a xlink:href=\"https://example.org/\">x</text:a></text:p>")) ==
        "");
}

TEST_CASE("reference files: one per format, a known extension, and a file that is there") {
  auto dir = test::scratch_dir("reference-files");
  CHECK_THROWS_WITH_AS(
      reference::load_references({(dir / "missing.docx").string()}, test::council_style()),
      doctest::Contains("missing.docx: no such reference document"), reference::reference_error);
  CHECK_THROWS_WITH_AS(
      reference::load_references({(dir / "council.pdf").string()}, test::council_style()),
      doctest::Contains("must be a .docx/.dotx or .odt/.ott file"), reference::reference_error);
  auto docx = example("riverside.docx").string();
  CHECK_THROWS_WITH_AS(
      reference::load_references({docx, example("northgate.docx").string()}, test::council_style()),
      doctest::Contains("only one DOCX reference document"), reference::reference_error);
  auto both =
      reference::load_references({docx, example("northgate.odt").string()}, test::council_style());
  CHECK(both.docx);
  CHECK(both.odt);
}
