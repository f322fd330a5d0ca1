// SPDX-License-Identifier: MIT
// The 16-bytes-at-a-time scans agree with their byte-at-a-time definitions,
// wherever in a block (or past the last whole block) the stop falls.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>

#include "util/text_scan.hpp"

using namespace cp;

namespace {

// Mostly plain words and single spaces, with a few of `specials` at random
// places: the stops fall anywhere, including in the last byte of a block
// and in the byte after it.
std::string mostly_plain(std::mt19937& rng, const std::string& specials) {
  std::uniform_int_distribution<int> length(0, 80);
  std::uniform_int_distribution<int> letter('a', 'z');
  std::uniform_int_distribution<int> percent(0, 99);
  std::string s;
  int n = length(rng);
  for (int i = 0; i < n; ++i) {
    int roll = percent(rng);
    if (roll < 4)
      s += specials[static_cast<std::size_t>(percent(rng)) % specials.size()];
    else if (roll < 20)
      s += ' ';
    else
      s += static_cast<char>(letter(rng));
  }
  return s;
}

}  // namespace

TEST_CASE("xml_plain_prefix stops at the first byte XML must escape, repair or decode") {
  CHECK(text_scan::xml_plain_prefix("") == 0);
  CHECK(text_scan::xml_plain_prefix("plain text of more than sixteen bytes") == 37);
  CHECK(text_scan::xml_plain_prefix("0123456789abcdef&") == 16);
  CHECK(text_scan::xml_plain_prefix("0123456789abcde<f") == 15);
  CHECK(text_scan::xml_plain_prefix("0123456789abcdefghijk\"") == 21);
  CHECK(text_scan::xml_plain_prefix("caf\xC3\xA9") == 3);
  CHECK(text_scan::xml_plain_prefix("a\x7F") == 1);
  CHECK(text_scan::xml_plain_prefix("0123456789abcdef0123456789\x1F") == 26);
  // Every byte value, at every place in a block.
  for (int b = 0; b < 256; ++b)
    for (std::size_t at = 0; at < 40; ++at) {
      std::string s(40, 'x');
      s[at] = static_cast<char>(b);
      CHECK(text_scan::xml_plain_prefix(s) == text_scan::reference::xml_plain_prefix(s));
    }
  std::mt19937 rng(20261122);
  const std::string specials = std::string("&<>\"\t\n\r\x01\x7F\x80\xC3\xFF", 12);
  for (int i = 0; i < 20000; ++i) {
    std::string s = mostly_plain(rng, specials);
    REQUIRE(text_scan::xml_plain_prefix(s) == text_scan::reference::xml_plain_prefix(s));
  }
}

TEST_CASE("odf_piece_end stops at tabs, line ends and a space another space or CR follows") {
  CHECK(text_scan::odf_piece_end("", 0) == 0);
  CHECK(text_scan::odf_piece_end("one two three four five six seven", 0) == 33);
  CHECK(text_scan::odf_piece_end("0123456789abcdef  x", 0) == 16);
  CHECK(text_scan::odf_piece_end("0123456789abcde  x", 0) == 15);
  CHECK(text_scan::odf_piece_end("0123456789abcdef \r", 0) == 16);
  CHECK(text_scan::odf_piece_end("0123456789abcdefg ", 0) == 18);  // a last single space
  CHECK(text_scan::odf_piece_end("a\tb", 0) == 1);
  CHECK(text_scan::odf_piece_end("ab\nc", 1) == 2);
  for (int b = 0; b < 256; ++b)
    for (std::size_t at = 0; at < 40; ++at)
      for (char after : {' ', '\r', 'y'}) {
        std::string s(41, 'x');
        s[at] = static_cast<char>(b);
        s[at + 1] = after;
        for (std::size_t from : {std::size_t{0}, std::size_t{3}, at})
          CHECK(text_scan::odf_piece_end(s, from) == text_scan::reference::odf_piece_end(s, from));
      }
  std::mt19937 rng(112026);
  const std::string specials = " \t\n\r\x01\xC3";
  std::uniform_int_distribution<int> start(0, 10);
  for (int i = 0; i < 20000; ++i) {
    std::string s = mostly_plain(rng, specials);
    std::size_t from = std::min(s.size(), static_cast<std::size_t>(start(rng)));
    REQUIRE(text_scan::odf_piece_end(s, from) == text_scan::reference::odf_piece_end(s, from));
  }
}
