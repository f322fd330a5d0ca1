// SPDX-License-Identifier: MIT
// What both formats' reference documents share: the error that refuses one,
// and the named styles found in it.
#pragma once

#include <string>
#include <vector>

#include "util/error.hpp"

namespace cp::reference {

// A reference document that cannot be used (missing parts, hostile content).
// It is bad input: the command line exits with status 2 and writes nothing.
class reference_error : public input_error {
 public:
  using input_error::input_error;
};

enum class style_kind { paragraph, character };

// A named style of the reference document.
struct named_style {
  style_kind kind = style_kind::paragraph;
  // DOCX w:styleId; ODT style:name ("Heading_20_1").
  std::string id;
  // What authors see: DOCX w:name; ODT style:display-name, else the style:name decoded.
  std::string name;
  bool is_default = false;  // DOCX: the default paragraph style (w:default="1")
};

}  // namespace cp::reference
