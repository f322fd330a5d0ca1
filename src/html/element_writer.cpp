// SPDX-License-Identifier: MIT
#include "html/element_writer.hpp"

#include <fmt/format.h>

#include "util/error.hpp"

namespace cp::html::detail {
namespace {

// Carriage returns become spaces: the tree holds '\r' only where an input
// kept one, and HTML reads a character reference to one as an error.
std::string_view without_cr(std::string_view s, std::string& scratch) {
  if (s.find('\r') == std::string_view::npos) return s;
  scratch.assign(s);
  for (char& c : scratch)
    if (c == '\r') c = ' ';
  return scratch;
}

}  // namespace

element_writer::element_writer() = default;

void element_writer::end_start_tag() {
  if (in_start_tag_) {
    out_.push('>');
    in_start_tag_ = false;
  }
}

element_writer& element_writer::open(std::string_view name) {
  end_start_tag();
  out_.push('<');
  out_.append(name);
  stack_.push_back(name);
  in_start_tag_ = true;
  return *this;
}

element_writer& element_writer::open_void(std::string_view name) {
  end_start_tag();
  out_.push('<');
  out_.append(name);
  in_start_tag_ = true;
  return *this;
}

element_writer& element_writer::attr(std::string_view name, std::string_view value) {
  if (!in_start_tag_)
    throw document_error(
        fmt::format("html writer: attribute {} written outside a start tag", name));
  std::string scratch;
  out_.push(' ');
  out_.append(name);
  out_.append("=\"");
  xml::append_escaped(out_, without_cr(value, scratch), true);
  out_.push('"');
  return *this;
}

element_writer& element_writer::attr_plain(std::string_view name, std::string_view value) {
  if (!in_start_tag_)
    throw document_error(
        fmt::format("html writer: attribute {} written outside a start tag", name));
  out_.push(' ');
  out_.append(name);
  out_.append("=\"");
  out_.append(value);
  out_.push('"');
  return *this;
}

element_writer& element_writer::text(std::string_view value) {
  end_start_tag();
  std::string scratch;
  xml::append_escaped(out_, without_cr(value, scratch), false);
  return *this;
}

element_writer& element_writer::raw(std::string_view markup) {
  end_start_tag();
  out_.append(markup);
  return *this;
}

element_writer& element_writer::close() {
  if (stack_.empty()) throw document_error("html writer: close() without an open element");
  end_start_tag();
  out_.append("</");
  out_.append(stack_.back());
  out_.push('>');
  stack_.pop_back();
  return *this;
}

std::string element_writer::finish() {
  if (!stack_.empty())
    throw document_error(fmt::format("html writer: element <{}> left open", stack_.back()));
  end_start_tag();
  return out_.take();
}

}  // namespace cp::html::detail
