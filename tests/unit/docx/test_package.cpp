// SPDX-License-Identifier: MIT
// Package structure: entry order, content types, relationships, media, determinism.
#include <doctest/doctest.h>

#include "document/build.hpp"
#include "docx/docx_writer.hpp"
#include "docx_fixture.hpp"
#include "util/error.hpp"

using namespace cp;

TEST_CASE("entries come in a fixed order, bookkeeping first") {
  test::docx_parts p(docx::build_docx(test::showcase(), test::council_style()));
  std::vector<std::string> expected = {
      "[Content_Types].xml", "_rels/.rels",           "docProps/core.xml",
      "docProps/app.xml",    "docProps/custom.xml",   "word/document.xml",
      "word/styles.xml",     "word/numbering.xml",    "word/settings.xml",
      "word/fontTable.xml",  "word/header1.xml",      "word/footer1.xml",
      "word/header2.xml",    "word/footer2.xml",      "word/header3.xml",
      "word/footer3.xml",    "word/media/image1.png", "word/_rels/document.xml.rels"};
  CHECK(p.names() == expected);
}

TEST_CASE("content types: png only when an image is used, one override per XML part") {
  test::docx_parts with(docx::build_docx(test::showcase(), test::council_style()));
  CHECK(with.eval("[Content_Types].xml",
                  "string(/ct:Types/ct:Default[@Extension='png']/@ContentType)") == "image/png");
  CHECK(with.count("[Content_Types].xml", "/ct:Types/ct:Default[@Extension='jpeg']") == 0);
  CHECK(with.count("[Content_Types].xml", "/ct:Types/ct:Override") == 14);
  CHECK(with.eval("[Content_Types].xml",
                  "string(/ct:Types/ct:Override[@PartName='/word/header2.xml']/@ContentType)") ==
        "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml");

  test::docx_parts without(docx::build_docx(test::small_document(), test::council_style()));
  CHECK(without.count("[Content_Types].xml", "/ct:Types/ct:Default") == 2);
  CHECK(without.count("[Content_Types].xml", "//ct:Override[@PartName='/docProps/custom.xml']") ==
        0);
  CHECK_FALSE(without.has("docProps/custom.xml"));
}

TEST_CASE("package relationships point at the main parts") {
  test::docx_parts p(docx::build_docx(test::showcase(), test::council_style()));
  CHECK(p.eval("_rels/.rels", "string(//rel:Relationship[@Id='rId1']/@Target)") ==
        "word/document.xml");
  CHECK(p.eval("_rels/.rels", "string(//rel:Relationship[@Id='rId1']/@Type)") ==
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument");
  CHECK(p.count("_rels/.rels", "//rel:Relationship[@Target='docProps/custom.xml']") == 1);
}

TEST_CASE("every r:id in the main document has a relationship, external ones marked so") {
  test::docx_parts p(docx::build_docx(test::showcase(), test::council_style()));
  auto ids = xml::select(p.xml("word/document.xml"), "//@r:id | //@r:embed");
  REQUIRE(ids.size() > 5);
  for (xmlNode* n : ids) {
    std::string id = xml::content(n);
    CAPTURE(id);
    CHECK(p.count("word/_rels/document.xml.rels", "//rel:Relationship[@Id='" + id + "']") == 1);
  }
  CHECK(p.eval("word/_rels/document.xml.rels",
               "string(//rel:Relationship[@Target='https://www.example.gov.uk/partnerships']/"
               "@TargetMode)") == "External");
  CHECK(p.count("word/_rels/document.xml.rels",
                "//"
                "rel:Relationship[@Target='mailto:partnerships@example.gov.uk'][@TargetMode='"
                "External']") == 1);
}

TEST_CASE("an image shown twice is stored once") {
  test::docx_parts p(docx::build_docx(test::showcase(), test::council_style()));
  CHECK(p.count("word/document.xml", "//pic:pic") == 2);
  CHECK(p.count("word/_rels/document.xml.rels", "//rel:Relationship[@Target='media/image1.png']") ==
        1);
  int media = 0;
  for (const auto& n : p.names()) media += n.starts_with("word/media/");
  CHECK(media == 1);
  CHECK(p.text("word/media/image1.png") == test::logo_png());
}

TEST_CASE("a picture in a header gets the header's own relationships") {
  doc::document d = test::small_document();
  std::size_t logo = doc::add_image(d, test::logo_png(), "logo.png");
  doc::paragraph h = doc::para("header", {});
  h.content.push_back(doc::picture{logo, 30, 0, "Logo"});
  h.content.push_back(doc::link{"https://example.org/", {doc::run("site")}});
  d.sections[0].header.push_back(doc::blk(std::move(h)));
  test::docx_parts p(docx::build_docx(d, test::council_style()));
  REQUIRE(p.has("word/_rels/header1.xml.rels"));
  CHECK_FALSE(p.has("word/_rels/footer1.xml.rels"));
  std::string rid = p.eval("word/header1.xml", "string(//a:blip/@r:embed)");
  CHECK(p.eval("word/_rels/header1.xml.rels",
               "string(//rel:Relationship[@Id='" + rid + "']/@Target)") == "media/image1.png");
  CHECK(p.count("word/_rels/header1.xml.rels", "//rel:Relationship[@TargetMode='External']") == 1);
  CHECK(p.count("word/_rels/document.xml.rels", "//rel:Relationship[@Target='media/image1.png']") ==
        0);
}

TEST_CASE("a JPEG gets a jpeg media part and content type") {
  // Smallest useful baseline JPEG header: SOI, SOF0 (1x1, 1 component), EOI.
  const unsigned char jpeg[] = {0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x01,
                                0x00, 0x01, 0x01, 0x01, 0x11, 0x00, 0xFF, 0xD9};
  doc::document d = test::small_document();
  std::size_t img =
      doc::add_image(d, std::string(reinterpret_cast<const char*>(jpeg), sizeof jpeg), "x.jpg");
  doc::paragraph para = doc::para("body-text", {});
  para.content.push_back(doc::picture{img, 10, 0, "Dot"});
  d.sections[0].body.push_back(doc::blk(std::move(para)));
  test::docx_parts p(docx::build_docx(d, test::council_style()));
  CHECK(p.has("word/media/image1.jpeg"));
  CHECK(p.count("[Content_Types].xml",
                "//ct:Default[@Extension='jpeg'][@ContentType='image/jpeg']") == 1);
  CHECK(p.count("[Content_Types].xml", "//ct:Default[@Extension='png']") == 0);
}

TEST_CASE("the same document and style always give the same bytes") {
  std::string a = docx::build_docx(test::showcase(), test::council_style()).bytes();
  std::string b = docx::build_docx(test::showcase(), test::council_style()).bytes();
  CHECK(a.size() == b.size());
  CHECK(a == b);
}

TEST_CASE("a tree that breaks the invariants is refused before anything is written") {
  doc::document d = test::small_document();
  d.sections[0].body.push_back(doc::blk(doc::para("no-such-role", doc::text("x"))));
  CHECK_THROWS_AS(docx::build_docx(d, test::council_style()), document_error);
}
