// SPDX-License-Identifier: MIT
// Golden files: every XML part of a small document, compared pretty-printed.
// After a deliberate change, review the diff and run with UPDATE_GOLDEN=1.
#include <doctest/doctest.h>

#include "docx/docx_writer.hpp"
#include "docx_fixture.hpp"
#include "support/golden.hpp"

using namespace cp;

TEST_CASE("the XML parts of a small document match their golden files") {
  test::docx_parts parts(docx::build_docx(test::small_document(), test::frozen_style()));
  const char* names[] = {
      "[Content_Types].xml", "_rels/.rels",       "docProps/core.xml",
      "docProps/app.xml",    "word/document.xml", "word/styles.xml",
      "word/numbering.xml",  "word/settings.xml", "word/fontTable.xml",
      "word/header1.xml",    "word/footer1.xml",  "word/_rels/document.xml.rels"};
  for (const char* name : names) {
    CAPTURE(name);
    std::string file = name;
    if (file == "[Content_Types].xml") file = "content_types.xml";
    for (char& c : file)
      if (c == '/') c = '_';
    CHECK(test::compare_golden(parts.text(name), "docx/small/" + file) == "");
  }
  // Nothing else is in the package: no custom properties, no media.
  CHECK(parts.names().size() == std::size(names));
}
