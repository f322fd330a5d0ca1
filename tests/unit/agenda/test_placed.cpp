// SPDX-License-Identifier: MIT
// Placed documents: an existing DOCX or ODT read into the document tree with
// its text, headings, lists, tables, pictures, links and page orientation;
// hostile packages refused with a clear message.
#include <doctest/doctest.h>

#include <fstream>
#include <functional>

#include "agenda/placed_document.hpp"
#include "docx/docx_writer.hpp"
#include "layout/check.hpp"
#include "layout/toc.hpp"
#include "support/fixtures.hpp"
#include "support/paths.hpp"
#include "support/raw_zip.hpp"
#include "support/reference_packages.hpp"
#include "zip/zip_reader.hpp"

using namespace cp;

namespace {

std::filesystem::path documents() {
  return test::source_dir() / "inputs" / "agenda" / "documents";
}

// Every text of the tree, one block after another.
void collect(const doc::blocks& bs, std::string& out) {
  for (const auto& b : bs) {
    if (const auto* p = std::get_if<doc::paragraph>(&b.node))
      out += layout::plain_text(p->content) + "\n";
    else if (const auto* h = std::get_if<doc::heading>(&b.node))
      out += layout::plain_text(h->content) + "\n";
    else if (const auto* l = std::get_if<doc::list>(&b.node))
      for (const auto& i : l->items) collect(i.blocks, out);
    else if (const auto* t = std::get_if<doc::table>(&b.node))
      for (const auto& r : t->rows)
        for (const auto& c : r.cells) collect(c.blocks, out);
  }
}

std::string all_text(const doc::document& d) {
  std::string out;
  for (const auto& s : d.sections) collect(s.body, out);
  return out;
}

template <class T>
std::vector<const T*> all_of(const doc::document& d) {
  std::vector<const T*> out;
  std::function<void(const doc::blocks&)> walk = [&](const doc::blocks& bs) {
    for (const auto& b : bs) {
      if (const auto* x = std::get_if<T>(&b.node)) out.push_back(x);
      if (const auto* l = std::get_if<doc::list>(&b.node))
        for (const auto& i : l->items) walk(i.blocks);
      if (const auto* t = std::get_if<doc::table>(&b.node))
        for (const auto& r : t->rows)
          for (const auto& c : r.cells) walk(c.blocks);
    }
  };
  for (const auto& s : d.sections) walk(s.body);
  return out;
}

// Checks what both files of the example auditor's report must give.
void check_auditors_report(const agenda::placed_document& p) {
  const auto& d = p.tree;
  layout::check_document(d, test::council_style());  // a tree the writers take
  std::string text = all_text(d);
  for (const char* s :
       {"Annual Auditor's Report 2024/25",
        "Riverside District Council, prepared by Hartwell & Co LLP",
        "We issued an unqualified opinion", "Financial sustainability, including the medium term",
        "its review of the risk register each quarter", "Report the capital programme's slippage",
        "The reserves policy is clear", "No significant weakness", "Improvement recommended",
        "Certification of the housing benefit subsidy claim", "£34,100"})
    CHECK_MESSAGE(text.find(s) != std::string::npos, s, " in:\n", text);
  // Footnote text is left out, and said to be.
  CHECK(text.find("Comptroller") == std::string::npos);
  bool noted = false;
  for (const auto& n : p.notes)
    noted = noted || n.find("footnotes and endnotes left out: 1") != std::string::npos;
  CHECK(noted);
  // Title, headings (three levels mapped), none in the pack's contents.
  auto paragraphs = all_of<doc::paragraph>(d);
  REQUIRE(!paragraphs.empty());
  CHECK(paragraphs[0]->role == "title");
  auto headings = all_of<doc::heading>(d);
  REQUIRE(headings.size() == 4);
  CHECK(layout::plain_text(headings[0]->content) == "Introduction");
  CHECK(headings[0]->level == 1);
  CHECK(headings[2]->level == 2);
  for (const auto* h : headings) CHECK_FALSE(h->in_toc);
  // Marks and the link survive.
  bool bold = false, italic = false, link = false;
  for (const auto* para : paragraphs)
    for (const auto& n : para->content) {
      if (const auto* t = std::get_if<doc::text_run>(&n)) {
        bold = bold || (t->text == "unqualified opinion" && (t->marks & doc::bold));
        italic =
            italic || (t->text == "in accordance with the CIPFA Code" && (t->marks & doc::italic));
      }
      if (const auto* l = std::get_if<doc::link>(&n))
        link = link || l->target == "https://www.nao.org.uk/code-audit-practice/";
    }
  CHECK(bold);
  CHECK(italic);
  CHECK(link);
  // Lists: a bulleted one with a nested item, then a numbered one.
  auto lists = all_of<doc::list>(d);
  REQUIRE(lists.size() >= 3);
  CHECK(d.sequences.at(lists[0]->sequence).scheme == "bullet");
  CHECK(lists[0]->items.size() == 3);
  REQUIRE(lists[0]->items[1].blocks.size() == 2);
  CHECK(std::holds_alternative<doc::list>(lists[0]->items[1].blocks[1].node));
  const doc::list* numbered = nullptr;
  for (const auto* l : lists)
    if (d.sequences.at(l->sequence).scheme == "number") numbered = l;
  REQUIRE(numbered);
  CHECK(numbered->items.size() == 3);
  // The findings table: a header row, a cell spanning two rows.
  auto tables = all_of<doc::table>(d);
  REQUIRE(tables.size() == 2);
  CHECK(tables[0]->header_rows == 1);
  CHECK(tables[0]->rows.size() == 4);
  CHECK(tables[0]->column_widths.size() == 3);
  CHECK(tables[0]->rows[1].cells.size() == 3);
  CHECK(tables[0]->rows[1].cells[2].row_span == 2);
  CHECK(tables[0]->rows[2].cells.size() == 2);
  // The chart, with its description as alternative text.
  REQUIRE(d.images.size() == 1);
  CHECK(d.images[0].info.width_px == 480);
  bool picture = false;
  for (const auto* para : paragraphs)
    for (const auto& n : para->content)
      if (const auto* pic = std::get_if<doc::picture>(&n)) {
        picture = true;
        CHECK(pic->alt.starts_with("Bar chart: the share of the Council's audit recommendations"));
        CHECK(pic->width_mm == doctest::Approx(127).epsilon(0.01));
      }
  CHECK(picture);
  // The appendix is on a landscape page of its own.
  REQUIRE(d.sections.size() == 2);
  CHECK(d.sections[0].page_orientation == doc::orientation::portrait);
  CHECK(d.sections[1].page_orientation == doc::orientation::landscape);
  CHECK(layout::plain_text(std::get<doc::heading>(d.sections[1].body[0].node).content) ==
        "Appendix: audit fees");
}

std::string w_doc(const std::string& body) {
  return "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
         "relationships\"><w:body>" +
         body + "</w:body></w:document>";
}

agenda::placed_document read_docx(const std::string& body, test::parts extra = {}) {
  test::parts p = test::minimal_docx_parts();
  p["word/document.xml"] = w_doc(body);
  for (auto& [k, v] : extra) p[k] = v;
  return agenda::read_placed_docx(package::read_zip(test::zip_of(p), "test.docx"), "test.docx",
                                  test::council_style());
}

}  // namespace

TEST_CASE(
    "the example DOCX keeps its text, headings, lists, tables, picture, link and landscape page") {
  check_auditors_report(agenda::read_placed_document(
      documents() / "external-auditor-annual-report.docx", test::council_style()));
}

TEST_CASE("the example ODT gives the same") {
  check_auditors_report(agenda::read_placed_document(
      documents() / "external-auditor-annual-report.odt", test::council_style()));
}

TEST_CASE(
    "DOCX: tracked deletions, hidden text and field codes are not placed, insertions and results "
    "are") {
  auto p = read_docx(
      "<w:p><w:r><w:t xml:space=\"preserve\">Kept "
      "</w:t></w:r><w:del><w:r><w:delText>deleted</w:delText></w:r></w:del>"
      "<w:ins><w:r><w:t>inserted</w:t></w:r></w:ins><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</"
      "w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t xml:space=\"preserve\"> 1 "
      "May</w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>");
  CHECK(all_text(p.tree) == "Kept inserted 1 May\n");
}

TEST_CASE("DOCX: merged cells, spans, a nested table and page breaks") {
  auto cell = [](const std::string& props, const std::string& text) {
    return "<w:tc><w:tcPr>" + props + "</w:tcPr><w:p><w:r><w:t>" + text +
           "</w:t></w:r></w:p></w:tc>";
  };
  std::string nested = "<w:tbl><w:tr>" + cell("", "inner") + "</w:tr></w:tbl>";
  auto p = read_docx(
      "<w:tbl><w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/><w:gridCol "
      "w:w=\"4000\"/></w:tblGrid>"
      "<w:tr><w:trPr><w:tblHeader/></w:trPr>" +
      cell("<w:gridSpan w:val=\"2\"/>", "A") + cell("", "B") +
      "</w:tr>"
      "<w:tr>" +
      cell("<w:vMerge w:val=\"restart\"/>", "C") + cell("", "D") + "<w:tc><w:p/>" + nested +
      "</w:tc></w:tr>"
      "<w:tr>" +
      cell("<w:vMerge/>", "") + cell("", "E") + cell("", "F") +
      "</w:tr></w:tbl>"
      "<w:p><w:r><w:t>before</w:t><w:br w:type=\"page\"/><w:t>after</w:t></w:r></w:p>");
  layout::check_document(p.tree, test::council_style());
  auto tables = all_of<doc::table>(p.tree);
  REQUIRE(tables.size() == 1);
  const auto& t = *tables[0];
  CHECK(t.header_rows == 1);
  CHECK(t.rows[0].cells[0].col_span == 2);
  CHECK(t.rows[1].cells[0].row_span == 2);
  CHECK(t.rows[2].cells.size() == 2);
  CHECK(all_text(p.tree).find("inner") != std::string::npos);
  CHECK(std::get<doc::paragraph>(t.rows[0].cells[0].blocks[0].node).role == "table-heading");
  const auto& body = p.tree.sections[0].body;
  REQUIRE(body.size() == 4);
  CHECK(std::holds_alternative<doc::page_break>(body[2].node));
  bool noted = false;
  for (const auto& n : p.notes)
    noted =
        noted || n.find("tables inside table cells (placed as paragraphs): 1") != std::string::npos;
  CHECK(noted);
}

TEST_CASE("DOCX: pictures that are linked, not PNG or JPEG, or missing are left out or refused") {
  const std::string rels_ns = "http://schemas.openxmlformats.org/package/2006/relationships";
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  std::string rels =
      "<Relationships xmlns=\"" + rels_ns + "\"><Relationship Id=\"rId1\" Type=\"" + rel +
      "image\" Target=\"media/a.gif\"/><Relationship Id=\"rId2\" Type=\"" + rel +
      "image\" Target=\"https://example.org/x.png\" TargetMode=\"External\"/></Relationships>";
  auto pict = [](const char* attr) {
    return std::string(
               "<w:p><w:r><w:pict><v:imagedata xmlns:v=\"urn:schemas-microsoft-com:vml\" ") +
           attr + "/></w:pict></w:r></w:p>";
  };
  auto p = read_docx(
      pict("r:id=\"rId1\"") + pict("r:id=\"rId2\"") + "<w:p><w:r><w:t>text</w:t></w:r></w:p>",
      {{"word/_rels/document.xml.rels", rels}, {"word/media/a.gif", "GIF89a..."}});
  CHECK(p.tree.images.empty());
  std::string notes;
  for (const auto& n : p.notes) notes += n + "\n";
  CHECK(notes.find("the picture word/media/a.gif is not a PNG or JPEG image and is left out") !=
        std::string::npos);
  CHECK(notes.find("linked pictures (stored outside the document) left out: 1") !=
        std::string::npos);
}

TEST_CASE("hostile or unreadable packages are refused with a clear message") {
  auto refuse = [](const std::string& bytes, const std::string& name) {
    auto dir = test::scratch_dir("agenda-hostile");
    auto file = dir / name;
    std::ofstream(file, std::ios::binary) << bytes;
    try {
      agenda::read_placed_document(file, test::council_style());
    } catch (const agenda::placed_error& e) {
      return std::string(e.what());
    }
    return std::string("not refused");
  };
  CHECK(refuse(test::docx_zip_bomb(), "bomb.docx").find("expands") != std::string::npos);
  CHECK(refuse(test::docx_with_traversal(), "traversal.docx").find("outside the package") !=
        std::string::npos);
  CHECK(refuse(test::docx_with_entity_doctype(), "entity.docx").find("DOCTYPE") !=
        std::string::npos);
  CHECK(refuse(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0'),
               "locked.docx")
            .find("password-protected or an old Word (.doc) file") != std::string::npos);
  test::parts odt = test::minimal_odt_parts();
  odt["META-INF/manifest.xml"] =
      "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
      "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
      "<manifest:encryption-data manifest:checksum-type=\"SHA1\" "
      "manifest:checksum=\"x\"/></manifest:file-entry>"
      "</manifest:manifest>";
  CHECK(refuse(test::zip_of(odt), "locked.odt").find("password-protected") != std::string::npos);
  test::parts docx_as_odt = test::minimal_docx_parts();
  std::string msg = refuse(test::zip_of(docx_as_odt), "named.odt");
  CHECK(msg.find("cannot place") ==
        std::string::npos);  // read as the DOCX it is, whatever its name
}

TEST_CASE("an empty document still gives a tree the writers take") {
  auto p = read_docx(
      "<w:p/><w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/></w:sectPr>");
  REQUIRE(p.tree.sections.size() == 1);
  CHECK(p.tree.sections[0].page_orientation == doc::orientation::landscape);
  CHECK(p.tree.sections[0].body.empty());
  CHECK_NOTHROW(docx::build_docx(p.tree, test::council_style()));
}

TEST_CASE("damaged tables (spans that overlap or run out) still give a table the writers take") {
  auto cell = [](const std::string& props, const std::string& text) {
    return "<w:tc><w:tcPr>" + props + "</w:tcPr><w:p><w:r><w:t>" + text +
           "</w:t></w:r></w:p></w:tc>";
  };
  // A merge continued by a narrower cell, more cells than the grid has columns.
  auto p = read_docx(
      "<w:tbl><w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid>"
      "<w:tr>" +
      cell("<w:gridSpan w:val=\"2\"/><w:vMerge w:val=\"restart\"/>", "A") + cell("", "B") +
      "</w:tr>"
      "<w:tr>" +
      cell("<w:vMerge/>", "") + cell("", "C") + cell("", "D") + cell("", "E") + "</w:tr></w:tbl>");
  CHECK_NOTHROW(layout::check_document(p.tree, test::council_style()));
  CHECK_NOTHROW(docx::build_docx(p.tree, test::council_style()));
  CHECK(all_text(p.tree).find("E") != std::string::npos);
  // ODT: a cell spanning two rows with, below it, a cell instead of a covered one.
  test::parts odt = test::minimal_odt_parts();
  odt["content.xml"] =
      "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
      "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
      "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><office:body><office:text><"
      "table:table>"
      "<table:table-column/><table:table-row><table:table-cell table:number-rows-spanned=\"2\" "
      "table:number-columns-spanned=\"2\"><text:p>A</text:p></table:table-cell></table:table-row>"
      "<table:table-row><table:table-cell><text:p>B</text:p></table:table-cell><table:table-cell "
      "table:number-rows-spanned=\"9\"><text:p>C</text:p></table:table-cell></table:table-row>"
      "</table:table></office:text></office:body></office:document-content>";
  auto o = agenda::read_placed_odt(package::read_zip(test::zip_of(odt), "t.odt"), "t.odt",
                                   test::council_style());
  CHECK_NOTHROW(layout::check_document(o.tree, test::council_style()));
  CHECK(all_text(o.tree) == "A\nB\nC\n");
}
