// SPDX-License-Identifier: MIT
// Builds the HTML edition: checks the tree, plans the pages, writes each.
#include "html/html_writer.hpp"

#include "html/css.hpp"
#include "html/document_page.hpp"
#include "html/page_plan.hpp"
#include "html/write_context.hpp"
#include "layout/check.hpp"

namespace cp::html {
namespace {

std::vector<page> write_all(const doc::document& d, const style::house_style& hs,
                            const detail::page_plan& plan) {
  detail::write_context ctx(d, hs, plan);
  std::string css = detail::house_css(hs, ctx.names);
  std::vector<page> out;
  // In order: the numbering, heading and caption counts run on from page to page.
  for (std::size_t i = 0; i < plan.pages().size(); ++i)
    out.push_back({plan.pages()[i].file, detail::write_page(ctx, i, css)});
  return out;
}

}  // namespace

std::string build_html(const doc::document& d, const style::house_style& hs) {
  layout::check_document(d, hs);
  return std::move(write_all(d, hs, detail::page_plan::one_page(d)).front().bytes);
}

std::vector<page> build_html_pages(const doc::document& d, const style::house_style& hs) {
  layout::check_document(d, hs);
  return write_all(d, hs, detail::page_plan::page_per_part(d));
}

}  // namespace cp::html
