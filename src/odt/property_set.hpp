// SPDX-License-Identifier: MIT
// The formatting of one style as its style:*-properties elements, comparable
// so that identical automatic styles can be shared.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "xml/xml_writer.hpp"

namespace cp::odt::detail {

// One style:*-properties element: attributes in the order set, plus child
// elements (style:tab-stops, style:list-level-label-alignment) as XML.
struct property_element {
  std::string name;
  std::vector<std::pair<std::string, std::string>> attributes;
  std::string children;  // a fragment from xml::writer(false)

  // Sets (or replaces) an attribute.
  property_element& set(std::string_view attribute, std::string value);
  bool empty() const { return attributes.empty() && children.empty(); }
};

// The properties elements of one style, written in the order the schema
// requires whatever order they were filled in.
class property_set {
 public:
  // The element called `name` ("style:paragraph-properties"), added if absent.
  property_element& get(std::string_view name);
  bool empty() const;
  void write(xml::writer& w) const;
  // A string equal for equal property sets: the XML itself.
  std::string key() const;

 private:
  std::vector<property_element> elements_;
};

}  // namespace cp::odt::detail
