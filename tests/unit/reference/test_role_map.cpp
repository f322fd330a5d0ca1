// SPDX-License-Identifier: MIT
// Which reference style each house style role uses: Word's and LibreOffice's
// built-in names, by display name and by id, the style file's own mapping,
// and roles left to the house style.
#include <doctest/doctest.h>

#include "reference/odt_reference.hpp"
#include "reference/role_map.hpp"
#include "support/fixtures.hpp"

using namespace cp;
using reference::file_format;
using reference::named_style;
using reference::style_kind;

namespace {

named_style para(std::string id, std::string name, bool is_default = false) {
  named_style s;
  s.kind = style_kind::paragraph;
  s.id = std::move(id);
  s.name = std::move(name);
  s.is_default = is_default;
  return s;
}

named_style chars(std::string id, std::string name) {
  named_style s = para(std::move(id), std::move(name));
  s.kind = style_kind::character;
  return s;
}

std::string mapped(const reference::role_map& m, const std::string& role) {
  const std::string* id = m.paragraph_id(role);
  return id ? *id : "(house)";
}

}  // namespace

TEST_CASE("roles map to Word's built-in styles, whose names Word writes in lower case") {
  std::vector<named_style> word = {para("Normal", "Normal", true),
                                   para("Heading1", "heading 1"),
                                   para("Heading2", "heading 2"),
                                   para("BodyText", "Body Text"),
                                   para("Title", "Title"),
                                   para("TOC1", "toc 1"),
                                   para("Caption", "caption"),
                                   para("Header", "header"),
                                   para("ListBullet", "List Bullet"),
                                   chars("Hyperlink", "Hyperlink")};
  auto m = reference::map_roles(test::council_style(), word, file_format::docx, "word.docx");
  CHECK(mapped(m, "normal") == "Normal");
  CHECK(mapped(m, "heading-1") == "Heading1");
  CHECK(mapped(m, "heading-2") == "Heading2");
  CHECK(mapped(m, "body-text") == "BodyText");
  CHECK(mapped(m, "title") == "Title");
  CHECK(mapped(m, "toc-1") == "TOC1");
  CHECK(mapped(m, "caption") == "Caption");
  CHECK(mapped(m, "header") == "Header");
  CHECK(mapped(m, "list-bullet") == "ListBullet");
  REQUIRE(m.character_id("hyperlink"));
  CHECK(*m.character_id("hyperlink") == "Hyperlink");
  // Roles Word has no style for keep the house style's.
  CHECK(mapped(m, "heading-3") == "(house)");
  CHECK(mapped(m, "cover-committee") == "(house)");
  CHECK(mapped(m, "toc-2") == "(house)");
  CHECK(m.notes.empty());
}

TEST_CASE("roles map to LibreOffice's styles by display name and by encoded style name") {
  std::vector<named_style> lo = {
      para("Standard", "Standard"), para("Text_20_body", "Text body"),
      para("Heading_20_1", "Heading 1"),
      // No display name: the reader decodes the style:name.
      para("Heading_20_2", reference::decode_style_name("Heading_20_2")),
      para("Table_20_Contents", "Table Contents"), para("Table_20_Heading", "Table Heading"),
      para("Contents_20_1", "Contents 1"), para("Contents_20_Heading", "Contents Heading"),
      chars("Internet_20_link", "Internet link")};
  auto m = reference::map_roles(test::council_style(), lo, file_format::odt, "lo.odt");
  CHECK(mapped(m, "normal") == "Standard");
  CHECK(mapped(m, "body-text") == "Text_20_body");
  CHECK(mapped(m, "heading-1") == "Heading_20_1");
  CHECK(mapped(m, "heading-2") == "Heading_20_2");
  CHECK(mapped(m, "table-text") == "Table_20_Contents");
  CHECK(mapped(m, "table-heading") == "Table_20_Heading");
  CHECK(mapped(m, "toc-1") == "Contents_20_1");
  CHECK(mapped(m, "toc-heading") == "Contents_20_Heading");
  CHECK(*m.character_id("hyperlink") == "Internet_20_link");

  // Matched by id alone: a style whose display name is something else.
  std::vector<named_style> by_id = {para("Heading_20_1", "Überschrift 1")};
  CHECK(mapped(reference::map_roles(test::council_style(), by_id, file_format::odt, "x.odt"),
               "heading-1") == "Heading_20_1");
}

TEST_CASE("the default paragraph style serves the normal role when no name matches") {
  std::vector<named_style> styles = {para("Basis", "Basis", true), para("Other", "Other")};
  auto m = reference::map_roles(test::council_style(), styles, file_format::docx, "x.docx");
  CHECK(mapped(m, "normal") == "Basis");
}

TEST_CASE("a council style named like the house style's serves that role") {
  std::vector<named_style> styles = {para("Recommendation", "Recommendation"),
                                     para("CoverDate", "Cover Date")};
  auto m = reference::map_roles(test::council_style(), styles, file_format::docx, "x.docx");
  CHECK(mapped(m, "recommendation") == "Recommendation");
  CHECK(mapped(m, "cover-date") == "CoverDate");
}

TEST_CASE("styles of the wrong kind are never used") {
  std::vector<named_style> styles = {chars("Heading1Char", "Heading 1"),
                                     para("Hyperlink", "Hyperlink")};
  auto m = reference::map_roles(test::council_style(), styles, file_format::docx, "x.docx");
  CHECK(mapped(m, "heading-1") == "(house)");
  CHECK(m.character_id("hyperlink") == nullptr);
}

TEST_CASE("the style file's reference-styles mapping wins, and what it names must exist") {
  style::house_style hs = test::council_style();
  hs.reference.styles["heading-1"] = {"Council Heading", "Heading 1"};
  hs.reference.styles["title"] = {"Front Title"};
  hs.reference.styles["hyperlink"] = {"Web Link"};
  std::vector<named_style> styles = {para("Heading1", "Heading 1"),
                                     para("CouncilHeading", "council heading"),
                                     para("Title", "Title"), chars("WebLink", "Web Link")};
  auto m = reference::map_roles(hs, styles, file_format::docx, "council.docx");
  CHECK(mapped(m, "heading-1") == "CouncilHeading");
  CHECK(*m.character_id("hyperlink") == "WebLink");
  // "Front Title" is not there: the title keeps the house style's, even
  // though the reference has a Title, and a note says so.
  CHECK(mapped(m, "title") == "(house)");
  REQUIRE(m.notes.size() == 1);
  CHECK(m.notes[0] ==
        "council.docx has no paragraph style \"Front Title\" for role title; it uses the house "
        "style's");
}

TEST_CASE("LibreOffice's encoded style names decode to display names") {
  CHECK(reference::decode_style_name("Heading_20_1") == "Heading 1");
  CHECK(reference::decode_style_name("Text_20_body") == "Text body");
  CHECK(reference::decode_style_name("A_2f_B") == "A/B");
  CHECK(reference::decode_style_name("plain_name") == "plain_name");
  CHECK(reference::decode_style_name("_") == "_");
  CHECK(reference::decode_style_name("x__y") == "x__y");
}
