// SPDX-License-Identifier: MIT
// The steps of a markup program, shared by its compiler
// (markup_program.cpp) and its builder (program_builder.cpp) only.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "compose/markup_program.hpp"

namespace cp::compose {

// A name as template_set's Mustache context finds it: "." is the innermost
// section's value; "a.b" is b in a, in the innermost section that has both.
struct lookup_name {
  bool dot = false;
  std::vector<std::string> parts;
};

// One piece of an attribute value.
struct attr_op {
  enum class kind : std::uint8_t { literal, value, section, inverted };
  explicit attr_op(kind what) : k(what) {}
  kind k;
  std::string text;           // literal: as libxml2 reads it
  lookup_name name;           // value, section, inverted
  std::vector<attr_op> body;  // section, inverted
};

struct attribute_op {
  std::uint32_t name = 0;  // id in names_
  std::vector<attr_op> value;
};

struct markup_program::op {
  enum class kind : std::uint8_t { text, newline, value, section, inverted, start, end };
  op() = default;
  explicit op(kind what) : k(what) {}
  kind k = kind::text;
  // text: written as spaces and tabs only. The Mustache library leaves out
  // a line that holds nothing else once a section has begun or ended on it.
  bool blank = false;
  bool empty_element = false;            // start: written <x/>
  std::uint32_t name = 0;                // start: id in names_
  std::string text;                      // text: as libxml2 reads it (references replaced)
  lookup_name lookup;                    // value, section, inverted
  std::vector<op> body;                  // section, inverted
  std::vector<attribute_op> attributes;  // start
};

}  // namespace cp::compose
