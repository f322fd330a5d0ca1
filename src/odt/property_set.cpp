// SPDX-License-Identifier: MIT
// Property elements kept in schema order, so any caller order gives valid XML.
#include "odt/property_set.hpp"

#include <algorithm>
#include <array>

namespace cp::odt::detail {
namespace {

// The order style:style, style:page-layout and text:list-level-style-* children take.
constexpr std::array<std::string_view, 10> schema_order = {
    "style:page-layout-properties",  "style:table-properties",      "style:table-column-properties",
    "style:table-row-properties",    "style:table-cell-properties", "style:graphic-properties",
    "style:list-level-properties",   "style:paragraph-properties",  "style:text-properties",
    "style:header-footer-properties"};

std::size_t rank(std::string_view name) {
  auto it = std::find(schema_order.begin(), schema_order.end(), name);
  return static_cast<std::size_t>(it - schema_order.begin());
}

}  // namespace

property_element& property_element::set(std::string_view attribute, std::string value) {
  for (auto& [a, v] : attributes)
    if (a == attribute) {
      v = std::move(value);
      return *this;
    }
  attributes.emplace_back(std::string(attribute), std::move(value));
  return *this;
}

property_element& property_set::get(std::string_view name) {
  for (auto& e : elements_)
    if (e.name == name) return e;
  auto pos = std::find_if(elements_.begin(), elements_.end(),
                          [&](const property_element& e) { return rank(e.name) > rank(name); });
  return *elements_.insert(pos, property_element{std::string(name), {}, {}});
}

bool property_set::empty() const {
  return std::all_of(elements_.begin(), elements_.end(),
                     [](const property_element& e) { return e.empty(); });
}

void property_set::write(xml::writer& w) const {
  for (const auto& e : elements_) {
    if (e.empty()) continue;
    w.open(e.name);
    for (const auto& [a, v] : e.attributes) w.attr(a, v);
    if (!e.children.empty()) w.raw(e.children);
    w.close();
  }
}

std::string property_set::key() const {
  xml::writer w(false);
  write(w);
  return w.finish();
}

}  // namespace cp::odt::detail
