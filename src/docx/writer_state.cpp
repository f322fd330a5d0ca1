// SPDX-License-Identifier: MIT
// Id allocation shared by the parts of one DOCX package.
#include "docx/writer_state.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "layout/toc.hpp"
#include "media/image_info.hpp"

namespace cp::docx::detail {

std::string part_relationships::add(std::string_view type, std::string_view target, bool external) {
  auto same = [&](const relationship& r) {
    return r.type == type && r.target == target && r.external == external;
  };
  if (auto it = std::find_if(rels_.begin(), rels_.end(), same); it != rels_.end()) return it->id;
  rels_.push_back(
      {fmt::format("rId{}", rels_.size() + 1), std::string(type), std::string(target), external});
  return rels_.back().id;
}

namespace {

numbering_base base_of(const reference::docx_reference* ref) {
  if (!ref) return {};
  return {ref->next_abstract_id, ref->next_num_id, ref->nsids};
}

}  // namespace

writer_state::writer_state(const doc::document& d, const style::house_style& hs,
                           const reference::docx_reference* r, std::optional<page_estimate> pages)
    : doc(d),
      style(hs),
      ref(r),
      ids(hs, r),
      numbering(d, hs, base_of(r)),
      anchors(layout::heading_anchors(d)),
      parts(layout::part_anchors(d)),
      bookmarks(layout::anchor_bookmarks(d)),
      pages_(std::move(pages)) {}

int page_key::page_in(const page_estimate& pages) const {
  auto page_of = [](const std::vector<int>& list, std::size_t i) {
    return i < list.size() ? list[i] : 1;
  };
  switch (what) {
    case kind::heading:
      return page_of(pages.heading_pages, index);
    case kind::part:
      return page_of(pages.part_pages, index);
    case kind::total:
      return pages.pages;
    case kind::unknown:
      break;
  }
  return 1;
}

page_key writer_state::anchor_page(const std::string& anchor) const {
  if (auto h = anchors.find(anchor); h != anchors.end())
    return {page_key::kind::heading, h->second};
  if (auto p = parts.find(anchor); p != parts.end()) return {page_key::kind::part, p->second};
  return {};
}

void writer_state::write_page(xml::writer& w, page_key page) const {
  if (pages_)
    w.text(fmt::format("{}", page.page_in(*pages_)));
  else
    w.gap(page.gap_value());
}

media_part writer_state::media_for(std::size_t index) {
  for (const auto& m : media_)
    if (m.image == index) return m;
  const auto& img = doc.images.at(index);
  media_.push_back({index, fmt::format("media/image{}.{}", media_.size() + 1,
                                       media::extension(img.info.format))});
  return media_.back();
}

std::string writer_state::reference_media_for(const std::string& source) {
  for (const auto& m : reference_media_)
    if (m.source == source) return m.target;
  const auto info = media::probe_image(ref->entries.at(source), source);
  reference_media_.push_back(
      {source, fmt::format("media/reference{}.{}", reference_media_.size() + 1,
                           media::extension(info.format))});
  return reference_media_.back().target;
}

}  // namespace cp::docx::detail
