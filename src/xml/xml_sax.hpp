// SPDX-License-Identifier: MIT
// Reading a large XML part as a stream of events (libxml2's SAX2 parser),
// with the safety of xml::parse: no network, no DTD, no entity expansion,
// and a DOCTYPE refused. Nothing is built: a worksheet of a million rows
// costs only what the handler keeps.
#pragma once

#include <deque>
#include <optional>
#include <string>
#include <string_view>

namespace cp::xml {

// The attributes of an element as libxml2 hands them over, read in place.
// (Not expanding entities, libxml2 writes an ampersand in a value as
// "&#38;"; such a value is given decoded, from a copy the attributes keep.)
class sax_attributes {
 public:
  sax_attributes(const unsigned char** attrs, int count) : attrs_(attrs), count_(count) {}
  // The value of the attribute `local` in namespace `ns` ("" for none).
  std::optional<std::string_view> find(std::string_view ns, std::string_view local) const;
  // The value of the first attribute called `local`, whatever its namespace.
  std::optional<std::string_view> find_local(std::string_view local) const;

  // Each attribute in turn, for elements with many to read.
  struct attribute {
    std::string_view ns, local, value;
  };
  int size() const { return count_; }
  attribute operator[](int i) const;

 private:
  std::string_view value(const unsigned char** a) const;

  const unsigned char** attrs_;  // local name, prefix, URI, value, value end; per attribute
  int count_;
  mutable std::deque<std::string> decoded_;
};

class sax_handler {
 public:
  virtual ~sax_handler() = default;
  virtual void start(std::string_view ns, std::string_view local, const sax_attributes& a) = 0;
  virtual void end(std::string_view ns, std::string_view local) = 0;
  // Character data, in as many pieces as libxml2 likes.
  virtual void text(std::string_view chars) = 0;
};

// Parses `text`, calling `h` for each event; `name` is what messages call it.
// Throws cp::error ("name:line:col: message") on markup that is not
// well-formed and on a DOCTYPE; an exception the handler throws stops the
// parse and comes out of it.
void sax_parse(std::string_view text, const std::string& name, sax_handler& h);

}  // namespace cp::xml
