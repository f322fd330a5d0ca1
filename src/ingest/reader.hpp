// SPDX-License-Identifier: MIT
// Typed access to the fields of an input mapping, reporting every problem with
// its position and field path instead of stopping at the first.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/value.hpp"
#include "util/diagnostics.hpp"

namespace cp::ingest {

// "parent.key" (or "key" at the top).
std::string field_path(std::string_view parent, std::string_view key);
// "parent[n]" with n counted from 1, as people count list entries.
std::string item_path(std::string_view parent, std::size_t index0);

// Reads one mapping. Every key asked for becomes known; finish() reports the
// keys never asked for as unknown, suggesting the nearest known one.
class map_reader {
 public:
  map_reader(const value& v, std::string path, diagnostics& diags);
  map_reader(const map_reader&) = delete;
  map_reader& operator=(const map_reader&) = delete;
  ~map_reader() = default;

  // False when the value was not a mapping (already reported); getters then return nothing.
  bool ok() const { return ok_; }
  const std::string& path() const { return path_; }
  const value& node() const { return v_; }
  diagnostics& diags() const { return diags_; }

  // The member (null values count as absent); reports a missing required one.
  const value* get(std::string_view key, bool required = false);
  // Plain text from a scalar.
  std::optional<std::string> text(std::string_view key, bool required = false);
  // true/false (also yes/no, on/off, as YAML 1.1 users expect).
  std::optional<bool> boolean(std::string_view key, bool required = false);
  // A number (integer or decimal).
  std::optional<double> number(std::string_view key, bool required = false);
  // A whole number within [min, max].
  std::optional<int> integer(std::string_view key, int min, int max, bool required = false);
  // One of `choices`.
  std::optional<std::string> choice(std::string_view key, const std::vector<std::string>& choices,
                                    bool required = false);
  // Marks a key known without reading it (read elsewhere).
  void accept(std::string_view key);

  // Reports an error at `at` for field `key` of this mapping.
  void error(const value& at, std::string_view key, std::string message);
  // Reports unknown keys; call once after reading every field.
  void finish();

 private:
  const value& v_;
  std::string path_;
  diagnostics& diags_;
  bool ok_;
  std::vector<std::string> known_;
};

// Scalar helpers usable on any value, reporting into `d` under `path`.
// Numbers and true/false must be written without quotes: a quoted "2" is
// text, and the message says so.
std::optional<std::string> as_text(const value& v, const std::string& path, diagnostics& d);
std::optional<double> as_number(const value& v, const std::string& path, diagnostics& d);
std::optional<bool> as_boolean(const value& v, const std::string& path, diagnostics& d);
// A whole number within [min, max].
std::optional<int> as_integer(const value& v, int min, int max, const std::string& path,
                              diagnostics& d);
// One of `choices`, suggesting the nearest when it is misspelt.
std::optional<std::string> as_choice(const value& v, const std::vector<std::string>& choices,
                                     const std::string& path, diagnostics& d);

}  // namespace cp::ingest
