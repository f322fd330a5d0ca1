// SPDX-License-Identifier: MIT
// Inline pictures: w:drawing/wp:inline with a DrawingML picture.
#pragma once

#include "document/document.hpp"
#include "docx/writer_state.hpp"
#include "media/image_info.hpp"
#include "xml/xml_writer.hpp"

namespace cp::docx::detail {

struct size_mm {
  double width = 0;
  double height = 0;
};

// The size a picture is shown at: its own width/height (the missing one from
// the aspect ratio) or the image's natural size, scaled down to max_width_mm.
size_mm picture_size(const doc::picture& p, const media::image_info& info, double max_width_mm);

// <w:drawing> for a picture in a part whose relationships are `rels`.
void write_drawing(xml::writer& w, writer_state& st, part_relationships& rels,
                   const doc::picture& p, double max_width_mm);

}  // namespace cp::docx::detail
