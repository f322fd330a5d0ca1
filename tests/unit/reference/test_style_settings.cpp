// SPDX-License-Identifier: MIT
// The style file's `reference:` and `reference-styles:` keys.
#include <doctest/doctest.h>

#include "style/style_loader.hpp"
#include "support/paths.hpp"
#include "util/error.hpp"

using namespace cp;

namespace {

style::house_style with(const std::string& extra,
                        const std::string& file = "/councils/x/house.yaml") {
  // Without its logo, which is not beside the made-up file.
  std::string text = test::read_file(test::source_dir() / "styles" / "council.yaml");
  text.erase(text.find("logo: assets/council-logo.png\n"), 30);
  return style::parse_house_style(text + extra, file);
}

}  // namespace

TEST_CASE("reference documents are named relative to the style file") {
  auto one = with("reference: templates/council.docx\n");
  REQUIRE(one.reference.documents.size() == 1);
  CHECK(one.reference.documents[0] == "/councils/x/templates/council.docx");
  auto two = with("reference: [../shared/council.docx, /abs/council.odt]\n");
  REQUIRE(two.reference.documents.size() == 2);
  CHECK(two.reference.documents[0] == "/councils/shared/council.docx");
  CHECK(two.reference.documents[1] == "/abs/council.odt");
  CHECK(with("").reference.documents.empty());
}

TEST_CASE("reference-styles maps roles to one name or a list of names") {
  auto hs = with(
      "reference-styles:\n  heading-1: Council Heading 1\n  body-text: [Body Text, Text body]\n  "
      "hyperlink: Link\n");
  CHECK(hs.reference.styles.at("heading-1") == std::vector<std::string>{"Council Heading 1"});
  CHECK(hs.reference.styles.at("body-text") == std::vector<std::string>{"Body Text", "Text body"});
  CHECK(hs.reference.styles.at("hyperlink") == std::vector<std::string>{"Link"});
}

TEST_CASE("a mapping for a role the house style lacks, and too many references, are errors") {
  CHECK_THROWS_WITH_AS(with("reference-styles:\n  heading-l: Heading 1\n"),
                       doctest::Contains("reference-styles.heading-l: no paragraph or character "
                                         "style \"heading-l\" to map; did you mean \"heading-1\"?"),
                       style_error);
  CHECK_THROWS_WITH_AS(with("reference: [a.docx, b.odt, c.odt]\n"),
                       doctest::Contains("at most two reference documents"), style_error);
}
