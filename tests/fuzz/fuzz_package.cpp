// SPDX-License-Identifier: MIT
// Fuzz target: any bytes as a DOCX/ODT package someone gave us (a reference
// document, a paper placed in a pack). The reader must refuse hostile or
// broken packages with a package_error, and parse their XML safely.
#include <string>

#include "fuzz_target.hpp"
#include "util/error.hpp"
#include "xml/xml_reader.hpp"
#include "zip/zip_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  cp::package::read_limits limits;
  limits.max_total_bytes = 64ull << 20;  // keep each run small
  limits.max_entry_bytes = 32ull << 20;
  try {
    auto entries = cp::package::read_zip(
        std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.zip", limits);
    for (const auto& [name, bytes] : entries) {
      if (!(name.ends_with(".xml") || name.ends_with(".rels"))) continue;
      try {
        cp::xml::parse(bytes, name);
      } catch (const cp::error&) {
      }
    }
  } catch (const cp::package_error&) {
  }
  return 0;
}
