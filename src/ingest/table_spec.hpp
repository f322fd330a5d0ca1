// SPDX-License-Identifier: MIT
// How a list of an input comes from a table in a workbook: which file and
// sheet, which row holds the column headings, which column fills which
// field, and how rows are grouped into nested lists. Read from a mapping of
// the input (docs/input-format.md, "Tables from workbooks").
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ingest/value.hpp"
#include "util/diagnostics.hpp"

namespace cp::ingest {

struct table_column {
  std::string header;   // the heading, spaces and line breaks made single spaces
  std::string field;    // the field it fills; empty for an ignored column
  source_position pos;  // where the spec names the column
};

// One level of the entries a table gives.
struct table_level {
  // Each row (or group of rows) gives a mapping of these fields ...
  std::vector<table_column> columns;
  // ... or, in a nested level, one value: `column:` instead of `columns:`
  // makes a list of text (an issue's actions).
  std::optional<table_column> column;
  // Grouping: consecutive rows with the same value in the `key` column
  // (or none, continuing the entry above) are one entry, and each of them
  // gives an entry of the nested list `into`, read as `child`.
  std::optional<table_column> key;  // header only
  std::string into;
  source_position into_pos;
  std::shared_ptr<const table_level> child;
};

struct table_spec {
  std::string file;  // as written, for the caller to find
  source_position file_pos;
  std::string sheet;  // "" for the first visible sheet (and in CSV)
  source_position sheet_pos;
  int header_row = 1;
  source_position header_row_pos;
  table_level rows;
  std::vector<table_column> ignored;  // headers of columns read and dropped
  std::vector<table_column> prose;    // headers of columns whose bold and italic become Markdown
  source_position pos;                // the spec itself
  std::string path;                   // the field the table fills, e.g. "recommendations"
};

// Reads the spec from the mapping `v` for the list at field `path`; every
// problem goes into `d` (unknown keys with "did you mean", a header named
// twice, a group key that is no column, ...). nullopt when there was one.
std::optional<table_spec> read_table_spec(const value& v, const std::string& path, diagnostics& d);

// A heading as it is compared: spaces, tabs and line breaks made single
// spaces, none at either end.
std::string normalise_header(std::string_view s);

}  // namespace cp::ingest
