// SPDX-License-Identifier: MIT
// Approximate text widths and line heights of common fonts, for the page estimate.
#pragma once

#include <string_view>

namespace cp::docx::detail {

struct font_family;

// The metrics of one font family (regular and bold advance widths of
// printable ASCII, and the single line height) as LibreOffice lays it out.
// Known: Arial, Calibri, Cambria and Times New Roman, with their
// metric-compatible stand-ins (Liberation Sans, Carlito, Caladea, Liberation
// Serif, ...). Anything else is measured as Arial. The tables are built in,
// so the estimate never depends on the fonts installed where it runs.
class font_metrics {
 public:
  static font_metrics find(std::string_view font_name);

  // Width of `text` in em (multiply by the font size).
  double width_em(std::string_view text, bool bold, bool caps) const;
  // Height of a single-spaced line in em.
  double line_height_em() const;

 private:
  explicit font_metrics(const font_family* f) : family_(f) {}
  const font_family* family_;
};

}  // namespace cp::docx::detail
