// SPDX-License-Identifier: MIT
#include "support/raw_zip.hpp"

#include <zlib.h>

namespace cp::test {
namespace {

void le16(std::string& s, std::uint16_t v) {
  s += static_cast<char>(v & 0xFF);
  s += static_cast<char>(v >> 8);
}

void le32(std::string& s, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) s += static_cast<char>((v >> (8 * i)) & 0xFF);
}

}  // namespace

raw_entry stored(std::string name, const std::string& data) {
  raw_entry e{std::move(name), data, static_cast<std::uint32_t>(data.size()), 0, 0, 0};
  e.crc = static_cast<std::uint32_t>(
      crc32(0, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size())));
  return e;
}

raw_entry deflated(std::string name, const std::string& data) {
  z_stream z{};
  deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, static_cast<uLong>(data.size())), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  raw_entry e = stored(std::move(name), data);
  e.stored = std::move(out);
  e.method = 8;
  return e;
}

std::string raw_zip(const std::vector<raw_entry>& entries) {
  std::string body, central;
  for (const auto& e : entries) {
    auto offset = static_cast<std::uint32_t>(body.size());
    for (bool is_central : {false, true}) {
      std::string& s = is_central ? central : body;
      le32(s, is_central ? 0x02014b50 : 0x04034b50);
      if (is_central) le16(s, 20);  // made by
      le16(s, 20);                  // needed to extract
      le16(s, e.flags);
      le16(s, e.method);
      le16(s, 0);     // time 00:00
      le16(s, 0x21);  // date 1980-01-01
      le32(s, e.crc);
      le32(s, static_cast<std::uint32_t>(e.stored.size()));
      le32(s, e.size);
      le16(s, static_cast<std::uint16_t>(e.name.size()));
      le16(s, 0);  // extra field
      if (is_central) {
        le16(s, 0);  // comment
        le16(s, 0);  // disk
        le16(s, 0);  // internal attributes
        le32(s, 0);  // external attributes
        le32(s, offset);
      }
      s += e.name;
    }
    body += e.stored;
  }
  std::string out = body + central;
  le32(out, 0x06054b50);
  le16(out, 0);
  le16(out, 0);
  le16(out, static_cast<std::uint16_t>(entries.size()));
  le16(out, static_cast<std::uint16_t>(entries.size()));
  le32(out, static_cast<std::uint32_t>(central.size()));
  le32(out, static_cast<std::uint32_t>(body.size()));
  le16(out, 0);
  return out;
}

}  // namespace cp::test
