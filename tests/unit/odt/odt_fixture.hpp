// SPDX-License-Identifier: MIT
// Shared helpers for the ODT writer tests: the house style, small documents,
// and parts of a built package parsed for XPath checks.
#pragma once

#include <string>

#include "document/build.hpp"
#include "odt/odt_writer.hpp"
#include "package/zip_package.hpp"
#include "style/house_style.hpp"
#include "support/fixtures.hpp"
#include "xml/xml_reader.hpp"

namespace cp::test {

// The data of one package entry; fails the test if it is missing.
std::string entry_data(const package::zip_package& pkg, const std::string& name);
// One part of the package, parsed.
xml::doc_ptr parse_part(const package::zip_package& pkg, const std::string& name);
// Number of nodes an XPath selects.
std::size_t count(xmlDoc* d, const std::string& xpath);
// String value of an XPath expression.
std::string value(xmlDoc* d, const std::string& xpath);

// A document of one portrait section with these body blocks, header and
// footer text, and the sequences and images the caller adds.
doc::document one_section(doc::blocks body);

}  // namespace cp::test
