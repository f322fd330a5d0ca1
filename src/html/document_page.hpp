// SPDX-License-Identifier: MIT
// One HTML page: the head (language, title, properties as <meta>, the
// style sheet, a policy that lets the page fetch and run nothing), the
// page's header, its sections in <main>, and its footer.
#pragma once

#include <string>

#include "html/page_plan.hpp"
#include "html/write_context.hpp"

namespace cp::html::detail {

// Writes `page` of ctx.plan; pages are written in order, so the counts in
// `ctx` run on through the document. `css`: the house style sheet.
std::string write_page(write_context& ctx, std::size_t page, const std::string& css);

}  // namespace cp::html::detail
