// SPDX-License-Identifier: MIT
// Reference documents made in memory for tests: the smallest DOCX and ODT
// the readers accept, and hostile ones they must refuse.
#pragma once

#include <map>
#include <string>

namespace cp::test {

using parts = std::map<std::string, std::string>;

// word/document.xml (one A4 section with a default header) and
// word/styles.xml (Normal, Heading 1), the header and its picture.
parts minimal_docx_parts();
// mimetype, content.xml and styles.xml (Standard, Heading 1, a master page
// with a header showing a picture).
parts minimal_odt_parts();

// The ZIP holding `p`; "mimetype" first and stored when present, as ODF requires.
std::string zip_of(const parts& p);

// Hostile DOCX packages.
std::string docx_zip_bomb();             // styles.xml inflates over 1000 times
std::string docx_with_traversal();       // an entry named "../evil.xml"
std::string docx_without_styles();       // no word/styles.xml
std::string docx_with_entity_doctype();  // styles.xml declares an external entity

}  // namespace cp::test
