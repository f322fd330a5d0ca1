// SPDX-License-Identifier: MIT
// One function per package part; docx_writer.cpp calls them in order.
#pragma once

#include <string>
#include <vector>

#include "document/document.hpp"
#include "docx/section_properties.hpp"
#include "docx/writer_state.hpp"
#include "style/house_style.hpp"
#include "xml/xml_writer.hpp"

namespace cp::docx::detail {

// The namespaces of the main document, headers and footers, on their root element.
void declare_story_namespaces(xml::writer& w);

// word/document.xml: every section's body, each ending with its w:sectPr.
written_part write_document_part(writer_state& st, part_relationships& rels,
                                 const std::vector<section_refs>& sections);
// word/headerN.xml or word/footerN.xml.
written_part write_header_footer_part(writer_state& st, part_relationships& rels,
                                      const doc::blocks& content, bool header, doc::orientation o);
// word/styles.xml: house paragraph, character and table styles.
std::string write_styles_part(const writer_state& st);
// word/numbering.xml: one w:abstractNum per scheme, one w:num per sequence.
std::string write_numbering_part(const writer_state& st);
// word/settings.xml.
std::string write_settings_part(const style::house_style& hs);
// word/fontTable.xml: the fonts the styles name.
std::string write_font_table_part(const style::house_style& hs);
// docProps/core.xml, docProps/app.xml, docProps/custom.xml.
std::string write_core_props_part(const doc::metadata& m);
std::string write_app_props_part();
std::string write_custom_props_part(const doc::metadata& m);
// With a reference document (reference_parts.cpp):
// word/styles.xml: the reference's styles (those our roles use linked to the
// house style's numbering) and ours for the roles it lacks.
std::string write_reference_styles_part(const writer_state& st);
// word/numbering.xml: the reference's definitions, then ours after its ids.
std::string write_reference_numbering_part(const writer_state& st);
// The reference's header and footer parts for every section, its first-page
// ones for the first; ours where it has none, and our footer after its own
// when that shows no page number.
std::vector<section_refs> write_reference_furniture(writer_state& st, part_relationships& doc_rels,
                                                    std::vector<story_part>& stories);
// A .rels part.
std::string write_relationships_part(const std::vector<relationship>& rels);
// [Content_Types].xml for a package holding exactly these entries.
std::string write_content_types_part(const std::vector<std::string>& entry_names);

}  // namespace cp::docx::detail
