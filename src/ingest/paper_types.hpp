// SPDX-License-Identifier: MIT
// The field table of paper inputs: every key a paper file may hold, its
// type, whether it is required and what it means.
#pragma once

#include "ingest/paper_fields.hpp"
#include "model/paper.hpp"

namespace cp::ingest {

// The top-level mapping of a paper input; nested types hang off its fields.
const fields::object_type<model::paper>& paper_type();

}  // namespace cp::ingest
