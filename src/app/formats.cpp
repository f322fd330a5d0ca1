// SPDX-License-Identifier: MIT
#include "app/formats.hpp"

#include "app/pdf_export.hpp"
#include "docx/docx_writer.hpp"
#include "html/html_writer.hpp"
#include "odt/odt_writer.hpp"

namespace cp::app {

std::string_view extension(format f) {
  switch (f) {
    case format::docx:
      return "docx";
    case format::odt:
      return "odt";
    case format::pdf:
      return "pdf";
    case format::html:
      return "html";
  }
  return "";
}

std::optional<format> parse_format(std::string_view name) {
  if (name == "docx") return format::docx;
  if (name == "odt") return format::odt;
  if (name == "pdf") return format::pdf;
  if (name == "html") return format::html;
  return std::nullopt;
}

std::string render(const doc::document& d, const style::house_style& hs, format f,
                   const reference::reference_set* refs, bool helper_thread) {
  if (f == format::docx)
    return docx::build_docx(d, hs, refs && refs->docx ? &*refs->docx : nullptr,
                            {.helper_thread = helper_thread})
        .bytes();
  if (f == format::html) return html::build_html(d, hs);
  std::string odt = odt::build_odt(d, hs, refs && refs->odt ? &*refs->odt : nullptr).bytes();
  return f == format::pdf ? export_pdf(odt) : odt;
}

}  // namespace cp::app
