// SPDX-License-Identifier: MIT
// Helpers shared by the ODT writer tests.
#include "odt_fixture.hpp"

#include <doctest/doctest.h>

#include "style/style_loader.hpp"
#include "support/paths.hpp"

namespace cp::test {

std::string entry_data(const package::zip_package& pkg, const std::string& name) {
  for (const auto& e : pkg.entries())
    if (e.name == name) return e.data;
  FAIL("no package entry " << name);
  return {};
}

xml::doc_ptr parse_part(const package::zip_package& pkg, const std::string& name) {
  return xml::parse(entry_data(pkg, name), name);
}

std::size_t count(xmlDoc* d, const std::string& xpath) {
  return xml::select(d, xpath).size();
}

std::string value(xmlDoc* d, const std::string& xpath) {
  return xml::evaluate(d, xpath);
}

doc::document one_section(doc::blocks body) {
  doc::document d;
  d.meta.title = "Test paper";
  doc::section s;
  s.body = std::move(body);
  d.sections.push_back(std::move(s));
  return d;
}

}  // namespace cp::test
