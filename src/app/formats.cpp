// SPDX-License-Identifier: MIT
#include "app/formats.hpp"

#include "docx/docx_writer.hpp"
#include "odt/odt_writer.hpp"

namespace cp::app {

std::string_view extension(format f) { return f == format::docx ? "docx" : "odt"; }

std::optional<format> parse_format(std::string_view name) {
  if (name == "docx") return format::docx;
  if (name == "odt") return format::odt;
  return std::nullopt;
}

std::string render(const doc::document& d, const style::house_style& hs, format f,
                   const reference::reference_set* refs) {
  if (f == format::docx)
    return docx::build_docx(d, hs, refs && refs->docx ? &*refs->docx : nullptr).bytes();
  return odt::build_odt(d, hs, refs && refs->odt ? &*refs->odt : nullptr).bytes();
}

}  // namespace cp::app
