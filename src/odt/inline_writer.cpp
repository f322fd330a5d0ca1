// SPDX-License-Identifier: MIT
// Inline content as ODF text elements.
#include "odt/inline_writer.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "layout/toc.hpp"
#include "odt/style_properties.hpp"
#include "util/text_scan.hpp"
#include "util/units.hpp"

namespace cp::odt::detail {

frame_size picture_size(const doc::picture& p, const media::image_info& info,
                        double text_width_mm) {
  double natural_w = info.width_mm(), natural_h = info.height_mm();
  frame_size s{p.width_mm, p.height_mm};
  if (s.width_mm <= 0 && s.height_mm <= 0) {
    s = {natural_w, natural_h};
  } else if (s.width_mm <= 0) {
    s.width_mm = s.height_mm * natural_w / natural_h;
  } else if (s.height_mm <= 0) {
    s.height_mm = s.width_mm * natural_h / natural_w;
  }
  if (text_width_mm > 0 && s.width_mm > text_width_mm) {
    s.height_mm *= text_width_mm / s.width_mm;
    s.width_mm = text_width_mm;
  }
  return s;
}

void inline_writer::write(const doc::inlines& content) {
  for (const auto& node : content) {
    if (const auto* r = std::get_if<doc::text_run>(&node)) {
      write_run(*r);
    } else if (std::holds_alternative<doc::line_break>(node)) {
      w_.empty("text:line-break");
      after_char_ = false;
    } else if (const auto* f = std::get_if<doc::field>(&node)) {
      write_field(*f);
    } else if (const auto* l = std::get_if<doc::link>(&node)) {
      write_link(*l);
    } else if (const auto* p = std::get_if<doc::picture>(&node)) {
      write_picture(*p);
    } else if (const auto* r = std::get_if<doc::page_ref>(&node)) {
      write_page_ref(*r);
    }
  }
}

void inline_writer::write_page_ref(const doc::page_ref& r) {
  if (r.marks) w_.open("text:span").attr("text:style-name", span_style(r.marks));
  // LibreOffice fills in the page when it lays the document out; the text is
  // what a reader that cannot lay out pages shows.
  w_.open("text:bookmark-ref")
      .attr("text:reference-format", "page")
      .attr("text:ref-name", ctx_.bookmarks.at(r.anchor))
      .text(fmt::format("{}", r.estimate > 0 ? r.estimate : 1))
      .close();
  if (r.marks) w_.close();
  after_char_ = false;
}

void inline_writer::write_spaces(std::size_t count) {
  if (after_char_) {
    w_.text(" ");
    --count;
  }
  if (count > 0) {
    w_.open("text:s");
    if (count > 1) w_.attr("text:c", count);
    w_.close();
  }
  after_char_ = false;
}

void inline_writer::write_text(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == ' ' || c == '\r') {
      std::size_t end = text.find_first_not_of(" \r", i);
      if (end == std::string_view::npos) end = text.size();
      write_spaces(end - i);
      i = end;
    } else if (c == '\t' || c == '\n') {
      w_.empty(c == '\t' ? "text:tab" : "text:line-break");
      after_char_ = false;
      ++i;
    } else {
      // Words with single spaces between them go out as one piece of text:
      // a space after a character is written as itself anyway.
      std::size_t end = text_scan::odf_piece_end(text, i);
      w_.text(text.substr(i, end - i));
      after_char_ = text[end - 1] != ' ';
      i = end;
    }
  }
}

std::string inline_writer::span_style(std::uint8_t marks) {
  style_spec spec;
  spec.family = style_family::text;
  add_mark_properties(spec.properties, marks);
  return pool_.find_or_add(spec);
}

void inline_writer::write_run(const doc::text_run& r) {
  if (r.text.empty()) return;
  if (r.marks) w_.open("text:span").attr("text:style-name", span_style(r.marks));
  write_text(r.text);
  if (r.marks) w_.close();
}

void inline_writer::write_field(const doc::field& f) {
  if (f.marks) w_.open("text:span").attr("text:style-name", span_style(f.marks));
  switch (f.kind) {
    case doc::field_kind::page_number:
      // The text is what a reader that cannot lay out pages shows.
      w_.open("text:page-number").attr("text:select-page", "current").text("1").close();
      break;
    case doc::field_kind::page_count:
      w_.element("text:page-count", "1");
      break;
    case doc::field_kind::document_title:
      w_.element("text:title", ctx_.doc.meta.title);
      break;
  }
  if (f.marks) w_.close();
  after_char_ = false;
}

void inline_writer::write_link(const doc::link& l) {
  std::string href = l.target;
  if (!href.empty() && href.front() == '#') {
    auto it = ctx_.bookmarks.find(href.substr(1));
    if (it != ctx_.bookmarks.end()) href = "#" + it->second;
  }
  const std::string& style = ctx_.names.character("hyperlink");
  w_.open("text:a")
      .attr("xlink:type", "simple")
      .attr("xlink:href", href)
      .attr("text:style-name", style)
      .attr("text:visited-style-name", style);
  for (const auto& r : l.runs) write_run(r);
  w_.close();
}

void inline_writer::write_picture(const doc::picture& p) {
  const doc::image& img = ctx_.doc.images.at(p.image);
  frame_size size = picture_size(p, img.info, text_width_mm_);
  style_spec spec;
  spec.family = style_family::graphic;
  // As-character frames sit on the baseline like a large letter.
  spec.properties.get("style:graphic-properties")
      .set("style:vertical-pos", "top")
      .set("style:vertical-rel", "baseline")
      .set("fo:border", "none")
      .set("style:mirror", "none");
  w_.open("draw:frame")
      .attr("draw:style-name", pool_.find_or_add(spec))
      .attr("draw:name", fmt::format("Image{}", ++ctx_.ids.frames))
      .attr("text:anchor-type", "as-char")
      .attr("svg:width", units::odf_mm(size.width_mm))
      .attr("svg:height", units::odf_mm(size.height_mm))
      .attr("draw:z-index", 0);
  w_.open("draw:image")
      .attr("xlink:href", ctx_.media.use(p.image))
      .attr("xlink:type", "simple")
      .attr("xlink:show", "embed")
      .attr("xlink:actuate", "onLoad")
      .close();
  w_.element("svg:title", p.alt);
  w_.element("svg:desc", p.alt);
  w_.close();
  after_char_ = false;
}

}  // namespace cp::odt::detail
