// SPDX-License-Identifier: MIT
// Length conversions between the house style's millimetres/points and each format's units.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>

#include <fmt/format.h>

namespace cp::units {

constexpr double mm_per_inch = 25.4;
constexpr double pt_per_inch = 72.0;

// WordprocessingML twentieths of a point.
inline long twips_from_mm(double mm) {
  return std::lround(mm / mm_per_inch * 1440.0);
}
inline long twips_from_pt(double pt) {
  return std::lround(pt * 20.0);
}
// WordprocessingML half-points (font sizes).
inline long half_points(double pt) {
  return std::lround(pt * 2.0);
}
// WordprocessingML eighths of a point (border widths).
inline long eighth_points(double pt) {
  return std::lround(pt * 8.0);
}
// DrawingML English Metric Units.
inline std::int64_t emu_from_mm(double mm) {
  return std::llround(mm * 36000.0);
}

inline double mm_from_pt(double pt) {
  return pt / pt_per_inch * mm_per_inch;
}

// ODF lengths: written with a fixed number of decimals so output never depends on locale.
inline std::string odf_mm(double mm) {
  return fmt::format("{:.2f}mm", mm);
}
inline std::string odf_pt(double pt) {
  return fmt::format("{:.1f}pt", pt);
}
inline std::string odf_percent(double fraction) {
  return fmt::format("{:.0f}%", fraction * 100.0);
}

}  // namespace cp::units
