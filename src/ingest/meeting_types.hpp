// SPDX-License-Identifier: MIT
// The field table of meeting inputs: every key a meeting file may hold.
#pragma once

#include "ingest/paper_fields.hpp"
#include "model/meeting.hpp"

namespace cp::ingest {

// The top-level mapping of a meeting input; nested types hang off its fields.
const fields::object_type<model::meeting>& meeting_type();

}  // namespace cp::ingest
