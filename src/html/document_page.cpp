// SPDX-License-Identifier: MIT
#include "html/document_page.hpp"

#include <fmt/format.h>

#include "html/block_writer.hpp"
#include "html/css.hpp"
#include "html/element_writer.hpp"
#include "layout/toc.hpp"

namespace cp::html::detail {
namespace {

// Nothing but pictures as data: URIs and the page's own style sheet: a page
// that fetches nothing and runs nothing, whatever its text holds.
constexpr std::string_view content_policy =
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; "
    "form-action 'none'";

// A BCP 47 tag as the tree gives it ("en-GB"), else the house style's.
std::string language(const doc::document& d, const style::house_style& hs) {
  auto plain = [](const std::string& s) {
    if (s.empty() || s.size() > 35) return false;
    for (char c : s)
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
        return false;
    return true;
  };
  if (plain(d.meta.language)) return d.meta.language;
  return plain(hs.language) ? hs.language : "en";
}

void meta(element_writer& w, std::string_view name, const std::string& content) {
  if (content.empty()) return;
  w.open_void("meta").attr("name", name).attr("content", content);
}

void write_head(element_writer& w, write_context& ctx, const page_info& page,
                const std::string& css) {
  const doc::metadata& m = ctx.doc.meta;
  w.open("head");
  w.open_void("meta").attr_plain("charset", "utf-8");
  w.open_void("meta")
      .attr_plain("name", "viewport")
      .attr_plain("content", "width=device-width, initial-scale=1");
  w.open_void("meta")
      .attr_plain("http-equiv", "Content-Security-Policy")
      .attr_plain("content", content_policy);
  w.element("title", page.title.empty() ? std::string("Untitled document") : page.title);
  // The document properties, as the other formats keep them.
  meta(w, "author", m.author);
  meta(w, "description", m.description.empty() ? m.subject : m.description);
  std::string keywords;
  for (const auto& k : m.keywords) keywords += (keywords.empty() ? "" : ", ") + k;
  meta(w, "keywords", keywords);
  meta(w, "dcterms.title", m.title);
  meta(w, "dcterms.subject", m.subject);
  meta(w, "dcterms.creator", m.author);
  meta(w, "dcterms.created", m.created);
  meta(w, "dcterms.modified", m.modified);
  meta(w, "status", m.status);
  for (const auto& [name, value] : m.custom) meta(w, name, value);
  w.open("style").raw(css);
  if (page.first_section < ctx.doc.sections.size())
    w.raw(furniture_css(ctx.doc.sections[page.first_section], ctx.doc, ctx.hs));
  w.close();
  w.close();
}

// Header or footer paragraphs that do not number pages (numbers go to the
// print margins): the DRAFT mark, "Agenda Item N", the committee and title.
doc::blocks shown_furniture(const doc::blocks& bs) {
  doc::blocks out;
  for (const auto& b : bs) {
    // Paragraphs only, as the tree promises; unnumbered, as nothing counts them.
    const auto* p = std::get_if<doc::paragraph>(&b.node);
    if (!p || numbers_pages(p->content)) continue;
    doc::paragraph shown = *p;
    shown.numbering.reset();
    out.push_back(doc::block{std::move(shown)});
  }
  return out;
}

void write_furniture(element_writer& w, write_context& ctx, const doc::blocks& bs,
                     std::string_view element, std::string_view cls, double width) {
  doc::blocks shown = shown_furniture(bs);
  if (shown.empty()) return;
  w.open(element).attr_plain("class", cls);
  block_writer(w, ctx, width).write_blocks(shown);
  w.close();
}

}  // namespace

std::string write_page(write_context& ctx, std::size_t index, const std::string& css) {
  const page_info& page = ctx.plan.pages().at(index);
  ctx.page = index;
  element_writer w;
  w.raw("<!DOCTYPE html>\n");
  w.open("html").attr("lang", language(ctx.doc, ctx.hs));
  write_head(w, ctx, page, css);
  w.open("body");
  const doc::section* first = page.first_section < ctx.doc.sections.size()
                                  ? &ctx.doc.sections[page.first_section]
                                  : nullptr;
  double portrait = ctx.hs.text_width_mm(doc::orientation::portrait);
  if (first) write_furniture(w, ctx, first->header, "header", "page-header", portrait);
  // A part's page leads back to the index of the whole (the agenda).
  const auto& pages = ctx.plan.pages();
  if (!page.is_index && !pages.empty() && pages.front().is_index) {
    const std::string& back =
        pages.front().title.empty() ? pages.front().file : pages.front().title;
    w.open("nav").attr_plain("class", "pages").attr("aria-label", back);
    w.open("p").open("a").attr("href", pages.front().file).text(back).close().close();
    w.close();
  }
  w.open("main").attr_plain("id", "cp-main");
  for (std::size_t s = page.first_section; s < page.last_section; ++s) {
    const doc::section& sec = ctx.doc.sections[s];
    ctx.section = s;
    // Table captions count from 1 again in each part, as in the other formats.
    if (!sec.part_anchor.empty()) ctx.caption_number = 0;
    w.open("div").attr_plain("class", sec.page_orientation == doc::orientation::landscape
                                          ? "section landscape"
                                          : "section");
    if (std::string id = ctx.plan.part_id(sec.part_anchor); !id.empty()) w.attr("id", id);
    block_writer(w, ctx, ctx.hs.text_width_mm(sec.page_orientation)).write_blocks(sec.body);
    w.close();
  }
  w.close();
  if (first) write_furniture(w, ctx, first->footer, "footer", "page-footer", portrait);
  w.close();
  w.close();
  w.raw("\n");
  return w.finish();
}

}  // namespace cp::html::detail
