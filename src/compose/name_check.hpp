// SPDX-License-Identifier: MIT
// Checks each name a template uses against the names its view can hold, as
// the Mustache library would look them up (template_set's context: the
// innermost section first, "a.b", "."), so a misspelt {{titel}} is an error
// when the template set is loaded instead of printing nothing.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "compose/view_shape.hpp"

namespace cp::compose {

struct name_problem {
  std::size_t offset;   // of the tag in the text
  std::string message;  // "unknown name \"titel\"; did you mean \"title\"?"
};

// The names in `text` (a template with its partials expanded) that no view
// of `shape` can hold.
std::vector<name_problem> check_names(const std::string& text, const view_shape& shape);

}  // namespace cp::compose
