// SPDX-License-Identifier: MIT
// word/numbering.xml and the numPr of numbered paragraphs, headings and list items.
#include <doctest/doctest.h>

#include <set>

#include "document/build.hpp"
#include "docx/docx_writer.hpp"
#include "docx/numbering_plan.hpp"
#include "docx_fixture.hpp"

using namespace cp;

namespace {

const char* numbering = "word/numbering.xml";
const char* body = "word/document.xml";

// The numPr of the paragraph whose text starts with `text`.
std::string num_of(test::docx_parts& p, const std::string& text, const char* what) {
  return p.eval(body, "string(//w:p[starts-with(normalize-space(.), '" + text +
                          "')]/w:pPr/w:numPr/w:" + what + "/@w:val)");
}

}  // namespace

TEST_CASE("one abstractNum per scheme, all before every num, nsid is 8 hex digits") {
  test::docx_parts p(docx::build_docx(test::small_document(), test::council_style()));
  // outline (sequence), recommendations, bullet, number (style bindings); not continuous.
  CHECK(p.count(numbering, "/w:numbering/w:abstractNum") == 4);
  CHECK(p.count(numbering, "//w:abstractNum[w:name/@w:val='Continuous Numbering']") == 0);
  CHECK(p.count(numbering, "/w:numbering/w:num[1]/preceding-sibling::w:abstractNum") == 4);
  CHECK(p.count(numbering, "/w:numbering/w:abstractNum[preceding-sibling::w:num]") == 0);
  for (xmlNode* n : xml::select(p.xml(numbering), "//w:nsid/@w:val")) {
    std::string v = xml::content(n);
    CHECK(v.size() == 8);
    CHECK(v.find_first_not_of("0123456789ABCDEF") == std::string::npos);
  }
  CHECK(docx::detail::nsid_for("outline") == docx::detail::nsid_for("outline"));
  CHECK(docx::detail::nsid_for("outline") != docx::detail::nsid_for("bullet"));
}

TEST_CASE("levels: format, label, style link, indentation") {
  test::docx_parts p(docx::build_docx(test::small_document(), test::council_style()));
  std::string outline = "//w:abstractNum[w:name/@w:val='Outline Numbering']";
  CHECK(p.eval(numbering, "string(" + outline + "/w:multiLevelType/@w:val)") == "multilevel");
  CHECK(p.eval(numbering, "string(" + outline + "/w:lvl[@w:ilvl='1']/w:numFmt/@w:val)") ==
        "decimal");
  CHECK(p.eval(numbering, "string(" + outline + "/w:lvl[@w:ilvl='1']/w:lvlText/@w:val)") ==
        "%1.%2");
  CHECK(p.eval(numbering, "string(" + outline + "/w:lvl[@w:ilvl='2']/w:numFmt/@w:val)") ==
        "lowerLetter");
  CHECK(p.eval(numbering, "string(" + outline + "/w:lvl[@w:ilvl='3']/w:numFmt/@w:val)") ==
        "lowerRoman");
  CHECK(p.eval(numbering, "string(" + outline + "/w:lvl[@w:ilvl='0']/w:pStyle/@w:val)") ==
        "Heading1");
  CHECK(p.eval(numbering, "string(" + outline + "/w:lvl[@w:ilvl='2']/w:pPr/w:ind/@w:left)") ==
        "1276");
  CHECK(p.eval(numbering, "string(" + outline + "/w:lvl[@w:ilvl='2']/w:pPr/w:ind/@w:hanging)") ==
        "567");
  CHECK(p.eval(numbering, "string(" + outline + "/w:lvl[@w:ilvl='0']/w:lvlJc/@w:val)") == "left");
  std::string bullets = "//w:abstractNum[w:name/@w:val='Bullets']";
  CHECK(p.eval(numbering, "string(" + bullets + "/w:lvl[@w:ilvl='0']/w:numFmt/@w:val)") ==
        "bullet");
  CHECK(p.eval(numbering, "string(" + bullets + "/w:lvl[@w:ilvl='0']/w:lvlText/@w:val)") ==
        "\u2022");
}

TEST_CASE("a bullet level with a font gets the font on its label") {
  auto hs = test::council_style();
  for (auto& s : hs.numbering)
    if (s.name == "bullet") s.levels[0].font = "Symbol";
  test::docx_parts p(docx::build_docx(test::small_document(), hs));
  CHECK(p.eval(numbering,
               "string(//w:abstractNum[w:name/@w:val='Bullets']/w:lvl[@w:ilvl='0']/w:rPr/w:rFonts/"
               "@w:ascii)") == "Symbol");
  CHECK(p.count(numbering, "//w:abstractNum[w:name/@w:val='Bullets']/w:lvl[@w:ilvl='1']/w:rPr") ==
        0);
  CHECK(p.count("word/fontTable.xml", "//w:font[@w:name='Symbol']") == 1);
}

TEST_CASE("one num per sequence, with a start override on every level") {
  doc::document d = test::small_document();
  std::size_t second = doc::add_sequence(d, "outline", 5);
  d.sections[0].body.push_back(
      doc::blk(doc::numbered("numbered-paragraph", doc::text("Later."), second, 1)));
  test::docx_parts p(docx::build_docx(d, test::council_style()));
  // Sequences first (1, 2), then stand-ins for bound schemes without a sequence.
  CHECK(p.eval(numbering,
               "string(//w:num[@w:numId='2']/w:lvlOverride[@w:ilvl='0']/w:startOverride/@w:val)") ==
        "5");
  CHECK(p.eval(numbering,
               "string(//w:num[@w:numId='2']/w:lvlOverride[@w:ilvl='1']/w:startOverride/@w:val)") ==
        "1");
  CHECK(p.count(numbering, "//w:num[@w:numId='1']/w:lvlOverride/w:startOverride") == 4);
  CHECK(p.count(numbering, "/w:numbering/w:num") ==
        5);  // 2 sequences + recommendations, bullet, number
  std::set<std::string> ids;
  for (xmlNode* n : xml::select(p.xml(numbering), "//w:num/@w:numId"))
    CHECK(ids.insert(xml::content(n)).second);
}

TEST_CASE("a further sequence of a numbered scheme gets its own abstractNum, bullets share") {
  // Counters belong to the abstractNum in Word and LibreOffice: a second
  // outline sequence starting at level 1 must show "1.1", not continue.
  test::docx_parts p(docx::build_docx(test::showcase(), test::council_style()));
  std::string main_abs = p.eval(numbering, "string(//w:num[@w:numId='1']/w:abstractNumId/@w:val)");
  std::string appendix = num_of(p, "Numbering restarts", "numId");
  std::string appendix_abs =
      p.eval(numbering, "string(//w:num[@w:numId='" + appendix + "']/w:abstractNumId/@w:val)");
  CHECK(appendix != "1");
  CHECK(appendix_abs != main_abs);
  std::string copy = "//w:abstractNum[@w:abstractNumId='" + appendix_abs + "']";
  CHECK(p.eval(numbering, "string(" + copy + "/w:lvl[@w:ilvl='1']/w:lvlText/@w:val)") == "%1.%2");
  CHECK(p.count(numbering, copy + "//w:pStyle") ==
        0);  // styles link to the scheme's own definition
  CHECK(p.count(numbering, "//w:abstractNum[w:name/@w:val='Bullets']") == 1);
}

TEST_CASE("every bullet list is one num, and every numbered list restarts in a num of its own") {
  doc::document d = test::small_document();
  auto bullets = [&](const std::string& text) {
    std::size_t seq = doc::add_sequence(d, "bullet");
    doc::list l;
    l.sequence = seq;
    l.items.push_back(doc::list_item{{doc::blk(doc::para("list-bullet", doc::text(text)))}});
    d.sections[0].body.push_back(doc::blk(std::move(l)));
  };
  bullets("First bullet list");
  bullets("Second bullet list");
  bullets("Third bullet list");
  std::size_t numbered = doc::add_sequence(d, "outline", 3);
  d.sections[0].body.push_back(
      doc::blk(doc::numbered("numbered-paragraph", doc::text("Restarted."), numbered, 1)));
  test::docx_parts p(docx::build_docx(d, test::council_style()));
  std::string first = num_of(p, "First bullet list", "numId");
  CHECK(!first.empty());
  CHECK(num_of(p, "Second bullet list", "numId") == first);
  CHECK(num_of(p, "Third bullet list", "numId") == first);
  CHECK(p.count(numbering,
                "//w:num[w:abstractNumId/@w:val=//w:abstractNum[w:name/@w:val='Bullets']"
                "/@w:abstractNumId]") == 1);
  std::string restarted = num_of(p, "Restarted.", "numId");
  CHECK(restarted != first);
  CHECK(restarted != "1");
  CHECK(p.eval(numbering, "string(//w:num[@w:numId='" + restarted +
                              "']/w:lvlOverride[@w:ilvl='0']/w:startOverride/@w:val)") == "3");
  std::set<std::string> ids;
  for (xmlNode* n : xml::select(p.xml(numbering), "//w:num/@w:numId"))
    CHECK(ids.insert(xml::content(n)).second);
}

TEST_CASE("numbered paragraphs and headings carry explicit numPr") {
  test::docx_parts p(docx::build_docx(test::showcase(), test::council_style()));
  CHECK(num_of(p, "Introduction", "numId") == "1");
  CHECK(num_of(p, "Introduction", "ilvl") == "0");
  CHECK(num_of(p, "In February 2009", "ilvl") == "1");
  CHECK(num_of(p, "the Community Safety Partnership;", "ilvl") == "2");
  CHECK(num_of(p, "no exit strategy", "ilvl") == "3");
  CHECK(num_of(p, "Conclusion", "numId") == "1");
  CHECK(num_of(p, "Consider the outcomes", "numId") == "2");
  // An unnumbered heading in a numbered style cancels the style's numbering.
  CHECK(num_of(p, "Recommendations", "numId") == "");
  CHECK(p.eval(body, "string(//w:p[w:pPr/w:pStyle/@w:val='Heading2'][1]/w:pPr/w:numPr)") == "");
  doc::document d = test::small_document();
  d.sections[0].body.push_back(doc::blk(doc::para("numbered-paragraph", doc::text("Unnumbered."))));
  test::docx_parts q(docx::build_docx(d, test::council_style()));
  CHECK(num_of(q, "Unnumbered.", "numId") == "0");
}

TEST_CASE("lists: the first paragraph of an item is numbered at its depth, the rest indented") {
  doc::document d = test::small_document();
  std::size_t outer = doc::add_sequence(d, "number");
  std::size_t inner = doc::add_sequence(d, "number");
  doc::list l;
  l.sequence = outer;
  doc::list_item a;
  a.blocks.push_back(doc::blk(doc::para("list-number", doc::text("Alpha"))));
  a.blocks.push_back(doc::blk(doc::para("body-text", doc::text("Alpha continued"))));
  doc::list nested;
  nested.sequence = inner;
  doc::list_item n1;
  n1.blocks.push_back(doc::blk(doc::para("list-number-2", doc::text("Nested"))));
  nested.items.push_back(std::move(n1));
  a.blocks.push_back(doc::blk(std::move(nested)));
  l.items.push_back(std::move(a));
  doc::list_item b;  // an item that starts with something other than a paragraph
  doc::list nested2;
  nested2.sequence = inner;
  doc::list_item n2;
  n2.blocks.push_back(doc::blk(doc::para("list-number-2", doc::text("Deep"))));
  nested2.items.push_back(std::move(n2));
  b.blocks.push_back(doc::blk(std::move(nested2)));
  l.items.push_back(std::move(b));
  d.sections[0].body.push_back(doc::blk(std::move(l)));
  test::docx_parts p(docx::build_docx(d, test::council_style()));

  CHECK(num_of(p, "Alpha", "numId") == "2");
  CHECK(num_of(p, "Alpha", "ilvl") == "0");
  CHECK(num_of(p, "Nested", "numId") == "3");
  CHECK(num_of(p, "Nested", "ilvl") == "1");
  // The continuation paragraph: no number, indented to the level's text (8mm).
  CHECK(p.eval(body, "string(//w:p[.='Alpha continued']/w:pPr/w:ind/@w:left)") == "454");
  CHECK(p.count(body, "//w:p[.='Alpha continued']/w:pPr/w:numPr/w:numId[@w:val!='0']") == 0);
  // The second item gets an empty labelled paragraph before its nested list.
  CHECK(p.count(
            body,
            "//w:p[.=''][w:pPr/w:numPr/w:numId/@w:val='2'][w:pPr/w:pStyle/@w:val='ListNumber']") ==
        1);
  CHECK(num_of(p, "Deep", "ilvl") == "1");
}
