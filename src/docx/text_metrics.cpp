// SPDX-License-Identifier: MIT
// Advance widths (1/1000 em) and line heights of the fonts house styles name.
//
// Widths of characters 32..126 read from the hmtx tables of Liberation Sans
// and Liberation Serif 2.1, Carlito 1.1 and Caladea 1.0 (metrically the same
// as Arial, Times New Roman, Calibri and Cambria); line heights are the
// hhea ascender + descender + line gap, which is what LibreOffice uses.
#include "docx/text_metrics.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "util/utf8.hpp"

namespace cp::docx::detail {

using widths = std::array<short, 95>;

struct font_family {
  std::array<std::string_view, 4> names;  // lower case; the first is the one Word uses
  const widths& regular;
  const widths& bold;
  double line_height_em;
};

namespace {

constexpr widths sans_regular = {
    {278,  278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // ' '..'/'
     556,  556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // '0'..'?'
     1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // '@'..'O'
     667,  778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // 'P'..'_'
     333,  556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // '`'..'o'
     556,  556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584}};     // 'p'..'~'

constexpr widths sans_bold = {
    {278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,  // ' '..'/'
     556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,  // '0'..'?'
     975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,  // '@'..'O'
     667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,  // 'P'..'_'
     333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,  // '`'..'o'
     611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584}};     // 'p'..'~'

constexpr widths carlito_regular = {
    {226, 326, 401, 498, 507, 715, 682, 221, 303, 303, 498, 498, 250, 306, 252, 386,  // ' '..'/'
     507, 507, 507, 507, 507, 507, 507, 507, 507, 507, 268, 268, 498, 498, 498, 463,  // '0'..'?'
     894, 579, 544, 533, 615, 488, 459, 631, 623, 252, 319, 520, 420, 855, 646, 662,  // '@'..'O'
     517, 673, 543, 459, 487, 642, 567, 890, 519, 487, 468, 307, 386, 307, 498, 498,  // 'P'..'_'
     291, 479, 525, 423, 525, 498, 305, 471, 525, 229, 239, 455, 229, 799, 525, 527,  // '`'..'o'
     525, 525, 349, 391, 335, 525, 452, 715, 433, 453, 395, 314, 460, 314, 498}};     // 'p'..'~'

constexpr widths carlito_bold = {
    {226, 326, 438, 498, 507, 729, 705, 233, 312, 312, 498, 498, 258, 306, 267, 430,  // ' '..'/'
     507, 507, 507, 507, 507, 507, 507, 507, 507, 507, 276, 276, 498, 498, 498, 463,  // '0'..'?'
     898, 606, 561, 529, 630, 488, 459, 637, 631, 267, 331, 547, 423, 874, 659, 676,  // '@'..'O'
     532, 686, 563, 473, 495, 653, 591, 906, 551, 520, 478, 325, 430, 325, 498, 498,  // 'P'..'_'
     300, 494, 537, 418, 537, 503, 316, 474, 537, 246, 255, 480, 246, 813, 537, 538,  // '`'..'o'
     537, 537, 355, 399, 347, 537, 473, 745, 459, 474, 397, 344, 475, 344, 498}};     // 'p'..'~'

constexpr widths caladea_regular = {
    {220, 286, 393, 619, 506, 890, 687, 237, 382, 382, 427, 554, 205, 329, 206, 490,  // ' '..'/'
     517, 362, 472, 461, 492, 475, 470, 470, 485, 478, 264, 264, 554, 554, 554, 422,  // '0'..'?'
     885, 599, 579, 519, 625, 540, 509, 539, 696, 343, 304, 630, 501, 888, 693, 599,  // '@'..'O'
     533, 599, 613, 453, 557, 687, 598, 889, 571, 557, 507, 350, 490, 350, 554, 371,  // 'P'..'_'
     151, 470, 520, 421, 520, 441, 313, 459, 554, 277, 255, 525, 271, 813, 558, 480,  // '`'..'o'
     520, 501, 396, 392, 325, 546, 470, 720, 483, 482, 428, 387, 316, 387, 712}};     // 'p'..'~'

constexpr widths caladea_bold = {
    {220, 335, 422, 618, 543, 976, 740, 251, 408, 408, 453, 592, 232, 311, 230, 505,  // ' '..'/'
     533, 458, 507, 508, 553, 520, 538, 494, 556, 534, 280, 280, 592, 592, 592, 452,  // '0'..'?'
     921, 653, 634, 551, 664, 559, 534, 586, 719, 358, 340, 680, 541, 845, 686, 647,  // '@'..'O'
     593, 647, 640, 473, 587, 695, 632, 959, 616, 587, 554, 368, 505, 368, 592, 371,  // 'P'..'_'
     184, 525, 568, 450, 570, 513, 335, 508, 600, 308, 297, 589, 311, 891, 604, 530,  // '`'..'o'
     573, 559, 454, 444, 365, 609, 519, 779, 525, 521, 464, 393, 320, 393, 592}};     // 'p'..'~'

constexpr widths serif_regular = {
    {250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,  // ' '..'/'
     500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,  // '0'..'?'
     921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,  // '@'..'O'
     556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,  // 'P'..'_'
     333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,  // '`'..'o'
     500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541}};     // 'p'..'~'

constexpr widths serif_bold = {
    {250, 333, 555, 500, 500, 1000, 833, 278,  333, 333, 500, 570, 250, 333, 250, 278,  // ' '..'/'
     500, 500, 500, 500, 500, 500,  500, 500,  500, 500, 333, 333, 570, 570, 570, 500,  // '0'..'?'
     930, 722, 667, 722, 722, 667,  611, 778,  778, 389, 500, 778, 667, 944, 722, 778,  // '@'..'O'
     611, 778, 722, 556, 667, 722,  722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,  // 'P'..'_'
     333, 500, 556, 444, 556, 444,  333, 500,  556, 278, 333, 556, 278, 833, 556, 500,  // '`'..'o'
     556, 556, 444, 389, 333, 556,  500, 722,  500, 500, 444, 394, 220, 394, 520}};     // 'p'..'~'

const font_family families[] = {
    {{"arial", "liberation sans", "helvetica", "arimo"}, sans_regular, sans_bold, 1.1499},
    {{"calibri", "carlito", "", ""}, carlito_regular, carlito_bold, 1.2207},
    {{"cambria", "caladea", "", ""}, caladea_regular, caladea_bold, 1.1500},
    {{"times new roman", "liberation serif", "times", "tinos"}, serif_regular, serif_bold, 1.1499},
};

}  // namespace

font_metrics::font_metrics(const font_family* f)
    : family_(f), regular_(f->regular.data()), bold_(f->bold.data()) {}

font_metrics font_metrics::find(std::string_view font_name) {
  std::string name(font_name);
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const font_family& f : families)
    for (std::string_view n : f.names)
      if (!n.empty() && n == name) return font_metrics(&f);
  return font_metrics(&families[0]);
}

double font_metrics::width_em(std::string_view text, bool bold, bool caps) const {
  long total = 0;
  for (std::size_t i = 0; i < text.size();) {
    // Nearly all text is ASCII: decode only what is not.
    char32_t c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      total += ascii_advance(text[i++], bold, caps);
      continue;
    }
    c = utf8::next(text, i);
    if (caps && c >= 'a' && c <= 'z') c -= 'a' - 'A';
    total +=
        (c >= 32 && c <= 126) ? ascii_advance(static_cast<char>(c), bold, false) : other_advance;
  }
  return static_cast<double>(total) / 1000.0;
}

double font_metrics::line_height_em() const {
  return family_->line_height_em;
}

}  // namespace cp::docx::detail
