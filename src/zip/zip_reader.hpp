// SPDX-License-Identifier: MIT
// Reads a ZIP package someone else made (a council's reference document, an
// existing paper placed in an agenda pack, a workbook named by an input)
// without trusting it. A library of its own, below ingest, so that every
// stage that reads packages can use it; the namespace is still the
// package family's.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace cp::package {

// What a package may hold before it is refused.
struct read_limits {
  std::uint64_t max_package_bytes = 64ull << 20;  // the file itself
  std::uint64_t max_total_bytes = 256ull << 20;   // all entries uncompressed
  std::uint64_t max_entry_bytes = 128ull << 20;   // one entry uncompressed
  std::uint64_t max_entries = 10000;
  // Uncompressed : compressed, for entries over 1 MiB. Deflate cannot beat
  // about 1032:1, so only entries built to explode come near; repetitive but
  // honest text (a long table of similar rows) stays in the hundreds.
  std::uint64_t max_ratio = 1000;
  // What the package should be, for the message about one that is not a
  // readable ZIP: "not a readable DOCX/ODT package (...)".
  std::string kind = "DOCX/ODT package";
};

// The entries of a package, by name, in a stable order.
using entries = std::map<std::string, std::string>;

// Reads every entry of the ZIP `bytes` (named `name` in messages). Throws
// package_error naming the problem and the entry for: a file that is not a
// ZIP or is damaged, encrypted entries, names that are absolute or climb out
// with "..", duplicate names, and anything over the limits (zip bombs). Sizes
// are checked as data is inflated, not only as the directory claims.
entries read_zip(std::string_view bytes, const std::string& name, const read_limits& limits = {});

// Reads the file at `path` and then as read_zip.
entries read_zip_file(const std::string& path, const read_limits& limits = {});

}  // namespace cp::package
