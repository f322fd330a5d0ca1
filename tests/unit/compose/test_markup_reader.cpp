// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "compose/markup_reader.hpp"
#include "layout/toc.hpp"
#include "style/style_loader.hpp"
#include "support/paths.hpp"
#include "util/error.hpp"

using namespace cp;

namespace {

const style::house_style& council() {
  static auto hs = style::load_house_style(test::source_dir() / "styles" / "council.yaml");
  return hs;
}

doc::document read(const std::string& body) {
  compose::resource_loader load = [](const std::string& src) {
    return test::read_file(test::source_dir() / "styles" / "assets" / src);
  };
  return compose::read_markup("<paper>" + body + "</paper>", "m.xml", council(), load);
}

template <class T>
const T& at(const doc::document& d, std::size_t i, std::size_t section = 0) {
  return std::get<T>(d.sections.at(section).body.at(i).node);
}

}  // namespace

TEST_CASE("headings and numbered paragraphs share the outline sequence across sections") {
  auto d = read(
      "<section><h1>Intro</h1><np>One</np><np "
      "level=\"2\">a</np><p>plain</p><h1>Next</h1><np>Two</np></section>"
      "<section orientation=\"landscape\"><restart scheme=\"outline\"/><np>Fresh</np></section>"
      "<section><np>Again</np></section>");
  REQUIRE(d.sections.size() == 3);
  CHECK(d.sections[1].page_orientation == doc::orientation::landscape);
  auto h = at<doc::heading>(d, 0);
  REQUIRE(h.numbering);
  CHECK(h.numbering->level == 0);
  auto one = at<doc::paragraph>(d, 1);
  CHECK(one.role == "numbered-paragraph");
  CHECK(one.numbering->sequence == h.numbering->sequence);
  CHECK(one.numbering->level == 1);
  CHECK(at<doc::paragraph>(d, 2).numbering->level == 2);
  CHECK_FALSE(at<doc::paragraph>(d, 3).numbering);
  auto fresh = at<doc::paragraph>(d, 0, 1);
  CHECK(fresh.numbering->sequence != h.numbering->sequence);
  CHECK(at<doc::paragraph>(d, 0, 2).numbering->sequence == fresh.numbering->sequence);
}

TEST_CASE("inline content: marks, links, fields, white space collapsed as in HTML") {
  auto d = read(
      "<section><p>\n   Hello   <b>bold <i>both</i></b>\n  <a "
      "href=\"mailto:a@b.gov.uk\">mail</a><br/>  next "
      "<field name=\"page\"/></p></section>");
  const auto& c = at<doc::paragraph>(d, 0).content;
  CHECK(std::get<doc::text_run>(c[0]).text == "Hello ");
  CHECK(std::get<doc::text_run>(c[1]).text == "bold ");
  CHECK(std::get<doc::text_run>(c[1]).marks == doc::bold);
  CHECK(std::get<doc::text_run>(c[2]).marks == (doc::bold | doc::italic));
  CHECK(std::get<doc::link>(c[4]).target == "mailto:a@b.gov.uk");
  CHECK(std::holds_alternative<doc::line_break>(c[5]));
  CHECK(std::get<doc::text_run>(c[6]).text == "next ");
  CHECK(std::get<doc::field>(c[7]).kind == doc::field_kind::page_number);
}

TEST_CASE("prose becomes paragraphs in the given role, numbered when the role is") {
  auto d = read(
      "<section><h1>S</h1><prose role=\"numbered-paragraph\">First.\n\nSecond.\n\n- a\n- "
      "b</prose></section>");
  REQUIRE(d.sections[0].body.size() == 4);
  CHECK(at<doc::paragraph>(d, 1).numbering->level == 1);
  CHECK(at<doc::paragraph>(d, 2).numbering->level == 1);
  const auto& l = at<doc::list>(d, 3);
  CHECK(d.sequences[l.sequence].scheme == "bullet");
  CHECK(std::get<doc::paragraph>(l.items[0].blocks[0].node).role == "list-bullet");
}

TEST_CASE("tables: spans, header rows from leading <th> rows, lists and prose in cells") {
  auto d = read(
      "<section><table widths=\"1 2 1\"><caption>Cap</caption>"
      "<tr><th colspan=\"3\">Title</th></tr><tr><th>A</th><th>B</th><th>C</th></tr>"
      "<tr><td rowspan=\"2\">x</td><td><ul><li>one</li><li><prose>two "
      "**b**</prose></li></ul></td><td/></tr>"
      "<tr><td>y</td><td>z</td></tr></table></section>");
  const auto& t = at<doc::table>(d, 0);
  CHECK(t.header_rows == 2);
  CHECK(t.column_widths == std::vector<double>{1, 2, 1});
  CHECK(layout::plain_text(t.caption) == "Cap");
  CHECK(t.rows[0].cells[0].col_span == 3);
  CHECK(std::get<doc::paragraph>(t.rows[0].cells[0].blocks[0].node).role == "table-heading");
  CHECK(t.rows[2].cells[0].row_span == 2);
  const auto& l = std::get<doc::list>(t.rows[2].cells[1].blocks[0].node);
  CHECK(std::get<doc::paragraph>(l.items[0].blocks[0].node).role == "table-list-bullet");
  CHECK(std::get<doc::paragraph>(l.items[1].blocks[0].node).role == "table-list-bullet");
  // An empty cell still holds a paragraph.
  CHECK(t.rows[2].cells[2].blocks.size() == 1);
}

TEST_CASE("cover, contents, pictures and properties") {
  auto d = read(
      "<properties title=\"T\" author=\"A\" keywords=\"a; b\" created=\"2009-07-14T00:00:00Z\">"
      "<custom name=\"Status\">Draft</custom></properties>"
      "<section><cover committee=\"C\" title=\"T\" logo=\"council-logo.png\" logo-alt=\"Logo\" "
      "logo-width=\"40mm\"/>"
      "<toc levels=\"2\"/><image src=\"council-logo.png\" alt=\"Again\"/></section>");
  CHECK(d.meta.title == "T");
  CHECK(d.meta.keywords == std::vector<std::string>{"a", "b"});
  CHECK(d.meta.custom.at(0).second == "Draft");
  CHECK(at<doc::title_block>(d, 0).logo->width_mm == doctest::Approx(40));
  CHECK(at<doc::table_of_contents>(d, 1).levels == 2);
  CHECK(d.images.size() == 1);  // the same file twice is one image
}

TEST_CASE("markup mistakes name the line and suggest the right name") {
  CHECK_THROWS_WITH_AS(read("<section>\n<pp>x</pp></section>"),
                       "m.xml:2: unknown element <pp>; did you mean <p>?", template_error);
  CHECK_THROWS_WITH_AS(read("<section><p rol=\"x\">x</p></section>"),
                       "m.xml:1: <p> has no attribute \"rol\"; did you mean \"role\"?",
                       template_error);
  CHECK_THROWS_WITH_AS(read("<section><p role=\"body-txt\">x</p></section>"),
                       doctest::Contains("paragraph role \"body-txt\" is not in house style"),
                       template_error);
  CHECK_THROWS_WITH_AS(read("<section><image src=\"council-logo.png\"/></section>"),
                       doctest::Contains("every picture needs alternative text"), template_error);
  CHECK_THROWS_WITH_AS(read("<section><p><a href=\"javascript:x\">x</a></p></section>"),
                       doctest::Contains("links must be http(s), mailto or #anchor"),
                       template_error);
  CHECK_THROWS_WITH_AS(read("<section><p>unclosed</section>"), doctest::Contains("m.xml:1:"),
                       template_error);
}
