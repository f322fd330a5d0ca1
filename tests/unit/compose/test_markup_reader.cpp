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

namespace {

std::string error_of(const std::string& body) {
  try {
    read(body);
  } catch (const template_error& e) {
    return e.what();
  }
  return "no error";
}

std::string text_of(const doc::inlines& content) {
  std::string out;
  for (const auto& i : content) {
    if (const auto* t = std::get_if<doc::text_run>(&i))
      out += "[" + std::to_string(t->marks) + ":" + t->text + "]";
    else if (std::holds_alternative<doc::line_break>(i))
      out += "[br]";
    else if (const auto* l = std::get_if<doc::link>(&i))
      out += "[link " + l->target + " " +
             layout::plain_text(doc::inlines(l->runs.begin(), l->runs.end())) + "]";
    else
      out += "[other]";
  }
  return out;
}

}  // namespace

TEST_CASE("every refusal of the markup reader names its line and says what is wrong") {
  CHECK(error_of("<section>\n<p>x</p>\n<pp>x</pp></section>") ==
        "m.xml:3: unknown element <pp>; did you mean <p>?");
  CHECK(error_of("<section><p>a <bb>x</bb></p></section>") ==
        "m.xml:1: unknown element <bb>; did you mean <b>?");
  CHECK(error_of("<section><p>a <b><zzzzzzzz/></b></p></section>") ==
        "m.xml:1: unknown element <zzzzzzzz>");
  CHECK(error_of("<section><ul><li>a <zzzzzzzz/></li></ul></section>") ==
        "m.xml:1: unknown element <zzzzzzzz>");
  CHECK(error_of("<section><p numbred=\"true\">x</p></section>") ==
        "m.xml:1: <p> has no attribute \"numbred\"; did you mean \"numbered\"?");
  CHECK(error_of("<section><p><b role=\"x\">x</b></p></section>") ==
        "m.xml:1: <b> has no attribute \"role\"");
  CHECK(error_of("<section><p xml:lang=\"en\">x</p></section>") ==
        "m.xml:1: <p> has no attribute \"lang\"");
  CHECK(error_of("<section><h1 toc=\"yes\">x</h1></section>") ==
        "m.xml:1: attribute toc=\"yes\" must be true or false");
  CHECK(error_of("<section><np level=\"10\">x</np></section>") ==
        "m.xml:1: attribute level=\"10\" must be a whole number from 1 to 9");
  CHECK(error_of("<section><np level=\"2x\">x</np></section>") ==
        "m.xml:1: attribute level=\"2x\" must be a whole number from 1 to 9");
  CHECK(error_of("<section><np level=\"\">x</np></section>") ==
        "m.xml:1: attribute level=\"\" must be a whole number from 1 to 9");
  CHECK(error_of("<section><image src=\"council-logo.png\" alt=\"A\" width=\"5\"/></section>") ==
        "m.xml:1: attribute width=\"5\" must be a length like 50mm");
  CHECK(error_of("<section><p align=\"middle\">x</p></section>") ==
        "m.xml:1: align=\"middle\" must be left, centre, right or justify");
  CHECK(error_of("<section orientation=\"wide\"/>") ==
        "m.xml:1: orientation=\"wide\" must be portrait or landscape");
  CHECK(error_of("<section orientation=\"\"><p>x</p></section>") ==
        "m.xml:1: orientation=\"\" must be portrait or landscape");
  CHECK(error_of("<section>\n\nloose</section>") ==
        "m.xml:3: text directly inside <section>; put it in a <p>");
  CHECK(error_of("loose<section><p>x</p></section>") ==
        "m.xml:1: text directly inside <paper>; put it in a <section>");
  CHECK(error_of("<p>x</p>") == "m.xml:1: <p> cannot stand directly inside <paper>");
  CHECK(error_of("") == "m.xml:1: the paper has no <section>");
  CHECK(error_of("<section><header>x</header></section>") ==
        "m.xml:1: text directly inside <header>; put it in a <p>");
  CHECK(error_of("<section><footer><h1>x</h1></footer></section>") ==
        "m.xml:1: <footer> holds <p> elements only");
  CHECK(error_of("<section><li>x</li></section>") ==
        "m.xml:1: <li> cannot stand here; expected a block such as <p>, <h1>, <ul> or <table>");
  CHECK(error_of("<section><ul>x<li>a</li></ul></section>") ==
        "m.xml:1: text directly inside <ul>; put it in an <li>");
  CHECK(error_of("<section><ol><p>a</p></ol></section>") ==
        "m.xml:1: <ol> holds <li> elements only");
  CHECK(error_of("<section><ol>\n</ol></section>") == "m.xml:1: <ol> has no <li>");
  CHECK(error_of("<section><ul scheme=\"bulet\"><li>a</li></ul></section>") ==
        "m.xml:1: numbering scheme \"bulet\" is not in house style \"Council default\"");
  CHECK(error_of("<section><ul><li>a<table><tr><td>x</td></tr></table></li></ul></section>") ==
        "m.xml:1: <table> cannot stand inside <li>");
  CHECK(error_of("<section><p>a <p>b</p></p></section>") ==
        "m.xml:1: <p> cannot stand inside <p>, which holds text");
  CHECK(error_of("<section><p><b>a <p>b</p></b></p></section>") ==
        "m.xml:1: <p> cannot stand inside text");
  CHECK(error_of("<section><p><field name=\"date\"/></p></section>") ==
        "m.xml:1: <field name=\"date\"> must be page, pages or title");
  CHECK(error_of("<section><p><page-ref anchor=\"  \"/></p></section>") ==
        "m.xml:1: <page-ref> needs anchor");
  CHECK(error_of("<section><p><a>x</a></p></section>") == "m.xml:1: <a> needs href");
  CHECK(error_of("<section><p><a href=\"#x\">x<br/></a></p></section>") ==
        "m.xml:1: <a> holds text only");
  CHECK(error_of("<section><p><a href=\"http://a b\">x</a></p></section>") == "no error");
  CHECK(error_of("<section><p><a href=\"http://[x\">x</a></p></section>") ==
        "m.xml:1: <a href=\"http://[x\">: not a valid web or e-mail address");
  CHECK(error_of("<properties><custom name=\"A\">1</custom><custom name=\"A\">2</custom>"
                 "</properties><section/>") == "m.xml:1: custom property \"A\" given twice");
  CHECK(error_of("<properties><custom>1</custom></properties><section/>") ==
        "m.xml:1: <custom> needs a name");
  CHECK(error_of("<properties><p>1</p></properties><section/>") ==
        "m.xml:1: <properties> holds <custom> elements only");
  CHECK(error_of("<section><h1 anchor=\"a\">x</h1><h2 anchor=\"a\">y</h2></section>") ==
        "m.xml:1: anchor \"a\" is used by an earlier heading");
  CHECK(error_of("<section><table><tr>x<td>a</td></tr></table></section>") ==
        "m.xml:1: text directly inside <tr>; put it in a <td>");
  CHECK(error_of("<section><table><tr><li>a</li></tr></table></section>") ==
        "m.xml:1: <tr> holds <th> and <td> elements only");
  CHECK(error_of("<section><table><p>a</p></table></section>") ==
        "m.xml:1: <table> holds <caption> and <tr> elements only");
  CHECK(error_of("<section><table>x</table></section>") ==
        "m.xml:1: text directly inside <table>; put it in a <td>");
  CHECK(error_of("<section><table caption=\"x\"/></section>") ==
        "m.xml:1: <table> has no attribute \"caption\"");
  CHECK(error_of("<section><table></table></section>") == "m.xml:1: <table> has no <tr>");
  CHECK(error_of("<section><table widths=\"1 0\"><tr><td>a</td></tr></table></section>") ==
        "m.xml:1: widths=\"1 0\" must be positive numbers separated by spaces");
  CHECK(error_of("<section><table header-rows=\"2\"><tr><td>a</td></tr></table></section>") ==
        "m.xml:1: attribute header-rows=\"2\" must be a whole number from 0 to 1");
  CHECK(error_of("<section><table><tr><td colspan=\"64\">a</td></tr></table></section>") ==
        "m.xml:1: attribute colspan=\"64\" must be a whole number from 1 to 63");
  CHECK(error_of("<section><prose>a <b>b</b></prose></section>") ==
        "m.xml:1: <prose> holds CommonMark text only, not elements");
  CHECK(error_of("<section><restart scheme=\"nope\"/></section>") ==
        "m.xml:1: numbering scheme \"nope\" is not in house style \"Council default\"");
  CHECK(error_of("<section><p numbered=\"true\">x</p></section>") ==
        "m.xml:1: role \"body-text\" is not numbered by any scheme of house style \"Council "
        "default\"");
  CHECK(error_of("<section><image src=\"\" alt=\"x\"/></section>") == "m.xml:1: <image> needs src");
  CHECK(error_of("<section><p><img src=\"council-logo.png\"/></p></section>") ==
        "m.xml:1: <img> needs alt: every picture needs alternative text");
  CHECK(error_of("<section><cover logo=\"council-logo.png\"/></section>") ==
        "m.xml:1: <cover> needs logo-alt: every picture needs alternative text");
  // Comments between blocks are refused as text is (they are not blank text).
  CHECK(error_of("<section><p>x</p></section><!-- c -->") ==
        "m.xml:1: text directly inside <paper>; put it in a <section>");
  CHECK(error_of("<section><p>x</p><?pi x?></section>") ==
        "m.xml:1: text directly inside <section>; put it in a <p>");
}

TEST_CASE("the markup reader reads comments, entities and white space as before") {
  auto d = read(
      "<properties title=\" A &amp; B \" language=\"cy\" keywords=\" ;x ;; y z;\" "
      "description=\"&#x41;&lt;\"/>"
      "<section><p role=\"body-text\" align=\"center\">  one <!-- c --> two&#32;<b> three "
      "</b><?pi?> four&amp;</p>"
      "<ul><li> a <!-- c --> <i>b</i> <p>c</p>  <!-- d -->  </li><li><!-- only --></li>"
      "<li><![CDATA[ x <y> ]]> z</li></ul>"
      "<prose>a <!-- c --> b</prose><prose>c &amp; d</prose><prose></prose>"
      "<p><a href=\" http://x.org/ \"> </a><a href=\"mailto:m@x.org\"/></p>"
      "<p>a<br/> b <tab/> c<br/></p>"
      "<table><tr>\n <td> <!-- c --> </td><td role=\"table-text\"/></tr></table>"
      "</section>");
  CHECK(d.meta.title == " A & B ");
  CHECK(d.meta.language == "cy");
  CHECK(d.meta.description == "A<");
  CHECK(d.meta.keywords == std::vector<std::string>{"x", "y z"});
  const auto& body = d.sections.at(0).body;
  const auto& p = std::get<doc::paragraph>(body.at(0).node);
  CHECK(p.align == doc::alignment::centre);
  CHECK(text_of(p.content) == "[0:one two ][1:three ][0:four&]");
  const auto& l = std::get<doc::list>(body.at(1).node);
  REQUIRE(l.items.size() == 3);
  REQUIRE(l.items[0].blocks.size() == 2);
  CHECK(text_of(std::get<doc::paragraph>(l.items[0].blocks[0].node).content) == "[0:a ][2:b]");
  CHECK(text_of(std::get<doc::paragraph>(l.items[0].blocks[1].node).content) == "[0:c]");
  REQUIRE(l.items[1].blocks.size() == 1);
  CHECK(std::get<doc::paragraph>(l.items[1].blocks[0].node).content.empty());
  CHECK(text_of(std::get<doc::paragraph>(l.items[2].blocks[0].node).content) == "[0:x <y> z]");
  CHECK(text_of(std::get<doc::paragraph>(body.at(2).node).content) == "[0:a  b]");
  CHECK(text_of(std::get<doc::paragraph>(body.at(3).node).content) == "[0:c & d]");
  const auto& links = std::get<doc::paragraph>(body.at(4).node);
  CHECK(text_of(links.content) ==
        "[link http://x.org/ http://x.org/][link mailto:m@x.org m@x.org]");
  CHECK(text_of(std::get<doc::paragraph>(body.at(5).node).content) == "[0:a][br][0:b \t c][br]");
  const auto& t = std::get<doc::table>(body.at(6).node);
  CHECK(t.rows.at(0).cells.size() == 2);
  CHECK(t.rows.at(0).cells[0].blocks.size() == 1);
}

namespace {

// A document's blocks written out, roles, marks and numbering included.
void flatten(const std::vector<doc::block>& blocks, std::string& out) {
  auto runs = [&](const doc::inlines& in) {
    for (const auto& i : in)
      if (const auto* t = std::get_if<doc::text_run>(&i))
        out += "[" + std::to_string(t->marks) + "]" + t->text;
      else
        out += "{inline}";
  };
  for (const auto& b : blocks) {
    if (const auto* p = std::get_if<doc::paragraph>(&b.node)) {
      out += "p " + p->role;
      if (p->numbering)
        out += " #" + std::to_string(p->numbering->sequence) + "." +
               std::to_string(p->numbering->level);
      out += ": ";
      runs(p->content);
    } else if (const auto* h = std::get_if<doc::heading>(&b.node)) {
      out += "h" + std::to_string(h->level) + ": ";
      runs(h->content);
    } else if (const auto* l = std::get_if<doc::list>(&b.node)) {
      out += "list " + std::to_string(l->sequence) + " (";
      for (const auto& item : l->items) {
        out += "item (";
        flatten(item.blocks, out);
        out += ")";
      }
      out += ")";
    } else {
      out += "other";
    }
    out += "\n";
  }
}

}  // namespace

TEST_CASE("prose parsed on a helper thread gives the tree the reader's own thread gives") {
  // Enough <prose> for prose_ahead to start its thread, of every kind the
  // reader numbers and nests, between elements read on the reader's thread.
  std::string body = "<section>";
  for (int i = 0; i < 300; ++i) {
    body += "<h1>Part " + std::to_string(i) + "</h1>";
    body += "<prose role=\"recommendation\">Agree *item* " + std::to_string(i) +
            " and **more**.&#10;&#10;Second paragraph.</prose>";
    body += "<prose>- one&#10;- two&#10;  1. inner " + std::to_string(i) + "&#10;</prose>";
    if (i % 7 == 0) body += "<prose><!-- a comment -->Assembled <![CDATA[text]]> here</prose>";
    if (i % 11 == 0) body += "<prose></prose>";
  }
  body += "</section>";
  compose::resource_loader load = [](const std::string& src) -> std::string {
    throw input_error("no resources: " + src);
  };
  std::string markup = "<paper>" + body + "</paper>";
  std::string alone, helped;
  flatten(compose::read_markup(markup, "m.xml", council(), load, false).sections.at(0).body, alone);
  for (int run = 0; run < 5; ++run) {
    helped.clear();
    flatten(compose::read_markup(markup, "m.xml", council(), load, true).sections.at(0).body,
            helped);
    CHECK(helped == alone);
  }
  CHECK(alone.find("p recommendation #") != std::string::npos);
  CHECK(alone.find("[2]item") != std::string::npos);
  CHECK(alone.find("Assembled text here") != std::string::npos);
  // A refusal on the reader's thread stops the helper cleanly.
  std::string bad = markup;
  bad.insert(bad.rfind("</section>"), "<pargraph/>");
  CHECK_THROWS_AS(compose::read_markup(bad, "m.xml", council(), load, true), template_error);
}
