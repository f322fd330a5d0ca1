// SPDX-License-Identifier: MIT
// From a paper's model to its document tree: view, template, markup, tree.
#pragma once

#include "compose/template_set.hpp"
#include "document/document.hpp"
#include "model/paper.hpp"
#include "style/house_style.hpp"

namespace cp::compose {

// Renders the template for the paper's kind and reads its markup. Throws
// template_error (naming the template) or input_error (a missing logo).
doc::document compose_paper(const model::paper& p, const template_set& templates,
                            const style::house_style& hs);

}  // namespace cp::compose
