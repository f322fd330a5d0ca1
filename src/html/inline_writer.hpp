// SPDX-License-Identifier: MIT
// Inline content of one paragraph: marked text, line breaks, tabs, fields,
// links, pictures (as data: URIs) and page references (as links).
#pragma once

#include <cstdint>
#include <string_view>

#include "document/document.hpp"
#include "html/element_writer.hpp"
#include "html/write_context.hpp"

namespace cp::html::detail {

class inline_writer {
 public:
  // `text_width_mm`: pictures wider than this are drawn at this width.
  inline_writer(element_writer& w, write_context& ctx, double text_width_mm)
      : w_(w), ctx_(ctx), text_width_mm_(text_width_mm) {}

  void write(const doc::inlines& content);
  // Plain text: '\t' as a tab, '\n' as <br>.
  void write_text(std::string_view text);

 private:
  // One overload per inline kind: std::visit makes a kind without one a compile error.
  void write_node(const doc::text_run& r);
  void write_node(const doc::line_break&);
  void write_node(const doc::field& f);
  void write_node(const doc::link& l);
  void write_node(const doc::picture& p);
  void write_node(const doc::page_ref& r);

  // Opens the elements of `marks` (strong, em, u, sup/sub); returns how many.
  int open_marks(std::uint8_t marks);
  void close(int count);
  const std::string& data_uri(std::size_t image);

  element_writer& w_;
  write_context& ctx_;
  double text_width_mm_;
};

}  // namespace cp::html::detail
