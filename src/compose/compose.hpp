// SPDX-License-Identifier: MIT
// From a paper's model to its document tree: view, template, markup, tree.
#pragma once

#include <string>
#include <string_view>

#include "compose/markup_reader.hpp"
#include "compose/template_set.hpp"
#include "document/document.hpp"
#include "model/paper.hpp"
#include "style/house_style.hpp"

namespace cp::compose {

// Renders template `name` with `v` and reads its markup (named
// `source_name` in messages): Mustache renders the text, libxml2 parses it,
// and the markup reader builds the tree, so a message names the line of the
// rendered markup. `helper_thread`: a core is free for reading the markup
// (read_markup); the tree is the same either way.
doc::document compose_markup(const template_set& templates, std::string_view name, view v,
                             const std::string& source_name, const style::house_style& hs,
                             const resource_loader& load, bool helper_thread = false);

// How the markup names the logo of a paper or meeting: its own (`own`,
// relative to its input file), else the house style's (as an absolute path,
// which the resource loaders open as it is); empty: none.
std::string logo_source(const std::string& own, const style::house_style& hs);

// Renders the template for the paper's kind and reads its markup. Throws
// template_error (naming the template) or input_error (a missing logo).
doc::document compose_paper(const model::paper& p, const template_set& templates,
                            const style::house_style& hs, bool helper_thread = false);

}  // namespace cp::compose
