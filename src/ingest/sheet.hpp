// SPDX-License-Identifier: MIT
// One sheet of a workbook (XLSX, ODS) or a CSV file, as the readers give it:
// the cells that hold a value, by row and column, each with its type. What
// the readers share is here too: the limits, the error that names a cell,
// and the dates of spreadsheets.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/paper.hpp"
#include "util/diagnostics.hpp"
#include "util/error.hpp"
#include "zip/zip_reader.hpp"

namespace cp::ingest {

enum class cell_type : std::uint8_t { empty, text, number, boolean, date, error };

// A stretch of a cell's text with one formatting.
struct text_run {
  std::string text;
  bool bold = false;
  bool italic = false;
  bool operator==(const text_run&) const = default;
};

// One cell with a value. Formulas are read as the result saved with them.
struct cell {
  int column = 0;  // from 1 (A)
  cell_type type = cell_type::empty;
  // text: the text (line breaks as "\n"); error: what the cell shows
  // ("#N/A"), "" for a formula saved without its result; date: the text it
  // was written as, when it was text ("14/07/2009").
  std::string text;
  // Text partly (or wholly) bold or italic: its runs, in order, which make
  // up `text`; empty when the text is plain.
  std::vector<text_run> runs;
  double number = 0;
  bool boolean = false;
  model::date date;  // date
  int seconds = 0;   // date: the time of day, 0 at midnight
};

struct sheet_row {
  int number = 0;           // from 1
  std::vector<cell> cells;  // left to right, only cells with a value
};

struct sheet {
  std::string file;  // as messages name it
  std::string name;  // "" for a CSV file
  // The rows that hold a value, top to bottom; hidden rows are left out.
  std::vector<sheet_row> rows;

  // The cell at `row` and `column`, or nullptr when it is empty.
  const cell* find(int row, int column) const;
  source_position position(int row, int column) const;
};

// What a sheet may hold before it is refused. Sizes a sheet claims
// (dimensions, repeated rows and columns) are never allocated for: only
// cells with a value count.
struct sheet_limits {
  std::size_t max_cells = 1'000'000;         // cells with a value, merged ranges filled in
  std::size_t max_text_bytes = 64ull << 20;  // their text together
  std::size_t max_csv_bytes = 64ull << 20;   // a CSV file
  int max_rows = 1'048'576;                  // Excel's and LibreOffice's sheets
  int max_columns = 16'384;                  // XFD
  package::read_limits package;              // the ZIP of an XLSX or ODS file
};

// A workbook or CSV file that cannot be read: what() is "place: message",
// and the parts are kept so a caller can add it to its diagnostics.
class sheet_error : public input_error {
 public:
  sheet_error(source_position where, const std::string& message);
  const source_position& where() const { return where_; }
  const std::string& message() const { return message_; }

 private:
  source_position where_;
  std::string message_;
};

// A date written d/m/yyyy (dd/mm/yyyy), as British spreadsheets show dates
// and write them into CSV files; nullopt unless it is a real date.
std::optional<model::date> date_in_text(std::string_view s);

// The date and time of a spreadsheet serial number: days since 1899-12-30
// (the 1900 date system, with the 29 February 1900 Lotus 1-2-3 had and Excel
// keeps) or since 1904-01-01; nullopt for serials before 1 January of the
// system's first year, for 29 February 1900 and past 9999.
struct date_time {
  model::date date;
  int seconds = 0;
};
std::optional<date_time> date_of_serial(double serial, bool system_1904);
// The serial of a date in the 1900 date system (for writers).
double serial_of_date(const model::date& d);

// "2009-07-14", or "2009-07-14 10:30" / "2009-07-14 10:30:15" with a time.
std::string iso_date_time(const model::date& d, int seconds);

}  // namespace cp::ingest
