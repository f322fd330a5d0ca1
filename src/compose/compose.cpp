// SPDX-License-Identifier: MIT
#include "compose/compose.hpp"

#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "compose/markup_reader.hpp"
#include "compose/paper_view.hpp"
#include "util/error.hpp"

namespace cp::compose {

doc::document compose_paper(const model::paper& p, const template_set& templates,
                            const style::house_style& hs, bool helper_thread) {
  std::string kind = model::kind_name(p.kind);
  if (!templates.has_template(kind))
    throw template_error(
        fmt::format("the template set has no template \"{}.mustache\" for {} papers", kind, kind));
  // Files the markup names (the logo) are relative to the input file.
  std::filesystem::path base = std::filesystem::path(p.file).parent_path();
  resource_loader load = [&](const std::string& src) {
    std::filesystem::path path = base / src;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw input_error(fmt::format("{}: cannot read {}", p.file, path.string()));
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  return compose_markup(templates, kind, paper_view(p, p.logo),
                        fmt::format("markup rendered from template {}", kind), hs, load,
                        helper_thread);
}

doc::document compose_markup(const template_set& templates, std::string_view name, view v,
                             const std::string& source_name, const style::house_style& hs,
                             const resource_loader& load, bool helper_thread) {
  std::string markup = templates.render(name, std::move(v));
  return read_markup(markup, source_name, hs, load, helper_thread);
}

}  // namespace cp::compose
