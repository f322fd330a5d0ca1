// SPDX-License-Identifier: MIT
// Real clients for end-to-end checks: doccheck, LibreOffice, poppler, pandoc.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace cp::test {

struct run_result {
  int status = -1;     // exit status (-1: could not run)
  std::string output;  // stdout and stderr together
};

// Runs argv (no shell); returns exit status and combined output.
run_result run(const std::vector<std::string>& argv);

// The doccheck tool: $DOCCHECK, else ../shared/tools/doccheck beside the source tree.
std::filesystem::path doccheck_path();
// doccheck on the files, with the Open XML SDK's rules for DOCX (--sdk);
// status 0 when every file passes.
run_result doccheck(const std::vector<std::filesystem::path>& files, bool render = false);

// Converts a document to PDF with LibreOffice headless (own profile, so runs
// in parallel do not collide); returns the PDF path or throws.
std::filesystem::path to_pdf(const std::filesystem::path& document,
                             const std::filesystem::path& out_dir);
// LibreOffice's plain text of each document (its "Text (encoded)" filter,
// UTF-8): one paragraph a line, list labels and numbers as it lays them out.
// Returns the .txt paths, in order, or throws.
std::vector<std::filesystem::path> to_text(const std::vector<std::filesystem::path>& documents,
                                           const std::filesystem::path& out_dir);
int pdf_pages(const std::filesystem::path& pdf);
// Text of one page (1-based) or of the whole PDF (page 0), layout kept.
std::string pdf_text(const std::filesystem::path& pdf, int page = 0);
// pandoc's plain-text reading of a DOCX or ODT.
std::string pandoc_plain(const std::filesystem::path& document);

// Collapses white space to single spaces, for searching extracted text.
std::string squash(const std::string& s);

}  // namespace cp::test
