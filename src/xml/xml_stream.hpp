// SPDX-License-Identifier: MIT
// Reading a large XML part element by element (libxml2's xmlTextReader), with
// the safety of xml::parse: no network, no DTD, no entity expansion, and a
// DOCTYPE refused. Only the element being looked at is held as a tree, so a
// worksheet of a million rows costs the memory of one row.
#pragma once

#include <string>
#include <string_view>

#include <libxml/tree.h>
#include <libxml/xmlreader.h>

namespace cp::xml {

class stream {
 public:
  // `text` must outlive the stream; `name` is what messages call it.
  stream(std::string_view text, const std::string& name);
  ~stream();
  stream(const stream&) = delete;
  stream& operator=(const stream&) = delete;

  // Moves to the start of the next element (one inside the current element
  // too, unless it was expanded); false at the end of the document. Throws
  // cp::error ("name:line:col: message") on markup that is not well-formed
  // and on a DOCTYPE.
  bool next_element();
  // The current element's namespace URI and local name are these.
  bool is(std::string_view ns, std::string_view local) const;
  // Its local name, whatever its namespace.
  std::string_view local_name() const;
  // Its depth: 0 for the root element.
  int depth() const;
  bool is_empty_element() const;
  // An attribute of the current element ("" when absent; `ns` empty for one
  // without a namespace).
  std::string attribute(std::string_view ns, std::string_view local) const;
  // The current element with everything in it, as a tree to walk with
  // xml_tree's functions. It lives until the stream moves on, and
  // next_element() then continues after it.
  const xmlNode* expand();
  // Steps over the current element and everything in it without building it.
  void skip() { skip_ = true; }

 private:
  bool read();
  [[noreturn]] void fail() const;

  xmlTextReaderPtr reader_ = nullptr;
  std::string name_;
  bool skip_ = false;  // the current element was expanded: step over it
  struct first_error {
    bool seen = false;
    std::string message;
    int line = 0;
    int column = 0;
  } first_;
};

}  // namespace cp::xml
