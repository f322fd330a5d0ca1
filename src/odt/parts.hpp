// SPDX-License-Identifier: MIT
// One function per XML part of the package; odt_writer.cpp calls them in order.
#pragma once

#include <string>
#include <vector>

#include "document/document.hpp"
#include "odt/style_map.hpp"
#include "odt/style_pool.hpp"
#include "odt/write_context.hpp"
#include "xml/xml_writer.hpp"

namespace cp::odt::detail {

// content.xml: automatic styles and the body of every section.
std::string content_part(write_context& ctx);
// styles.xml: fonts, named styles, list styles, page layouts and master pages.
std::string styles_part(write_context& ctx);
// meta.xml: document properties.
std::string meta_part(const doc::metadata& meta);
// settings.xml: the minimal settings document.
std::string settings_part();

struct manifest_file {
  std::string path;
  std::string media_type;
};
// META-INF/manifest.xml: the package itself and every file in it.
std::string manifest_part(const std::vector<manifest_file>& files);

// office:font-face-decls for every font the styles name (content.xml and
// styles.xml): a reference document's first, then ours it does not declare.
void write_font_face_decls(xml::writer& w, const write_context& ctx);

// The contents level of a contents entry role ("toc-2" -> 2), else 0.
int toc_entry_level(std::string_view role);
// The style:tab-stops of contents entries of `level` in a paragraph indented
// `indent_mm`: after the heading number, and the page number at the margin.
std::string toc_tab_stops(const style::house_style& hs, double indent_mm, int level);

// The page layouts (office:automatic-styles) and master pages
// (office:master-styles) of styles.xml, one master page per section.
struct page_styles {
  std::string layouts;
  std::string masters;
};
page_styles build_page_styles(write_context& ctx, style_pool& pool);

}  // namespace cp::odt::detail
