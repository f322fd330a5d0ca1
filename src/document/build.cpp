// SPDX-License-Identifier: MIT
#include "document/build.hpp"

namespace cp::doc {

std::size_t add_image(document& d, std::string data, std::string_view name) {
  media::image_info info = media::probe_image(data, name);
  for (std::size_t i = 0; i < d.images.size(); ++i)
    if (d.images[i].data == data) return i;  // one copy in the package however often it is shown
  d.images.push_back(image{std::move(data), info});
  return d.images.size() - 1;
}

}  // namespace cp::doc
