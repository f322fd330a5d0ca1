// SPDX-License-Identifier: MIT
// Checks across the fields of a paper once it is read: references by id or
// name resolve, ids are unique, the logo is an image that exists.
#pragma once

#include <filesystem>

#include "ingest/paper_fields.hpp"
#include "model/paper.hpp"

namespace cp::ingest {

// Reports each problem at the value that refers or repeats.
void check_references(const model::paper& p, fields::read_context& c);

// Checks that the logo named at c.where["logo"] is a PNG or JPEG file, found
// relative to the file that names it inside the include `root`; returns its
// path relative to the folder of `input` (as the model keeps it), or
// nothing after an error.
std::optional<std::string> check_logo(const std::string& logo, const std::filesystem::path& input,
                                      const std::filesystem::path& root, fields::read_context& c);

}  // namespace cp::ingest
