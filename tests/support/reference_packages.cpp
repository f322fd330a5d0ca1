// SPDX-License-Identifier: MIT
#include "support/reference_packages.hpp"

#include <cstdint>
#include <stdexcept>
#include <vector>

#include "package/zip_package.hpp"
#include "support/fixtures.hpp"
#include "support/raw_zip.hpp"

namespace cp::test {
namespace {

constexpr const char* w_ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

std::string docx_styles(const std::string& before_root = "", const std::string& extra = "") {
  return before_root + "<w:styles xmlns:w=\"" + w_ns +
         "\"><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name "
         "w:val=\"Normal\"/></w:style><w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name "
         "w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/></w:style>" +
         extra + "</w:styles>";
}

// A ZIP of deflated entries, written without refusing any name.
std::string raw_zip(const parts& p) {
  std::vector<raw_entry> entries;
  for (const auto& [name, data] : p) entries.push_back(deflated(name, data));
  return test::raw_zip(entries);
}

}  // namespace

parts minimal_docx_parts() {
  const std::string rels_ns = "http://schemas.openxmlformats.org/package/2006/relationships";
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  parts p;
  p["word/document.xml"] =
      std::string("<w:document xmlns:w=\"") + w_ns +
      "\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships\"><w:body><w:p/>"
      "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId1\"/><w:pgSz w:w=\"11906\" "
      "w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1134\" w:bottom=\"1440\" w:left=\"1134\" "
      "w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
  p["word/_rels/document.xml.rels"] = "<Relationships xmlns=\"" + rels_ns +
                                      "\"><Relationship Id=\"rId1\" Type=\"" + rel +
                                      "header\" Target=\"header1.xml\"/></Relationships>";
  p["word/styles.xml"] = docx_styles();
  p["word/header1.xml"] =
      std::string("<w:hdr xmlns:w=\"") + w_ns +
      "\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:p><w:r>"
      "<w:t>Test Council</w:t></w:r><w:r><w:pict><v:imagedata "
      "xmlns:v=\"urn:schemas-microsoft-com:vml\" r:id=\"rIdLogo\"/></w:pict></w:r></w:p></w:hdr>";
  p["word/_rels/header1.xml.rels"] = "<Relationships xmlns=\"" + rels_ns +
                                     "\"><Relationship Id=\"rIdLogo\" Type=\"" + rel +
                                     "image\" Target=\"media/logo.png\"/></Relationships>";
  p["word/media/logo.png"] = logo_png();
  return p;
}

parts minimal_odt_parts() {
  const std::string ns =
      "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
      "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
      "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
      "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
      "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
      "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
      "xmlns:xlink=\"http://www.w3.org/1999/xlink\"";
  parts p;
  p["mimetype"] = "application/vnd.oasis.opendocument.text";
  p["content.xml"] = "<office:document-content " + ns +
                     " office:version=\"1.3\"><office:body><office:text><text:p/></office:text>"
                     "</office:body></office:document-content>";
  p["styles.xml"] =
      "<office:document-styles " + ns +
      " office:version=\"1.3\"><office:styles><style:style style:name=\"Standard\" "
      "style:family=\"paragraph\"/><style:style style:name=\"Heading_20_1\" "
      "style:display-name=\"Heading "
      "1\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"/></office:styles>"
      "<office:automatic-styles><style:page-layout "
      "style:name=\"pm1\"><style:page-layout-properties "
      "fo:page-width=\"210mm\" fo:page-height=\"297mm\" fo:margin-top=\"10mm\" "
      "fo:margin-bottom=\"10mm\" "
      "fo:margin-left=\"20mm\" "
      "fo:margin-right=\"20mm\"/></style:page-layout></office:automatic-styles>"
      "<office:master-styles><style:master-page style:name=\"Standard\" "
      "style:page-layout-name=\"pm1\">"
      "<style:header><text:p>Test Council<draw:frame draw:name=\"Logo\" svg:width=\"40mm\" "
      "svg:height=\"10mm\"><draw:image xlink:href=\"Pictures/logo.png\"/></draw:frame></text:p>"
      "</style:header></style:master-page></office:master-styles></office:document-styles>";
  p["Pictures/logo.png"] = logo_png();
  return p;
}

std::string zip_of(const parts& p) {
  package::zip_package pkg;
  if (auto it = p.find("mimetype"); it != p.end()) pkg.add("mimetype", it->second, false);
  for (const auto& [name, data] : p)
    if (name != "mimetype") pkg.add(name, data);
  return pkg.bytes();
}

std::string docx_zip_bomb() {
  parts p = minimal_docx_parts();
  // Sixteen megabytes of nothing: deflate squeezes them about 1028 times.
  p["word/styles.xml"] = docx_styles("", std::string(16 << 20, ' '));
  return raw_zip(p);
}

std::string docx_with_traversal() {
  parts p = minimal_docx_parts();
  p["../evil.xml"] = "<x/>";  // a correct writer (package::zip_package) refuses this name
  return raw_zip(p);
}

std::string docx_without_styles() {
  parts p = minimal_docx_parts();
  p.erase("word/styles.xml");
  return zip_of(p);
}

std::string docx_with_entity_doctype() {
  parts p = minimal_docx_parts();
  p["word/styles.xml"] = docx_styles(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE w:styles [<!ENTITY secret SYSTEM "
      "\"file:///etc/passwd\">]>\n",
      "<w:latentStyles>&secret;</w:latentStyles>");
  return zip_of(p);
}

}  // namespace cp::test
