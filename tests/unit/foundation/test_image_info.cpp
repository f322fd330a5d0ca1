// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "media/image_info.hpp"
#include "support/paths.hpp"
#include "util/error.hpp"

using namespace cp;

TEST_CASE("PNG size and resolution come from IHDR and pHYs") {
  auto bytes = test::read_file(test::source_dir() / "styles" / "assets" / "council-logo.png");
  auto info = media::probe_image(bytes, "council-logo.png");
  CHECK(info.format == media::image_format::png);
  CHECK(info.width_px == 600);
  CHECK(info.height_px == 160);
  CHECK(info.dpi_x == doctest::Approx(300).epsilon(0.01));
  CHECK(info.width_mm() == doctest::Approx(50.8).epsilon(0.01));
}

TEST_CASE("JPEG size comes from the frame header") {
  // SOI, JFIF APP0 (72 dpi), SOF0 32x16, EOI.
  std::string jpeg(
      "\xFF\xD8"
      "\xFF\xE0\x00\x10JFIF\x00\x01\x01\x01\x00\x48\x00\x48\x00\x00"
      "\xFF\xC0\x00\x0B\x08\x00\x10\x00\x20\x01\x01\x11\x00"
      "\xFF\xD9",
      2 + 18 + 13 + 2);
  auto info = media::probe_image(jpeg, "x.jpg");
  CHECK(info.format == media::image_format::jpeg);
  CHECK(info.width_px == 32);
  CHECK(info.height_px == 16);
  CHECK(info.dpi_x == doctest::Approx(72));
}

TEST_CASE("anything else is refused with the file's name") {
  CHECK_THROWS_WITH_AS(media::probe_image("GIF89a....", "logo.gif"),
                       "logo.gif: not a usable image: only PNG and JPEG images are supported",
                       input_error);
  CHECK_THROWS_AS(media::probe_image(std::string("\x89PNG\r\n\x1a\n", 8), "cut.png"), input_error);
  CHECK_THROWS_AS(media::probe_image(std::string("\xFF\xD8\xFF\xC0\x00", 5), "cut.jpg"),
                  input_error);
}
