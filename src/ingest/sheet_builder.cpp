// SPDX-License-Identifier: MIT
#include "ingest/sheet_builder.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace cp::ingest::detail {

void sheet_builder::fail(const source_position& where, const std::string& message) const {
  throw sheet_error(where, message);
}

void sheet_builder::fail_at(int row, int column, const std::string& message) const {
  fail(s_.position(row, column), message);
}

void sheet_builder::check_place(long long row, long long column) const {
  if (row > limits_.max_rows)
    fail(s_.position(0, 0),
         fmt::format("the sheet has a value in row {}, past the last row a sheet can have ({})",
                     row, limits_.max_rows));
  if (column > limits_.max_columns)
    fail(s_.position(0, 0),
         fmt::format("the sheet has a value in column {}, past the last column a sheet can have "
                     "({}, {})",
                     column, limits_.max_columns, column_letters(limits_.max_columns)));
  if (row < 1 || column < 1)
    fail(s_.position(0, 0), "a cell names a row or column before the first");
}

void sheet_builder::count(const cell& c) {
  if (++cells_ > limits_.max_cells)
    fail(s_.position(0, 0),
         fmt::format("the sheet has more than {} cells with a value; refusing to read further",
                     limits_.max_cells));
  text_bytes_ += c.text.size();
  for (const auto& r : c.runs) text_bytes_ += r.text.size();
  if (text_bytes_ > limits_.max_text_bytes)
    fail(s_.position(0, 0),
         fmt::format("the sheet's text is more than {} bytes; refusing to read further",
                     limits_.max_text_bytes));
}

void sheet_builder::add(int row, cell c, bool hidden) {
  if (c.type == cell_type::empty) return;
  check_place(row, c.column);
  if (hidden) {
    hide(row, row);
    return;
  }
  count(c);
  auto& rows = s_.rows;
  if (rows.empty() || rows.back().number != row) {
    if (!rows.empty() && rows.back().number > row) sorted_ = false;
    rows.push_back({row, {}});
  }
  auto& cells = rows.back().cells;
  if (!cells.empty() && cells.back().column >= c.column) sorted_ = false;
  cells.push_back(std::move(c));
}

void sheet_builder::hide(int first_row, int last_row) {
  if (!hidden_.empty() && first_row >= hidden_.back().first &&
      first_row <= hidden_.back().second + 1) {
    hidden_.back().second = std::max(hidden_.back().second, last_row);
    return;
  }
  if (hidden_.size() >= limits_.max_cells)
    fail(s_.position(0, 0),
         fmt::format("the sheet has more than {} hidden rows", limits_.max_cells));
  hidden_.emplace_back(first_row, last_row);
}

void sheet_builder::merge(int first_row, int first_column, int last_row, int last_column) {
  check_place(first_row, first_column);
  check_place(last_row, last_column);
  if (last_row < first_row || last_column < first_column)
    fail(s_.position(0, 0), fmt::format("the merged range {}:{} ends before it starts",
                                        cell_reference(first_row, first_column),
                                        cell_reference(last_row, last_column)));
  if (merges_.size() >= limits_.max_cells)
    fail(s_.position(0, 0),
         fmt::format("the sheet has more than {} merged ranges", limits_.max_cells));
  merges_.push_back({first_row, first_column, last_row, last_column});
}

void sheet_builder::finish(diagnostics& notes) {
  auto& rows = s_.rows;
  if (!sorted_) {
    // Rows given more than once (a broken or hostile file) are joined, then
    // each row's cells sorted; a cell given twice is refused.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const sheet_row& a, const sheet_row& b) { return a.number < b.number; });
    std::vector<sheet_row> joined;
    for (auto& r : rows) {
      if (!joined.empty() && joined.back().number == r.number) {
        for (auto& c : r.cells) joined.back().cells.push_back(std::move(c));
      } else {
        joined.push_back(std::move(r));
      }
    }
    rows = std::move(joined);
    for (auto& r : rows) {
      std::stable_sort(r.cells.begin(), r.cells.end(),
                       [](const cell& a, const cell& b) { return a.column < b.column; });
      for (std::size_t i = 1; i < r.cells.size(); ++i)
        if (r.cells[i].column == r.cells[i - 1].column)
          fail_at(r.number, r.cells[i].column, "the cell is given twice in the file");
    }
  }

  // Merged ranges: the first cell's value fills the range, in the rows that
  // hold values of their own and up to the last column that holds one, so a
  // range claiming the whole sheet costs nothing.
  int last_column = 0;
  for (const auto& r : rows)
    if (!r.cells.empty()) last_column = std::max(last_column, r.cells.back().column);
  // Ranges do not overlap in files Excel or LibreOffice write; the work is
  // bounded all the same, so overlapping ranges cannot take quadratic time.
  std::size_t visited = 0;
  for (const auto& m : merges_) {
    const cell* origin = s_.find(m.first_row, m.first_column);
    if (!origin) continue;
    cell value = *origin;
    auto r = std::lower_bound(rows.begin(), rows.end(), m.first_row,
                              [](const sheet_row& x, int n) { return x.number < n; });
    for (; r != rows.end() && r->number <= m.last_row; ++r) {
      for (int col = m.first_column; col <= std::min(m.last_column, last_column); ++col) {
        if (++visited > 2 * limits_.max_cells + 16)
          fail(s_.position(0, 0), "the sheet's merged ranges overlap too much");
        if (r->number == m.first_row && col == m.first_column) continue;
        auto at = std::lower_bound(r->cells.begin(), r->cells.end(), col,
                                   [](const cell& x, int n) { return x.column < n; });
        // A covered cell keeps no value of its own in either format; one
        // that does (a hand-made file) is left as it is.
        if (at != r->cells.end() && at->column == col) continue;
        value.column = col;
        count(value);
        r->cells.insert(at, value);
      }
    }
  }

  for (const auto& [first, last] : hidden_) {
    source_position at = s_.position(first, 0);
    if (first == last)
      notes.warning(at, "", fmt::format("row {} is hidden; its values were left out", first));
    else
      notes.warning(
          at, "", fmt::format("rows {} to {} are hidden; their values were left out", first, last));
  }
}

std::string normalise_line_ends(std::string s) {
  if (s.find('\r') == std::string::npos) return s;
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\r') {
      out += s[i];
      continue;
    }
    out += '\n';
    if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
  }
  return out;
}

cell text_cell(int column, std::string text) {
  cell c;
  c.column = column;
  c.text = normalise_line_ends(std::move(text));
  if (c.text.empty()) return c;
  if (auto d = date_in_text(c.text)) {
    c.type = cell_type::date;
    c.date = *d;
    return c;
  }
  c.type = cell_type::text;
  return c;
}

cell text_cell(int column, std::vector<text_run> runs) {
  if (runs.size() == 1 && !runs[0].bold && !runs[0].italic)
    return text_cell(column, std::move(runs[0].text));
  cell c;
  c.column = column;
  std::vector<text_run> joined;
  bool formatted = false;
  for (auto& r : runs) {
    r.text = normalise_line_ends(std::move(r.text));
    if (r.text.empty()) continue;
    formatted = formatted || r.bold || r.italic;
    c.text += r.text;
    if (!joined.empty() && joined.back().bold == r.bold && joined.back().italic == r.italic)
      joined.back().text += r.text;
    else
      joined.push_back(std::move(r));
  }
  if (c.text.empty()) return c;
  if (auto d = date_in_text(c.text)) {
    c.type = cell_type::date;
    c.date = *d;
    return c;
  }
  c.type = cell_type::text;
  if (formatted) c.runs = std::move(joined);
  return c;
}

}  // namespace cp::ingest::detail
