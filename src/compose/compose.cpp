// SPDX-License-Identifier: MIT
#include "compose/compose.hpp"

#include <filesystem>

#include <fmt/format.h>

#include "compose/markup_reader.hpp"
#include "compose/paper_view.hpp"
#include "media/image_info.hpp"
#include "util/bounded_read.hpp"
#include "util/error.hpp"

namespace cp::compose {

std::string logo_source(const std::string& own, const style::house_style& hs) {
  if (!own.empty() || hs.logo.empty()) return own;
  return std::filesystem::absolute(hs.logo).string();
}

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
    try {
      return util::read_bounded(path, {.max_bytes = media::max_picture_bytes});
    } catch (const util::read_refused& e) {
      throw input_error(fmt::format("{}: cannot read {}: it {}", p.file, path.string(), e.what()));
    }
  };
  return compose_markup(templates, kind, paper_view(p, logo_source(p.logo, hs)),
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
