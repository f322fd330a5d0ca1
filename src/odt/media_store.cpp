// SPDX-License-Identifier: MIT
// Allots package paths to pictures as the writers meet them.
#include "odt/media_store.hpp"

#include <fmt/format.h>

#include "media/image_info.hpp"

namespace cp::odt::detail {

const std::string& media_store::use(std::size_t index) {
  for (const auto& u : used_)
    if (u.image == index) return u.path;
  const doc::image& img = doc_.images.at(index);
  used_.push_back(
      {fmt::format("Pictures/image{}.{}", used_.size() + 1, media::extension(img.info.format)),
       index});
  return used_.back().path;
}

}  // namespace cp::odt::detail
