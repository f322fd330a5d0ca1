// SPDX-License-Identifier: MIT
#include "html/page_plan.hpp"

#include <fmt/format.h>

#include "layout/toc.hpp"
#include "layout/walk.hpp"

namespace cp::html::detail {
namespace {

bool safe_file_stem(const std::string& s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return s != "index";
}

// What a part is called: its cover's title, else its first heading, else its anchor.
std::string part_title(const doc::document& d, std::size_t first, std::size_t last,
                       const std::string& anchor) {
  std::string heading;
  for (std::size_t s = first; s < last; ++s)
    for (const auto& b : d.sections[s].body) {
      if (const auto* tb = std::get_if<doc::title_block>(&b.node); tb && !tb->title.empty())
        return tb->title;
      if (const auto* p = std::get_if<doc::paragraph>(&b.node); p && p->role == "title")
        return layout::plain_text(p->content);
      if (const auto* h = std::get_if<doc::heading>(&b.node); h && heading.empty())
        heading = layout::plain_text(h->content);
    }
  return heading.empty() ? anchor : heading;
}

}  // namespace

bool usable_as_id(const std::string& anchor) {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (anchor.empty() || !letter(anchor.front()) || anchor.starts_with("cp-")) return false;
  for (char c : anchor)
    if (!letter(c) && !(c >= '0' && c <= '9') && c != '-' && c != '_') return false;
  return true;
}

std::string made_heading_id(std::size_t ordinal) {
  return fmt::format("cp-heading-{}", ordinal + 1);
}

std::string made_part_id(std::size_t ordinal) {
  return fmt::format("cp-part-{}", ordinal + 1);
}

page_plan::page_plan(const doc::document& d) : page_of_section_(d.sections.size(), 0) {
  std::size_t part = 0;
  for (std::size_t s = 0; s < d.sections.size(); ++s) {
    layout::walk_blocks(d.sections[s].body, [&](const doc::block& b, int) {
      if (const auto* h = std::get_if<doc::heading>(&b.node)) {
        std::size_t ordinal = heading_ids_.size();
        heading_ids_.push_back(usable_as_id(h->anchor) ? h->anchor : made_heading_id(ordinal));
        heading_section_.push_back(s);
        if (!h->anchor.empty()) heading_of_anchor_[h->anchor] = ordinal;
      }
    });
    if (const std::string& a = d.sections[s].part_anchor; !a.empty()) {
      part_section_[a] = s;
      part_ids_[a] = usable_as_id(a) ? a : made_part_id(part);
      ++part;
    }
  }
}

page_plan page_plan::one_page(const doc::document& d) {
  page_plan plan(d);
  plan.pages_.push_back({"index.html", 0, d.sections.size(), d.meta.title, true});
  return plan;
}

page_plan page_plan::page_per_part(const doc::document& d) {
  page_plan plan(d);
  std::size_t s = 0;
  while (s < d.sections.size() && d.sections[s].part_anchor.empty()) ++s;
  if (s > 0) plan.pages_.push_back({"index.html", 0, s, d.meta.title, true});
  std::size_t ordinal = 0;
  while (s < d.sections.size()) {
    std::size_t last = s + 1;
    while (last < d.sections.size() && d.sections[last].part_anchor.empty()) ++last;
    const std::string& anchor = d.sections[s].part_anchor;
    page_info p;
    p.file = safe_file_stem(anchor) ? anchor + ".html" : fmt::format("part-{}.html", ordinal + 1);
    p.first_section = s;
    p.last_section = last;
    std::string title = part_title(d, s, last, anchor);
    p.title = d.meta.title.empty() ? title : fmt::format("{} – {}", title, d.meta.title);
    for (std::size_t k = s; k < last; ++k) plan.page_of_section_[k] = plan.pages_.size();
    // The part is the whole page: links to it go to the page itself.
    plan.part_ids_[anchor].clear();
    plan.pages_.push_back(std::move(p));
    s = last;
    ++ordinal;
  }
  if (plan.pages_.empty()) plan.pages_.push_back({"index.html", 0, 0, d.meta.title, true});
  return plan;
}

std::string page_plan::part_id(const std::string& part_anchor) const {
  auto it = part_ids_.find(part_anchor);
  return it == part_ids_.end() ? std::string() : it->second;
}

std::string page_plan::heading_href(std::size_t from, std::size_t ordinal) const {
  std::size_t to = page_of_section_.at(heading_section_.at(ordinal));
  std::string id = "#" + heading_ids_.at(ordinal);
  return to == from ? id : pages_.at(to).file + id;
}

std::string page_plan::anchor_href(std::size_t from, const std::string& anchor) const {
  if (auto h = heading_of_anchor_.find(anchor); h != heading_of_anchor_.end())
    return heading_href(from, h->second);
  auto p = part_section_.find(anchor);
  if (p == part_section_.end()) return "#" + anchor;  // check_document refuses these
  std::size_t to = page_of_section_.at(p->second);
  std::string id = part_id(anchor);
  if (to == from) return id.empty() ? "#cp-main" : "#" + id;
  return id.empty() ? pages_.at(to).file : pages_.at(to).file + "#" + id;
}

}  // namespace cp::html::detail
