// SPDX-License-Identifier: MIT
#include "ingest/workbook_readers.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace cp::ingest {

sheet read_table_file(std::string_view bytes, const std::string& file,
                      const std::string& sheet_name, diagnostics& notes,
                      const sheet_limits& limits) {
  std::string ext = file.substr(std::min(file.size(), file.rfind('.')));
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".xlsx" || ext == ".xlsm") return read_xlsx(bytes, file, sheet_name, notes, limits);
  if (ext == ".ods") return read_ods(bytes, file, sheet_name, notes, limits);
  if (ext == ".csv") {
    if (!sheet_name.empty())
      throw sheet_error({file, 0, 0},
                        fmt::format("a CSV file has no sheets, so it cannot have sheet \"{}\"; "
                                    "leave the sheet out",
                                    sheet_name));
    return read_csv(bytes, file, notes, limits);
  }
  if (ext == ".xls")
    throw sheet_error({file, 0, 0},
                      "an Excel 97-2003 workbook (.xls) cannot be read; save it as an Excel "
                      "Workbook (.xlsx)");
  if (ext == ".xlsb")
    throw sheet_error({file, 0, 0},
                      "an Excel Binary Workbook (.xlsb) cannot be read; save it as an Excel "
                      "Workbook (.xlsx)");
  throw sheet_error({file, 0, 0}, "a table is read from an .xlsx, .ods or .csv file");
}

}  // namespace cp::ingest
