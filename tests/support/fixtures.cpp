// SPDX-License-Identifier: MIT
#include "support/fixtures.hpp"

#include "style/style_loader.hpp"
#include "support/paths.hpp"

namespace cp::test {

const style::house_style& council_style() {
  static const style::house_style hs =
      style::load_house_style(source_dir() / "styles" / "council.yaml");
  return hs;
}

const style::house_style& frozen_style() {
  static const style::house_style hs =
      style::load_house_style(source_dir() / "tests" / "golden" / "house-style.yaml");
  return hs;
}

const std::string& logo_png() {
  static const std::string bytes =
      read_file(source_dir() / "styles" / "assets" / "council-logo.png");
  return bytes;
}

}  // namespace cp::test
