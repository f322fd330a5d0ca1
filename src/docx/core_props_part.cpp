// SPDX-License-Identifier: MIT
// Writes docProps/core.xml (OPC core properties) from the document metadata.
#include "docx/ooxml_names.hpp"
#include "docx/parts.hpp"

namespace cp::docx::detail {
namespace {

void write_if_set(xml::writer& w, const char* name, const std::string& value) {
  if (!value.empty()) w.element(name, value);
}

// Dates only from the metadata, never from the clock.
void write_date(xml::writer& w, const char* name, const std::string& value) {
  if (value.empty()) return;
  w.open(name).attr("xsi:type", "dcterms:W3CDTF").text(value).close();
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

}  // namespace

std::string write_core_props_part(const doc::metadata& m) {
  xml::writer w;
  w.open("cp:coreProperties")
      .attr("xmlns:cp", ns::core_props)
      .attr("xmlns:dc", ns::dc)
      .attr("xmlns:dcterms", ns::dcterms)
      .attr("xmlns:dcmitype", ns::dcmitype)
      .attr("xmlns:xsi", ns::xsi);
  write_if_set(w, "dc:title", m.title);
  write_if_set(w, "dc:subject", m.subject);
  write_if_set(w, "dc:creator", m.author);
  write_if_set(w, "cp:keywords", join(m.keywords, ", "));
  write_if_set(w, "dc:description", m.description);
  write_if_set(w, "dc:language", m.language);
  write_if_set(w, "cp:lastModifiedBy", m.author);
  write_if_set(w, "cp:contentStatus", m.status);
  write_date(w, "dcterms:created", m.created);
  write_date(w, "dcterms:modified", m.modified);
  w.close();
  return w.finish();
}

}  // namespace cp::docx::detail
