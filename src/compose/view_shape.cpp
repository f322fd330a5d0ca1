// SPDX-License-Identifier: MIT
#include "compose/view_shape.hpp"

namespace cp::compose {

view_shape::view_shape(const view_shape& other)
    : members_(other.members_),
      items_(other.items_ ? std::make_unique<view_shape>(*other.items_) : nullptr) {}

view_shape& view_shape::operator=(const view_shape& other) {
  if (this != &other) *this = view_shape(other);
  return *this;
}

view_shape::~view_shape() = default;

view_shape view_shape::of(const view& v) {
  view_shape s;
  if (v.is_object()) {
    for (const auto& [name, member] : v.members()) s.members_[name].merge(of(member));
  } else if (v.is_list()) {
    s.items_ = std::make_unique<view_shape>();
    for (const auto& item : v.items()) s.items_->merge(of(item));
  }
  return s;
}

void view_shape::merge(const view_shape& other) {
  for (const auto& [name, member] : other.members_) members_[name].merge(member);
  if (other.items_) {
    if (!items_) items_ = std::make_unique<view_shape>();
    items_->merge(*other.items_);
  }
}

const view_shape* view_shape::member(std::string_view name) const {
  auto it = members_.find(name);
  return it == members_.end() ? nullptr : &it->second;
}

std::vector<std::string> view_shape::member_names() const {
  std::vector<std::string> out;
  for (const auto& [name, member] : members_) out.push_back(name);
  return out;
}

}  // namespace cp::compose
