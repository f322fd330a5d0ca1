// SPDX-License-Identifier: MIT
// Builds an ODT package: checks the tree, writes each part, packs them in a fixed order.
#include "odt/odt_writer.hpp"

#include <optional>

#include "layout/check.hpp"
#include "layout/toc.hpp"
#include "media/image_info.hpp"
#include "odt/media_store.hpp"
#include "odt/parts.hpp"
#include "odt/reference_parts.hpp"
#include "odt/style_map.hpp"
#include "odt/write_context.hpp"

namespace cp::odt {

package::zip_package build_odt(const doc::document& d, const style::house_style& house,
                               const reference::odt_reference* ref) {
  using namespace detail;

  // 1. Refuse a tree that breaks the engine's invariants before writing anything.
  layout::check_document(d, house);

  // 2. What every part shares: style names, the images used, unique-name
  //    counters, and the reference document prepared for this package (its
  //    page setup replaces the house style's).
  style::house_style hs = house;
  if (ref && !ref->page_layout.empty()) hs.page = ref->page;
  style_map names(hs, ref);
  media_store media(d);
  id_counters ids;
  std::optional<reference_styles> prepared;
  if (ref) prepared.emplace(*ref, d, hs, names);
  write_context ctx{
      d, hs, names, media, ids, layout::anchor_bookmarks(d), prepared ? &*prepared : nullptr, {}};

  // 3. The XML parts. content.xml first: it decides which automatic styles
  //    and pictures exist; styles.xml then adds headers' and footers' own.
  std::string content = content_part(ctx);
  std::string styles = styles_part(ctx);
  std::string meta = meta_part(d.meta);
  std::string settings = settings_part();

  // 4. The package, in a fixed order: mimetype first and stored, as ODF requires.
  package::zip_package pkg;
  pkg.add("mimetype", "application/vnd.oasis.opendocument.text", false);
  pkg.add("content.xml", std::move(content));
  pkg.add("styles.xml", std::move(styles));
  pkg.add("meta.xml", std::move(meta));
  pkg.add("settings.xml", std::move(settings));
  std::vector<manifest_file> files = {{"content.xml", "text/xml"},
                                      {"styles.xml", "text/xml"},
                                      {"meta.xml", "text/xml"},
                                      {"settings.xml", "text/xml"}};
  for (const auto& used : media.used()) {
    const doc::image& img = d.images[used.image];
    // PNG and JPEG are compressed already: deflating them again costs
    // time (a photograph, milliseconds) and saves next to nothing.
    pkg.add(used.path, img.data, false);
    files.push_back({used.path, std::string(media::mime_type(img.info.format))});
  }
  if (prepared)
    for (const auto& p : prepared->pictures()) {
      pkg.add(p.path, ref->entries.at(p.source), false);
      files.push_back({p.path, p.media_type});
    }

  // 5. The manifest lists exactly what was added.
  pkg.add("META-INF/manifest.xml", manifest_part(files));
  return pkg;
}

}  // namespace cp::odt
