// SPDX-License-Identifier: MIT
#include "app/pdf_export.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include <fmt/format.h>

#include "util/error.hpp"

extern char** environ;

namespace cp::app {
namespace {

std::filesystem::path find_soffice() {
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/bin:/bin";
  for (std::size_t start = 0; start <= dirs.size();) {
    std::size_t end = dirs.find(':', start);
    if (end == std::string::npos) end = dirs.size();
    std::filesystem::path candidate =
        std::filesystem::path(dirs.substr(start, end - start)) / "soffice";
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    start = end + 1;
  }
  return {};
}

// A temporary folder removed when this goes out of scope.
struct temp_dir {
  std::filesystem::path path;
  temp_dir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "committee-papers-pdf-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
      throw io_error("cannot create a temporary folder for the PDF export");
    path = pattern;
  }
  ~temp_dir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

// LibreOffice's PDF filter options: tagged structure, document title shown,
// and PDF/A-2b (version 2) for archiving.
std::string filter(const pdf_options& o) {
  std::string json = R"({"UseTaggedPDF":{"type":"boolean","value":"true"},)"
                     R"("PDFUACompliance":{"type":"boolean","value":"true"},)"
                     R"("DisplayPDFDocumentTitle":{"type":"boolean","value":"true"},)"
                     R"("ExportBookmarks":{"type":"boolean","value":"true"})";
  if (o.archival) json += R"(,"SelectPdfVersion":{"type":"long","value":"2"})";
  return "pdf:writer_pdf_Export:" + json + "}";
}

}  // namespace

bool libreoffice_available() {
  return !find_soffice().empty();
}

std::string export_pdf(std::string_view odt_bytes, const pdf_options& options) {
  auto soffice = find_soffice();
  if (soffice.empty())
    throw io_error(
        "PDF needs LibreOffice: install libreoffice-writer-nogui (soffice was not found on PATH)");
  temp_dir tmp;
  auto input = tmp.path / "paper.odt";
  std::ofstream(input, std::ios::binary)
      .write(odt_bytes.data(), static_cast<std::streamsize>(odt_bytes.size()));
  // A profile of its own, so it never waits on (or changes) a user's running LibreOffice.
  std::vector<std::string> args = {
      soffice.string(), "-env:UserInstallation=file://" + (tmp.path / "profile").string(),
      "--headless",     "--norestore",
      "--convert-to",   filter(options),
      "--outdir",       tmp.path.string(),
      input.string()};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  auto log = (tmp.path / "soffice.log").string();
  posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, soffice.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw io_error(fmt::format("cannot start LibreOffice ({})", soffice.string()));
  int status = 0;
  ::waitpid(pid, &status, 0);
  auto pdf = tmp.path / "paper.pdf";
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !std::filesystem::exists(pdf)) {
    std::ifstream in(log);
    std::ostringstream said;
    said << in.rdbuf();
    throw io_error(fmt::format("LibreOffice could not make the PDF: {}", said.str()));
  }
  std::ifstream in(pdf, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace cp::app
