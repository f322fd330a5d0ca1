// SPDX-License-Identifier: MIT
// A style sampler: one document holding every construct the engine supports,
// used by `papers sample` (to see a house style) and by the render tests.
#pragma once

#include <string>

#include "document/document.hpp"

namespace cp::demo {

// Builds the sampler; `logo_png` is the council logo's bytes.
doc::document showcase_document(const std::string& logo_png);

}  // namespace cp::demo
