// SPDX-License-Identifier: MIT
// A paper's recommendations and its evaluations' issues and actions as an
// XLSX workbook (libxlsxwriter) that officers update through the year: a
// sheet of recommendations and one sheet of actions per evaluation, each
// with columns for status, progress and the date last updated (with data
// validation), a frozen header row, column widths, and the council's name
// and the paper's title above the table. The same paper gives the same
// bytes: the document's dates come from the paper, never from the clock.
// docs/input-format.md ("Tables from workbooks") gives the table specs that
// read each sheet back.
#pragma once

#include <string>
#include <vector>

#include "model/paper.hpp"

namespace cp::tracker {

// The row of the column headings on every sheet (rows 1 to 3 name the
// council, the paper and the sheet).
constexpr int header_row = 4;

// The statuses the Status column offers.
const std::vector<std::string>& statuses();

// The name of the sheet of an evaluation's actions: its partnership's id,
// made a sheet name Excel accepts (at most 31 characters, none of []:*?/\).
// `taken` are the names used so far; a clash gets " (2)", " (3)", ...
std::string actions_sheet_name(const std::string& partnership,
                               const std::vector<std::string>& taken);

// The workbook's bytes. Throws cp::input_error when the paper has no
// recommendations and no evaluation with issues, cp::error when
// libxlsxwriter fails (text too long for a cell, say).
std::string tracker_bytes(const model::paper& p);

}  // namespace cp::tracker
