// SPDX-License-Identifier: MIT
#include "ingest/paper_json.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace cp::ingest {
namespace {

void write_string(std::string& out, const std::string& s) {
  out += '"';
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20)
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        else
          out += c;
    }
  }
  out += '"';
}

}  // namespace

json json::string(std::string s) {
  json j;
  j.type_ = kind::string;
  j.text_ = std::move(s);
  return j;
}

json json::number(double n) {
  json j;
  j.type_ = kind::number;
  // Whole numbers print without a decimal point, as schema readers expect.
  j.text_ = n == std::floor(n) && std::fabs(n) < 1e15 ? fmt::format("{}", static_cast<long long>(n))
                                                      : fmt::format("{}", n);
  return j;
}

json json::boolean(bool b) {
  json j;
  j.type_ = kind::boolean;
  j.text_ = b ? "true" : "false";
  return j;
}

json json::null() {
  json j;
  j.type_ = kind::null;
  j.text_ = "null";
  return j;
}

json json::number_text(std::string text) {
  json j;
  j.type_ = kind::number;
  j.text_ = std::move(text);
  return j;
}

json json::array(std::vector<json> items) {
  json j;
  j.type_ = kind::array;
  j.items_ = std::move(items);
  return j;
}

json json::object() {
  return json();
}

json& json::set(const std::string& key, json v) {
  for (auto& m : members_)
    if (m.first == key) {
      m.second = std::move(v);
      return *this;
    }
  members_.emplace_back(key, std::move(v));
  return *this;
}

json& json::merge(const json& other) {
  for (const auto& m : other.members_) set(m.first, m.second);
  return *this;
}

json& json::push(json v) {
  items_.push_back(std::move(v));
  return *this;
}

std::string json::dump() const {
  std::string out;
  write(out, 0);
  out += '\n';
  return out;
}

void json::write(std::string& out, int indent) const {
  std::string pad(static_cast<std::size_t>(indent + 2), ' ');
  switch (type_) {
    case kind::string:
      write_string(out, text_);
      return;
    case kind::number:
    case kind::boolean:
    case kind::null:
      out += text_;
      return;
    case kind::array: {
      bool plain =
          std::all_of(items_.begin(), items_.end(), [](const json& j) { return j.is_plain(); });
      if (items_.empty() || plain) {
        out += '[';
        for (std::size_t i = 0; i < items_.size(); ++i) {
          if (i) out += ", ";
          items_[i].write(out, indent);
        }
        out += ']';
        return;
      }
      out += "[\n";
      for (std::size_t i = 0; i < items_.size(); ++i) {
        out += pad;
        items_[i].write(out, indent + 2);
        out += i + 1 < items_.size() ? ",\n" : "\n";
      }
      out += std::string(static_cast<std::size_t>(indent), ' ') + ']';
      return;
    }
    case kind::object: {
      if (members_.empty()) {
        out += "{}";
        return;
      }
      out += "{\n";
      for (std::size_t i = 0; i < members_.size(); ++i) {
        out += pad;
        write_string(out, members_[i].first);
        out += ": ";
        members_[i].second.write(out, indent + 2);
        out += i + 1 < members_.size() ? ",\n" : "\n";
      }
      out += std::string(static_cast<std::size_t>(indent), ' ') + '}';
      return;
    }
  }
}

}  // namespace cp::ingest
