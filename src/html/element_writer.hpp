// SPDX-License-Identifier: MIT
// Streaming HTML5 writer: the elements of one page, escaped, nesting checked,
// end tags always written (HTML has no "<td/>") and void elements without one.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "xml/xml_writer.hpp"

namespace cp::html::detail {

// Element and attribute names are trusted (they come from code); text and
// attribute values are escaped and filtered as xml::writer does, with
// carriage returns taken out (HTML reads a reference to one as an error).
class element_writer {
 public:
  element_writer();

  // Opens <name; attributes may follow until content or close().
  element_writer& open(std::string_view name);
  // Opens a void element (<br>, <img>, <meta>, <col>): attributes may
  // follow, and it ends itself at the next content, open or close.
  element_writer& open_void(std::string_view name);
  element_writer& attr(std::string_view name, std::string_view value);
  // An attribute whose value is known to need no escaping (digits, a data: URI).
  element_writer& attr_plain(std::string_view name, std::string_view value);
  element_writer& text(std::string_view value);
  // Markup made by code (the style sheet, the doctype), written as it is.
  element_writer& raw(std::string_view markup);
  // Closes the innermost open element with its end tag.
  element_writer& close();
  // <name>text</name>.
  element_writer& element(std::string_view name, std::string_view value) {
    return open(name).text(value).close();
  }

  std::size_t depth() const { return stack_.size(); }
  // The page; throws document_error while elements are still open.
  std::string finish();

 private:
  void end_start_tag();

  xml::out_buffer out_;
  std::vector<std::string_view> stack_;  // names come from code, so they outlive the writer
  bool in_start_tag_ = false;
};

}  // namespace cp::html::detail
