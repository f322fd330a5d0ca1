// SPDX-License-Identifier: MIT
// A parsed YAML/JSON document with the source position of every node.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostics.hpp"

namespace cp::ingest {

struct member;

// One node of an input file. Scalars keep their text: whether "12" is a number
// or "yes" a boolean is decided by the reader that knows the field, so a
// quoted "12" stays a string and nothing is guessed.
struct value {
  enum class kind { null, scalar, list, map };

  kind type = kind::null;
  std::string text;             // scalar text
  bool quoted = false;          // scalar written in quotes (or as a block scalar)
  std::vector<value> items;     // list
  std::vector<member> members;  // map, in file order, keys unique
  source_position pos;

  bool is_null() const { return type == kind::null; }
  bool is_scalar() const { return type == kind::scalar; }
  bool is_list() const { return type == kind::list; }
  bool is_map() const { return type == kind::map; }

  // The member's value, or nullptr.
  const value* find(std::string_view key) const;
  // "a string", "a list", ...: for messages.
  std::string describe() const;
};

struct member {
  std::string key;
  source_position key_pos;
  value val;
};

}  // namespace cp::ingest
