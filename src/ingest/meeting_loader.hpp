// SPDX-License-Identifier: MIT
// Reads a meeting input file (YAML or JSON, with includes) into the meeting
// model, checking everything and reporting every problem at once.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "model/meeting.hpp"
#include "util/diagnostics.hpp"

namespace cp::ingest {

// Whether the input file is a meeting (its top-level `kind` is "meeting")
// rather than a paper. Files that do not parse count as papers, whose loader
// then explains the problem.
bool is_meeting_file(const std::filesystem::path& file);

// Reads a meeting input, following includes. Every problem goes into `d`,
// in the order of the file, as "file:line:col: field.path: message"; returns
// the meeting only when there was no error. The paths of reports, placed
// documents and the logo are checked to exist and kept resolved against the
// file that names them (so they can be opened as they are), and must lie
// inside `include_root` (empty: the meeting file's folder), which the
// meeting keeps for its reports' own includes.
std::optional<model::meeting> load_meeting(const std::filesystem::path& file, diagnostics& d,
                                           const std::filesystem::path& include_root = {});

// The JSON Schema (draft 2020-12) of meeting inputs, generated from the same
// field table the loader uses; docs/meeting.schema.json holds a copy.
std::string meeting_json_schema();

}  // namespace cp::ingest
