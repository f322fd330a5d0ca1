// SPDX-License-Identifier: MIT
// A long document with no forced page breaks, written for checking the
// estimated contents page numbers against a real layout (LibreOffice).
#include <doctest/doctest.h>

#include <fstream>

#include <fmt/format.h>

#include "document/build.hpp"
#include "docx/docx_writer.hpp"
#include "docx_fixture.hpp"
#include "support/paths.hpp"

using namespace cp;

namespace {

doc::document long_document() {
  using namespace doc;
  document d;
  d.meta.title = "Long paper";
  std::size_t outline = add_sequence(d, "outline");
  section s;
  paragraph f = para("footer", text("Page "));
  f.content.push_back(field{field_kind::page_number, 0});
  s.footer.push_back(blk(std::move(f)));
  s.body.push_back(blk(table_of_contents{"Contents", 2}));
  const std::string sentence =
      "The partnership reviewed its arrangements for governance and reporting. ";
  for (int h = 1; h <= 14; ++h) {
    heading hd;
    hd.level = 1;
    hd.content = text(fmt::format("Chapter {}", h));
    hd.numbering = numbering_ref{outline, 0};
    s.body.push_back(blk(std::move(hd)));
    for (int p = 0; p < 2 + h % 4; ++p) {
      std::string t;
      for (int k = 0; k < 2 + (h * 7 + p * 3) % 9; ++k) t += sentence;
      s.body.push_back(blk(numbered("numbered-paragraph", text(t), outline, 1)));
    }
    if (h % 4 == 1) {  // a boxed recommendation: two paragraphs sharing one border
      s.body.push_back(
          blk(para("recommendation-box", {run(fmt::format("Recommendation {}", h), bold)})));
      s.body.push_back(blk(para("recommendation-box", text(sentence + sentence))));
    }
    if (h == 8) s.body.push_back(blk(page_break{}));  // the next heading keeps its space above
    if (h % 3 == 0) {
      heading sub;
      sub.level = 2;
      sub.content = text(fmt::format("Detail {}", h));
      s.body.push_back(blk(std::move(sub)));
      s.body.push_back(blk(para("body-text", text(sentence + sentence + sentence))));
    }
  }
  d.sections.push_back(std::move(s));
  return d;
}

}  // namespace

TEST_CASE("a long document is written to scratch/docx-long/long.docx") {
  auto pkg = docx::build_docx(long_document(), test::frozen_style());
  test::docx_parts parts(pkg);
  // Its contents page numbers as LibreOffice 7.4 lays the file out (checked
  // with pdftotext on its PDF): wrapped text, split paragraphs, kept
  // headings, boxes of bordered paragraphs and a page break all count.
  std::vector<std::string> expected = {"1", "2", "2", "3", "3", "3", "4", "4", "5",
                                       "5", "7", "7", "7", "8", "9", "9", "9", "10"};
  std::vector<std::string> cached;
  for (xmlNode* n : xml::select(parts.xml("word/document.xml"),
                                "//w:hyperlink/w:r[w:instrText]/following-sibling::w:r[2]/w:t"))
    cached.push_back(xml::content(n));
  CHECK(cached == expected);
  auto bytes = pkg.bytes();
  auto path = test::scratch_dir("docx-long") / "long.docx";
  std::ofstream(path, std::ios::binary) << bytes;
  CHECK(test::read_file(path) == bytes);
}
