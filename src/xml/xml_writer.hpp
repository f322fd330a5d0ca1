// SPDX-License-Identifier: MIT
// Streaming XML writer: escapes text, filters characters XML 1.0 forbids, checks nesting.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cp::xml {

// Builds one XML part in memory. Element and attribute names are trusted
// (they come from code); text and attribute values are escaped and passed
// through utf8::to_xml_safe, so no input can break the markup.
class writer {
 public:
  // Starts the part with the standard declaration (standalone="yes" as Office writes it).
  explicit writer(bool declaration = true);

  // Opens <name; attributes may follow until content or close().
  writer& open(std::string_view name);
  writer& attr(std::string_view name, std::string_view value);
  writer& attr(std::string_view name, const char* value) {
    return attr(name, std::string_view(value));
  }
  writer& attr(std::string_view name, const std::string& value) {
    return attr(name, std::string_view(value));
  }
  writer& attr(std::string_view name, long long value);
  writer& attr(std::string_view name, long value) {
    return attr(name, static_cast<long long>(value));
  }
  writer& attr(std::string_view name, int value) {
    return attr(name, static_cast<long long>(value));
  }
  writer& attr(std::string_view name, std::size_t value) {
    return attr(name, static_cast<long long>(value));
  }
  writer& text(std::string_view value);
  // Closes the innermost open element (as <x/> when it has no content).
  writer& close();
  // <name/> with no attributes.
  writer& empty(std::string_view name) { return open(name).close(); }
  // <name>text</name>.
  writer& element(std::string_view name, std::string_view text_value) {
    return open(name).text(text_value).close();
  }
  // Inserts a well-formed fragment produced by another writer (writer(false)).
  writer& raw(std::string_view fragment);

  // Depth of open elements; 0 when the part is complete.
  std::size_t depth() const { return stack_.size(); }
  // Returns the finished part; throws document_error if elements are still open.
  std::string finish();

 private:
  void end_start_tag();

  // Where each open element's name sits in out_ (just after its '<'): the
  // end tag copies it from there, so no string is kept per element.
  struct open_element {
    std::size_t name_pos;
    std::size_t name_size;
  };

  std::string out_;
  std::vector<open_element> stack_;
  bool in_start_tag_ = false;
};

// Escapes text for element content (&, <, >) after filtering forbidden characters.
std::string escape_text(std::string_view s);
// Escapes text for a double-quoted attribute value (also ", tab, newline).
std::string escape_attribute(std::string_view s);

}  // namespace cp::xml
