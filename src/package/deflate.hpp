// SPDX-License-Identifier: MIT
// Raw DEFLATE for package entries, with libdeflate. One compressor per
// thread, made once: zlib's deflateInit allocated and cleared a quarter of a
// megabyte for every part, which with the page faults it caused was two
// fifths of the time to make a typical report's package.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace cp::package {

struct deflated {
  std::string data;     // raw DEFLATE stream, no zlib or gzip header
  std::uint32_t crc32;  // of the uncompressed bytes, as ZIP records it
};

// Compresses `bytes` at the level packages use (see deflate.cpp).
deflated deflate_entry(std::string_view bytes);

}  // namespace cp::package
