// SPDX-License-Identifier: MIT
// The package reader refuses hostile packages with a clear message.
#include <doctest/doctest.h>

#include <zlib.h>

#include <cstdint>
#include <string>
#include <vector>

#include "package/zip_package.hpp"
#include "package/zip_reader.hpp"
#include "util/error.hpp"

using namespace cp;

namespace {

// Writes ZIP archives byte by byte, so tests can make the malformed ones
// (duplicate names, "../" names, encrypted flags, lying sizes) that a correct
// writer refuses to make.
struct raw_entry {
  std::string name;
  std::string stored;           // bytes as stored (deflated when method 8)
  std::uint32_t size = 0;       // uncompressed size as claimed
  std::uint32_t crc = 0;
  std::uint16_t method = 0;     // 0 stored, 8 deflate
  std::uint16_t flags = 0;      // bit 0: encrypted
};

void le16(std::string& s, std::uint16_t v) {
  s += static_cast<char>(v & 0xFF);
  s += static_cast<char>(v >> 8);
}
void le32(std::string& s, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) s += static_cast<char>((v >> (8 * i)) & 0xFF);
}

raw_entry stored(std::string name, std::string data) {
  raw_entry e{std::move(name), data, static_cast<std::uint32_t>(data.size()), 0, 0, 0};
  e.crc = static_cast<std::uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size())));
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
  e.stored = out;
  e.method = 8;
  return e;
}

std::string zip(const std::vector<raw_entry>& es) {
  std::string body, central;
  for (const auto& e : es) {
    auto offset = static_cast<std::uint32_t>(body.size());
    auto header = [&](std::string& s, bool is_central) {
      le32(s, is_central ? 0x02014b50 : 0x04034b50);
      if (is_central) le16(s, 20);
      le16(s, 20);
      le16(s, e.flags);
      le16(s, e.method);
      le16(s, 0);
      le16(s, 0x21);
      le32(s, e.crc);
      le32(s, static_cast<std::uint32_t>(e.stored.size()));
      le32(s, e.size);
      le16(s, static_cast<std::uint16_t>(e.name.size()));
      le16(s, 0);
      if (is_central) {
        le16(s, 0);
        le16(s, 0);
        le16(s, 0);
        le32(s, 0);
        le32(s, offset);
      }
      s += e.name;
    };
    header(body, false);
    body += e.stored;
    header(central, true);
  }
  std::string out = body + central;
  le32(out, 0x06054b50);
  le16(out, 0);
  le16(out, 0);
  le16(out, static_cast<std::uint16_t>(es.size()));
  le16(out, static_cast<std::uint16_t>(es.size()));
  le32(out, static_cast<std::uint32_t>(central.size()));
  le32(out, static_cast<std::uint32_t>(body.size()));
  le16(out, 0);
  return out;
}

}  // namespace

TEST_CASE("a well-formed package is read back entry by entry") {
  package::zip_package p;
  p.add("mimetype", "application/vnd.oasis.opendocument.text", false);
  p.add("content.xml", "<a/>");
  auto e = package::read_zip(p.bytes(), "ok.odt");
  CHECK(e.size() == 2);
  CHECK(e.at("content.xml") == "<a/>");
  CHECK(package::read_zip(zip({stored("a.xml", "x"), deflated("b.xml", std::string(1000, 'b'))}), "raw.zip").at("b.xml") ==
        std::string(1000, 'b'));
}

TEST_CASE("hostile packages are refused with the reason") {
  CHECK_THROWS_WITH_AS(package::read_zip("not a zip at all", "x.docx"),
                       doctest::Contains("x.docx: not a readable DOCX/ODT package"), package_error);
  CHECK_THROWS_WITH_AS(package::read_zip(zip({stored("../../etc/evil", "x")}), "t.docx"),
                       "t.docx: entry \"../../etc/evil\" would be written outside the package", package_error);
  CHECK_THROWS_WITH_AS(package::read_zip(zip({stored("/abs.xml", "x")}), "t.docx"),
                       doctest::Contains("would be written outside the package"), package_error);
  CHECK_THROWS_WITH_AS(package::read_zip(zip({stored("word\\..\\..\\x", "x")}), "t.docx"),
                       doctest::Contains("would be written outside the package"), package_error);
  CHECK_THROWS_WITH_AS(package::read_zip(zip({stored("a.xml", "x"), stored("a.xml", "y")}), "d.docx"),
                       "d.docx: two entries have the same name; the package is damaged or tampered with", package_error);
  raw_entry secret = stored("word/document.xml", "xxxxxxxxxxxx");
  secret.flags = 1;
  CHECK_THROWS_WITH_AS(package::read_zip(zip({secret}), "e.docx"), doctest::Contains("encrypted"), package_error);
}

TEST_CASE("zip bombs are stopped by ratio, by claimed size, and by what really inflates") {
  std::string zeros(20'000'000, '\0');
  CHECK_THROWS_WITH_AS(package::read_zip(zip({deflated("bomb.xml", zeros)}), "b.docx"),
                       doctest::Contains("a zip bomb?"), package_error);
  package::read_limits small;
  small.max_entry_bytes = 1000;
  CHECK_THROWS_WITH_AS(package::read_zip(zip({stored("big.xml", std::string(2000, 'x'))}), "s.docx", small),
                       doctest::Contains("more than the limit of 1000"), package_error);
  // The directory claims 10 bytes, but the entry inflates to far more.
  raw_entry liar = deflated("liar.xml", std::string(5000, 'a'));
  liar.size = 10;
  small.max_entry_bytes = 100;
  small.max_ratio = 1000000;
  CHECK_THROWS_AS(package::read_zip(zip({liar}), "l.docx", small), package_error);
  package::read_limits few;
  few.max_entries = 2;
  CHECK_THROWS_WITH_AS(package::read_zip(zip({stored("a", "1"), stored("b", "2"), stored("c", "3")}), "n.docx", few),
                       doctest::Contains("3 entries"), package_error);
}
