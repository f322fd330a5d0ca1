// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "style/style_loader.hpp"
#include "style/style_names.hpp"
#include "support/paths.hpp"
#include "util/error.hpp"

using namespace cp;

TEST_CASE("the shipped council house style loads") {
  auto hs = style::load_house_style(test::source_dir() / "styles" / "council.yaml");
  CHECK(hs.name == "Council default");
  CHECK(hs.page.width_mm == doctest::Approx(210));
  CHECK(hs.paragraph("heading-1").name == "Heading 1");
  CHECK(hs.resolved_text("heading-1").font == "Arial");
  CHECK(hs.scheme("outline").levels.at(1).text == "%1.%2");
  CHECK(hs.find_character("hyperlink") != nullptr);
}

TEST_CASE("lengths and sizes take units") {
  CHECK(*style::parse_length_mm("25mm") == doctest::Approx(25));
  CHECK(*style::parse_length_mm("2.5cm") == doctest::Approx(25));
  CHECK(*style::parse_length_mm("1in") == doctest::Approx(25.4));
  CHECK(*style::parse_length_mm("72pt") == doctest::Approx(25.4));
  CHECK_FALSE(style::parse_length_mm("25"));
  CHECK_FALSE(style::parse_length_mm("big"));
  CHECK(*style::parse_size_pt("12pt") == doctest::Approx(12));
  CHECK(*style::parse_size_pt("11") == doctest::Approx(11));
}

TEST_CASE("style names follow each format's conventions") {
  CHECK(style::docx_style_id("Heading 1") == "Heading1");
  CHECK(style::docx_style_id("TOC 1") == "TOC1");
  CHECK(style::odt_style_name("Heading 1") == "Heading_20_1");
  CHECK(style::odt_style_name("Table Contents") == "Table_20_Contents");
  CHECK(style::odt_style_name("a_b") == "a_5f_b");
}

TEST_CASE("a broken style file reports every problem with its place") {
  const char* text =
      "name: Broken\n"
      "paragraph-styles:\n"
      "  normal: {name: Normal, size: huge, colr: red}\n"
      "  body-text: {name: Body Text, based-on: normall}\n"
      "character-styles: {}\n"
      "numbering:\n"
      "  bullet:\n"
      "    levels:\n"
      "      - {format: bulet, text: x}\n";
  try {
    style::parse_house_style(text, "broken.yaml");
    FAIL("expected a style_error");
  } catch (const style_error& e) {
    std::string msg = e.what();
    CHECK(
        msg.find("broken.yaml:3:32: paragraph-styles.normal.size: expected a size in points from 0 "
                 "to 1638, like 12pt, got \"huge\"") != std::string::npos);
    CHECK(msg.find("broken.yaml:3:38: paragraph-styles.normal.colr: unknown field \"colr\"; did "
                   "you mean \"colour\"?") != std::string::npos);
    CHECK(
        msg.find("body-text.based-on: no paragraph style \"normall\"; did you mean \"normal\"?") !=
        std::string::npos);
    CHECK(msg.find("levels[1].format: expected one of decimal") != std::string::npos);
    CHECK(msg.find("(did you mean \"bullet\"?)") != std::string::npos);
    CHECK(msg.find(
              "the engine needs paragraph styles for these roles too: title, cover-committee,") !=
          std::string::npos);
    CHECK(msg.find("the engine needs a character style \"hyperlink\"") != std::string::npos);
  }
}
