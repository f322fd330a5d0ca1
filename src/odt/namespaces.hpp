// SPDX-License-Identifier: MIT
// The ODF namespaces and the root element every XML part of the package starts with.
#pragma once

#include <initializer_list>
#include <optional>
#include <string_view>

#include "xml/xml_writer.hpp"

namespace cp::odt::detail {

// The ODF version every part declares.
inline constexpr std::string_view odf_version = "1.3";

// The URI this writer binds `prefix` to, or nothing for a prefix it does not use.
std::optional<std::string_view> namespace_uri(std::string_view prefix);

// Opens the root element `name` with xmlns declarations for `prefixes` (each a
// prefix this writer knows: office, style, text, ...) and office:version.
void open_root(xml::writer& w, std::string_view name,
               std::initializer_list<std::string_view> prefixes);

}  // namespace cp::odt::detail
