// SPDX-License-Identifier: MIT
#include "ingest/reader.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "util/suggest.hpp"

namespace cp::ingest {

std::string field_path(std::string_view parent, std::string_view key) {
  if (parent.empty()) return std::string(key);
  return fmt::format("{}.{}", parent, key);
}

std::string item_path(std::string_view parent, std::size_t index0) {
  return fmt::format("{}[{}]", parent, index0 + 1);
}

std::optional<std::string> as_text(const value& v, const std::string& path, diagnostics& d) {
  if (v.is_scalar()) return v.text;
  d.error(v.pos, path, fmt::format("expected text, got {}", v.describe()));
  return std::nullopt;
}

namespace {

// from_chars, not stod: numbers never depend on the locale.
std::optional<double> parse_number(const std::string& text) {
  double out = 0;
  const char* first = text.data();
  const char* last = first + text.size();
  auto [ptr, ec] = std::from_chars(first, last, out);
  if (ec == std::errc() && ptr == last && std::isfinite(out)) return out;
  return std::nullopt;
}

std::optional<bool> parse_boolean(std::string t) {
  std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return std::tolower(c); });
  if (t == "true" || t == "yes" || t == "on") return true;
  if (t == "false" || t == "no" || t == "off") return false;
  return std::nullopt;
}

// "got ..." for a value of the wrong kind; a quoted number or true/false
// gets the reason it was refused, which is otherwise hard to see.
std::string got(const value& v, bool quoted_would_do, std::string_view what) {
  if (v.is_scalar() && v.quoted && quoted_would_do)
    return fmt::format("got {} in quotes; write {} without quotes", v.describe(), what);
  return fmt::format("got {}", v.describe());
}

}  // namespace

std::optional<double> as_number(const value& v, const std::string& path, diagnostics& d) {
  auto number = v.is_scalar() ? parse_number(v.text) : std::nullopt;
  if (number && !v.quoted) return number;
  d.error(v.pos, path, fmt::format("expected a number, {}", got(v, number.has_value(), "numbers")));
  return std::nullopt;
}

std::optional<bool> as_boolean(const value& v, const std::string& path, diagnostics& d) {
  if (v.is_scalar() && !v.quoted)
    if (auto b = parse_boolean(v.text)) return b;
  d.error(v.pos, path,
          fmt::format("expected true or false, {}",
                      got(v, parse_boolean(v.text).has_value(), "true or false")));
  return std::nullopt;
}

std::optional<int> as_integer(const value& v, int min, int max, const std::string& path,
                              diagnostics& d) {
  int out = 0;
  bool whole = false;
  if (v.is_scalar()) {
    const char* first = v.text.data();
    const char* last = first + v.text.size();
    auto [ptr, ec] = std::from_chars(first, last, out);
    whole = ec == std::errc() && ptr == last;
  }
  bool in_range = whole && out >= min && out <= max;
  if (in_range && !v.quoted) return out;
  std::string expected;
  if (max - min <= 4) {
    std::vector<std::string> options;
    for (int i = min; i <= max; ++i) options.push_back(fmt::format("{}", i));
    std::string last = options.back();
    options.pop_back();
    expected = fmt::format("{} or {}", fmt::join(options, ", "), last);
  } else {
    expected = fmt::format("a whole number from {} to {}", min, max);
  }
  d.error(v.pos, path, fmt::format("expected {}, {}", expected, got(v, in_range, "numbers")));
  return std::nullopt;
}

std::optional<std::string> as_choice(const value& v, const std::vector<std::string>& choices,
                                     const std::string& path, diagnostics& d) {
  if (v.is_scalar() && std::find(choices.begin(), choices.end(), v.text) != choices.end())
    return v.text;
  std::string msg =
      fmt::format("expected one of {}, got {}", fmt::join(choices, ", "), v.describe());
  if (v.is_scalar())
    if (auto near = nearest(v.text, choices)) msg += fmt::format(" (did you mean \"{}\"?)", *near);
  d.error(v.pos, path, msg);
  return std::nullopt;
}

map_reader::map_reader(const value& v, std::string path, diagnostics& diags)
    : v_(v), path_(std::move(path)), diags_(diags), ok_(v.is_map()) {
  if (!ok_)
    diags_.error(v.pos, path_, fmt::format("expected a mapping of fields, got {}", v.describe()));
}

const value* map_reader::get(std::string_view key, bool required) {
  accept(key);
  if (!ok_) return nullptr;
  const value* found = v_.find(key);
  if (found && !found->is_null()) return found;
  if (required) {
    // An empty value ("title:") is at the next token; its key is where the eye goes.
    source_position at = v_.pos;
    for (const auto& m : v_.members)
      if (m.key == key) at = m.key_pos;
    diags_.error(at, field_path(path_, key),
                 found ? "required field is empty" : "required field is missing");
  }
  return nullptr;
}

std::optional<std::string> map_reader::text(std::string_view key, bool required) {
  const value* v = get(key, required);
  if (!v) return std::nullopt;
  return as_text(*v, field_path(path_, key), diags_);
}

std::optional<bool> map_reader::boolean(std::string_view key, bool required) {
  const value* v = get(key, required);
  if (!v) return std::nullopt;
  return as_boolean(*v, field_path(path_, key), diags_);
}

std::optional<double> map_reader::number(std::string_view key, bool required) {
  const value* v = get(key, required);
  if (!v) return std::nullopt;
  return as_number(*v, field_path(path_, key), diags_);
}

std::optional<int> map_reader::integer(std::string_view key, int min, int max, bool required) {
  const value* v = get(key, required);
  if (!v) return std::nullopt;
  return as_integer(*v, min, max, field_path(path_, key), diags_);
}

std::optional<std::string> map_reader::choice(std::string_view key,
                                              const std::vector<std::string>& choices,
                                              bool required) {
  const value* v = get(key, required);
  if (!v) return std::nullopt;
  return as_choice(*v, choices, field_path(path_, key), diags_);
}

void map_reader::accept(std::string_view key) {
  if (std::find(known_.begin(), known_.end(), key) == known_.end()) known_.emplace_back(key);
}

void map_reader::error(const value& at, std::string_view key, std::string message) {
  diags_.error(at.pos, field_path(path_, key), std::move(message));
}

void map_reader::finish() {
  if (!ok_) return;
  for (const auto& m : v_.members) {
    if (std::find(known_.begin(), known_.end(), m.key) != known_.end()) continue;
    std::string msg = fmt::format("unknown field \"{}\"", m.key);
    if (auto near = nearest(m.key, known_)) msg += fmt::format("; did you mean \"{}\"?", *near);
    diags_.error(m.key_pos, field_path(path_, m.key), msg);
  }
}

}  // namespace cp::ingest
