// SPDX-License-Identifier: MIT
// What the XLSX, ODS and CSV readers share while they fill a sheet: the
// limits counted as cells arrive, hidden rows noted instead of kept, merged
// ranges filled at the end, and the text helpers.
#pragma once

#include <string>
#include <vector>

#include "ingest/sheet.hpp"
#include "util/diagnostics.hpp"

namespace cp::ingest::detail {

class sheet_builder {
 public:
  sheet_builder(sheet& s, const sheet_limits& limits) : s_(s), limits_(limits) {}

  // A cell with a value at `row`; rows may come in any order (a broken file),
  // cells within a row too. A cell of a hidden row is noted, not kept.
  void add(int row, cell c, bool hidden = false);
  // Rows `first_row` to `last_row` are hidden and hold values: noted.
  void hide(int first_row, int last_row);
  // A merged range, rows and columns from 1: its first cell's value fills it.
  void merge(int first_row, int first_column, int last_row, int last_column);
  // Sorts, checks for cells given twice, fills the merged ranges and notes
  // the hidden rows that held values (as warnings in `notes`).
  void finish(diagnostics& notes);

  // Refuses a cell outside the sheet's limits; `where` is its position.
  void check_place(long long row, long long column) const;
  [[noreturn]] void fail(const source_position& where, const std::string& message) const;
  [[noreturn]] void fail_at(int row, int column, const std::string& message) const;

 private:
  void count(const cell& c);

  struct range {
    int first_row, first_column, last_row, last_column;
  };
  sheet& s_;
  const sheet_limits& limits_;
  std::size_t cells_ = 0;
  std::size_t text_bytes_ = 0;
  std::vector<range> merges_;
  std::vector<std::pair<int, int>> hidden_;  // rows with values that were hidden, as ranges
  bool sorted_ = true;
};

// Text as a spreadsheet holds it, made plain: "\r\n" and "\r" become "\n".
std::string normalise_line_ends(std::string s);
// A text cell from runs: adjacent runs of the same formatting joined, empty
// runs dropped, and the runs kept only when some text is bold or italic.
// Text that is a British date (date_in_text) becomes a date cell. An empty
// text leaves the cell empty.
cell text_cell(int column, std::vector<text_run> runs);
// The same for plain text (no runs): what most cells hold.
cell text_cell(int column, std::string text);

}  // namespace cp::ingest::detail
