// SPDX-License-Identifier: MIT
#include "ingest/table_spec.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "ingest/reader.hpp"

namespace cp::ingest {
namespace {

// The headers named so far, to refuse one named twice.
struct header_register {
  std::vector<table_column> seen;
  bool add(const table_column& c, const std::string& path, diagnostics& d) {
    for (const auto& s : seen)
      if (s.header == c.header) {
        d.error(c.pos, path,
                fmt::format("column \"{}\" is named twice in the table (also at {})", c.header,
                            s.pos.to_string()));
        return false;
      }
    seen.push_back(c);
    return true;
  }
};

std::optional<table_column> header_of(const value& v, const std::string& path, diagnostics& d) {
  auto t = as_text(v, path, d);
  if (!t) return std::nullopt;
  std::string h = normalise_header(*t);
  if (h.empty()) {
    d.error(v.pos, path, "expected the heading of a column, got empty text");
    return std::nullopt;
  }
  return table_column{h, "", v.pos};
}

std::vector<table_column> header_list(const value* v, const std::string& path, diagnostics& d,
                                      bool& ok) {
  std::vector<table_column> out;
  if (!v) return out;
  if (!v->is_list()) {
    d.error(v->pos, path, fmt::format("expected a list of column headings, got {}", v->describe()));
    ok = false;
    return out;
  }
  for (std::size_t i = 0; i < v->items.size(); ++i) {
    if (auto h = header_of(v->items[i], item_path(path, i), d))
      out.push_back(*h);
    else
      ok = false;
  }
  return out;
}

// `columns:` (a mapping of headings to field names) or, where `single` is
// allowed, `column:` (one heading); then `group-by:`.
bool read_level(map_reader& r, table_level& level, bool nested, header_register& headers,
                bool& ok) {
  diagnostics& d = r.diags();
  const value* columns = r.get("columns");
  const value* column = nested ? r.get("column") : nullptr;
  if (columns && column) {
    r.error(*column, "column",
            "give columns (a mapping of headings to fields) or column (one heading whose cells "
            "make a list), not both");
    ok = false;
  } else if (!columns && !column) {
    d.error(r.node().pos, field_path(r.path(), "columns"),
            nested ? "required field is missing (or give column: one heading)"
                   : "required field is missing");
    ok = false;
  }
  if (columns && !column) {
    std::string path = field_path(r.path(), "columns");
    if (!columns->is_map() || columns->members.empty()) {
      d.error(columns->pos, path,
              fmt::format("expected a mapping of column headings to field names, got {}",
                          columns->describe()));
      ok = false;
    } else {
      for (const auto& m : columns->members) {
        std::string mpath = field_path(path, m.key);
        std::string h = normalise_header(m.key);
        auto field = as_text(m.val, mpath, d);
        if (!field) {
          ok = false;
          continue;
        }
        std::string f = normalise_header(*field);
        if (h.empty() || f.empty()) {
          d.error(m.key_pos, mpath, "a column needs a heading and the name of the field it fills");
          ok = false;
          continue;
        }
        auto same = std::find_if(level.columns.begin(), level.columns.end(),
                                 [&](const table_column& c) { return c.field == f; });
        if (same != level.columns.end()) {
          d.error(m.val.pos, mpath,
                  fmt::format("field \"{}\" is already filled by column \"{}\"", f, same->header));
          ok = false;
          continue;
        }
        table_column c{h, f, m.key_pos};
        if (headers.add(c, mpath, d))
          level.columns.push_back(c);
        else
          ok = false;
      }
    }
  }
  if (column && !columns) {
    std::string path = field_path(r.path(), "column");
    if (auto h = header_of(*column, path, d)) {
      h->field = ".";
      if (headers.add(*h, path, d))
        level.column = h;
      else
        ok = false;
    } else {
      ok = false;
    }
  }
  return columns || column;
}

bool read_group(const value& v, const std::string& path, table_level& parent,
                header_register& headers, diagnostics& d, int depth);

void read_group_of(map_reader& r, table_level& level, header_register& headers, bool& ok,
                   int depth) {
  if (const value* g = r.get("group-by")) {
    if (level.column) {
      r.error(*g, "group-by", "a level read with column: makes a list of values; it has no groups");
      ok = false;
    } else if (!read_group(*g, field_path(r.path(), "group-by"), level, headers, r.diags(),
                           depth)) {
      ok = false;
    }
  }
}

bool read_group(const value& v, const std::string& path, table_level& parent,
                header_register& headers, diagnostics& d, int depth) {
  if (depth > 8) {
    d.error(v.pos, path, "groups are nested more than 8 deep");
    return false;
  }
  map_reader r(v, path, d);
  if (!r.ok()) return false;
  bool ok = true;
  if (const value* key = r.get("key", true)) {
    if (auto h = header_of(*key, field_path(path, "key"), d))
      parent.key = h;
    else
      ok = false;
  } else {
    ok = false;
  }
  if (const value* into = r.get("into", true)) {
    if (auto t = as_text(*into, field_path(path, "into"), d); t && !normalise_header(*t).empty()) {
      parent.into = normalise_header(*t);
      parent.into_pos = into->pos;
      for (const auto& c : parent.columns)
        if (c.field == parent.into) {
          d.error(into->pos, field_path(path, "into"),
                  fmt::format("field \"{}\" is already filled by column \"{}\"", parent.into,
                              c.header));
          ok = false;
        }
    } else {
      if (t) d.error(into->pos, field_path(path, "into"), "expected the name of a field");
      ok = false;
    }
  } else {
    ok = false;
  }
  auto child = std::make_shared<table_level>();
  read_level(r, *child, true, headers, ok);
  read_group_of(r, *child, headers, ok, depth + 1);
  r.finish();
  parent.child = std::move(child);
  return ok;
}

// Every header the spec names at any level.
void headers_of(const table_level& level, std::vector<const table_column*>& out) {
  for (const auto& c : level.columns) out.push_back(&c);
  if (level.column) out.push_back(&*level.column);
  if (level.child) headers_of(*level.child, out);
}

// A group's key must be a column of its own level, or one ignored.
void check_keys(const table_level& level, const table_spec& spec, const std::string& path,
                diagnostics& d, bool& ok) {
  if (level.key) {
    bool found =
        std::any_of(level.columns.begin(), level.columns.end(),
                    [&](const table_column& c) { return c.header == level.key->header; }) ||
        std::any_of(spec.ignored.begin(), spec.ignored.end(),
                    [&](const table_column& c) { return c.header == level.key->header; });
    if (!found) {
      d.error(level.key->pos, path,
              fmt::format("the key \"{}\" must be one of this level's columns, or listed under "
                          "ignore",
                          level.key->header));
      ok = false;
    }
  }
  if (level.child) check_keys(*level.child, spec, path, d, ok);
}

}  // namespace

std::string normalise_header(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::optional<table_spec> read_table_spec(const value& v, const std::string& path, diagnostics& d) {
  map_reader r(v, path, d);
  if (!r.ok()) return std::nullopt;
  bool ok = true;
  table_spec spec;
  spec.pos = v.pos;
  spec.path = path;
  if (const value* f = r.get("file", true)) {
    spec.file_pos = f->pos;
    if (auto t = as_text(*f, field_path(path, "file"), d); t && !t->empty())
      spec.file = *t;
    else {
      if (t) d.error(f->pos, field_path(path, "file"), "expected the name of a file");
      ok = false;
    }
  } else {
    ok = false;
  }
  if (const value* s = r.get("sheet")) {
    spec.sheet_pos = s->pos;
    if (auto t = as_text(*s, field_path(path, "sheet"), d))
      spec.sheet = *t;
    else
      ok = false;
  }
  if (const value* h = r.get("header-row")) {
    spec.header_row_pos = h->pos;
    if (auto n = as_integer(*h, 1, 1'048'576, field_path(path, "header-row"), d))
      spec.header_row = *n;
    else
      ok = false;
  }
  header_register headers;
  read_level(r, spec.rows, false, headers, ok);
  spec.ignored = header_list(r.get("ignore"), field_path(path, "ignore"), d, ok);
  for (const auto& c : spec.ignored)
    if (!headers.add(c, field_path(path, "ignore"), d)) ok = false;
  read_group_of(r, spec.rows, headers, ok, 1);
  spec.prose = header_list(r.get("prose"), field_path(path, "prose"), d, ok);
  std::vector<const table_column*> mapped;
  headers_of(spec.rows, mapped);
  for (const auto& p : spec.prose)
    if (std::none_of(mapped.begin(), mapped.end(),
                     [&](const table_column* c) { return c->header == p.header; })) {
      d.error(p.pos, field_path(path, "prose"),
              fmt::format("\"{}\" is not one of the table's columns", p.header));
      ok = false;
    }
  check_keys(spec.rows, spec, field_path(path, "group-by"), d, ok);
  r.finish();
  if (!ok) return std::nullopt;
  return spec;
}

}  // namespace cp::ingest
