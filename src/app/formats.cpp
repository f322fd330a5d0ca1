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

std::string render(const doc::document& d, const style::house_style& hs, format f) {
  return f == format::docx ? docx::build_docx(d, hs).bytes() : odt::build_odt(d, hs).bytes();
}

}  // namespace cp::app
