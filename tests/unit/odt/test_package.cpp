// SPDX-License-Identifier: MIT
// The package: entry order, the stored mimetype, the manifest, pictures, determinism.
#include <doctest/doctest.h>

#include <set>

#include "demo/showcase.hpp"
#include "odt_fixture.hpp"
#include "util/error.hpp"

using namespace cp;
using namespace cp::doc;

namespace {

std::uint16_t le16(const std::string& b, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) |
                                    static_cast<unsigned char>(b[at + 1]) << 8);
}

document picture_document() {
  document d = test::one_section({});
  std::size_t logo = add_image(d, test::logo_png(), "logo.png");
  inlines content = {picture{logo, 20, 0, "first"}, picture{logo, 30, 0, "second"}};
  d.sections[0].body.push_back(blk(para("body-text", std::move(content))));
  return d;
}

}  // namespace

TEST_CASE("mimetype is the first entry, stored, with the ODT media type") {
  package::zip_package pkg =
      odt::build_odt(test::one_section({blk(para("body-text", text("x")))}), test::council_style());
  REQUIRE_FALSE(pkg.entries().empty());
  CHECK(pkg.entries().front().name == "mimetype");
  CHECK_FALSE(pkg.entries().front().compress);
  std::string zip = pkg.bytes();
  // Local file header: signature, method (offset 8) 0 = stored, name at 30.
  REQUIRE(zip.size() > 100);
  CHECK(zip.substr(0, 4) == std::string("PK\x03\x04", 4));
  CHECK(le16(zip, 8) == 0);
  CHECK(le16(zip, 28) == 0);  // no extra field
  CHECK(zip.substr(30, 8) == "mimetype");
  CHECK(zip.substr(38, 39) == "application/vnd.oasis.opendocument.text");
}

TEST_CASE("parts come in a fixed order and the manifest lists exactly them") {
  package::zip_package pkg = odt::build_odt(picture_document(), test::council_style());
  std::vector<std::string> names;
  for (const auto& e : pkg.entries()) names.push_back(e.name);
  CHECK(names == std::vector<std::string>{"mimetype", "content.xml", "styles.xml", "meta.xml",
                                          "settings.xml", "Pictures/image1.png",
                                          "META-INF/manifest.xml"});
  // Pictures are compressed already: stored, like the mimetype; XML deflated.
  for (const auto& e : pkg.entries())
    CHECK_MESSAGE(e.compress == !(e.name == "mimetype" || e.name.starts_with("Pictures/")), e.name);

  auto manifest = test::parse_part(pkg, "META-INF/manifest.xml");
  CHECK(test::value(manifest.get(), "string(/manifest:manifest/@manifest:version)") == "1.3");
  CHECK(
      test::value(manifest.get(),
                  "string(//manifest:file-entry[@manifest:full-path='/']/@manifest:media-type)") ==
      "application/vnd.oasis.opendocument.text");
  CHECK(test::value(manifest.get(),
                    "string(//manifest:file-entry[@manifest:full-path='/']/@manifest:version)") ==
        "1.3");
  std::set<std::string> listed;
  for (xmlNode* n : xml::select(manifest.get(), "//manifest:file-entry"))
    listed.insert(
        xml::attribute(n, "full-path", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"));
  CHECK(listed == std::set<std::string>{"/", "content.xml", "styles.xml", "meta.xml",
                                        "settings.xml", "Pictures/image1.png"});
  CHECK(test::value(manifest.get(),
                    "string(//manifest:file-entry[@manifest:full-path='Pictures/image1.png']/"
                    "@manifest:media-type)") == "image/png");
}

TEST_CASE("an image shown twice is stored once, unused images are left out") {
  document d = picture_document();
  add_image(d, std::string(test::logo_png()) + "", "same.png");  // same bytes: same image
  package::zip_package pkg = odt::build_odt(d, test::council_style());
  auto content = test::parse_part(pkg, "content.xml");
  CHECK(test::count(content.get(), "//draw:frame") == 2);
  CHECK(test::count(content.get(), "//draw:image[@xlink:href='Pictures/image1.png']") == 2);
  CHECK_FALSE(pkg.contains("Pictures/image2.png"));

  document none = test::one_section({blk(para("body-text", text("no pictures")))});
  add_image(none, test::logo_png(), "unused.png");
  package::zip_package bare = odt::build_odt(none, test::council_style());
  for (const auto& e : bare.entries()) CHECK_FALSE(e.name.starts_with("Pictures/"));
}

TEST_CASE("the same input gives the same bytes") {
  const auto& hs = test::council_style();
  std::string first = odt::build_odt(demo::showcase_document(test::logo_png()), hs).bytes();
  std::string second = odt::build_odt(demo::showcase_document(test::logo_png()), hs).bytes();
  CHECK(first.size() == second.size());
  CHECK(first == second);
}

TEST_CASE("a tree that breaks the invariants is refused before anything is written") {
  paragraph p = para("no-such-role", text("x"));
  CHECK_THROWS_AS(odt::build_odt(test::one_section({blk(p)}), test::council_style()),
                  document_error);
}
