// SPDX-License-Identifier: MIT
// The page estimate on a second thread: the parts are written with gaps for
// their page numbers, filled once the estimate is in, and the package is the
// same, byte for byte, as one written after estimating.
#include <doctest/doctest.h>

#include <fmt/format.h>

#include "document/build.hpp"
#include "docx/docx_writer.hpp"
#include "docx_fixture.hpp"
#include "xml/xml_writer.hpp"

using namespace cp;

namespace {

// Long enough for a thread of its own: a contents list, page references to
// headings and to parts, and "Page N of M" footers in every section.
doc::document long_paper(int chapters) {
  using namespace doc;
  document d;
  d.meta.title = "Paper with page numbers";
  std::size_t outline = add_sequence(d, "outline");
  for (int part = 0; part < 2; ++part) {
    section s;
    s.part_anchor = fmt::format("part-{}", part);
    paragraph f = para("footer", text("Page "));
    f.content.push_back(field{field_kind::page_number, 0});
    f.content.push_back(text_run{" of "});
    f.content.push_back(field{field_kind::page_count, 0});
    s.footer.push_back(blk(std::move(f)));
    s.body.push_back(blk(table_of_contents{"Contents", 2}));
    for (int h = 0; h < chapters; ++h) {
      heading hd;
      hd.content = text(fmt::format("Chapter {}.{}", part, h));
      hd.numbering = numbering_ref{outline, 0};
      hd.anchor = fmt::format("chapter-{}-{}", part, h);
      s.body.push_back(blk(std::move(hd)));
      for (int p = 0; p < 3; ++p) {
        paragraph body = numbered("numbered-paragraph",
                                  text("The partnership reviewed its arrangements. "), outline, 1);
        body.content.push_back(
            page_ref{fmt::format("chapter-{}-{}", 1 - part, (h * 7) % chapters)});
        body.content.push_back(text_run{" and "});
        body.content.push_back(page_ref{fmt::format("part-{}", 1 - part)});
        s.body.push_back(blk(std::move(body)));
      }
    }
    d.sections.push_back(std::move(s));
  }
  return d;
}

}  // namespace

TEST_CASE("a gap is filled with its text, escaped, wherever it falls") {
  xml::writer w(false);
  w.open("a").gap(7).open("b").text("x").close().gap(1).close();
  w.open("c").gap(2).close();
  std::string part = w.finish();
  REQUIRE(w.gaps().size() == 3);
  CHECK(part == "<a><b>x</b></a><c></c>");
  std::string filled = xml::fill_gaps(part, w.gaps(), [](std::uint64_t what) {
    return what == 1 ? std::string("<&>") : fmt::format("{}", what);
  });
  CHECK(filled == "<a>7<b>x</b>&lt;&amp;&gt;</a><c>2</c>");
  CHECK(xml::fill_gaps("<a/>", {}, [](std::uint64_t) { return std::string("never"); }) == "<a/>");
}

TEST_CASE("the estimate on a second thread gives the same package as before the writing") {
  for (int chapters : {3, 150}) {
    CAPTURE(chapters);
    doc::document d = long_paper(chapters);
    std::string alone = docx::build_docx(d, test::council_style()).bytes();
    std::string beside =
        docx::build_docx(d, test::council_style(), nullptr, {.helper_thread = true}).bytes();
    CHECK(beside == alone);
  }
}

TEST_CASE("every page number of a long paper is written in, in the body and the footers") {
  doc::document d = long_paper(150);
  test::docx_parts parts(
      docx::build_docx(d, test::council_style(), nullptr, {.helper_thread = true}));
  // The result run of each PAGEREF and NUMPAGES field holds a page number.
  std::size_t fields = 0;
  for (const char* part : {"word/document.xml", "word/footer1.xml", "word/footer2.xml"}) {
    CAPTURE(part);
    for (xmlNode* n :
         xml::select(parts.xml(part),
                     "//w:r[w:instrText[contains(., 'PAGEREF') or contains(., 'NUMPAGES')]]"
                     "/following-sibling::w:r[2]/w:t")) {
      std::string page = xml::content(n);
      CHECK(!page.empty());
      CHECK(page.find_first_not_of("0123456789") == std::string::npos);
      CHECK(page != "0");
      ++fields;
    }
  }
  // Two contents lists of 150 entries, 900 references to chapters and
  // parts, and a NUMPAGES in each footer.
  CHECK(fields == 2 * 150 + 2 * 150 * 3 * 2 + 2);
}
