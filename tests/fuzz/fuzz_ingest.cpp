// SPDX-License-Identifier: MIT
// Fuzz target: any bytes as a paper input (YAML or JSON). The loader must
// report problems as diagnostics, never crash, hang or run out of memory.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "fuzz_target.hpp"
#include "ingest/paper_loader.hpp"
#include "model/paper.hpp"
#include "util/error.hpp"

namespace {

// The loader reads files (includes are relative to them), so each input is
// written to a file of this process's own.
const std::filesystem::path& input_path() {
  static const std::filesystem::path p = std::filesystem::temp_directory_path() /
                                         ("cp-fuzz-ingest-" + std::to_string(::getpid())) /
                                         "paper.yaml";
  std::filesystem::create_directories(p.parent_path());
  return p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  {
    std::ofstream out(input_path(), std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  cp::diagnostics d;
  try {
    auto paper = cp::ingest::load_paper(input_path(), d);
    if (paper) cp::model::smart_check(*paper, d);
    (void)d.to_string();
  } catch (const cp::error&) {
    // A reported failure is a correct answer to bad input.
  }
  return 0;
}
