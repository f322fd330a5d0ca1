// SPDX-License-Identifier: MIT
// The names a view can hold: what the templates for a paper kind may use.
// Taken from a specimen view (one that has an item in every list), so the
// view builders stay the one place that says which names exist.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "compose/view.hpp"

namespace cp::compose {

class view_shape {
 public:
  view_shape() = default;
  view_shape(const view_shape& other);
  view_shape& operator=(const view_shape& other);
  view_shape(view_shape&&) noexcept = default;
  view_shape& operator=(view_shape&&) noexcept = default;
  ~view_shape();

  // The shape of `v`: every member of every object, and for each list the
  // shapes of all its items together.
  static view_shape of(const view& v);
  // Adds what `other` can hold (a name that is text in one view and an
  // object in another can be either).
  void merge(const view_shape& other);

  // A member of this object, or null (also when this is no object).
  const view_shape* member(std::string_view name) const;
  // The shape of this list's items, or null when this is no list.
  const view_shape* items() const { return items_.get(); }
  // The names of this object's members, in order.
  std::vector<std::string> member_names() const;

 private:
  std::map<std::string, view_shape, std::less<>> members_;
  std::unique_ptr<view_shape> items_;
};

// The shape of the view each template of a set renders, by template name
// ("committee-report", "agenda"): a template set holds no other templates.
using view_catalogue = std::map<std::string, view_shape, std::less<>>;

}  // namespace cp::compose
