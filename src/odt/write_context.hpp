// SPDX-License-Identifier: MIT
// What every part writer shares: the input, the style names, the images and
// the counters that keep generated names unique across the whole package.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>

#include "document/document.hpp"
#include "layout/toc.hpp"
#include "odt/media_store.hpp"
#include "odt/style_map.hpp"
#include "style/house_style.hpp"

namespace cp::odt::detail {

// Running numbers for names that must be unique in the package (frames are
// checked across content.xml and styles.xml together).
struct id_counters {
  std::size_t frames = 0;           // draw:name "Image1"
  std::size_t tables = 0;           // table:name "Table1"
  std::size_t captions = 0;         // text:sequence ref names
  std::size_t caption_number = 0;   // the number shown, counted again in each part
  bool captions_restarted = false;  // a part has restarted caption numbers
  std::size_t indexes = 0;          // text:name of tables of contents
};

class reference_styles;  // reference_parts.hpp

struct write_context {
  const doc::document& doc;
  const style::house_style& hs;
  const style_map& names;
  media_store& media;
  id_counters& ids;
  std::map<std::string, std::string> bookmarks;  // any anchor (headings', parts') -> bookmark name
  // The council's reference document, prepared for this package; nullptr: none.
  reference_styles* reference = nullptr;
  // The headings contents lists show, collected at the first contents list.
  std::optional<layout::toc_index> toc;
};

}  // namespace cp::odt::detail
