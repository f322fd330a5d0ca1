// SPDX-License-Identifier: MIT
// Writes [Content_Types].xml for exactly the entries of the package.
#include <fmt/format.h>

#include "docx/ooxml_names.hpp"
#include "docx/parts.hpp"
#include "util/error.hpp"

namespace cp::docx::detail {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.ends_with(suffix);
}

// The override for an XML part, by its place in the package.
std::string_view override_type(std::string_view name) {
  if (name == "word/document.xml") return content_type::document;
  if (name == "word/styles.xml") return content_type::styles;
  if (name == "word/numbering.xml") return content_type::numbering;
  if (name == "word/settings.xml") return content_type::settings;
  if (name == "word/fontTable.xml") return content_type::font_table;
  if (name.starts_with("word/header")) return content_type::header;
  if (name.starts_with("word/footer")) return content_type::footer;
  if (name.starts_with("word/theme/")) return content_type::theme;
  if (name == "docProps/core.xml") return content_type::core_props;
  if (name == "docProps/app.xml") return content_type::app_props;
  if (name == "docProps/custom.xml") return content_type::custom_props;
  throw error(fmt::format("docx writer: no content type for part '{}'", name));
}

void write_default(xml::writer& w, std::string_view ext, std::string_view type) {
  w.open("Default").attr("Extension", ext).attr("ContentType", type).close();
}

}  // namespace

std::string write_content_types_part(const std::vector<std::string>& entry_names) {
  bool png = false, jpeg = false;
  for (const auto& n : entry_names) {
    png = png || ends_with(n, ".png");
    jpeg = jpeg || ends_with(n, ".jpeg");
  }
  xml::writer w;
  w.open("Types").attr("xmlns", ns::content_types);
  write_default(w, "rels", content_type::relationships);
  write_default(w, "xml", content_type::xml);
  if (png) write_default(w, "png", "image/png");
  if (jpeg) write_default(w, "jpeg", "image/jpeg");
  for (const auto& n : entry_names) {
    if (ends_with(n, ".rels") || ends_with(n, ".png") || ends_with(n, ".jpeg") ||
        n == "[Content_Types].xml")
      continue;
    w.open("Override").attr("PartName", "/" + n).attr("ContentType", override_type(n)).close();
  }
  w.close();
  return w.finish();
}

}  // namespace cp::docx::detail
