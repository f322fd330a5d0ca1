// SPDX-License-Identifier: MIT
// meta.xml: title, subject, keywords, people, dates and custom properties.
#include <cctype>
#include <optional>
#include <string_view>

#include "odt/namespaces.hpp"
#include "odt/parts.hpp"

namespace cp::odt::detail {
namespace {

// Whether `s` matches `shape`, where '9' stands for an ASCII digit.
bool matches(std::string_view s, std::string_view shape) {
  if (s.size() != shape.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    bool digit = s[i] >= '0' && s[i] <= '9';
    if (shape[i] == '9' ? !digit : s[i] != shape[i]) return false;
  }
  return true;
}

// An xsd:dateTime for an ISO 8601 date or date-time, or nothing when the
// value is not one: a date alone gets midnight, missing seconds get ":00".
std::optional<std::string> date_time(std::string_view v) {
  if (matches(v, "9999-99-99")) return std::string(v) + "T00:00:00";
  if (v.size() < 16 || !matches(v.substr(0, 16), "9999-99-99T99:99")) return std::nullopt;
  std::string out(v.substr(0, 16));
  std::string_view rest = v.substr(16);
  if (rest.size() >= 3 && matches(rest.substr(0, 3), ":99")) {
    out += rest.substr(0, 3);
    rest.remove_prefix(3);
    if (!rest.empty() && rest.front() == '.') {
      std::size_t n = 1;
      while (n < rest.size() && std::isdigit(static_cast<unsigned char>(rest[n]))) ++n;
      if (n == 1) return std::nullopt;
      out += rest.substr(0, n);
      rest.remove_prefix(n);
    }
  } else {
    out += ":00";
  }
  if (!(rest.empty() || rest == "Z" || matches(rest, "+99:99") || matches(rest, "-99:99")))
    return std::nullopt;
  out += rest;
  int month = std::stoi(out.substr(5, 2)), day = std::stoi(out.substr(8, 2));
  int hour = std::stoi(out.substr(11, 2)), minute = std::stoi(out.substr(14, 2));
  int second = std::stoi(out.substr(17, 2));
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
    return std::nullopt;
  return out;
}

void optional_element(xml::writer& w, std::string_view name, const std::string& value) {
  if (!value.empty()) w.element(name, value);
}

}  // namespace

std::string meta_part(const doc::metadata& meta) {
  xml::writer w;
  open_root(w, "office:document-meta", {"office", "meta", "dc", "xlink"});
  w.open("office:meta");
  w.element("meta:generator", "Committee Papers");
  optional_element(w, "dc:title", meta.title);
  optional_element(w, "dc:description", meta.description);
  optional_element(w, "dc:subject", meta.subject);
  for (const auto& k : meta.keywords) optional_element(w, "meta:keyword", k);
  optional_element(w, "meta:initial-creator", meta.author);
  optional_element(w, "dc:creator", meta.author);
  if (auto created = date_time(meta.created)) w.element("meta:creation-date", *created);
  if (auto modified = date_time(meta.modified)) w.element("dc:date", *modified);
  optional_element(w, "dc:language", meta.language);
  for (const auto& [name, value] : meta.custom)
    w.open("meta:user-defined")
        .attr("meta:name", name)
        .attr("meta:value-type", "string")
        .text(value)
        .close();
  w.close();
  w.close();
  return w.finish();
}

}  // namespace cp::odt::detail
