// SPDX-License-Identifier: MIT
// Reads report markup — the small XML vocabulary templates render — into a
// document tree. docs/markup.md describes every element.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "compose/markup_nodes.hpp"
#include "document/document.hpp"
#include "style/house_style.hpp"

namespace cp::compose {

// Returns the bytes of a file named by markup (an image's src); throws
// input_error when it cannot be read.
using resource_loader = std::function<std::string(const std::string& src)>;

// Every element of the vocabulary and the attributes it takes.
const std::map<std::string, std::vector<std::string>, std::less<>>& markup_vocabulary();

// The elements of the vocabulary, for reading markup without comparing
// names again and again; the inline elements come last, from b on.
enum class markup_element : unsigned char {
  unknown,
  paper,
  properties,
  custom,
  section,
  header,
  footer,
  cover,
  toc,
  h1,
  h2,
  h3,
  p,
  np,
  prose,
  ul,
  ol,
  li,
  table,
  caption,
  tr,
  th,
  td,
  page_break,
  image,
  restart,
  b,
  i,
  u,
  sup,
  sub,
  a,
  br,
  tab,
  field,
  img,
  page_ref,
};

// The element called `name`, or unknown when the vocabulary has none.
markup_element element_of(std::string_view name);

// Parses `markup` (named `source_name` in messages) and builds the tree.
// Throws template_error "source:line: message" for markup that does not
// parse, an unknown element or attribute, or a bad attribute value.
// `helper_thread`: a core is free, and the prose may be parsed on a second
// thread (prose_ahead.hpp); the tree is the same either way.
doc::document read_markup(std::string_view markup, const std::string& source_name,
                          const style::house_style& hs, const resource_loader& load,
                          bool helper_thread = false);

}  // namespace cp::compose
