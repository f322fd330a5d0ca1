// SPDX-License-Identifier: MIT
// Reads the format, pixel size and resolution of a PNG or JPEG from its bytes.
#pragma once

#include <string>
#include <string_view>

namespace cp::media {

enum class image_format { png, jpeg };

// The largest picture file an input may name.
inline constexpr std::size_t max_picture_bytes = 16u << 20;

struct image_info {
  image_format format;
  int width_px;
  int height_px;
  double dpi_x;  // 96 when the file does not say
  double dpi_y;

  // Natural size at the file's resolution.
  double width_mm() const { return width_px / dpi_x * 25.4; }
  double height_mm() const { return height_px / dpi_y * 25.4; }
};

// "png" or "jpeg": the package file extension.
std::string_view extension(image_format f);
// "image/png" or "image/jpeg".
std::string_view mime_type(image_format f);

// Throws input_error (with `name` in the message) for anything that is not a
// well-formed PNG or baseline/progressive JPEG with a positive size.
image_info probe_image(std::string_view bytes, std::string_view name);

}  // namespace cp::media
