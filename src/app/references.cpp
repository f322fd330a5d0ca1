// SPDX-License-Identifier: MIT
#include "app/references.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

namespace cp::app {

reference::reference_set load_references(const options& o, const style::house_style& hs,
                                         std::ostream& err) {
  std::vector<std::string> paths;
  bool given[2] = {false, false};  // docx, odt on the command line
  for (const auto& p : o.references) {
    paths.push_back(p.string());
    if (auto f = reference::format_of(p.string())) given[*f == reference::file_format::odt] = true;
  }
  for (const auto& p : hs.reference.documents) {
    auto f = reference::format_of(p);
    if (!f || !given[*f == reference::file_format::odt]) paths.push_back(p);
  }
  reference::reference_set refs = reference::load_references(paths, hs);
  for (const auto& note : refs.notes) fmt::print(err, "papers: note: {}\n", note);
  if (refs.docx || refs.odt)
    for (format f : o.formats) {
      if (f == format::html) continue;  // the HTML edition takes the house style only
      bool served = f == format::docx ? refs.docx.has_value() : refs.odt.has_value();
      if (served) continue;
      const std::string& other = refs.docx ? refs.docx->file : refs.odt->file;
      const char* name = f == format::docx ? "DOCX" : "ODT";
      fmt::print(err,
                 "papers: note: no {0} reference document given, so the {0} files use the house "
                 "style \"{1}\" as before; {2} serves {3} only\n",
                 name, hs.name, other, f == format::docx ? "ODT" : "DOCX");
    }
  return refs;
}

}  // namespace cp::app
