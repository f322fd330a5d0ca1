// SPDX-License-Identifier: MIT
#include "util/diagnostics.hpp"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

namespace cp {

namespace {

// Sheet names other than plain words are quoted, as Excel writes them in
// references: 'Action plan'!C7, with a quote in the name doubled.
std::string quoted_sheet(const std::string& sheet) {
  bool plain = !(sheet[0] >= '0' && sheet[0] <= '9');
  for (char c : sheet)
    plain = plain && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '_' || c == '.');
  if (plain) return sheet;
  std::string out = "'";
  for (char c : sheet) {
    out += c;
    if (c == '\'') out += c;
  }
  return out + "'";
}

}  // namespace

std::string column_letters(int column) {
  std::string out;
  for (int c = column; c > 0; c = (c - 1) / 26) out.insert(out.begin(), char('A' + (c - 1) % 26));
  return out;
}

std::string cell_reference(int row, int column) {
  return fmt::format("{}{}", column_letters(column), row);
}

source_position cell_position(std::string file, std::string sheet, int row, int column) {
  return {std::move(file), row, column, std::move(sheet), true};
}

std::string source_position::to_string() const {
  if (cell) {
    std::string out = file;
    if (!sheet.empty()) out += ":" + quoted_sheet(sheet);
    if (line <= 0) return out;  // the sheet as a whole
    out += sheet.empty() ? ":" : "!";
    if (column > 0) return out + cell_reference(line, column);
    return out + fmt::format("{}:{}", line, line);  // a whole row, as Excel writes it
  }
  if (line > 0) return fmt::format("{}:{}:{}", file, line, column);
  return file;
}

std::string diagnostic::to_string() const {
  std::string out = where.to_string();
  out += ": ";
  if (level == severity::warning) out += "warning: ";
  if (!field.empty()) out += field + ": ";
  out += message;
  return out;
}

void diagnostics::add_in_file_order(const diagnostics& found, const std::string& input) {
  std::vector<std::string> files{input};
  std::vector<std::string> sheets{""};
  for (const auto& x : found.items()) {
    if (std::find(files.begin(), files.end(), x.where.file) == files.end())
      files.push_back(x.where.file);
    if (std::find(sheets.begin(), sheets.end(), x.where.sheet) == sheets.end())
      sheets.push_back(x.where.sheet);
  }
  auto rank = [&](const diagnostic& x) {
    auto file = std::find(files.begin(), files.end(), x.where.file) - files.begin();
    auto sheet = std::find(sheets.begin(), sheets.end(), x.where.sheet) - sheets.begin();
    return std::tuple(file, sheet, x.where.line, x.where.column);
  };
  std::vector<diagnostic> items = found.items();
  std::stable_sort(items.begin(), items.end(),
                   [&](const diagnostic& a, const diagnostic& b) { return rank(a) < rank(b); });
  for (auto& x : items) add(std::move(x));
}

void diagnostics::error(source_position where, std::string field, std::string message) {
  items_.push_back({severity::error, std::move(where), std::move(field), std::move(message)});
}

void diagnostics::warning(source_position where, std::string field, std::string message) {
  items_.push_back({severity::warning, std::move(where), std::move(field), std::move(message)});
}

bool diagnostics::has_errors() const {
  return error_count() > 0;
}

std::size_t diagnostics::error_count() const {
  return static_cast<std::size_t>(
      std::count_if(items_.begin(), items_.end(),
                    [](const diagnostic& d) { return d.level == severity::error; }));
}

std::string diagnostics::to_string() const {
  std::string out;
  for (const auto& d : items_) {
    if (!out.empty()) out += '\n';
    out += d.to_string();
  }
  return out;
}

}  // namespace cp
