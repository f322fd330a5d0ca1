// SPDX-License-Identifier: MIT
// Inline content of one paragraph: text with ODF spacing, marked spans,
// fields, links and pictures.
#pragma once

#include <cstdint>
#include <string_view>

#include "document/document.hpp"
#include "odt/style_pool.hpp"
#include "odt/write_context.hpp"
#include "xml/xml_writer.hpp"

namespace cp::odt::detail {

struct frame_size {
  double width_mm = 0;
  double height_mm = 0;
};

// A picture's size: as given, else from the image's natural size keeping its
// aspect ratio; never wider than `text_width_mm` (when that is positive).
frame_size picture_size(const doc::picture& p, const media::image_info& info, double text_width_mm);

class inline_writer {
 public:
  // `text_width_mm`: pictures wider than this are scaled down to it.
  inline_writer(xml::writer& w, write_context& ctx, style_pool& pool, double text_width_mm)
      : w_(w), ctx_(ctx), pool_(pool), text_width_mm_(text_width_mm) {}

  void write(const doc::inlines& content);
  // Plain text: runs of spaces as text:s, '\t' as text:tab, '\n' as text:line-break.
  void write_text(std::string_view text);

 private:
  // The automatic text style for a set of marks.
  std::string span_style(std::uint8_t marks);
  void write_run(const doc::text_run& r);
  void write_field(const doc::field& f);
  void write_link(const doc::link& l);
  void write_picture(const doc::picture& p);
  void write_page_ref(const doc::page_ref& r);
  void write_spaces(std::size_t count);

  xml::writer& w_;
  write_context& ctx_;
  style_pool& pool_;
  double text_width_mm_;
  // Whether the last thing written was a literal non-space character: only
  // then may a space be written as itself, since ODF collapses other spaces.
  bool after_char_ = false;
};

}  // namespace cp::odt::detail
