// SPDX-License-Identifier: MIT
// Report markup as libxml2 parses it, in the few fields the markup reader
// reads: libxml2's SAX2 events build it straight into one arena, so no
// libxml2 tree is built, walked and freed node by node. It holds what
// libxml2's own tree would (one text node per run of text, entities and
// character references replaced, each node dated by the line libxml2
// gives it), less what the reader never reads: comments and processing
// instructions leave only a place holder.
#pragma once

#include <cstddef>
#include <memory>
#include <memory_resource>
#include <string>
#include <string_view>

namespace cp::compose {

enum class markup_element : unsigned char;  // markup_reader.hpp

struct markup_attribute {
  std::string_view name;  // local name
  std::string_view value;
};

struct markup_node {
  // other: a comment or processing instruction.
  enum class kind : unsigned char { element, text, other };
  kind what = kind::other;
  markup_element element{};  // which element of the vocabulary (unknown: none)
  int line = 0;              // as libxml2 dates the node
  std::string_view name;     // an element's local name
  std::string_view text;     // a text node's text
  const markup_attribute* attributes = nullptr;
  std::size_t attribute_count = 0;
  const markup_node* children = nullptr;
  const markup_node* next = nullptr;

  bool is_element() const { return what == kind::element; }
  bool is_text() const { return what == kind::text; }
  // The attribute called `n`, or null.
  const markup_attribute* attribute(std::string_view n) const {
    for (std::size_t i = 0; i < attribute_count; ++i)
      if (attributes[i].name == n) return &attributes[i];
    return nullptr;
  }
  // The value of attribute `n`, "" when there is none.
  std::string_view attribute_value(std::string_view n) const {
    const markup_attribute* a = attribute(n);
    return a ? a->value : std::string_view();
  }
  // All the text inside, as libxml2's xmlNodeGetContent gives it.
  std::string content() const;
};

class markup_document {
 public:
  // Parses `text` (named `name` in messages) with xml::parse_events: throws
  // cp::error "name:line:col: message" where it is not well-formed, and on
  // a DOCTYPE.
  static markup_document parse(std::string_view text, const std::string& name);

  // The first element at the top, or null.
  const markup_node* root() const;

 private:
  std::unique_ptr<std::pmr::monotonic_buffer_resource> arena_;
  const markup_node* first_ = nullptr;  // the top level's nodes, in order
  friend class markup_builder;
};

}  // namespace cp::compose
