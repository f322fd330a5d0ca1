// SPDX-License-Identifier: MIT
// Problems found in input files, each with its place (file:line:col, or
// file:sheet!cell in a workbook) and field path.
#pragma once

#include <string>
#include <vector>

namespace cp {

// A place in a source file; line and column count from 1 (0: unknown).
// In a workbook or CSV file the place is a cell: `cell` is set, line is its
// row, column its column (A is 1) and `sheet` names its sheet ("" in CSV).
struct source_position {
  std::string file;
  int line = 0;
  int column = 0;
  std::string sheet = {};
  bool cell = false;

  // "file:line:col"; "file:Sheet!C7", "file:'Action plan'!C7" or, in CSV,
  // "file:C7" for a cell ("file:Sheet!7:7" for a whole row, "file:Sheet" for
  // the sheet: line 0); "file" when the place in it is unknown.
  std::string to_string() const;
};

// The position of the cell at `row` and `column` (both from 1) of `sheet`.
source_position cell_position(std::string file, std::string sheet, int row, int column);
// "C", "AA": the letters of a column counted from 1.
std::string column_letters(int column);
// "C7".
std::string cell_reference(int row, int column);

enum class severity { error, warning };

struct diagnostic {
  severity level = severity::error;
  source_position where;
  std::string field;  // dotted path, e.g. "recommendations[3].priority"; may be empty
  std::string message;

  // "file:line:col: field: message" (or "file:Sheet!C7: ..."; warnings say
  // "warning: " before the field).
  std::string to_string() const;
};

// Collects every problem so the user sees all of them at once.
class diagnostics {
 public:
  void error(source_position where, std::string field, std::string message);
  void warning(source_position where, std::string field, std::string message);
  void add(diagnostic d) { items_.push_back(std::move(d)); }
  // Adds every item of `found` in the order of the files: `input` first,
  // then the others (included files, workbooks) in order of first mention,
  // each by line and column (in a workbook: sheet by first mention, then row
  // and column); problems without a line stay first in their file.
  void add_in_file_order(const diagnostics& found, const std::string& input);

  bool has_errors() const;
  std::size_t error_count() const;
  const std::vector<diagnostic>& items() const { return items_; }
  // Every diagnostic, one per line, in the order found.
  std::string to_string() const;
  // Throws E with to_string() when any error was recorded.
  template <class E>
  void throw_if_errors() const {
    if (has_errors()) throw E(to_string());
  }

 private:
  std::vector<diagnostic> items_;
};

}  // namespace cp
