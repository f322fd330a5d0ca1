// SPDX-License-Identifier: MIT
// Checks a markup program against the text it stands in for: the tree it
// builds must be the tree libxml2 parses from the template's rendering,
// node for node. For the tests and the fuzz target; papers never call it.
#pragma once

#include <string>
#include <string_view>

#include "compose/template_set.hpp"
#include "compose/view.hpp"

namespace cp::compose {

// "" when template `name`'s program builds, from `v`, the tree its rendered
// text parses to, or declines where the text does not parse (or declines
// for a reason of its own: see markup_program::build). Otherwise where the
// two first differ, or that the program built a tree the text cannot give.
std::string program_difference(const template_set& set, std::string_view name, const view& v);

}  // namespace cp::compose
