// SPDX-License-Identifier: MIT
// The command line: what `papers` was asked to do. Parsed by CLI11, one
// subcommand per command, each with its own options and help.
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/formats.hpp"

namespace cp::app {

// Wrong command-line usage; the message says what was wrong. `command` is
// the command it was for (its help follows the message), or empty.
class usage_error : public std::runtime_error {
 public:
  explicit usage_error(const std::string& message, std::string command = {})
      : std::runtime_error(message), command_(std::move(command)) {}
  const std::string& command() const { return command_; }

 private:
  std::string command_;
};

struct options {
  // build, check, agenda, archive, verify, sample, schema, new, watch,
  // expand; help (help_topic: the command asked about) and version.
  std::string command;
  std::string help_topic;
  std::vector<std::filesystem::path> inputs;  // "-": standard input
  std::vector<format> formats = {format::docx, format::odt};
  std::filesystem::path out = "out";                 // "-": standard output (one input, one format)
  std::vector<std::filesystem::path> template_dirs;  // council folders over the shipped set
  std::optional<std::filesystem::path> style;
  // The council's own DOCX and/or ODT whose styles, page setup, headers and
  // footers the papers use (docs/reference-documents.md); at most one per format.
  std::vector<std::filesystem::path> references;
  // The folder every file an input names must lie in; empty: each input's
  // own folder (docs/input-format.md, "Files an input names").
  std::filesystem::path include_root;
  bool strict = false;         // warnings count as errors
  bool accessibility = false;  // check: also the accessibility rules
  // archive and verify (docs/archive.md)
  std::filesystem::path archive_to;  // archive --to: the archive folder
  bool list = false;                 // archive --list ARCHIVE; new --list
  bool require_pdf = false;          // archive: no LibreOffice is an error
  bool meeting_schema = false;       // schema: of meeting inputs rather than papers
  unsigned jobs = 0;                 // build/check/agenda: threads; 0 = every core
  bool quiet = false;                // no progress bar, no warnings, no "wrote FILE" lines
  std::string kind;                  // new: the kind of starter input
};

// Parses argv (without the program name); throws usage_error.
options parse_options(const std::vector<std::string>& args);

// How many threads --jobs asks for (every core when not given).
unsigned threads(const options& o);
// Whether to draw a progress bar: not with --quiet, and only on a terminal.
bool progress_shown(const options& o);

// The help text: of one command, or (empty) of papers as a whole.
std::string usage(const std::string& command = {});

// Every command, in the order the help lists them.
const std::vector<std::string>& command_names();

}  // namespace cp::app
