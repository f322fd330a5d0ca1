// SPDX-License-Identifier: MIT
// Problems found in input files, each with its place (file:line:col) and field path.
#pragma once

#include <string>
#include <vector>

namespace cp {

// A place in a source file; line and column count from 1 (0: unknown).
struct source_position {
  std::string file;
  int line = 0;
  int column = 0;
};

enum class severity { error, warning };

struct diagnostic {
  severity level = severity::error;
  source_position where;
  std::string field;  // dotted path, e.g. "recommendations[3].priority"; may be empty
  std::string message;

  // "file:line:col: field: message" (warnings say "warning: " before the field).
  std::string to_string() const;
};

// Collects every problem so the user sees all of them at once.
class diagnostics {
 public:
  void error(source_position where, std::string field, std::string message);
  void warning(source_position where, std::string field, std::string message);
  void add(diagnostic d) { items_.push_back(std::move(d)); }
  // Adds every item of `found` in the order of the files: `input` first,
  // then the others (included files) in order of first mention, each by
  // line and column; problems without a line stay first in their file.
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
