// SPDX-License-Identifier: MIT
// Automatic styles of one part: identical property sets share one style, and
// names (P1, T1, Table1, co1, ce1, fr1, L1) follow first use, so output is deterministic.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "odt/property_set.hpp"
#include "xml/xml_writer.hpp"

namespace cp::odt::detail {

enum class style_family { paragraph, text, table, table_column, table_cell, graphic };

// What an automatic style:style says.
struct style_spec {
  style_family family = style_family::paragraph;
  std::string parent;                     // style:parent-style-name; empty: none
  std::optional<std::string> list_style;  // style:list-style-name; "" switches numbering off
  std::string master_page;                // style:master-page-name; empty: none
  property_set properties;
};

class style_pool {
 public:
  // `prefix` keeps the names of two parts apart: "" in content.xml, "M" in styles.xml.
  explicit style_pool(std::string prefix = "") : prefix_(std::move(prefix)) {}

  // The name of the automatic style with exactly this spec, added if new.
  std::string find_or_add(const style_spec& spec);
  // The name of the automatic text:list-style with these level styles (a
  // fragment of text:list-level-style-* elements), added if new.
  std::string find_or_add_list(const std::string& levels);

  bool empty() const { return entries_.empty(); }
  // Writes every style in the order it was added (inside office:automatic-styles).
  void write(xml::writer& w) const;

 private:
  struct entry {
    std::string name;
    std::string key;
    std::optional<style_spec> spec;  // empty: a list style, `levels` holds it
    std::string levels;
  };

  std::string next_name(const char* stem);

  std::string prefix_;
  std::vector<entry> entries_;
  std::vector<std::pair<std::string, int>> counters_;
};

}  // namespace cp::odt::detail
