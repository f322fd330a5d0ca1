// SPDX-License-Identifier: MIT
// The command line: what `papers` was asked to do.
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/formats.hpp"

namespace cp::app {

// Wrong command-line usage; the message says what was wrong.
class usage_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct options {
  std::string command;  // build, check, sample, schema, help, version
  std::vector<std::filesystem::path> inputs;
  std::vector<format> formats = {format::docx, format::odt};
  std::filesystem::path out = "out";
  std::vector<std::filesystem::path> template_dirs;  // council folders over the shipped set
  // The folder every file an input names must lie in; empty: each input's
  // own folder (docs/input-format.md, "Files an input names").
  std::filesystem::path include_root;
  std::optional<std::filesystem::path> style;
  // The council's own DOCX and/or ODT whose styles, page setup, headers and
  // footers the papers use (docs/reference-documents.md); at most one per format.
  std::vector<std::filesystem::path> references;
  bool strict = false;         // warnings count as errors
  bool accessibility = false;  // check: also the accessibility rules
  // archive and verify (docs/archive.md)
  std::filesystem::path archive_to;  // archive --to: the archive folder
  bool list = false;                 // archive --list ARCHIVE
  bool require_pdf = false;          // archive: no LibreOffice is an error
  bool meeting_schema = false;       // schema: of meeting inputs rather than papers
  unsigned jobs = 0;                 // build/check/agenda: threads; 0 = every core
  bool quiet = false;                // no progress bar and no "wrote FILE" lines
};

// Parses argv; throws usage_error.
options parse_options(const std::vector<std::string>& args);

// How many threads --jobs asks for (every core when not given).
unsigned threads(const options& o);
// Whether to draw a progress bar: not with --quiet, and only on a terminal.
bool progress_shown(const options& o);

// The --help text.
std::string usage();

}  // namespace cp::app
