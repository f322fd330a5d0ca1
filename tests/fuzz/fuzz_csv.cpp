// SPDX-License-Identifier: MIT
// Fuzz target: any bytes as a CSV file a table spec names. The reader
// must refuse what it cannot read with a sheet_error, never crash, hang or
// run out of memory, and what it reads must map as a table.
#include <string_view>

#include "fuzz_target.hpp"
#include "ingest/workbook_readers.hpp"
#include "sheet_fuzz.hpp"
#include "util/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  cp::ingest::sheet_limits limits;  // kept small, so each run is quick
  limits.max_cells = 200'000;
  limits.package.max_total_bytes = 64ull << 20;
  limits.package.max_entry_bytes = 32ull << 20;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  cp::diagnostics notes;
  try {
    auto s = cp::ingest::read_csv(bytes, "fuzz.csv", notes, limits);
    cp::fuzz::map_sheet(s);
  } catch (const cp::input_error&) {
  }
  return 0;
}
