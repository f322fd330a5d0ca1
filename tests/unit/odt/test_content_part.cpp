// SPDX-License-Identifier: MIT
// content.xml: numbered chains, lists, headings, the contents, inlines,
// pictures, tables, breaks and page styles.
#include <doctest/doctest.h>

#include <fmt/format.h>

#include "odt_fixture.hpp"

using namespace cp;
using namespace cp::doc;

namespace {

struct built {
  package::zip_package pkg;
  xml::doc_ptr content;
  xmlDoc* x() const { return content.get(); }
  std::string val(const std::string& xpath) const {
    return test::value(x(), "string(" + xpath + ")");
  }
  std::size_t count(const std::string& xpath) const { return test::count(x(), xpath); }
};

built build(const document& d) {
  built b{odt::build_odt(d, test::council_style()), nullptr};
  b.content = test::parse_part(b.pkg, "content.xml");
  return b;
}

heading make_heading(int level, std::string t, std::optional<numbering_ref> num = std::nullopt,
                     std::string anchor = {}) {
  heading h;
  h.level = level;
  h.content = text(std::move(t));
  h.numbering = num;
  h.anchor = std::move(anchor);
  return h;
}

list bullets(std::size_t seq, std::initializer_list<const char*> items) {
  list l;
  l.sequence = seq;
  for (const char* t : items) {
    list_item it;
    it.blocks.push_back(blk(para("list-bullet", text(t))));
    l.items.push_back(std::move(it));
  }
  return l;
}

// Outline: heading 1, 1.1, a bullet list, 1.2 (level 2 without its heading),
// a table, 1.3, a new sequence 1.1, and the first sequence again.
document chain_document() {
  document d = test::one_section({});
  std::size_t outline = add_sequence(d, "outline");
  std::size_t bullet = add_sequence(d, "bullet");
  std::size_t appendix = add_sequence(d, "outline");
  auto& body = d.sections[0].body;
  body.push_back(blk(make_heading(1, "One", numbering_ref{outline, 0})));
  body.push_back(blk(numbered("numbered-paragraph", text("1.1"), outline, 1)));
  body.push_back(blk(bullets(bullet, {"a", "b"})));
  body.push_back(blk(numbered("numbered-paragraph", text("1.2"), outline, 1)));
  table t;
  table_row r;
  r.cells.push_back(table_cell{});
  t.rows.push_back(std::move(r));
  body.push_back(blk(std::move(t)));
  body.push_back(blk(numbered("numbered-paragraph", text("1.3"), outline, 1)));
  body.push_back(blk(numbered("numbered-paragraph", text("A1.1"), appendix, 1)));
  body.push_back(blk(make_heading(1, "Two", numbering_ref{outline, 0})));
  return d;
}

}  // namespace

TEST_CASE("consecutive numbered blocks share a list, interruptions continue it by xml:id") {
  built b = build(chain_document());
  const std::string top = "/office:document-content/office:body/office:text/text:list";
  REQUIRE(b.count(top) == 6);  // outline, bullets, outline, outline, appendix, outline
  CHECK(b.val(top + "[1]/@xml:id") == "list1");
  CHECK(b.val(top + "[1]/@text:style-name") == "Outline_20_Numbering");
  CHECK(b.count(top + "[1]/@text:continue-list") == 0);
  // The heading holds its numbered paragraph in a nested list.
  CHECK(b.val(top + "[1]/text:list-item/text:h") == "One");
  CHECK(b.val(top + "[1]/text:list-item/text:list/text:list-item/text:p") == "1.1");
  // After the bullet list: continues list1; level 2 reached through a wrapper item with no
  // paragraph.
  CHECK(b.val(top + "[2]/@text:style-name") == "Bullets");
  CHECK(b.val(top + "[3]/@text:continue-list") == "list1");
  CHECK(b.count(top + "[3]/text:list-item[not(text:p) and not(text:h)]/text:list") == 1);
  CHECK(b.val(top + "[3]/text:list-item/text:list/text:list-item/text:p") == "1.2");
  // After the table: continues the previous list of the sequence.
  CHECK(b.val(top + "[4]/@text:continue-list") == b.val(top + "[3]/@xml:id"));
  CHECK(b.val(top + "[4]/text:list-item[1]//text:p") == "1.3");
  // Another sequence of the same scheme is a new list.
  CHECK(b.val(top + "[5]/text:list-item//text:p") == "A1.1");
  CHECK(b.count(top + "[5]/@text:continue-list") == 0);
  CHECK(b.val("(//text:list[text:list-item/text:h='Two'])[1]/@text:continue-list") ==
        b.val(top + "[4]/@xml:id"));
  // Two different sequences: the interrupting sequence closed the list.
  CHECK(b.count("//text:list[text:list-item/text:h='Two']/text:list-item//text:p[.='A1.1']") == 0);
}

TEST_CASE("a sequence starting elsewhere than 1 gets a list style that starts there") {
  document d = test::one_section({});
  std::size_t seq = add_sequence(d, "outline", 5);
  d.sections[0].body.push_back(blk(numbered("numbered-paragraph", text("5.1"), seq, 1)));
  built b = build(d);
  std::string style = b.val("//text:list/@text:style-name");
  CHECK(style == "L1");
  CHECK(b.val("//office:automatic-styles/text:list-style[@style:name='L1']/"
              "text:list-level-style-number[@text:level='1']"
              "/@text:start-value") == "5");
  // The paragraph style's own list style is replaced by the list's.
  std::string p = b.val("//text:p/@text:style-name");
  CHECK(b.val("//style:style[@style:name='" + p + "']/@style:list-style-name") == "L1");
}

TEST_CASE("nested lists of other schemes get an automatic list style, level N from depth N") {
  document d = test::one_section({});
  std::size_t number = add_sequence(d, "number");
  std::size_t bullet = add_sequence(d, "bullet");
  list outer;
  outer.sequence = number;
  list_item it;
  it.blocks.push_back(blk(para("list-number", text("one"))));
  it.blocks.push_back(blk(bullets(bullet, {"inner"})));
  it.blocks.push_back(blk(para("body-text", text("more of one"))));
  outer.items.push_back(std::move(it));
  d.sections[0].body.push_back(blk(std::move(outer)));
  built b = build(d);
  CHECK(b.val("//text:list/@text:style-name") == "L1");
  const std::string l1 = "//office:automatic-styles/text:list-style[@style:name='L1']";
  CHECK(b.val(l1 + "/text:list-level-style-number[@text:level='1']/@style:num-suffix") == ".");
  CHECK(b.val(l1 + "/text:list-level-style-bullet[@text:level='2']/@text:bullet-char") == "\u2013");
  // The nested list sits in the item; the item's second paragraph follows it.
  CHECK(b.count("//text:list/text:list-item/text:list/text:list-item/text:p") == 1);
  CHECK(b.count("//text:list/text:list-item/text:list/@text:style-name") == 0);
  CHECK(b.val("//text:list/text:list-item/text:p[2]") == "more of one");
  CHECK(b.count("//text:list/text:list-item/*[3][self::text:p]") == 1);
}

TEST_CASE("a table in a list item splits the list, which continues unlabelled") {
  document d = test::one_section({});
  std::size_t number = add_sequence(d, "number");
  list l;
  l.sequence = number;
  list_item first;
  first.blocks.push_back(blk(para("list-number", text("before"))));
  table t;
  table_row r;
  r.cells.push_back(table_cell{});
  t.rows.push_back(std::move(r));
  first.blocks.push_back(blk(std::move(t)));
  first.blocks.push_back(blk(para("list-number", text("after"))));
  l.items.push_back(std::move(first));
  list_item second;
  second.blocks.push_back(blk(para("list-number", text("second"))));
  l.items.push_back(std::move(second));
  d.sections[0].body.push_back(blk(std::move(l)));
  built b = build(d);
  const std::string body = "/office:document-content/office:body/office:text";
  CHECK(b.count(body + "/text:list") == 2);
  CHECK(b.count(body + "/table:table") == 1);
  CHECK(b.val(body + "/text:list[2]/@text:continue-list") == b.val(body + "/text:list[1]/@xml:id"));
  CHECK(b.val(body + "/text:list[2]/text:list-header/text:p") == "after");
  CHECK(b.val(body + "/text:list[2]/text:list-item/text:p") == "second");
}

TEST_CASE("unnumbered paragraphs of a numbered style switch the numbering off") {
  document d = test::one_section(
      {blk(make_heading(1, "Not numbered")), blk(para("recommendation", text("plain")))});
  built b = build(d);
  std::string h = b.val("//text:h/@text:style-name");
  CHECK(b.val("//style:style[@style:name='" + h + "']/@style:parent-style-name") == "Heading_20_1");
  CHECK(b.count("//style:style[@style:name='" + h + "'][@style:list-style-name='']") == 1);
  CHECK(b.count("//text:list") == 0);
}

TEST_CASE("headings have outline levels and bookmarks, the contents links to them") {
  document d = test::one_section({});
  std::size_t outline = add_sequence(d, "outline");
  auto& body = d.sections[0].body;
  body.push_back(blk(table_of_contents{"Contents", 2}));
  body.push_back(blk(make_heading(1, "Intro", numbering_ref{outline, 0}, "intro")));
  body.push_back(blk(make_heading(2, "Detail")));
  body.push_back(blk(make_heading(3, "Too deep for the contents")));
  heading appendix = make_heading(1, "Appendix");
  appendix.role = "appendix-heading";
  body.push_back(blk(appendix));
  paragraph p = para("body-text", text("See "));
  p.content.push_back(doc::link{"#intro", {run("the introduction")}});
  body.push_back(blk(std::move(p)));
  built b = build(d);

  CHECK(b.val("(//text:h)[1]/@text:outline-level") == "1");
  CHECK(b.val("(//text:h)[2]/@text:outline-level") == "2");
  CHECK(b.val("(//text:h)[3]/@text:outline-level") == "3");
  CHECK(b.val("(//text:h)[4]/@text:outline-level") == "1");  // the style's outline level
  CHECK(b.val("(//text:h)[1]/text:bookmark-start/@text:name") == "_Toc00000001");
  CHECK(b.val("(//text:h)[1]/text:bookmark-end/@text:name") == "_Toc00000001");
  CHECK(b.val("(//text:h)[4]/text:bookmark-start/@text:name") == "_Toc00000004");

  const std::string toc = "//text:table-of-content";
  CHECK(b.val(toc + "/text:table-of-content-source/@text:outline-level") == "2");
  CHECK(b.count(toc + "/text:table-of-content-source/text:table-of-content-entry-template") == 2);
  const std::string tmpl =
      toc + "/text:table-of-content-source/text:table-of-content-entry-template[1]";
  CHECK(b.val(tmpl + "/@text:style-name") == "Contents_20_1");
  CHECK(b.count(tmpl + "/*[1][self::text:index-entry-link-start]") == 1);
  CHECK(b.count(tmpl + "/text:index-entry-tab-stop[@style:type='right'][@style:leader-char='.']") ==
        1);
  CHECK(b.count(tmpl + "/*[last()][self::text:index-entry-link-end]") == 1);
  CHECK(b.val(toc + "/text:table-of-content-source/text:index-title-template/@text:style-name") ==
        "Contents_20_Heading");
  CHECK(b.val(toc + "/text:index-body/text:index-title/text:p") == "Contents");
  // Filled in: three entries (level 3 left out), number, tab, text, tab, page reference.
  const std::string entries = toc + "/text:index-body/text:p";
  REQUIRE(b.count(entries) == 3);
  CHECK(b.val(entries + "[1]/@text:style-name") == "Contents_20_1");
  CHECK(b.val(entries + "[1]/text:a/@xlink:href") == "#_Toc00000001");
  CHECK(b.val(entries + "[1]/text:a/text()[1]") == "1");
  CHECK(b.count(entries + "[1]/text:a/text:tab") == 2);
  CHECK(b.val(entries + "[1]/text:a/text()[2]") == "Intro");
  CHECK(b.val(entries + "[1]/text:a/text:bookmark-ref/@text:reference-format") == "page");
  CHECK(b.val(entries + "[1]/text:a/text:bookmark-ref/@text:ref-name") == "_Toc00000001");
  CHECK(b.val(entries + "[2]/@text:style-name") == "Contents_20_2");
  CHECK(b.count(entries + "[2]/text:a/text:tab") == 1);  // no number
  CHECK(b.val(entries + "[3]/text:a/@xlink:href") == "#_Toc00000004");
  // An #anchor link goes to the heading's bookmark.
  CHECK(b.val("//text:p[starts-with(., 'See')]/text:a/@xlink:href") == "#_Toc00000001");
  CHECK(b.val("//text:p[starts-with(., 'See')]/text:a/@text:style-name") == "Internet_20_link");
  // Contents entries link with a plain style, not as web links.
  CHECK(b.val(entries + "[1]/text:a/@text:style-name") == "Index_20_Link");
}

TEST_CASE("inline text: spaces, tabs, breaks, marks, links and fields") {
  document d = test::one_section({});
  paragraph p = para("body-text", text("  lead, two  and\tx\ny "));
  p.content.push_back(run("bold", bold));
  p.content.push_back(run(" both ", bold | italic));
  p.content.push_back(run("up", superscript));
  p.content.push_back(run("down", subscript));
  p.content.push_back(run("line", underline));
  p.content.push_back(field{field_kind::page_number, 0});
  p.content.push_back(field{field_kind::page_count, 0});
  p.content.push_back(field{field_kind::document_title, italic});
  p.content.push_back(doc::link{"https://example.org/?a=1&b=2", {run("site"), run(" now", bold)}});
  p.content.push_back(line_break{});
  d.sections[0].body.push_back(blk(std::move(p)));
  built b = build(d);
  const std::string q = "//text:p[1]";
  CHECK(b.val(q + "/text:s[1]/@text:c") == "2");        // leading spaces kept
  CHECK(b.count(q + "/text:s[2][not(@text:c)]") == 1);  // "two  and": one literal, one text:s
  CHECK(b.count(q + "/text:tab") == 1);
  CHECK(b.count(q + "/text:line-break") == 2);
  auto span_prop = [&](const std::string& text, const std::string& prop) {
    std::string style = b.val(q + "/text:span[.='" + text + "']/@text:style-name");
    return b.val("//office:automatic-styles/style:style[@style:name='" + style +
                 "']/style:text-properties/@" + prop);
  };
  CHECK(span_prop("bold", "fo:font-weight") == "bold");
  CHECK(span_prop(" both ", "fo:font-style") == "italic");
  CHECK(span_prop(" both ", "fo:font-weight") == "bold");
  CHECK(span_prop("up", "style:text-position") == "super 58%");
  CHECK(span_prop("down", "style:text-position") == "sub 58%");
  CHECK(span_prop("line", "style:text-underline-style") == "solid");
  // Identical marks share one automatic style.
  CHECK(b.count("//office:automatic-styles/style:style[@style:family='text']") == 6);
  CHECK(b.count(q + "/text:page-number[@text:select-page='current']") == 1);
  CHECK(b.count(q + "/text:page-count") == 1);
  CHECK(b.val(q + "/text:span/text:title") == "Test paper");
  CHECK(b.val(q + "/text:a/@xlink:href") == "https://example.org/?a=1&b=2");
  CHECK(b.val(q + "/text:a/@xlink:type") == "simple");
  CHECK(b.val(q + "/text:a/text:span") == " now");
}

TEST_CASE(
    "pictures are as-character frames sized from the picture or the image, within the text width") {
  document d = test::one_section({});
  std::size_t logo = add_image(d, test::logo_png(), "logo.png");
  const auto& info = d.images[logo].info;
  paragraph p = para("body-text", {});
  p.content.push_back(picture{logo, 40, 0, "Sized"});
  p.content.push_back(picture{logo, 0, 0, "Natural"});
  p.content.push_back(picture{logo, 500, 0, "Too wide"});
  d.sections[0].body.push_back(blk(std::move(p)));
  built b = build(d);
  const std::string f = "//draw:frame";
  REQUIRE(b.count(f) == 3);
  CHECK(b.val(f + "[1]/@text:anchor-type") == "as-char");
  CHECK(b.val(f + "[1]/@draw:name") == "Image1");
  CHECK(b.val(f + "[2]/@draw:name") == "Image2");
  CHECK(b.val(f + "[1]/@svg:width") == "40.00mm");
  CHECK(b.val(f + "[1]/@svg:height") ==
        fmt::format("{:.2f}mm", 40 * info.height_mm() / info.width_mm()));
  CHECK(b.val(f + "[2]/@svg:width") == fmt::format("{:.2f}mm", info.width_mm()));
  CHECK(b.val(f + "[3]/@svg:width") == "165.00mm");
  CHECK(b.val(f + "[1]/svg:title") == "Sized");
  CHECK(b.val(f + "[1]/svg:desc") == "Sized");
  CHECK(b.val(f + "[1]/draw:image/@xlink:href") == "Pictures/image1.png");
  std::string style = b.val(f + "[1]/@draw:style-name");
  CHECK(b.val("//style:style[@style:name='" + style + "']/@style:family") == "graphic");
}

TEST_CASE("tables: width, columns, header rows, spans, covered and padded cells, caption") {
  document d = test::one_section({});
  table t;
  t.column_widths = {1, 3};
  t.header_rows = 1;
  t.caption = text("Budget");
  table_row head;
  table_cell wide;
  wide.blocks.push_back(blk(para("table-heading", text("Both columns"))));
  wide.col_span = 2;
  head.cells.push_back(std::move(wide));
  t.rows.push_back(std::move(head));
  table_row r1;
  table_cell tall;
  tall.blocks.push_back(blk(para("table-text", text("Two rows"))));
  tall.row_span = 2;
  r1.cells.push_back(std::move(tall));
  r1.cells.push_back(table_cell{});
  t.rows.push_back(std::move(r1));
  t.rows.push_back(table_row{});  // covered by the tall cell, then padded
  d.sections[0].body.push_back(blk(std::move(t)));
  built b = build(d);

  const std::string tbl = "//table:table";
  CHECK(b.val(tbl + "/@table:name") == "Table1");
  std::string ts = b.val(tbl + "/@table:style-name");
  CHECK(b.val("//style:style[@style:name='" + ts + "']/style:table-properties/@style:width") ==
        "165.00mm");
  CHECK(b.val("//style:style[@style:name='" + ts + "']/style:table-properties/@table:align") ==
        "margins");
  REQUIRE(b.count(tbl + "/table:table-column") == 2);
  std::string c1 = b.val(tbl + "/table:table-column[1]/@table:style-name");
  std::string c2 = b.val(tbl + "/table:table-column[2]/@table:style-name");
  CHECK(b.val("//style:style[@style:name='" + c1 +
              "']/style:table-column-properties/@style:column-width") == "41.25mm");
  CHECK(b.val("//style:style[@style:name='" + c2 +
              "']/style:table-column-properties/@style:column-width") == "123.75mm");
  CHECK(b.count(tbl + "/table:table-header-rows/table:table-row") == 1);
  CHECK(b.count(tbl + "/table:table-row") == 2);
  const std::string head_row = tbl + "/table:table-header-rows/table:table-row";
  CHECK(b.val(head_row + "/table:table-cell/@table:number-columns-spanned") == "2");
  CHECK(b.val(head_row + "/table:table-cell/@office:value-type") == "string");
  CHECK(b.count(head_row + "/table:covered-table-cell") == 1);
  std::string hs = b.val(head_row + "/table:table-cell/@table:style-name");
  CHECK(b.val("//style:style[@style:name='" + hs +
              "']/style:table-cell-properties/@fo:background-color") == "#D9E2F3");
  CHECK(b.val("//style:style[@style:name='" + hs + "']/style:table-cell-properties/@fo:border") ==
        "0.5pt solid #" + test::council_style().table.border_colour);
  CHECK(b.val("//style:style[@style:name='" + hs + "']/style:table-cell-properties/@fo:padding") ==
        "1.50mm");
  CHECK(b.val(tbl + "/table:table-row[1]/table:table-cell[1]/@table:number-rows-spanned") == "2");
  CHECK(b.count(tbl + "/table:table-row[2]/*[1][self::table:covered-table-cell]") == 1);
  CHECK(b.count(tbl + "/table:table-row[2]/*[2][self::table:table-cell]") == 1);
  // Every cell holds a paragraph, even empty and padding ones.
  CHECK(b.count(tbl + "//table:table-cell[not(text:p)]") == 0);
  // The caption comes before the table, numbered by a sequence field.
  const std::string cap = "//text:p[following-sibling::*[1][self::table:table]]";
  // The caption opens the section, so its style is an automatic one over Caption with the master
  // page.
  std::string cs = b.val(cap + "/@text:style-name");
  CHECK(b.val("//style:style[@style:name='" + cs + "']/@style:parent-style-name") == "Caption");
  CHECK(b.val(cap) == "Table 1: Budget");
  CHECK(b.val(cap + "/text:sequence/@text:name") == "Table");
  CHECK(b.val(cap + "/text:sequence/@text:formula") == "ooow:Table+1");
  CHECK(b.val(cap + "/text:sequence/@style:num-format") == "1");
  CHECK(b.count("//text:sequence-decls/text:sequence-decl[@text:name='Table']") == 1);
}

TEST_CASE("each section's first block carries its master page, page breaks go on the next block") {
  document d = test::one_section({blk(para("body-text", text("first"))), blk(page_break{}),
                                  blk(para("body-text", text("after break"))), blk(page_break{})});
  section second;
  second.page_orientation = orientation::landscape;
  table t;
  table_row r;
  r.cells.push_back(table_cell{});
  t.rows.push_back(std::move(r));
  second.body.push_back(blk(std::move(t)));
  second.body.push_back(blk(page_break{}));
  d.sections.push_back(std::move(second));
  built b = build(d);
  auto style_of = [&](const std::string& xpath) {
    return "//office:automatic-styles/style:style[@style:name='" + b.val(xpath) + "']";
  };
  const std::string body = "/office:document-content/office:body/office:text";
  CHECK(b.val(style_of(body + "/text:p[1]/@text:style-name") + "/@style:master-page-name") ==
        "Section_20_1");
  CHECK(b.val(style_of(body + "/text:p[2]/@text:style-name") +
              "/style:paragraph-properties/@fo:break-before") == "page");
  // The break before a new section is the section's own master page.
  std::string table = style_of(body + "/table:table/@table:style-name");
  CHECK(b.val(table + "/@style:master-page-name") == "Section_20_2");
  CHECK(b.count(table + "/style:table-properties[@fo:break-before]") == 0);
  CHECK(b.val(table + "/style:table-properties/@style:width") == "252.00mm");
  // A trailing break gets an empty paragraph to carry it.
  CHECK(b.val(style_of(body + "/*[last()]/@text:style-name") +
              "/style:paragraph-properties/@fo:break-before") == "page");
  CHECK(b.val(body + "/*[last()]") == "");
}

TEST_CASE("direct alignment is an automatic style over the role's style") {
  paragraph p = para("body-text", text("centred"));
  p.align = alignment::centre;
  paragraph q = para("body-text", text("justified"));
  q.align = alignment::justify;
  built b = build(test::one_section({blk(para("body-text", text("x"))), blk(p), blk(q)}));
  std::string s = b.val("//text:p[.='centred']/@text:style-name");
  CHECK(b.val("//style:style[@style:name='" + s + "']/@style:parent-style-name") == "Text_20_body");
  CHECK(b.val("//style:style[@style:name='" + s + "']/style:paragraph-properties/@fo:text-align") ==
        "center");
  std::string j = b.val("//text:p[.='justified']/@text:style-name");
  CHECK(b.val("//style:style[@style:name='" + j + "']/style:paragraph-properties/@fo:text-align") ==
        "justify");
}

TEST_CASE("the cover is the title block's paragraphs in their roles") {
  document d = test::one_section({});
  std::size_t logo = add_image(d, test::logo_png(), "logo.png");
  title_block tb;
  tb.committee = "Cabinet";
  tb.title = "A Title";
  tb.classification = "Public";
  tb.logo = picture{logo, 30, 0, "Logo"};
  d.sections[0].body.push_back(blk(tb));
  built b = build(d);
  const std::string body = "/office:document-content/office:body/office:text";
  CHECK(b.count(body + "/text:p[1]/draw:frame") == 1);
  CHECK(b.val(body + "/text:p[2]/@text:style-name") == "Cover_20_Committee");
  CHECK(b.val(body + "/text:p[3]/@text:style-name") == "Title");
  CHECK(b.val(body + "/text:p[4]/@text:style-name") == "Cover_20_Classification");
  CHECK(b.count(body + "/text:p") == 4);
}
