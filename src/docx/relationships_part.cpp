// SPDX-License-Identifier: MIT
// Writes a .rels part from the relationships a part collected while it was written.
#include "docx/ooxml_names.hpp"
#include "docx/parts.hpp"

namespace cp::docx::detail {

std::string write_relationships_part(const std::vector<relationship>& rels) {
  xml::writer w;
  w.open("Relationships").attr("xmlns", ns::package_rels);
  for (const auto& r : rels) {
    w.open("Relationship").attr("Id", r.id).attr("Type", r.type).attr("Target", r.target);
    if (r.external) w.attr("TargetMode", "External");
    w.close();
  }
  w.close();
  return w.finish();
}

}  // namespace cp::docx::detail
