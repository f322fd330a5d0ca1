// SPDX-License-Identifier: MIT
// ZIP archives written byte by byte, so tests can make the malformed ones
// (duplicate names, "../" names, encrypted flags, lying sizes, bombs) that a
// correct writer refuses to make.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace cp::test {

struct raw_entry {
  std::string name;
  std::string stored;      // bytes as stored (deflated when method is 8)
  std::uint32_t size = 0;  // uncompressed size as the headers claim it
  std::uint32_t crc = 0;
  std::uint16_t method = 0;  // 0 stored, 8 deflate
  std::uint16_t flags = 0;   // bit 0: encrypted
};

// An entry stored as it is.
raw_entry stored(std::string name, const std::string& data);
// An entry deflated at zlib's best compression (libzip compresses a little less).
raw_entry deflated(std::string name, const std::string& data);
// The archive of `entries`, in order, dated 1980-01-01.
std::string raw_zip(const std::vector<raw_entry>& entries);

}  // namespace cp::test
