// SPDX-License-Identifier: MIT
// "Did you mean ...?" for misspelt names.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cp {

// The candidate closest to `word` by edit distance, if it is close enough to
// be a plausible misspelling (within a third of the word's length, or 2).
std::optional<std::string> nearest(std::string_view word,
                                   const std::vector<std::string>& candidates);

}  // namespace cp
