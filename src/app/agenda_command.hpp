// SPDX-License-Identifier: MIT
// `papers agenda MEETING...`: agenda packs (public and exempt) for meetings,
// and the meeting inputs given to `papers check` and `papers build`.
#pragma once

#include <ostream>

#include "app/options.hpp"

namespace cp::app {

// Builds each meeting's public agenda pack and, when it has exempt items,
// its exempt pack, in every format asked for; checks everything (input,
// papers, placed documents, statutory rules) before writing anything.
int run_agenda(const options& o, std::ostream& out, std::ostream& err);

// Takes the meeting files out of o.inputs and checks them as `papers
// agenda` would, writing nothing. Returns the exit status for the meetings
// (exit_ok when there were none).
int check_meeting_inputs(options& o, std::ostream& out, std::ostream& err);

// Takes the meeting files out of o.inputs and builds their packs (run_agenda).
int build_meeting_inputs(options& o, std::ostream& out, std::ostream& err);

// Prints the JSON Schema of meeting inputs.
int run_meeting_schema(std::ostream& out);

}  // namespace cp::app
