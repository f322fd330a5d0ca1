// SPDX-License-Identifier: MIT
// What the sheet fuzz targets do with a sheet the reader accepted: map it
// as a table whose spec names every heading of its first row (the first
// column as a group key, the second as the nested list), so the spec
// reader and the table mapping see whatever the readers can produce.
#pragma once

#include <string>

#include "ingest/sheet.hpp"
#include "ingest/table_mapping.hpp"
#include "ingest/table_spec.hpp"
#include "ingest/value.hpp"

namespace cp::fuzz {

inline ingest::value scalar(const std::string& text) {
  ingest::value v;
  v.type = ingest::value::kind::scalar;
  v.text = text;
  v.pos = {"spec.yaml", 1, 1};
  return v;
}

inline void map_sheet(const ingest::sheet& s) {
  if (s.rows.empty()) return;
  const auto& head = s.rows.front();
  ingest::value columns, child, prose;
  columns.type = child.type = ingest::value::kind::map;
  prose.type = ingest::value::kind::list;
  std::size_t i = 0;
  for (const auto& c : head.cells) {
    std::string h = c.text.empty() ? "n" + std::to_string(c.column) : c.text;
    auto& into = i == 1 ? child : columns;
    if (!into.find(h)) into.members.push_back({h, {}, scalar("f" + std::to_string(i))});
    prose.items.push_back(scalar(h));
    ++i;
  }
  ingest::value spec;
  spec.type = ingest::value::kind::map;
  spec.members.push_back({"file", {}, scalar("fuzz")});
  spec.members.push_back({"header-row", {}, scalar(std::to_string(head.number))});
  spec.members.push_back({"columns", {}, columns});
  spec.members.push_back({"prose", {}, prose});
  if (!child.members.empty() && !columns.members.empty()) {
    ingest::value group;
    group.type = ingest::value::kind::map;
    group.members.push_back({"key", {}, scalar(columns.members.front().key)});
    group.members.push_back({"into", {}, scalar("children")});
    group.members.push_back({"columns", {}, child});
    spec.members.push_back({"group-by", {}, group});
  }
  diagnostics d;
  if (auto t = ingest::read_table_spec(spec, "table", d)) (void)ingest::table_value(*t, s, d);
  (void)d.to_string();
}

}  // namespace cp::fuzz
