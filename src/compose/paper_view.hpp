// SPDX-License-Identifier: MIT
// Turns a paper's model into the data its templates see (docs/templates.md).
#pragma once

#include <string>

#include "compose/view.hpp"
#include "compose/view_shape.hpp"
#include "model/paper.hpp"

namespace cp::compose {

// The view of `p`. Every key is present; empty text counts as false in a
// section (so {{#key}} works as "if given"), every list `x` comes with a
// flag `has_x`, and numbers, stars, British dates and counts are already
// worked out. `logo_src` is how the markup names the logo file (empty: none).
view paper_view(const model::paper& p, const std::string& logo_src);

// What the template of each paper kind may use: the names paper_view can
// give, by kind ("committee-report", ...).
view_catalogue paper_views();

}  // namespace cp::compose
