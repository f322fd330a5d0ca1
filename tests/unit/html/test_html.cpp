// SPDX-License-Identifier: MIT
// The HTML writer: pages read back with libxml2's HTML parser and XPath
// (numbers as printed, ids and links, tables, contents, pictures, the head
// and print rules, pages of parts), escaping, determinism and a golden page.
#include <doctest/doctest.h>

#include <libxml/HTMLparser.h>

#include <regex>

#include "document/build.hpp"
#include "html/html_writer.hpp"
#include "support/fixtures.hpp"
#include "support/golden.hpp"
#include "util/error.hpp"
#include "xml/xml_reader.hpp"

using namespace cp;
using namespace cp::doc;

namespace {

struct html_doc {
  xml::doc_ptr d;
  explicit html_doc(const std::string& page)
      : d(htmlReadMemory(page.data(), static_cast<int>(page.size()), "page.html", "utf-8",
                         HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET)) {
    REQUIRE(d);
  }
  std::vector<std::string> texts(const std::string& xpath) const {
    std::vector<std::string> out;
    for (xmlNode* n : xml::select(d.get(), xpath)) out.push_back(xml::content(n));
    return out;
  }
  std::string text(const std::string& xpath) const { return xml::evaluate(d.get(), xpath); }
  std::size_t count(const std::string& xpath) const {
    return static_cast<std::size_t>(std::stoul(xml::evaluate(d.get(), "count(" + xpath + ")")));
  }
};

section with(blocks body) {
  section s;
  s.body = std::move(body);
  return s;
}

heading head(int level, std::string text, std::optional<numbering_ref> n = std::nullopt,
             std::string anchor = "") {
  heading h;
  h.level = level;
  h.content = doc::text(std::move(text));
  h.numbering = n;
  h.anchor = std::move(anchor);
  return h;
}

list bullets(std::size_t sequence, std::vector<std::string> items) {
  list l;
  l.sequence = sequence;
  for (auto& t : items) {
    list_item it;
    it.blocks.push_back(blk(para("list-bullet", text(std::move(t)))));
    l.items.push_back(std::move(it));
  }
  return l;
}

table small_table(std::string caption) {
  table t;
  t.header_rows = 1;
  t.caption = text(std::move(caption));
  table_row r0, r1, r2;
  table_cell both;
  both.col_span = 2;
  both.blocks.push_back(blk(para("table-heading", text("Item and cost"))));
  r0.cells.push_back(std::move(both));
  table_cell a, b;
  a.blocks.push_back(blk(para("table-text", text("Paper"))));
  b.blocks.push_back(blk(para("table-text", text("£10"))));
  r1.cells.push_back(std::move(a));
  r1.cells.push_back(std::move(b));
  table_cell only;
  only.blocks.push_back(blk(para("table-text", text("Ink"))));
  r2.cells.push_back(std::move(only));  // the row runs out: an empty cell follows
  t.rows = {std::move(r0), std::move(r1), std::move(r2)};
  return t;
}

// A heading with numbered paragraphs and a nested list, a contents list,
// links, marks, a table, a landscape section, a header with the DRAFT mark
// and a footer with page numbers.
document small_document() {
  document d;
  d.meta.title = "Small paper";
  d.meta.author = "Clerk";
  d.meta.keywords = {"budget", "partnerships"};
  d.meta.created = "2024-01-02T03:04:05Z";
  d.meta.status = "draft";
  d.meta.custom = {{"Committee", "Cabinet"}};
  std::size_t outline = add_sequence(d, "outline");
  std::size_t bullet = add_sequence(d, "bullet");
  std::size_t number = add_sequence(d, "number");

  section s;
  s.header.push_back(blk(para("draft-mark", text("Draft"))));
  paragraph title_line = para("header", text("Cabinet: "));
  title_line.content.push_back(field{field_kind::document_title, 0});
  s.header.push_back(blk(std::move(title_line)));
  paragraph foot = para("footer", text("Page "));
  foot.content.push_back(field{field_kind::page_number, 0});
  foot.content.push_back(run(" of "));
  foot.content.push_back(field{field_kind::page_count, 0});
  s.footer.push_back(blk(std::move(foot)));

  s.body.push_back(blk(table_of_contents{}));
  s.body.push_back(blk(head(1, "Purpose", numbering_ref{outline, 0}, "purpose")));
  paragraph p = numbered("numbered-paragraph", text("This paper asks the "), outline, 1);
  p.content.push_back(run("Cabinet", bold));
  p.content.push_back(run(" to agree "));
  p.content.push_back(doc::link{"#costs", {run("the costs")}});
  p.content.push_back(run(" & <more>."));
  s.body.push_back(blk(std::move(p)));
  list l = bullets(bullet, {"first", "second"});
  list inner;
  inner.sequence = number;
  for (const char* t : {"one", "two"}) {
    list_item it;
    it.blocks.push_back(blk(para("list-number", text(t))));
    inner.items.push_back(std::move(it));
  }
  l.items[1].blocks.push_back(blk(para("body-text", text("More about the second."))));
  l.items[1].blocks.push_back(blk(std::move(inner)));
  s.body.push_back(blk(std::move(l)));
  s.body.push_back(blk(numbered("numbered-paragraph", text("Continued."), outline, 1)));
  s.body.push_back(blk(page_break{}));
  s.body.push_back(blk(head(1, "Costs", numbering_ref{outline, 0}, "costs")));
  s.body.push_back(blk(small_table("Costs")));
  d.sections.push_back(std::move(s));

  section wide = with({blk(head(2, "Wide table", std::nullopt, "has space")),
                       blk(numbered("numbered-paragraph", text("On a wide page."), outline, 1))});
  wide.page_orientation = orientation::landscape;
  d.sections.push_back(std::move(wide));
  return d;
}

// An agenda pack in miniature: a front sheet, and two parts with their own
// numbering and captions, the front sheet linking to each.
document pack_document() {
  document d;
  d.meta.title = "Cabinet agenda";
  std::size_t front = add_sequence(d, "outline");
  section sheet = with({blk(head(1, "Agenda", numbering_ref{front, 0}))});
  paragraph refs = para("body-text", text("Item 5: page "));
  refs.content.push_back(page_ref{"item-5", 0, 3});
  refs.content.push_back(run("; its findings: "));
  refs.content.push_back(doc::link{"#item-5-findings", {run("findings")}});
  sheet.body.push_back(blk(std::move(refs)));
  d.sections.push_back(std::move(sheet));
  for (const char* item : {"item-5", "item-6"}) {
    std::size_t outline = add_sequence(d, "outline");
    title_block tb;
    tb.title = std::string("Report for ") + item;
    section part =
        with({blk(tb),
              blk(head(1, "Findings", numbering_ref{outline, 0}, std::string(item) + "-findings")),
              blk(numbered("numbered-paragraph", text("A finding."), outline, 1)),
              blk(small_table("Findings"))});
    part.header.push_back(blk(para("draft-mark", text(std::string("Agenda ") + item))));
    part.part_anchor = item;
    d.sections.push_back(std::move(part));
  }
  return d;
}

}  // namespace

TEST_CASE("a paper is one page: doctype, language, title, properties, and nothing fetched or run") {
  std::string page = html::build_html(small_document(), test::council_style());
  CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"));
  html_doc h(page);
  CHECK(h.text("string(//title)") == "Small paper");
  CHECK(h.text("string(//meta[@name='author']/@content)") == "Clerk");
  CHECK(h.text("string(//meta[@name='keywords']/@content)") == "budget, partnerships");
  CHECK(h.text("string(//meta[@name='dcterms.created']/@content)") == "2024-01-02T03:04:05Z");
  CHECK(h.text("string(//meta[@name='status']/@content)") == "draft");
  CHECK(h.text("string(//meta[@name='Committee']/@content)") == "Cabinet");
  CHECK(h.text("string(//meta[@http-equiv='Content-Security-Policy']/@content)")
            .starts_with("default-src 'none'; img-src data:;"));
  CHECK(h.count("//script") == 0);
  CHECK(h.count("//link") == 0);
  CHECK(h.count("//*[@src and not(starts-with(@src, 'data:'))]") == 0);
  CHECK(h.count("//main") == 1);
}

TEST_CASE("numbers as printed: headings, numbered paragraphs and list labels in reading order") {
  html_doc h(html::build_html(small_document(), test::council_style()));
  CHECK(h.texts("//main//h1/span[@class='label']") == std::vector<std::string>{"1 ", "2 "});
  // The paragraph sequence runs on across the list and into the landscape section.
  CHECK(h.texts("//main//p[contains(@class,'numbered-paragraph')]/span[@class='label']") ==
        std::vector<std::string>{"1.1 ", "1.2 ", "2.1 "});
  CHECK(h.texts("//main//ul[@class='list']/li/p[1]/span[@class='label']") ==
        std::vector<std::string>{"• ", "• "});
  // Bullets are not read out; numbers are.
  CHECK(h.count("//ul[@class='list']/li/p/span[@class='label'][@aria-hidden='true']") == 2);
  // The nested list counts at its depth, in its own scheme ("%2)").
  CHECK(h.texts("//ul/li/ol[@class='list']/li/p/span[@class='label']") ==
        std::vector<std::string>{"a) ", "b) "});
  // A further paragraph of an item lines up with its text, unlabelled.
  CHECK(h.text("string(//ul/li[2]/p[2]/@class)") == "body-text lv-bullet-1-text");
  CHECK(h.text("string(//main//h1[1]/@class)") == "heading-1 lv-outline-1");
}

TEST_CASE("a new sequence restarts, a sequence's start value is kept, sectional numbering") {
  document d;
  std::size_t first = add_sequence(d, "outline");
  std::size_t second = add_sequence(d, "outline");
  std::size_t later = add_sequence(d, "continuous", 7);
  d.sections.push_back(with({blk(head(1, "A", numbering_ref{first, 0})),
                             blk(numbered("numbered-paragraph", text("x"), first, 1)),
                             blk(head(1, "B", numbering_ref{first, 0})),
                             blk(numbered("numbered-paragraph", text("y"), first, 1)),
                             blk(head(1, "Appendix", numbering_ref{second, 0})),
                             blk(numbered("numbered-paragraph", text("z"), second, 1)),
                             blk(numbered("body-text", text("w"), later, 0))}));
  html_doc h(html::build_html(d, test::council_style()));
  CHECK(h.texts("//main//span[@class='label']") ==
        std::vector<std::string>{"1 ", "1.1 ", "2 ", "2.1 ", "1 ", "1.1 ", "7. "});
}

TEST_CASE("headings have ids, the contents list links to each with its number") {
  html_doc h(html::build_html(small_document(), test::council_style()));
  CHECK(h.texts("//main//h1/@id | //main//h2/@id") ==
        std::vector<std::string>{"purpose", "costs", "cp-heading-3"});  // "has space": no id
  CHECK(h.text("string(//nav[@class='toc']/@aria-labelledby)") == "cp-contents-1");
  CHECK(h.text("string(//nav[@class='toc']/p[@id='cp-contents-1'])") == "Contents");
  CHECK(h.texts("//nav[@class='toc']//li/a/@href") ==
        std::vector<std::string>{"#purpose", "#costs", "#cp-heading-3"});
  CHECK(h.texts("//nav[@class='toc']//li/a") ==
        std::vector<std::string>{"1 Purpose", "2 Costs", "Wide table"});
  CHECK(h.texts("//nav[@class='toc']//li/@class") ==
        std::vector<std::string>{"toc-1", "toc-1", "toc-2"});
}

TEST_CASE("tables: caption numbered, header rows as thead with th scope, spans, padded cells") {
  html_doc h(html::build_html(small_document(), test::council_style()));
  CHECK(h.text("string(//table/caption)") == "Table 1: Costs");
  CHECK(h.count("//table/colgroup/col") == 2);
  CHECK(h.text("string(//table/colgroup/col[1]/@style)") == "width:50%");
  CHECK(h.count("//table/thead/tr") == 1);
  CHECK(h.text("string(//thead/tr/th/@scope)") == "colgroup");
  CHECK(h.text("string(//thead/tr/th/@colspan)") == "2");
  CHECK(h.texts("//tbody/tr[1]/td") == std::vector<std::string>{"Paper", "£10"});
  CHECK(h.count("//tbody/tr[2]/td") == 2);
  CHECK(h.text("string(//tbody/tr[2]/td[2])") == "");
}

TEST_CASE("text is escaped, links lead to their targets") {
  std::string page = html::build_html(small_document(), test::council_style());
  CHECK(page.find(" &amp; &lt;more&gt;.") != std::string::npos);
  html_doc h(page);
  CHECK(h.text("string(//main//p[contains(., 'asks')]/a/@href)") == "#costs");
  CHECK(h.text("string(//main//p[contains(., 'asks')]/strong)") == "Cabinet");
}

TEST_CASE(
    "the header is shown, the DRAFT mark too, and the footer's page numbers go to the print "
    "margins") {
  std::string page = html::build_html(small_document(), test::council_style());
  html_doc h(page);
  CHECK(h.texts("//header[@class='page-header']/p") ==
        std::vector<std::string>{"Draft", "Cabinet: Small paper"});
  CHECK(h.text("string(//header/p[1]/@class)") == "draft-mark");
  CHECK(h.count("//footer") == 0);  // only page numbers: a page on the screen has none
  CHECK(page.find("@bottom-center{content:\"Page \" counter(page) \" of \" counter(pages) ;") !=
        std::string::npos);
  CHECK(page.find("@page{size:210mm 297mm;margin:25mm 20mm 20mm 25mm}") != std::string::npos);
  CHECK(page.find("@page landscape{size:297mm 210mm}") != std::string::npos);
  CHECK(page.find("thead{display:table-header-group}") != std::string::npos);
  CHECK(h.count("//div[@class='section landscape']") == 1);
  CHECK(h.count("//div[@class='page-break']") == 1);
}

TEST_CASE("nothing in furniture text can end the style element or its string") {
  document d;
  section s = with({blk(para("body-text", text("x")))});
  paragraph foot = para("footer", text("\"</style><script>alert(1)</script>\\"));
  foot.content.push_back(field{field_kind::page_number, 0});
  s.footer.push_back(blk(std::move(foot)));
  d.sections.push_back(std::move(s));
  std::string page = html::build_html(d, test::council_style());
  CHECK(page.find("</style><script>") == std::string::npos);
  CHECK(page.find("\\00003C\\00002Fstyle\\00003E") != std::string::npos);
  html_doc h(page);
  CHECK(h.count("//script") == 0);
}

TEST_CASE("pictures are data: URIs with their alternative text, sized and fitted to the text") {
  document d;
  std::size_t logo = add_image(d, test::logo_png(), "logo.png");
  paragraph p = para("body-text", {});
  p.content.push_back(picture{logo, 50, 0, "Council logo"});
  p.content.push_back(picture{logo, 500, 100, "Too wide"});
  d.sections.push_back(with({blk(std::move(p))}));
  html_doc h(html::build_html(d, test::council_style()));
  auto srcs = h.texts("//img/@src");
  REQUIRE(srcs.size() == 2);
  CHECK(srcs[0].starts_with("data:image/png;base64,iVBORw0KGgo"));
  CHECK(srcs[0] == srcs[1]);
  CHECK(h.texts("//img/@alt") == std::vector<std::string>{"Council logo", "Too wide"});
  CHECK(h.text("string(//img[1]/@width)") == "189");  // 50 mm at 96 to the inch
  CHECK(h.text("string(//img[2]/@width)") == "624");  // the text width, 165 mm
  CHECK(h.text("string(//img[2]/@height)") == "125");
}

TEST_CASE("a document of parts: an index page, a page per part, links between them") {
  auto pages = html::build_html_pages(pack_document(), test::council_style());
  REQUIRE(pages.size() == 3);
  CHECK(pages[0].file == "index.html");
  CHECK(pages[1].file == "item-5.html");
  CHECK(pages[2].file == "item-6.html");
  html_doc index(pages[0].bytes);
  CHECK(index.text("string(//title)") == "Cabinet agenda");
  CHECK(index.texts("//main//a/@href") ==
        std::vector<std::string>{"item-5.html", "item-5.html#item-5-findings"});
  CHECK(index.text("string(//main//a[1])") == "3");  // the page in the printed pack
  CHECK(index.count("//nav[@class='pages']") == 0);
  html_doc five(pages[1].bytes);
  CHECK(five.text("string(//title)") == "Report for item-5 – Cabinet agenda");
  CHECK(five.text("string(//nav[@class='pages']//a/@href)") == "index.html");
  CHECK(five.text("string(//header/p)") == "Agenda item-5");
  CHECK(five.text("string(//main//h1/@id)") == "item-5-findings");
  CHECK(five.texts("//main//span[@class='label']") == std::vector<std::string>{"1 ", "1.1 "});
  CHECK(five.text("string(//caption)") == "Table 1: Findings");
  html_doc six(pages[2].bytes);
  // Each part numbers and captions from 1 again, and holds nothing of the other.
  CHECK(six.texts("//main//span[@class='label']") == std::vector<std::string>{"1 ", "1.1 "});
  CHECK(six.text("string(//caption)") == "Table 1: Findings");
  CHECK(pages[2].bytes.find("item-5") == std::string::npos);
  CHECK(pages[0].bytes.find("Report for") == std::string::npos);
  // The whole pack as one page: the same links within the page.
  html_doc one(html::build_html(pack_document(), test::council_style()));
  CHECK(one.texts("//main//p[contains(., 'Item 5')]/a/@href") ==
        std::vector<std::string>{"#item-5", "#item-5-findings"});
  CHECK(one.count("//div[@id='item-5']") == 1);
  CHECK(one.texts("//caption") ==
        std::vector<std::string>{"Table 1: Findings", "Table 1: Findings"});
}

TEST_CASE("the house style sheet: a class per role from the style, with what it inherits") {
  std::string page = html::build_html(small_document(), test::council_style());
  std::smatch m;
  REQUIRE(std::regex_search(page, m, std::regex(R"(\.appendix-heading\{[^}]*\})")));
  std::string rule = m.str();
  CHECK(rule.find("font-family:\"Arial\", \"Liberation Sans\"") != std::string::npos);
  CHECK(rule.find("font-size:14pt") != std::string::npos);
  CHECK(rule.find("font-weight:bold") != std::string::npos);
  CHECK(rule.find("text-transform") == std::string::npos);  // caps: false overrides heading-1
  CHECK(rule.find("break-before:page") != std::string::npos);
  CHECK(page.find(".lv-outline-2{margin-left:0mm;padding-left:12.5mm;text-indent:-12.5mm}") !=
        std::string::npos);
  CHECK(page.find("a{color:#0563C1;text-decoration:underline}") != std::string::npos);
}

TEST_CASE("the same tree and style give the same bytes, and a broken tree is refused") {
  CHECK(html::build_html(small_document(), test::council_style()) ==
        html::build_html(small_document(), test::council_style()));
  document bad = small_document();
  bad.sections[0].body.push_back(blk(para("no-such-role", text("x"))));
  CHECK_THROWS_AS(html::build_html(bad, test::council_style()), document_error);
}

TEST_CASE("golden page of a small document") {
  document d = small_document();
  d.sections[0].header.erase(d.sections[0].header.begin());  // the frozen style has no mark role
  std::string page = html::build_html(d, test::frozen_style());
  // One element a line, so a change shows as the lines it touches.
  std::string lines = std::regex_replace(page, std::regex("><"), ">\n<");
  CHECK(test::compare_golden_text(lines, "html/small.html") == "");
}
