// SPDX-License-Identifier: MIT
// The manifest of one archived version (manifest.json): what was archived,
// how to rebuild it, and the SHA-256 of every file. Written with a fixed key
// order, so the same record always prints the same; read back by verify and
// --list. The format is described in docs/archive.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "util/error.hpp"

namespace cp::archive {

// A manifest or archive folder that cannot be read or trusted.
class archive_error : public error {
 public:
  using error::error;
};

inline constexpr const char* manifest_name = "manifest.json";
inline constexpr const char* manifest_format = "committee-papers-archive";
inline constexpr int manifest_format_version = 1;

// One file of a version folder.
struct file_entry {
  std::string path;  // relative to the version folder, '/'-separated
  // What it is: input (the paper's input file), include (a file it
  // includes), logo, style (the house style file), reference (a reference
  // document), template (a template or partial), docx, odt, pdf (outputs).
  std::string kind;
  std::uint64_t bytes = 0;
  std::string sha256;
};

struct clearance_record {
  std::string role;
  std::string name;
  std::string job_title;
  std::string date;  // YYYY-MM-DD
  std::string outcome;
  std::string comments;  // CommonMark as written; "" when none
};

struct manifest {
  std::string paper;                 // the paper's id
  int version = 0;                   // N of v<N>
  std::string archived;              // UTC, "2025-03-01T10:15:00Z": when this version was written
  std::string generator_version;     // of Committee Papers
  std::string template_set_version;  // template_set_version() of the templates archived
  std::string template_name;         // the template for the paper's kind, "audit-review"

  // How to rebuild: paths relative to the version folder.
  std::string input;
  std::string style;
  std::string templates;  // the folder holding the templates (and partials/)
  std::vector<std::string> references;

  // The paper as agreed: from its input.
  std::string title;
  std::string council;
  std::string committee;
  std::string meeting_date;   // YYYY-MM-DD
  std::string status;         // always signed-off in an archive
  std::string paper_version;  // properties.version
  std::string created;        // YYYY-MM-DD or ""
  std::string modified;       // YYYY-MM-DD or ""
  std::string signed_off_by;
  std::string signed_off_job_title;
  std::string signed_off_date;  // YYYY-MM-DD
  std::vector<clearance_record> clearances;

  // The PDF/A rendering: its path when made, else why not.
  std::string pdf;
  std::string pdf_note;

  std::vector<file_entry> files;  // sorted by path; manifest.json itself is not listed

  const file_entry* find(const std::string& path) const;
  // The JSON text, keys in a fixed order, ending with a line end.
  std::string to_json() const;
  // Reads a manifest; throws archive_error naming `name` and what is wrong.
  static manifest parse(const std::string& text, const std::string& name);
};

// Whether `path` is '/'-separated, relative and stays inside its folder:
// no empty, "." or ".." parts, no backslash.
bool is_plain_relative_path(const std::string& path);

// The version of a template set: SHA-256 over, for each file in order of
// its '/'-separated path relative to the template folder, the path, a NUL,
// the SHA-256 of its bytes (hex) and a line end. Names count, so a renamed
// partial is a different set.
std::string template_set_version(
    std::vector<std::pair<std::string, std::string>> files);  // (path, bytes)

}  // namespace cp::archive
