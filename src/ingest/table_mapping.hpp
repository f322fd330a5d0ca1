// SPDX-License-Identifier: MIT
// A table of a workbook as a list of the input (ingest::value): each row (or
// group of rows) a mapping of the fields its columns fill, every value
// positioned at its cell, so the field readers' messages name the cell:
//   tracker.xlsx:Recommendations!C7: recommendations[3].priority: expected 1, 2 or 3, got "High"
#pragma once

#include <functional>
#include <string>

#include "ingest/sheet.hpp"
#include "ingest/table_spec.hpp"
#include "ingest/value.hpp"
#include "util/diagnostics.hpp"

namespace cp::ingest {

// The table `spec` describes, read from `s`. Cells become scalars the
// field readers take: text as it is (in prose columns, bold and italic runs
// as **Markdown**), numbers unquoted ("3", "2.5"), dates as YYYY-MM-DD,
// booleans as true/false. Every problem goes into `d` at once: columns the
// spec does not map or ignore (with "did you mean"), headings the sheet
// lacks, cells showing an error, rows of one group that disagree.
value table_value(const table_spec& spec, const sheet& s, diagnostics& d);

// What a caller's loader gives for a file a spec names: the name messages
// call it (as the input's includes do, e.g. "inputs/tracker.xlsx") and its
// bytes.
struct table_file {
  std::string name;
  std::string bytes;
};
// Finds the file `file` named at `named_at` (the spec's `file:` value, whose
// position says which input file named it), or throws cp::error saying why
// it cannot be read.
using table_file_loader =
    std::function<table_file(const std::string& file, const source_position& named_at)>;

// Reads the file through `load`, the sheet (read_table_file) and the table;
// a file or sheet that cannot be read is reported into `d` like any other
// problem. Returns the list (empty when there was a problem).
value load_table(const table_spec& spec, const table_file_loader& load, diagnostics& d,
                 const sheet_limits& limits = {});

// Replaces, anywhere in `v`, each mapping {"$table": spec} by the table it
// names: what `recommendations: {$table: {file: tracker.xlsx, ...}}` in JSON
// and `recommendations: !table {file: tracker.xlsx, ...}` in YAML (once the
// YAML reader turns the tag into that mapping) both mean. `path` is the
// field path of `v` ("" at the top of an input).
void expand_tables(value& v, const table_file_loader& load, diagnostics& d,
                   const std::string& path = "", const sheet_limits& limits = {});

}  // namespace cp::ingest
