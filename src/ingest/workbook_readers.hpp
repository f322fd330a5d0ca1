// SPDX-License-Identifier: MIT
// The readers of tables: one sheet of an XLSX or ODS workbook, or a CSV
// file, into the sheet model (sheet.hpp). Workbooks are untrusted: they are
// read through the hardened ZIP reader and libxml2 with no network, DTD or
// entity expansion, and whatever a file claims (dimensions, repeated rows,
// merged ranges) costs only the cells that hold a value.
#pragma once

#include <string>
#include <string_view>

#include "ingest/sheet.hpp"
#include "util/diagnostics.hpp"

namespace cp::ingest {

// Each reads the sheet called `sheet_name` ("" for the first visible one) of
// the file `bytes`; `file` is what messages and positions call it. Notes
// (hidden rows and sheets, a CSV file read as Windows-1252) go into `notes`
// as warnings. A file that cannot be read, a sheet that is missing or
// hidden, a link to another workbook and anything over `limits` throw
// sheet_error naming the file (and the cell, where there is one).
sheet read_xlsx(std::string_view bytes, const std::string& file, const std::string& sheet_name,
                diagnostics& notes, const sheet_limits& limits = {});
sheet read_ods(std::string_view bytes, const std::string& file, const std::string& sheet_name,
               diagnostics& notes, const sheet_limits& limits = {});
// RFC 4180 (libcsv, strict): fields separated by commas, quoted with '"'
// and '""' inside; UTF-8 with or without a byte order mark, or
// Windows-1252 (converted, with a note). Every cell is text, except dates
// written d/m/yyyy (date_in_text).
sheet read_csv(std::string_view bytes, const std::string& file, diagnostics& notes,
               const sheet_limits& limits = {});

// One of the three by the file's extension (.xlsx/.xlsm, .ods, .csv);
// other extensions (.xls, say) are refused with what to do instead. A sheet
// name given for a CSV file is an error.
sheet read_table_file(std::string_view bytes, const std::string& file,
                      const std::string& sheet_name, diagnostics& notes,
                      const sheet_limits& limits = {});

}  // namespace cp::ingest
