// SPDX-License-Identifier: MIT
#include "compose/view.hpp"

#include "util/error.hpp"

namespace cp::compose {

view& view::set(const std::string& key, view v) {
  if (!is_object()) throw error("view::set on something that is not an object");
  auto& m = std::get<object_type>(value_);
  for (auto& [k, existing] : m)
    if (k == key) {
      existing = std::move(v);
      return *this;
    }
  m.emplace_back(key, std::move(v));
  return *this;
}

view& view::push(view v) {
  if (!is_list()) throw error("view::push on something that is not a list");
  std::get<list_type>(value_).push_back(std::move(v));
  return *this;
}

const view* view::find(const std::string& key) const {
  if (!is_object()) return nullptr;
  for (const auto& [k, v] : members())
    if (k == key) return &v;
  return nullptr;
}

}  // namespace cp::compose
