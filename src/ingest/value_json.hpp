// SPDX-License-Identifier: MIT
// An input's value tree as JSON: what `papers expand` prints, so that an
// editor or a JSON Schema validator can check a paper that uses includes.
#pragma once

#include "ingest/paper_json.hpp"
#include "ingest/value.hpp"

namespace cp::ingest {

// Mappings become objects (keys in file order), lists arrays, null null.
// A scalar written without quotes becomes what YAML 1.2's core schema makes
// of it: true/false a boolean, a decimal number a number; every other
// scalar, and every quoted one, a string. (The field readers also take
// yes/no and on/off for true/false; those stay text here.)
json to_json(const value& v);

}  // namespace cp::ingest
