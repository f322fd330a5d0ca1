// SPDX-License-Identifier: MIT
// Computes the label a numbered paragraph shows ("1.2", "(a)"), as Word and
// LibreOffice will: used for pre-filled contents entries and for tests.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "style/house_style.hpp"

namespace cp::layout {

// "1", "a", "iv", "C"...: one counter in a level's format (empty for bullets/none).
std::string format_counter(int n, style::number_format f);

// Follows every sequence of a document through its numbered blocks. Call
// next() for each numbered block in reading order.
class numbering_counter {
 public:
  numbering_counter(const doc::document& d, const style::house_style& hs);
  // Advances the sequence at ref.level (restarting deeper levels) and returns the label.
  std::string next(const doc::numbering_ref& ref);

 private:
  const doc::document& doc_;
  const style::house_style& style_;
  std::map<std::size_t, std::vector<int>> counters_;  // per sequence, per level (0: not yet used)
};

}  // namespace cp::layout
