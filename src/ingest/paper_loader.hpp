// SPDX-License-Identifier: MIT
// Reads a paper input file (YAML or JSON, with includes) into the typed model,
// checking everything and reporting every problem at once.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "model/paper.hpp"
#include "util/diagnostics.hpp"

namespace cp::ingest {

// Reads a paper input (YAML or JSON by content; YAML 1.2 contains JSON),
// following includes. Every problem goes into `d`, in the order of the file,
// as "file:line:col: field.path: message"; returns the paper, with derived
// numbers and id filled in, only when there was no error. The SMART check's
// warnings are the caller's to ask for (model::smart_check). The files the
// paper names (includes, logo) must lie inside `include_root`; empty, the
// input's own folder (docs/input-format.md, "Files an input names").
std::optional<model::paper> load_paper(const std::filesystem::path& file, diagnostics& d,
                                       const std::filesystem::path& include_root = {});

// The include root a top-level input gets: `given` with links resolved, or
// the input's folder when none is given. Throws input_error when the folder
// does not exist or the input is outside it.
std::filesystem::path include_root_for(const std::filesystem::path& input,
                                       const std::filesystem::path& given);

// The JSON Schema (draft 2020-12) of paper inputs, generated from the same
// field table the loader uses; docs/paper.schema.json holds a copy.
std::string paper_json_schema();

}  // namespace cp::ingest
