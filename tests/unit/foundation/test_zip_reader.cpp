// SPDX-License-Identifier: MIT
// The package reader refuses hostile packages with a clear message.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "package/zip_package.hpp"
#include "support/raw_zip.hpp"
#include "util/error.hpp"
#include "zip/zip_reader.hpp"

using namespace cp;

using test::deflated;
using test::raw_entry;
using test::stored;

namespace {

std::string zip(const std::vector<raw_entry>& es) {
  return test::raw_zip(es);
}

}  // namespace

TEST_CASE("a well-formed package is read back entry by entry") {
  package::zip_package p;
  p.add("mimetype", "application/vnd.oasis.opendocument.text", false);
  p.add("content.xml", "<a/>");
  auto e = package::read_zip(p.bytes(), "ok.odt");
  CHECK(e.size() == 2);
  CHECK(e.at("content.xml") == "<a/>");
  CHECK(package::read_zip(zip({stored("a.xml", "x"), deflated("b.xml", std::string(1000, 'b'))}),
                          "raw.zip")
            .at("b.xml") == std::string(1000, 'b'));
}

TEST_CASE("hostile packages are refused with the reason") {
  CHECK_THROWS_WITH_AS(package::read_zip("not a zip at all", "x.docx"),
                       doctest::Contains("x.docx: not a readable DOCX/ODT package"), package_error);
  CHECK_THROWS_WITH_AS(package::read_zip(zip({stored("../../etc/evil", "x")}), "t.docx"),
                       "t.docx: entry \"../../etc/evil\" would be written outside the package",
                       package_error);
  CHECK_THROWS_WITH_AS(package::read_zip(zip({stored("/abs.xml", "x")}), "t.docx"),
                       doctest::Contains("would be written outside the package"), package_error);
  CHECK_THROWS_WITH_AS(package::read_zip(zip({stored("word\\..\\..\\x", "x")}), "t.docx"),
                       doctest::Contains("would be written outside the package"), package_error);
  CHECK_THROWS_WITH_AS(
      package::read_zip(zip({stored("a.xml", "x"), stored("a.xml", "y")}), "d.docx"),
      "d.docx: two entries have the same name; the package is damaged or tampered with",
      package_error);
  raw_entry secret = stored("word/document.xml", "xxxxxxxxxxxx");
  secret.flags = 1;
  CHECK_THROWS_WITH_AS(package::read_zip(zip({secret}), "e.docx"), doctest::Contains("encrypted"),
                       package_error);
}

TEST_CASE("zip bombs are stopped by ratio, by claimed size, and by what really inflates") {
  std::string zeros(20'000'000, '\0');
  CHECK_THROWS_WITH_AS(package::read_zip(zip({deflated("bomb.xml", zeros)}), "b.docx"),
                       doctest::Contains("a zip bomb?"), package_error);
  package::read_limits small;
  small.max_entry_bytes = 1000;
  CHECK_THROWS_WITH_AS(
      package::read_zip(zip({stored("big.xml", std::string(2000, 'x'))}), "s.docx", small),
      doctest::Contains("more than the limit of 1000"), package_error);
  // The directory claims 10 bytes, but the entry inflates to far more.
  raw_entry liar = deflated("liar.xml", std::string(5000, 'a'));
  liar.size = 10;
  small.max_entry_bytes = 100;
  small.max_ratio = 1000000;
  CHECK_THROWS_AS(package::read_zip(zip({liar}), "l.docx", small), package_error);
  package::read_limits few;
  few.max_entries = 2;
  CHECK_THROWS_WITH_AS(
      package::read_zip(zip({stored("a", "1"), stored("b", "2"), stored("c", "3")}), "n.docx", few),
      doctest::Contains("3 entries"), package_error);
}
