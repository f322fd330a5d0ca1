// SPDX-License-Identifier: MIT
// Writes inline pictures; each image file becomes one media part however often it is shown.
#include "docx/drawing.hpp"

#include <fmt/format.h>

#include "docx/ooxml_names.hpp"
#include "util/units.hpp"

namespace cp::docx::detail {

size_mm picture_size(const doc::picture& p, const media::image_info& info, double max_width_mm) {
  double natural_w = info.width_mm(), natural_h = info.height_mm();
  size_mm s{natural_w, natural_h};
  if (p.width_mm > 0 && p.height_mm > 0) {
    s = {p.width_mm, p.height_mm};
  } else if (p.width_mm > 0) {
    s = {p.width_mm, p.width_mm * natural_h / natural_w};
  } else if (p.height_mm > 0) {
    s = {p.height_mm * natural_w / natural_h, p.height_mm};
  }
  if (max_width_mm > 0 && s.width > max_width_mm) {
    double k = max_width_mm / s.width;
    s = {s.width * k, s.height * k};
  }
  return s;
}

namespace {

void write_extent(xml::writer& w, const char* name, std::int64_t cx, std::int64_t cy) {
  w.open(name)
      .attr("cx", static_cast<long long>(cx))
      .attr("cy", static_cast<long long>(cy))
      .close();
}

void write_doc_pr(xml::writer& w, int id, const std::string& alt) {
  w.open("wp:docPr").attr("id", id).attr("name", fmt::format("Picture {}", id)).attr("descr", alt);
  w.close();
}

void write_pic(xml::writer& w, int id, const std::string& name, const std::string& alt,
               const std::string& rid, std::int64_t cx, std::int64_t cy) {
  w.open("pic:pic");
  w.open("pic:nvPicPr");
  w.open("pic:cNvPr").attr("id", id).attr("name", name).attr("descr", alt).close();
  w.empty("pic:cNvPicPr");
  w.close();
  w.open("pic:blipFill");
  w.open("a:blip").attr("r:embed", rid).close();
  w.open("a:stretch").empty("a:fillRect").close();
  w.close();
  w.open("pic:spPr");
  w.open("a:xfrm");
  w.open("a:off").attr("x", 0).attr("y", 0).close();
  write_extent(w, "a:ext", cx, cy);
  w.close();
  w.open("a:prstGeom").attr("prst", "rect").empty("a:avLst").close();
  w.close();
  w.close();
}

}  // namespace

void write_drawing(xml::writer& w, writer_state& st, part_relationships& rels,
                   const doc::picture& p, double max_width_mm) {
  const auto& image = st.doc.images.at(p.image);
  media_part media = st.media_for(p.image);
  std::string rid = rels.add(rel_type::image, media.target);
  size_mm size = picture_size(p, image.info, max_width_mm);
  std::int64_t cx = units::emu_from_mm(size.width), cy = units::emu_from_mm(size.height);
  int id = st.next_drawing_id();
  std::string file = media.target.substr(media.target.rfind('/') + 1);

  w.open("w:drawing");
  w.open("wp:inline").attr("distT", 0).attr("distB", 0).attr("distL", 0).attr("distR", 0);
  write_extent(w, "wp:extent", cx, cy);
  w.open("wp:effectExtent").attr("l", 0).attr("t", 0).attr("r", 0).attr("b", 0).close();
  write_doc_pr(w, id, p.alt);
  w.open("wp:cNvGraphicFramePr");
  w.open("a:graphicFrameLocks").attr("noChangeAspect", 1).close();
  w.close();
  w.open("a:graphic");
  w.open("a:graphicData").attr("uri", ns::picture_graphic_data);
  write_pic(w, id, file, p.alt, rid, cx, cy);
  w.close();
  w.close();
  w.close();
  w.close();
}

}  // namespace cp::docx::detail
