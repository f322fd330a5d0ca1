// SPDX-License-Identifier: MIT
// A small JSON value built in code and printed the same way every time: the
// paper schema is generated with it and compared byte for byte in tests.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace cp::ingest {

class json {
 public:
  static json string(std::string s);
  static json number(double n);
  static json boolean(bool b);
  static json null();
  // A number printed as `text`, which must already be a JSON number.
  static json number_text(std::string text);
  static json array(std::vector<json> items = {});
  static json object();

  // Sets a member of an object, keeping the order members were first set.
  json& set(const std::string& key, json v);
  // Sets every member of the object `other` on this one.
  json& merge(const json& other);
  // Appends to an array.
  json& push(json v);

  // Two-space indentation; arrays of plain values stay on one line.
  std::string dump() const;

 private:
  enum class kind { string, number, boolean, null, array, object };
  void write(std::string& out, int indent) const;
  bool is_plain() const { return type_ != kind::array && type_ != kind::object; }

  kind type_ = kind::object;
  std::string text_;  // string value, or number/boolean as printed
  std::vector<json> items_;
  std::vector<std::pair<std::string, json>> members_;
};

}  // namespace cp::ingest
