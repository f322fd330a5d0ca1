// SPDX-License-Identifier: MIT
// Fuzz target: any bytes as a DOCX or ODT placed in an agenda pack. Reading
// must refuse what it cannot use with a cp::error, and whatever it accepts
// must be a tree the writers take: checked, written in both formats, and
// valid against the official schemas.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "agenda/placed_document.hpp"
#include "docx/docx_writer.hpp"
#include "fuzz_target.hpp"
#include "odt/odt_writer.hpp"
#include "schema_check.hpp"
#include "style/style_loader.hpp"
#include "util/error.hpp"
#include "zip/zip_reader.hpp"

namespace {

[[noreturn]] void finding(const std::string& what) {
  std::fprintf(stderr, "fuzz_placed: %s\n", what.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto hs =
      cp::style::load_house_style(std::string(CP_SOURCE_DIR) + "/styles/council.yaml");
  cp::package::read_limits limits;
  limits.max_total_bytes = 64ull << 20;  // keep each run small
  limits.max_entry_bytes = 32ull << 20;
  cp::package::entries entries;
  try {
    entries = cp::package::read_zip(std::string_view(reinterpret_cast<const char*>(data), size),
                                    "fuzz.zip", limits);
  } catch (const cp::package_error&) {
    return 0;
  }
  for (bool docx : {true, false}) {
    cp::agenda::placed_document p;
    try {
      p = docx ? cp::agenda::read_placed_docx(entries, "fuzz.docx", hs)
               : cp::agenda::read_placed_odt(entries, "fuzz.odt", hs);
    } catch (const cp::error&) {
      continue;  // refused, with a message
    }
    if (p.tree.sections.empty()) finding("an accepted document has no section");
    try {
      auto d = cp::package::read_zip(cp::docx::build_docx(p.tree, hs).bytes(), "output.docx");
      if (auto problem = cp::fuzz::check_docx(d); !problem.empty())
        finding("invalid DOCX: " + problem);
      auto o = cp::package::read_zip(cp::odt::build_odt(p.tree, hs).bytes(), "output.odt");
      if (auto problem = cp::fuzz::check_odt(o); !problem.empty())
        finding("invalid ODT: " + problem);
    } catch (const cp::error& e) {
      finding(std::string("an accepted document did not write: ") + e.what());
    }
  }
  return 0;
}
