// SPDX-License-Identifier: MIT
// The output formats and the writer behind each.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.hpp"
#include "reference/reference_set.hpp"
#include "style/house_style.hpp"

namespace cp::app {

// PDF is made from the ODT by LibreOffice (tagged; see pdf_export.hpp).
// HTML is one page per paper; an agenda pack is pages (agenda_command.cpp).
enum class format { docx, odt, pdf, html };

std::string_view extension(format f);  // "docx", "odt", "pdf", "html"
std::optional<format> parse_format(std::string_view name);
// Builds the package bytes (checking the tree first), with the reference
// document of that format when `refs` has one. `helper_thread`: a core is
// free for the writer's second thread (docx::build_options); same bytes.
std::string render(const doc::document& d, const style::house_style& hs, format f,
                   const reference::reference_set* refs = nullptr, bool helper_thread = false);

}  // namespace cp::app
