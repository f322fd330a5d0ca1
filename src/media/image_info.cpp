// SPDX-License-Identifier: MIT
#include "media/image_info.hpp"

#include <cstdint>

#include <fmt/format.h>

#include "util/error.hpp"

namespace cp::media {
namespace {

constexpr double default_dpi = 96.0;
// Sizes beyond this are refused: no council logo is 100,000 pixels wide, and
// the limit keeps EMU arithmetic far from overflow.
constexpr std::uint32_t max_pixels_per_side = 100000;

std::uint32_t be32(std::string_view b, std::size_t i) {
  return (std::uint32_t(std::uint8_t(b[i])) << 24) | (std::uint32_t(std::uint8_t(b[i + 1])) << 16) |
         (std::uint32_t(std::uint8_t(b[i + 2])) << 8) | std::uint32_t(std::uint8_t(b[i + 3]));
}
std::uint16_t be16(std::string_view b, std::size_t i) {
  return std::uint16_t((std::uint8_t(b[i]) << 8) | std::uint8_t(b[i + 1]));
}

[[noreturn]] void bad(std::string_view name, std::string_view why) {
  throw input_error(fmt::format("{}: not a usable image: {}", name, why));
}

void check_size(std::uint32_t w, std::uint32_t h, std::string_view name) {
  if (w == 0 || h == 0) bad(name, "zero width or height");
  if (w > max_pixels_per_side || h > max_pixels_per_side)
    bad(name,
        fmt::format("{}x{} pixels is larger than {} pixels a side", w, h, max_pixels_per_side));
}

image_info probe_png(std::string_view b, std::string_view name) {
  // Signature (8) + IHDR length (4) + "IHDR" (4) + width (4) + height (4).
  if (b.size() < 33 || b.substr(12, 4) != "IHDR") bad(name, "PNG without an IHDR chunk");
  std::uint32_t w = be32(b, 16), h = be32(b, 20);
  check_size(w, h, name);
  image_info info{image_format::png, int(w), int(h), default_dpi, default_dpi};
  // Walk the chunks before the image data looking for pHYs (pixels per metre).
  std::size_t i = 8;
  while (i + 8 <= b.size()) {
    std::uint32_t len = be32(b, i);
    std::string_view type = b.substr(i + 4, 4);
    if (type == "IDAT" || type == "IEND") break;
    if (type == "pHYs" && len == 9 && i + 8 + 9 <= b.size() && b[i + 16] == 1) {
      std::uint32_t px = be32(b, i + 8), py = be32(b, i + 12);
      if (px > 0 && py > 0) {
        info.dpi_x = px * 0.0254;
        info.dpi_y = py * 0.0254;
      }
    }
    if (len > b.size()) break;
    i += 12 + std::size_t(len);
  }
  return info;
}

image_info probe_jpeg(std::string_view b, std::string_view name) {
  image_info info{image_format::jpeg, 0, 0, default_dpi, default_dpi};
  std::size_t i = 2;
  while (i + 4 <= b.size()) {
    if (std::uint8_t(b[i]) != 0xFF) bad(name, "corrupt JPEG marker");
    std::uint8_t marker = std::uint8_t(b[i + 1]);
    if (marker == 0xFF) {  // fill byte
      ++i;
      continue;
    }
    if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
      i += 2;
      continue;
    }
    std::uint16_t len = be16(b, i + 2);
    if (len < 2 || i + 2 + len > b.size()) bad(name, "truncated JPEG segment");
    std::string_view seg = b.substr(i + 4, len - 2);
    if (marker == 0xE0 && seg.size() >= 12 && seg.substr(0, 5) == std::string_view("JFIF\0", 5)) {
      std::uint8_t unit = std::uint8_t(seg[7]);
      std::uint16_t dx = be16(seg, 8), dy = be16(seg, 10);
      if (dx > 0 && dy > 0 && (unit == 1 || unit == 2)) {
        double scale = unit == 1 ? 1.0 : 2.54;  // dots per inch or per centimetre
        info.dpi_x = dx * scale;
        info.dpi_y = dy * scale;
      }
    }
    bool sof =
        marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    if (sof) {
      if (seg.size() < 5) bad(name, "truncated JPEG frame header");
      std::uint16_t h = be16(seg, 1), w = be16(seg, 3);
      check_size(w, h, name);
      info.width_px = w;
      info.height_px = h;
      return info;
    }
    if (marker == 0xDA) break;  // start of scan before any frame header
    i += 2 + len;
  }
  bad(name, "JPEG without a frame header");
}

}  // namespace

std::string_view extension(image_format f) {
  return f == image_format::png ? "png" : "jpeg";
}
std::string_view mime_type(image_format f) {
  return f == image_format::png ? "image/png" : "image/jpeg";
}

image_info probe_image(std::string_view bytes, std::string_view name) {
  static constexpr std::string_view png_sig("\x89PNG\r\n\x1a\n", 8);
  if (bytes.size() >= 8 && bytes.substr(0, 8) == png_sig) return probe_png(bytes, name);
  if (bytes.size() >= 3 && std::uint8_t(bytes[0]) == 0xFF && std::uint8_t(bytes[1]) == 0xD8)
    return probe_jpeg(bytes, name);
  bad(name, "only PNG and JPEG images are supported");
}

}  // namespace cp::media
