// SPDX-License-Identifier: MIT
// The images a package holds: only those shown, each once, named in order of first use.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "document/document.hpp"

namespace cp::odt::detail {

class media_store {
 public:
  explicit media_store(const doc::document& d) : doc_(d) {}

  // Package path of document image `index` ("Pictures/image1.png"), allotted on first use.
  const std::string& use(std::size_t index);

  struct used_image {
    std::string path;
    std::size_t image = 0;
  };
  // Every image used so far, in order of first use.
  const std::vector<used_image>& used() const { return used_; }

 private:
  const doc::document& doc_;
  std::vector<used_image> used_;
};

}  // namespace cp::odt::detail
