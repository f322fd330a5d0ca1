// SPDX-License-Identifier: MIT
// Namespace URIs of the OpenDocument 1.3 vocabularies the writer uses.
#include "odt/namespaces.hpp"

#include <array>
#include <utility>

#include <fmt/format.h>

#include "util/error.hpp"

namespace cp::odt::detail {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 14> known = {{
    {"office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
    {"style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
    {"text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
    {"table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
    {"draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
    {"fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
    {"xlink", "http://www.w3.org/1999/xlink"},
    {"dc", "http://purl.org/dc/elements/1.1/"},
    {"meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
    {"number", "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"},
    {"svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
    {"config", "urn:oasis:names:tc:opendocument:xmlns:config:1.0"},
    // Only used inside text:formula values ("ooow:Table+1"), the formula
    // syntax every ODF word processor reads for caption sequences.
    {"ooow", "http://openoffice.org/2004/writer"},
    {"manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"},
}};

std::string_view uri(std::string_view prefix) {
  for (const auto& [p, u] : known)
    if (p == prefix) return u;
  throw document_error(fmt::format("odt: unknown namespace prefix '{}'", prefix));
}

}  // namespace

std::optional<std::string_view> namespace_uri(std::string_view prefix) {
  for (const auto& [p, u] : known)
    if (p == prefix) return u;
  return std::nullopt;
}

void open_root(xml::writer& w, std::string_view name,
               std::initializer_list<std::string_view> prefixes) {
  w.open(name);
  for (std::string_view p : prefixes) w.attr(fmt::format("xmlns:{}", p), uri(p));
  w.attr(name.starts_with("manifest:") ? "manifest:version" : "office:version", odf_version);
}

}  // namespace cp::odt::detail
