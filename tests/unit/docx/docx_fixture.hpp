// SPDX-License-Identifier: MIT
// Shared helpers for the DOCX writer tests: the house style, documents, parts and XPath.
#pragma once

#include <string>
#include <vector>

#include "document/document.hpp"
#include "package/zip_package.hpp"
#include "style/house_style.hpp"
#include "support/fixtures.hpp"
#include "xml/xml_reader.hpp"

namespace cp::test {

// src/demo's showcase document with the council logo.
doc::document showcase();
// A one-section document with a heading and a body paragraph.
doc::document small_document();

// A built package's part, parsed; fails the test when it is missing.
class docx_parts {
 public:
  explicit docx_parts(package::zip_package pkg);
  bool has(const std::string& name) const;
  const std::string& text(const std::string& name) const;
  xmlDoc* xml(const std::string& name);
  std::vector<std::string> names() const;
  // XPath helpers over one part.
  std::string eval(const std::string& part, const std::string& xpath);
  std::size_t count(const std::string& part, const std::string& xpath);
  const package::zip_package& package() const { return pkg_; }

 private:
  package::zip_package pkg_;
  std::vector<std::pair<std::string, xml::doc_ptr>> parsed_;
};

}  // namespace cp::test
