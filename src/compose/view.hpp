// SPDX-License-Identifier: MIT
// The data a Mustache template sees: text, flags, lists and objects. Built
// from the model by paper_view; template_engine turns it into Mustache data,
// so no other file depends on the Mustache library.
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace cp::compose {

class view {
 public:
  using list_type = std::vector<view>;
  using object_type = std::vector<std::pair<std::string, view>>;

  view() = default;  // empty: renders as nothing, false in sections
  view(std::string text) : value_(std::move(text)) {}
  view(const char* text) : value_(std::string(text)) {}
  static view flag(bool b) {
    view v;
    v.value_ = b;
    return v;
  }
  static view list() {
    view v;
    v.value_ = list_type{};
    return v;
  }
  static view object() {
    view v;
    v.value_ = object_type{};
    return v;
  }

  // Sets a member of an object (replacing one of the same name).
  view& set(const std::string& key, view v);
  // Appends to a list.
  view& push(view v);

  bool is_text() const { return std::holds_alternative<std::string>(value_); }
  bool is_flag() const { return std::holds_alternative<bool>(value_); }
  bool is_list() const { return std::holds_alternative<list_type>(value_); }
  bool is_object() const { return std::holds_alternative<object_type>(value_); }
  const std::string& text() const { return std::get<std::string>(value_); }
  bool flag_value() const { return std::get<bool>(value_); }
  const list_type& items() const { return std::get<list_type>(value_); }
  const object_type& members() const { return std::get<object_type>(value_); }
  // The same, to move from (rendering consumes the view it is given).
  std::string& text() { return std::get<std::string>(value_); }
  list_type& items() { return std::get<list_type>(value_); }
  object_type& members() { return std::get<object_type>(value_); }
  // A member of an object, or nullptr.
  const view* find(const std::string& key) const;

 private:
  std::variant<std::monostate, bool, std::string, list_type, object_type> value_;
};

}  // namespace cp::compose
