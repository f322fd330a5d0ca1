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
  // Advance of one ASCII character (below 0x80) in 1/1000 em: width_em of a
  // text of ASCII is the sum of these / 1000. The page estimate builds its
  // per-byte tables from it.
  int ascii_advance(char c, bool bold, bool caps) const {
    if (caps && c >= 'a' && c <= 'z') c -= 'a' - 'A';
    const short* advances = bold ? bold_ : regular_;
    return c >= 32 && c <= 126 ? advances[c - 32] : other_advance;
  }
  // Height of a single-spaced line in em.
  double line_height_em() const;

 private:
  // Anything outside printable ASCII is measured as an average letter.
  static constexpr int other_advance = 556;

  explicit font_metrics(const font_family* f);
  const font_family* family_;
  const short* regular_;  // advances of ' '..'~'
  const short* bold_;
};

}  // namespace cp::docx::detail
