// SPDX-License-Identifier: MIT
// Page layouts and master pages (one per section, with its header and footer).
#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "layout/header_marks.hpp"
#include "odt/body_writer.hpp"
#include "odt/inline_writer.hpp"
#include "odt/parts.hpp"
#include "odt/reference_parts.hpp"
#include "util/units.hpp"

namespace cp::odt::detail {
namespace {

// A paragraph field, looked up the based-on chain.
template <class T>
std::optional<T> resolved(const style::house_style& hs, std::string_view role,
                          std::optional<T> style::paragraph_style::*field) {
  for (const auto* s = hs.find_paragraph(role); s;
       s = s->based_on.empty() ? nullptr : hs.find_paragraph(s->based_on))
    if (s->*field) return s->*field;
  return std::nullopt;
}

// Roughly how tall header or footer paragraphs are: lines of the style's
// font size (1.2 line height), pictures, and the paragraph spacing.
double estimated_height_mm(const write_context& ctx, const doc::blocks& blocks,
                           double text_width_mm) {
  double total = 0;
  for (const auto& b : blocks) {
    const auto* p = std::get_if<doc::paragraph>(&b.node);
    if (!p) continue;
    double size = ctx.hs.resolved_text(p->role).size_pt.value_or(12);
    double spacing = resolved(ctx.hs, p->role, &style::paragraph_style::line_spacing).value_or(1.0);
    int lines = 1;
    double picture = 0;
    for (const auto& node : p->content) {
      if (std::holds_alternative<doc::line_break>(node)) ++lines;
      if (const auto* r = std::get_if<doc::text_run>(&node))
        lines += static_cast<int>(std::count(r->text.begin(), r->text.end(), '\n'));
      if (const auto* pic = std::get_if<doc::picture>(&node))
        picture = std::max(
            picture,
            picture_size(*pic, ctx.doc.images.at(pic->image).info, text_width_mm).height_mm);
    }
    double line_mm = units::mm_from_pt(size * 1.2 * spacing);
    total += std::max(lines * line_mm, picture + line_mm * 0.2);
    total += units::mm_from_pt(
        resolved(ctx.hs, p->role, &style::paragraph_style::space_before_pt).value_or(0) +
        resolved(ctx.hs, p->role, &style::paragraph_style::space_after_pt).value_or(0));
  }
  return total;
}

// Header or footer area between the page edge distance (`edge_mm`) and the
// text margin (`margin_mm`): as LibreOffice imports DOCX pages, the page
// margin becomes the edge distance and the header takes the rest, so the
// body starts at the house style's margin while the header fits in the area.
struct furniture {
  double min_height_mm = 0;
  double spacing_mm = 0;
};

furniture fit(double edge_mm, double margin_mm, double content_mm) {
  double area = std::max(0.0, margin_mm - edge_mm);
  double height = std::min(area, std::max(content_mm, 0.0));
  return {height, area - height};
}

void write_header_footer_style(xml::writer& w, const char* element, const furniture& f,
                               const char* spacing_side) {
  w.open(element)
      .open("style:header-footer-properties")
      .attr("fo:min-height", units::odf_mm(f.min_height_mm))
      .attr("fo:margin-left", units::odf_mm(0))
      .attr("fo:margin-right", units::odf_mm(0))
      .attr(spacing_side, units::odf_mm(f.spacing_mm))
      .close()
      .close();
}

// The page-layout element without its name: equal ones are shared.
std::string page_layout_body(const style::page_setup& page, doc::orientation o,
                             const std::optional<furniture>& header,
                             const std::optional<furniture>& footer) {
  bool landscape = o == doc::orientation::landscape;
  xml::writer w(false);
  w.open("style:page-layout-properties")
      .attr("fo:page-width", units::odf_mm(landscape ? page.height_mm : page.width_mm))
      .attr("fo:page-height", units::odf_mm(landscape ? page.width_mm : page.height_mm))
      .attr("style:num-format", "1")
      .attr("style:print-orientation", landscape ? "landscape" : "portrait")
      .attr("fo:margin-top", units::odf_mm(header ? page.header_mm : page.margin_top_mm))
      .attr("fo:margin-bottom", units::odf_mm(footer ? page.footer_mm : page.margin_bottom_mm))
      .attr("fo:margin-left", units::odf_mm(page.margin_left_mm))
      .attr("fo:margin-right", units::odf_mm(page.margin_right_mm))
      .close();
  if (header) write_header_footer_style(w, "style:header-style", *header, "fo:margin-bottom");
  if (footer) write_header_footer_style(w, "style:footer-style", *footer, "fo:margin-top");
  return w.finish();
}

class page_style_builder {
 public:
  page_style_builder(write_context& ctx, style_pool& pool) : ctx_(ctx), pool_(pool) {}

  void add_section(std::size_t index) {
    const doc::section& s = ctx_.doc.sections[index];
    // A reference document's page layout (or its copy turned for the other
    // orientation) and page background, when it has them.
    reference_styles* ref = ctx_.reference;
    std::string layout = ref ? ref->page_layout(s.page_orientation) : "";
    bool reference_page = !layout.empty();
    if (!reference_page) layout = own_layout(s);

    masters_.open("style:master-page")
        .attr("style:name", style_map::master_page(index))
        .attr("style:display-name", style_map::master_page_display(index))
        .attr("style:page-layout-name", layout);
    if (reference_page && !ref->drawing_page_style().empty())
      masters_.attr("draw:style-name", ref->drawing_page_style());
    if (ref) {
      write_reference_furniture(*ref, index, s);
    } else {
      write_furniture("style:header", s.header, s.page_orientation);
      write_furniture("style:footer", s.footer, s.page_orientation);
    }
    masters_.close();
  }

  page_styles finish() {
    xml::writer layouts(false);
    for (std::size_t i = 0; i < layouts_.size(); ++i)
      layouts.open("style:page-layout").attr("style:name", layout_name(i)).raw(layouts_[i]).close();
    return {layouts.finish(), masters_.finish()};
  }

 private:
  // "pm1", "pm2" ...; next to a reference document's, with a prefix its names do not use.
  std::string layout_name(std::size_t i) const {
    return fmt::format("{}pm{}", ctx_.reference ? ctx_.reference->automatic_prefix() : "", i + 1);
  }

  // The house style's page layout for a section, its header and footer areas
  // fitted to what they hold.
  std::string own_layout(const doc::section& s) {
    const style::page_setup& page = ctx_.hs.page;
    double width = ctx_.hs.text_width_mm(s.page_orientation);
    std::optional<furniture> header, footer;
    if (!s.header.empty())
      header = fit(page.header_mm, page.margin_top_mm, estimated_height_mm(ctx_, s.header, width));
    if (!s.footer.empty())
      footer =
          fit(page.footer_mm, page.margin_bottom_mm, estimated_height_mm(ctx_, s.footer, width));
    std::string body = page_layout_body(page, s.page_orientation, header, footer);
    auto it = std::find(layouts_.begin(), layouts_.end(), body);
    if (it == layouts_.end()) it = layouts_.insert(layouts_.end(), body);
    return layout_name(static_cast<std::size_t>(it - layouts_.begin()));
  }

  // The reference's header and footer replace ours (its first-page ones on
  // the first section only); ours stay where it has none, and our footer
  // follows its own when that shows no page number.
  // A draft keeps its DRAFT mark after the reference's header content.
  void write_reference_furniture(reference_styles& ref, std::size_t index, const doc::section& s) {
    doc::orientation o = s.page_orientation;
    const doc::blocks marks = layout::header_marks(s.header);
    if (ref.has("header")) {
      masters_.open("style:header").raw(ref.content_of("header"));
      write_blocks(marks, o);
      masters_.close();
    } else {
      write_furniture("style:header", s.header, o);
    }
    masters_.raw(with_marks(ref.element("header-left"), marks, o));
    if (index == 0) masters_.raw(with_marks(ref.element("header-first"), marks, o));
    if (ref.has("footer")) {
      masters_.open("style:footer").raw(ref.content_of("footer"));
      if (!ref.ref.footer_page_field) write_blocks(s.footer, o);
      masters_.close();
    } else {
      write_furniture("style:footer", s.footer, o);
    }
    masters_.raw(ref.element("footer-left"));
    if (index == 0) masters_.raw(ref.element("footer-first"));
  }

  // `element` (a whole header element of the reference) with `marks` after
  // its content; one that shows nothing (display="false") stays as it is.
  std::string with_marks(std::string element, const doc::blocks& marks, doc::orientation o) {
    auto close = element.rfind("</");
    if (marks.empty() || element.empty() || close == std::string::npos) return element;
    xml::writer fragment{false};
    body_writer text(fragment, ctx_, pool_);
    text.use_orientation(o);
    text.write_blocks(marks);
    return element.insert(close, fragment.finish());
  }

  void write_blocks(const doc::blocks& blocks, doc::orientation o) {
    body_writer text(masters_, ctx_, pool_);
    text.use_orientation(o);
    text.write_blocks(blocks);
  }

  void write_furniture(const char* element, const doc::blocks& blocks, doc::orientation o) {
    if (blocks.empty()) return;
    masters_.open(element);
    write_blocks(blocks, o);
    masters_.close();
  }

  write_context& ctx_;
  style_pool& pool_;
  std::vector<std::string> layouts_;
  xml::writer masters_{false};
};

}  // namespace

page_styles build_page_styles(write_context& ctx, style_pool& pool) {
  page_style_builder builder(ctx, pool);
  for (std::size_t i = 0; i < ctx.doc.sections.size(); ++i) builder.add_section(i);
  return builder.finish();
}

}  // namespace cp::odt::detail
