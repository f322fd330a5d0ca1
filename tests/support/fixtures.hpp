// SPDX-License-Identifier: MIT
// Inputs shared by the writer tests: the house styles and the logo.
#pragma once

#include <string>

#include "style/house_style.hpp"

namespace cp::test {

// styles/council.yaml, as shipped.
const style::house_style& council_style();
// A frozen copy (tests/golden/house-style.yaml) for golden files, so that
// tuning the shipped style does not churn every golden part.
const style::house_style& frozen_style();
// styles/assets/council-logo.png.
const std::string& logo_png();

}  // namespace cp::test
