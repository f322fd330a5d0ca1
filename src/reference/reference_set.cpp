// SPDX-License-Identifier: MIT
#include "reference/reference_set.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include <fmt/format.h>

namespace cp::reference {

std::optional<file_format> format_of(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".docx" || ext == ".dotx") return file_format::docx;
  if (ext == ".odt" || ext == ".ott") return file_format::odt;
  return std::nullopt;
}

reference_set load_references(const std::vector<std::string>& paths, const style::house_style& hs) {
  reference_set out;
  for (const auto& path : paths) {
    auto format = format_of(path);
    if (!format)
      throw reference_error(
          fmt::format("{}: a reference document must be a .docx/.dotx or .odt/.ott file", path));
    bool docx = *format == file_format::docx;
    if (docx ? out.docx.has_value() : out.odt.has_value())
      throw reference_error(
          fmt::format("{}: only one {} reference document can be used (the other is {})", path,
                      docx ? "DOCX" : "ODT", docx ? out.docx->file : out.odt->file));
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
      throw reference_error(fmt::format("{}: no such reference document", path));
    package::entries entries;
    try {
      entries = package::read_zip_file(path);
    } catch (const error& e) {
      throw reference_error(fmt::format("reference document refused: {}", e.what()));
    }
    if (docx) {
      out.docx = read_docx_reference(std::move(entries), path, hs);
      out.notes.insert(out.notes.end(), out.docx->notes.begin(), out.docx->notes.end());
    } else {
      out.odt = read_odt_reference(std::move(entries), path, hs);
      out.notes.insert(out.notes.end(), out.odt->notes.begin(), out.odt->notes.end());
    }
  }
  return out;
}

}  // namespace cp::reference
