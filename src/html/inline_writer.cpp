// SPDX-License-Identifier: MIT
#include "html/inline_writer.hpp"

#include <openssl/evp.h>

#include <climits>
#include <cmath>

#include <fmt/format.h>

#include "media/image_info.hpp"
#include "util/error.hpp"
#include "util/units.hpp"

namespace cp::html::detail {
namespace {

struct size_mm {
  double width = 0;
  double height = 0;
};

// As given, else the natural size keeping the aspect ratio; never wider than the text.
size_mm picture_size(const doc::picture& p, const media::image_info& info, double text_width_mm) {
  double natural_w = info.width_mm(), natural_h = info.height_mm();
  size_mm s{p.width_mm, p.height_mm};
  if (s.width <= 0 && s.height <= 0) {
    s = {natural_w, natural_h};
  } else if (s.width <= 0) {
    s.width = s.height * natural_w / natural_h;
  } else if (s.height <= 0) {
    s.height = s.width * natural_h / natural_w;
  }
  if (text_width_mm > 0 && s.width > text_width_mm) {
    s.height *= text_width_mm / s.width;
    s.width = text_width_mm;
  }
  return s;
}

// CSS pixels (96 to the inch), at least one.
long css_px(double mm) {
  return std::max(1L, std::lround(mm / units::mm_per_inch * 96.0));
}

}  // namespace

void inline_writer::write(const doc::inlines& content) {
  for (const auto& node : content) std::visit([this](const auto& n) { write_node(n); }, node);
}

void inline_writer::write_text(std::string_view text) {
  std::size_t from = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\t' && text[i] != '\n') continue;
    w_.text(text.substr(from, i - from));
    if (text[i] == '\t')
      w_.open("span").attr_plain("class", "tab").text("\t").close();
    else
      w_.open_void("br");
    from = i + 1;
  }
  w_.text(text.substr(from));
}

int inline_writer::open_marks(std::uint8_t marks) {
  int n = 0;
  auto mark = [&](std::uint8_t m, std::string_view element) {
    if (marks & m) {
      w_.open(element);
      ++n;
    }
  };
  mark(doc::bold, "strong");
  mark(doc::italic, "em");
  mark(doc::underline, "u");
  mark(doc::superscript, "sup");
  if (!(marks & doc::superscript)) mark(doc::subscript, "sub");
  return n;
}

void inline_writer::close(int count) {
  for (int i = 0; i < count; ++i) w_.close();
}

void inline_writer::write_node(const doc::text_run& r) {
  if (r.text.empty()) return;
  int open = open_marks(r.marks);
  write_text(r.text);
  close(open);
}

void inline_writer::write_node(const doc::line_break&) {
  w_.open_void("br");
}

void inline_writer::write_node(const doc::field& f) {
  // A page has no page numbers: those are for the print margins (css.hpp).
  if (f.kind != doc::field_kind::document_title) return;
  int open = open_marks(f.marks);
  w_.text(ctx_.doc.meta.title);
  close(open);
}

void inline_writer::write_node(const doc::link& l) {
  std::string href = l.target;
  if (!href.empty() && href.front() == '#') href = ctx_.plan.anchor_href(ctx_.page, href.substr(1));
  w_.open("a").attr("href", href);
  for (const auto& r : l.runs) write_node(r);
  w_.close();
}

void inline_writer::write_node(const doc::picture& p) {
  const doc::image& img = ctx_.doc.images.at(p.image);
  size_mm s = picture_size(p, img.info, text_width_mm_);
  w_.open_void("img")
      .attr_plain("class", "picture")
      .attr_plain("src", data_uri(p.image))
      .attr("alt", p.alt)
      .attr_plain("width", fmt::format("{}", css_px(s.width)))
      .attr_plain("height", fmt::format("{}", css_px(s.height)));
}

void inline_writer::write_node(const doc::page_ref& r) {
  // A link to the page or heading; its text is the page in the printed
  // editions, as they show it to a reader that does not lay out pages.
  int open = open_marks(r.marks);
  w_.open("a")
      .attr("href", ctx_.plan.anchor_href(ctx_.page, r.anchor))
      .text(fmt::format("{}", r.estimate > 0 ? r.estimate : 1))
      .close();
  close(open);
}

const std::string& inline_writer::data_uri(std::size_t image) {
  std::string& uri = ctx_.pictures.at(image);
  if (!uri.empty()) return uri;
  const doc::image& img = ctx_.doc.images[image];
  if (img.data.size() > static_cast<std::size_t>(INT_MAX / 2))
    throw document_error(fmt::format("image {} is too large for a page", image + 1));
  std::string prefix = fmt::format("data:{};base64,", media::mime_type(img.info.format));
  std::string encoded(4 * ((img.data.size() + 2) / 3) + 1, '\0');
  // OpenSSL's encoder: one call, no line breaks, and the project links libcrypto already.
  int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(encoded.data()),
                          reinterpret_cast<const unsigned char*>(img.data.data()),
                          static_cast<int>(img.data.size()));
  encoded.resize(static_cast<std::size_t>(n));
  uri = prefix + encoded;
  return uri;
}

}  // namespace cp::html::detail
