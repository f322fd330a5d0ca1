// SPDX-License-Identifier: MIT
// The leaf kinds of the field tables: text, prose, numbers, dates.
#include "ingest/paper_fields.hpp"

#include "ingest/prose_links.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace cp::ingest::fields {
namespace {

json string_schema() {
  return json::object().set("type", json::string("string"));
}

std::string trim(const std::string& s) {
  auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  auto last = s.find_last_not_of(" \t\r\n");
  return s.substr(first, last - first + 1);
}

// "2006-02-30" and "2006-2-3" are meant as dates, so they must be real ones;
// "by June 2006" is free text.
bool looks_like_date(const std::string& s) {
  if (s.size() < 5 || s[4] != '-') return false;
  if (!std::all_of(s.begin(), s.begin() + 4, [](char ch) { return ch >= '0' && ch <= '9'; }))
    return false;
  return std::all_of(s.begin(), s.end(),
                     [](char ch) { return (ch >= '0' && ch <= '9') || ch == '-'; });
}

std::optional<model::date> read_date(const value& v, const std::string& path, read_context& c) {
  auto t = as_text(v, path, c.d);
  if (!t) return std::nullopt;
  std::string s = trim(*t);
  if (auto d = model::parse_date(s)) return d;
  bool well_formed = s.size() == 10 && s[7] == '-' && std::count(s.begin(), s.end(), '-') == 2;
  if (well_formed && s.starts_with("0000"))
    c.d.error(v.pos, path,
              fmt::format("{} is not a real date: there is no year 0000 (years run from 0001 to "
                          "9999)",
                          v.describe()));
  else if (well_formed && looks_like_date(s))
    c.d.error(v.pos, path, fmt::format("{} is not a real date", v.describe()));
  else
    c.d.error(
        v.pos, path,
        fmt::format("expected a date written YYYY-MM-DD, like 2009-07-14, got {}", v.describe()));
  return std::nullopt;
}

}  // namespace

source_position read_context::at(const std::string& path, const source_position& fallback) const {
  auto it = where.find(path);
  return it == where.end() ? fallback : it->second;
}

bool schema_defs::has(const std::string& name) const {
  return std::any_of(defs_.begin(), defs_.end(), [&](const auto& d) { return d.first == name; });
}

void schema_defs::set(const std::string& name, json schema) {
  for (auto& d : defs_)
    if (d.first == name) {
      d.second = std::move(schema);
      return;
    }
  defs_.emplace_back(name, std::move(schema));
}

json schema_defs::to_json() const {
  json out = json::object();
  for (const auto& d : defs_) out.set(d.first, d.second);
  return out;
}

bool expect_list(const value& v, const std::string& path, read_context& c) {
  if (v.is_list()) return true;
  std::string msg = fmt::format("expected a list, got {}", v.describe());
  if (v.is_scalar())
    msg += "; write each entry on its own line starting with \"- \", or as [first, second]";
  c.d.error(v.pos, path, msg);
  return false;
}

kind<std::string> text() {
  return {
      [](const value& v, const std::string& path, read_context& c) -> std::optional<std::string> {
        auto t = as_text(v, path, c.d);
        if (!t) return std::nullopt;
        return trim(*t);
      },
      [](schema_defs&) { return string_schema(); }};
}

kind<model::prose> prose() {
  return {
      [](const value& v, const std::string& path, read_context& c) -> std::optional<model::prose> {
        auto t = as_text(v, path, c.d);
        if (!t) return std::nullopt;
        // Links are checked here, where the prose's place is known.
        bool broken = false;
        for (const auto& target : link_targets(*t)) {
          bool fatal = false;
          std::string why = link_problem(target, fatal);
          if (why.empty()) continue;
          if (fatal)
            c.d.error(v.pos, path, why);
          else
            c.d.warning(v.pos, path, why);
          broken = broken || fatal;
        }
        if (broken) return std::nullopt;
        return model::prose{*t, v.pos};
      },
      [](schema_defs&) {
        return string_schema().set("contentMediaType", json::string("text/markdown"));
      }};
}

kind<std::string> email_address() {
  kind<std::string> plain = text();
  return {[plain](const value& v, const std::string& path,
                  read_context& c) -> std::optional<std::string> {
            auto t = plain.read(v, path, c);
            if (!t) return std::nullopt;
            if (auto why = email_problem(*t); !why.empty()) {
              c.d.error(v.pos, path, why);
              return std::nullopt;
            }
            return t;
          },
          [plain](schema_defs& defs) {
            return plain.schema(defs).set("format", json::string("email"));
          }};
}

kind<bool> boolean() {
  return {[](const value& v, const std::string& path, read_context& c) {
            return as_boolean(v, path, c.d);
          },
          [](schema_defs&) { return json::object().set("type", json::string("boolean")); }};
}

kind<int> integer(int min, int max) {
  return {[min, max](const value& v, const std::string& path, read_context& c) {
            return as_integer(v, min, max, path, c.d);
          },
          [min, max](schema_defs&) {
            return json::object()
                .set("type", json::string("integer"))
                .set("minimum", json::number(min))
                .set("maximum", json::number(max));
          }};
}

kind<double> positive_number(double max) {
  return {[max](const value& v, const std::string& path, read_context& c) -> std::optional<double> {
            auto n = as_number(v, path, c.d);
            if (n && (*n <= 0 || *n > max)) {
              c.d.error(v.pos, path,
                        fmt::format("expected a number greater than 0 and at most {}, got {}", max,
                                    v.describe()));
              return std::nullopt;
            }
            return n;
          },
          [max](schema_defs&) {
            return json::object()
                .set("type", json::string("number"))
                .set("exclusiveMinimum", json::number(0))
                .set("maximum", json::number(max));
          }};
}

kind<model::date> date() {
  return {read_date,
          [](schema_defs&) { return string_schema().set("format", json::string("date")); }};
}

kind<std::string> month() {
  return {
      [](const value& v, const std::string& path, read_context& c) -> std::optional<std::string> {
        auto t = as_text(v, path, c.d);
        if (!t) return std::nullopt;
        std::string s = trim(*t);
        if (model::parse_date(s + "-01")) return s;
        c.d.error(
            v.pos, path,
            fmt::format("expected a month written YYYY-MM, like 2009-07, got {}", v.describe()));
        return std::nullopt;
      },
      [](schema_defs&) {
        return string_schema().set("pattern", json::string("^[0-9]{4}-(0[1-9]|1[0-2])$"));
      }};
}

kind<model::timescale> timescale() {
  return {[](const value& v, const std::string& path,
             read_context& c) -> std::optional<model::timescale> {
            auto t = as_text(v, path, c.d);
            if (!t) return std::nullopt;
            std::string s = trim(*t);
            if (!looks_like_date(s)) return model::timescale{std::nullopt, s};
            auto d = read_date(v, path, c);
            if (!d) return std::nullopt;
            return model::timescale{d, ""};
          },
          [](schema_defs&) { return string_schema(); }};
}

kind<std::string> choice(std::vector<std::string> choices) {
  return {[choices](const value& v, const std::string& path, read_context& c) {
            return as_choice(v, choices, path, c.d);
          },
          [choices](schema_defs&) {
            json e = json::array();
            for (const auto& ch : choices) e.push(json::string(ch));
            return string_schema().set("enum", std::move(e));
          }};
}

}  // namespace cp::ingest::fields
