// SPDX-License-Identifier: MIT
// Fuzz target: the whole build, from input bytes to DOCX and ODT. Whatever
// loads must compose, write, and give packages whose every XML part is valid
// against the official schemas; anything else is a crash.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "agenda/pack.hpp"
#include "app/formats.hpp"
#include "compose/compose.hpp"
#include "fuzz_target.hpp"
#include "ingest/paper_loader.hpp"
#include "schema_check.hpp"
#include "style/style_loader.hpp"
#include "util/error.hpp"
#include "zip/zip_reader.hpp"

namespace {

const std::filesystem::path& input_path() {
  static const std::filesystem::path p = std::filesystem::temp_directory_path() /
                                         ("cp-fuzz-build-" + std::to_string(::getpid())) /
                                         "paper.yaml";
  std::filesystem::create_directories(p.parent_path());
  return p;
}

[[noreturn]] void finding(const std::string& what) {
  std::fprintf(stderr, "fuzz_build: %s\n", what.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const cp::style::house_style hs =
      cp::style::load_house_style(std::string(CP_SOURCE_DIR) + "/styles/council.yaml");
  static const cp::compose::template_set templates = cp::compose::template_set::load(
      {std::string(CP_SOURCE_DIR) + "/templates"}, cp::agenda::template_views());
  {
    std::ofstream out(input_path(), std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  cp::diagnostics d;
  std::optional<cp::model::paper> paper;
  try {
    paper = cp::ingest::load_paper(input_path(), d);
  } catch (const cp::error&) {
    return 0;
  }
  if (!paper) return 0;
  cp::doc::document tree;
  try {
    tree = cp::compose::compose_paper(*paper, templates, hs);
  } catch (const cp::input_error&) {
    return 0;  // e.g. a logo that vanished between loading and composing
  } catch (const cp::error& e) {
    finding(std::string("a paper that loaded did not compose: ") + e.what());
  }
  for (auto f : {cp::app::format::docx, cp::app::format::odt}) {
    std::string bytes;
    try {
      bytes = cp::app::render(tree, hs, f);
    } catch (const cp::error& e) {
      finding(std::string("a composed paper did not write: ") + e.what());
    }
    auto parts = cp::package::read_zip(bytes, "output");
    std::string problem =
        f == cp::app::format::docx ? cp::fuzz::check_docx(parts) : cp::fuzz::check_odt(parts);
    if (!problem.empty()) finding("invalid output: " + problem);
  }
  return 0;
}
