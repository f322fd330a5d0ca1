// SPDX-License-Identifier: MIT
// End to end: the style sampler with every construct, written as an ODT file
// that the client checks (doccheck, LibreOffice, pandoc) can open.
#include <doctest/doctest.h>

#include <fstream>

#include "demo/showcase.hpp"
#include "odt_fixture.hpp"
#include "style/style_loader.hpp"
#include "support/paths.hpp"

using namespace cp;

TEST_CASE("the showcase document builds and is written to the scratch folder") {
  doc::document d = demo::showcase_document(test::logo_png());
  package::zip_package pkg = odt::build_odt(d, test::council_style());
  auto path = test::scratch_dir("odt") / "showcase.odt";
  std::ofstream(path, std::ios::binary) << pkg.bytes();
  CHECK(std::filesystem::file_size(path) > 1000);

  auto content = test::parse_part(pkg, "content.xml");
  // Every heading of the showcase carries its bookmark.
  CHECK(test::count(content.get(), "//text:h") ==
        test::count(content.get(), "//text:h/text:bookmark-start"));
  // The logo is used three times but stored once.
  CHECK(test::count(content.get(), "//draw:frame") == 2);
  CHECK(pkg.contains("Pictures/image1.png"));
  CHECK_FALSE(pkg.contains("Pictures/image2.png"));
}

TEST_CASE("the showcase in the second house style builds too") {
  auto hs = style::load_house_style(test::source_dir() / "styles" / "modern.yaml");
  package::zip_package pkg = odt::build_odt(demo::showcase_document(test::logo_png()), hs);
  std::ofstream(test::scratch_dir("odt-modern") / "showcase.odt", std::ios::binary) << pkg.bytes();
  auto styles = test::parse_part(pkg, "styles.xml");
  CHECK(test::count(styles.get(), "//style:font-face[@style:name='Cambria']") == 1);
}
