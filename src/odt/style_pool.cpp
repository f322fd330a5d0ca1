// SPDX-License-Identifier: MIT
// Sharing and naming of automatic styles.
#include "odt/style_pool.hpp"

#include <fmt/format.h>

namespace cp::odt::detail {
namespace {

const char* family_name(style_family f) {
  switch (f) {
    case style_family::paragraph:
      return "paragraph";
    case style_family::text:
      return "text";
    case style_family::table:
      return "table";
    case style_family::table_column:
      return "table-column";
    case style_family::table_cell:
      return "table-cell";
    case style_family::graphic:
      return "graphic";
  }
  return "paragraph";
}

// The stems LibreOffice uses, so the names look familiar to anyone reading the XML.
const char* name_stem(style_family f) {
  switch (f) {
    case style_family::paragraph:
      return "P";
    case style_family::text:
      return "T";
    case style_family::table:
      return "Table";
    case style_family::table_column:
      return "co";
    case style_family::table_cell:
      return "ce";
    case style_family::graphic:
      return "fr";
  }
  return "P";
}

// Built by appending: this runs for every paragraph with its own formatting,
// and a format string with six arguments cost several times as much.
std::string spec_key(const style_spec& s) {
  std::string key = family_name(s.family);
  key += '\n';
  key += s.parent;
  key += '\n';
  if (s.list_style) {
    key += "L:";
    key += *s.list_style;
  } else {
    key += '-';
  }
  key += '\n';
  key += s.master_page;
  key += '\n';
  key += s.properties.key();
  return key;
}

}  // namespace

std::string style_pool::next_name(const char* stem) {
  for (auto& [s, n] : counters_)
    if (s == stem) return fmt::format("{}{}{}", prefix_, stem, ++n);
  counters_.emplace_back(stem, 1);
  return fmt::format("{}{}1", prefix_, stem);
}

std::string style_pool::find_or_add(const style_spec& spec) {
  std::string key = spec_key(spec);
  for (const auto& e : entries_)
    if (e.spec && e.key == key) return e.name;
  entries_.push_back(entry{next_name(name_stem(spec.family)), std::move(key), spec, {}});
  return entries_.back().name;
}

std::string style_pool::find_or_add_list(const std::string& levels) {
  for (const auto& e : entries_)
    if (!e.spec && e.levels == levels) return e.name;
  entries_.push_back(entry{next_name("L"), {}, std::nullopt, levels});
  return entries_.back().name;
}

void style_pool::write(xml::writer& w) const {
  for (const auto& e : entries_) {
    if (!e.spec) {
      w.open("text:list-style").attr("style:name", e.name).raw(e.levels).close();
      continue;
    }
    const style_spec& s = *e.spec;
    w.open("style:style").attr("style:name", e.name).attr("style:family", family_name(s.family));
    if (!s.parent.empty()) w.attr("style:parent-style-name", s.parent);
    if (s.list_style) w.attr("style:list-style-name", *s.list_style);
    if (!s.master_page.empty()) w.attr("style:master-page-name", s.master_page);
    s.properties.write(w);
    w.close();
  }
}

}  // namespace cp::odt::detail
