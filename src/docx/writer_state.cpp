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
                           const reference::docx_reference* r)
    : doc(d),
      style(hs),
      ref(r),
      ids(hs, r),
      numbering(d, hs, base_of(r)),
      anchors(layout::heading_anchors(d)),
      parts(layout::part_anchors(d)),
      bookmarks(layout::anchor_bookmarks(d)),
      pages(d.pages ? *d.pages : estimate_pages(d, hs)) {}

int writer_state::anchor_page(const std::string& anchor) const {
  auto page_of = [](const std::vector<int>& pages, std::size_t i) {
    return i < pages.size() ? pages[i] : 1;
  };
  if (auto h = anchors.find(anchor); h != anchors.end())
    return page_of(pages.heading_pages, h->second);
  if (auto p = parts.find(anchor); p != parts.end()) return page_of(pages.part_pages, p->second);
  return 1;
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
