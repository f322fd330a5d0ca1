// SPDX-License-Identifier: MIT
// Small XLSX and ODS workbooks written part by part, so each test says in a
// few lines of SpreadsheetML or ODF exactly the case it reads.
#pragma once

#include <string>
#include <vector>

#include "ingest/sheet.hpp"

namespace cp::test {

struct xlsx_sheet {
  std::string name;
  std::string xml;    // the <sheetData> and what follows it, inside <worksheet>
  std::string state;  // "", "hidden", "veryHidden"
};

struct xlsx_parts {
  std::vector<xlsx_sheet> sheets;
  std::string shared_strings;  // the <si> items; none when empty
  std::string styles;          // <numFmts> and <cellXfs>; none when empty
  std::string workbook_pr;     // e.g. "<workbookPr date1904=\"1\"/>"
  std::vector<std::pair<std::string, std::string>> extra;  // more entries
};

// The workbook's bytes.
std::string xlsx(const xlsx_parts& p);
// One sheet called Sheet1 with `sheet_data` inside <sheetData>.
std::string xlsx_of(const std::string& sheet_data, const std::string& shared_strings = "",
                    const std::string& styles = "");

// An ODS whose content.xml holds `tables` (table:table elements) after
// `automatic_styles`.
std::string ods(const std::string& tables, const std::string& automatic_styles = "");

// The cells of a sheet as "A1=text:..." lines, for compact checks.
std::string dump(const ingest::sheet& s);

}  // namespace cp::test
