// SPDX-License-Identifier: MIT
// A rough page layout, only for the cached results of page fields.
#pragma once

#include <vector>

#include "document/document.hpp"
#include "style/house_style.hpp"

namespace cp::docx::detail {

// Word shows a field's cached result until it updates fields (settings.xml
// asks it to on open) and LibreOffice recomputes page references when it
// lays the document out; until then the cached page numbers should at least
// be plausible, so they come from this estimate rather than being all "1".
using doc::page_estimate;

page_estimate estimate_pages(const doc::document& d, const style::house_style& hs);

}  // namespace cp::docx::detail
