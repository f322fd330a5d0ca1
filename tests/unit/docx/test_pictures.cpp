// SPDX-License-Identifier: MIT
// Inline pictures: extent, drawing ids, alternative text, scaling to the text width.
#include <doctest/doctest.h>

#include <set>

#include "document/build.hpp"
#include "docx/docx_writer.hpp"
#include "docx/drawing.hpp"
#include "docx_fixture.hpp"
#include "util/units.hpp"

using namespace cp;

TEST_CASE("picture sizes keep the aspect ratio and fit the text width") {
  media::image_info info{media::image_format::png, 400, 200, 96, 96};  // 105.83 x 52.92 mm
  auto s = docx::detail::picture_size({0, 0, 0, "x"}, info, 160);
  CHECK(s.width == doctest::Approx(105.833).epsilon(0.001));
  CHECK(s.height == doctest::Approx(52.917).epsilon(0.001));
  s = docx::detail::picture_size({0, 50, 0, "x"}, info, 160);
  CHECK(s.height == doctest::Approx(25));
  s = docx::detail::picture_size({0, 0, 10, "x"}, info, 160);
  CHECK(s.width == doctest::Approx(20));
  s = docx::detail::picture_size({0, 300, 0, "x"}, info, 160);
  CHECK(s.width == doctest::Approx(160));
  CHECK(s.height == doctest::Approx(80));
  s = docx::detail::picture_size({0, 40, 40, "x"}, info, 160);
  CHECK(s.height == doctest::Approx(40));
}

TEST_CASE("a drawing is an inline picture with alt text, locked aspect and a stretched blip") {
  test::docx_parts p(docx::build_docx(test::showcase(), test::council_style()));
  const char* body = "word/document.xml";
  std::string logo = "(//wp:inline)[1]";
  CHECK(p.eval(body, "string(" + logo + "/wp:docPr/@descr)") == "Example Borough Council logo");
  CHECK(p.eval(body, "string(" + logo + "//pic:cNvPr/@descr)") == "Example Borough Council logo");
  CHECK(p.eval(body, "string(" + logo + "/wp:extent/@cx)") ==
        std::to_string(units::emu_from_mm(50)));
  CHECK(p.eval(body, "string(" + logo + "/wp:extent/@cx)") ==
        p.eval(body, "string(" + logo + "//a:xfrm/a:ext/@cx)"));
  CHECK(p.eval(body, "string(" + logo + "/wp:extent/@cy)") ==
        p.eval(body, "string(" + logo + "//a:xfrm/a:ext/@cy)"));
  CHECK(p.eval(body, "string(" + logo +
                         "/wp:cNvGraphicFramePr/a:graphicFrameLocks/@noChangeAspect)") == "1");
  CHECK(p.count(body, logo + "//pic:blipFill/a:stretch/a:fillRect") == 1);
  CHECK(p.eval(body, "string(" + logo + "//a:prstGeom/@prst)") == "rect");
  // Aspect ratio kept: cy / cx equals the image's.
  const media::image_info info = test::showcase().images[0].info;
  double ratio = std::stod(p.eval(body, "string(" + logo + "/wp:extent/@cy)")) /
                 std::stod(p.eval(body, "string(" + logo + "/wp:extent/@cx)"));
  CHECK(ratio == doctest::Approx(info.height_mm() / info.width_mm()).epsilon(0.001));
}

TEST_CASE("drawing ids are positive and unique across the document, headers and footers") {
  doc::document d = test::showcase();
  doc::paragraph h = doc::para("header", {});
  h.content.push_back(doc::picture{0, 20, 0, "Header logo"});
  d.sections[1].header.push_back(doc::blk(h));
  d.sections[2].footer.push_back(doc::blk(h));
  test::docx_parts p(docx::build_docx(d, test::council_style()));
  std::set<int> ids;
  int total = 0;
  for (const char* part : {"word/document.xml", "word/header2.xml", "word/footer3.xml"}) {
    for (xmlNode* n : xml::select(p.xml(part), "//wp:docPr/@id")) {
      int id = std::stoi(xml::content(n));
      CHECK(id > 0);
      ids.insert(id);
      ++total;
    }
  }
  CHECK(total == 4);
  CHECK(ids.size() == 4);
}
