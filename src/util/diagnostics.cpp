// SPDX-License-Identifier: MIT
#include "util/diagnostics.hpp"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

namespace cp {

std::string diagnostic::to_string() const {
  std::string out = where.file;
  if (where.line > 0) out += fmt::format(":{}:{}", where.line, where.column);
  out += ": ";
  if (level == severity::warning) out += "warning: ";
  if (!field.empty()) out += field + ": ";
  out += message;
  return out;
}

void diagnostics::add_in_file_order(const diagnostics& found, const std::string& input) {
  std::vector<std::string> files{input};
  for (const auto& x : found.items())
    if (std::find(files.begin(), files.end(), x.where.file) == files.end())
      files.push_back(x.where.file);
  auto rank = [&](const diagnostic& x) {
    auto file = std::find(files.begin(), files.end(), x.where.file) - files.begin();
    return std::tuple(file, x.where.line, x.where.column);
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
