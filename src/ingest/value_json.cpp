// SPDX-License-Identifier: MIT
#include "ingest/value_json.hpp"

#include <charconv>
#include <cmath>
#include <regex>

namespace cp::ingest {
namespace {

bool is_json_number(const std::string& s) {
  static const std::regex json_number(R"(-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?)");
  return std::regex_match(s, json_number);
}

// YAML 1.2 core schema ints and floats, other than .inf and .nan.
bool is_core_number(const std::string& s) {
  static const std::regex core(R"([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?)");
  return std::regex_match(s, core);
}

json scalar(const value& v) {
  if (v.quoted) return json::string(v.text);
  const std::string& t = v.text;
  if (t == "true" || t == "True" || t == "TRUE") return json::boolean(true);
  if (t == "false" || t == "False" || t == "FALSE") return json::boolean(false);
  if (is_json_number(t)) return json::number_text(t);
  if (is_core_number(t)) {
    std::string digits = t.front() == '+' ? t.substr(1) : t;
    double d = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), d);
    if (ec == std::errc() && end == digits.data() + digits.size() && std::isfinite(d))
      return json::number(d);
  }
  return json::string(t);
}

}  // namespace

json to_json(const value& v) {
  switch (v.type) {
    case value::kind::null:
      return json::null();
    case value::kind::scalar:
      return scalar(v);
    case value::kind::list: {
      json out = json::array();
      for (const auto& item : v.items) out.push(to_json(item));
      return out;
    }
    case value::kind::map:
      break;
  }
  json out = json::object();
  for (const auto& m : v.members) out.set(m.key, to_json(m.val));
  return out;
}

}  // namespace cp::ingest
