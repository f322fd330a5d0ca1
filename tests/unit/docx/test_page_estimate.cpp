// SPDX-License-Identifier: MIT
// The page estimate behind the cached page numbers of PAGEREF and NUMPAGES.
#include <doctest/doctest.h>

#include <algorithm>

#include <fmt/format.h>

#include "document/build.hpp"
#include "docx/page_estimate.hpp"
#include "docx/text_metrics.hpp"
#include "docx_fixture.hpp"

using namespace cp;

namespace {

doc::heading heading(const std::string& t) {
  doc::heading h;
  h.level = 1;
  h.content = doc::text(t);
  return h;
}

}  // namespace

TEST_CASE("text widths and line heights follow each font family's metrics") {
  using docx::detail::font_metrics;
  auto arial = font_metrics::find("Arial");
  CHECK(arial.width_em("i", false, false) == doctest::Approx(0.222));
  CHECK(arial.width_em("m", false, false) == doctest::Approx(0.833));
  CHECK(arial.width_em("b", true, false) > arial.width_em("b", false, false));
  CHECK(arial.width_em("abc", false, true) == doctest::Approx(arial.width_em("ABC", false, false)));
  CHECK(arial.width_em("\xC3\xA9", false, false) == doctest::Approx(0.556));  // é: one character
  CHECK(arial.line_height_em() == doctest::Approx(1.15).epsilon(0.001));
  auto calibri = font_metrics::find("calibri");
  CHECK(calibri.width_em("a", false, false) == doctest::Approx(0.479));
  CHECK(calibri.line_height_em() == doctest::Approx(1.2207));
  CHECK(font_metrics::find("Carlito").width_em("a", false, false) == doctest::Approx(0.479));
  CHECK(font_metrics::find("Times New Roman").width_em("a", false, false) ==
        doctest::Approx(0.444));
  // Unknown fonts are measured as Arial.
  CHECK(font_metrics::find("Wingdings").width_em("a", false, false) == doctest::Approx(0.556));
}

TEST_CASE("headings on one short page are on page 1, sections and page breaks start pages") {
  doc::document d;
  doc::section s1, s2;
  s1.body.push_back(doc::blk(heading("One")));
  s1.body.push_back(doc::blk(doc::page_break{}));
  s1.body.push_back(doc::blk(heading("Two")));
  s2.page_orientation = doc::orientation::landscape;
  s2.body.push_back(doc::blk(heading("Three")));
  d.sections = {s1, s2};
  auto e = docx::detail::estimate_pages(d, test::council_style());
  CHECK(e.heading_pages == std::vector<int>{1, 2, 3});
  CHECK(e.pages == 3);
}

TEST_CASE("long text flows onto later pages, in order") {
  doc::document d;
  doc::section s;
  std::string para(3000, 'x');
  for (std::size_t i = 0; i < para.size(); i += 8) para[i] = ' ';
  for (int h = 0; h < 10; ++h) {
    s.body.push_back(doc::blk(heading(fmt::format("H{}", h))));
    s.body.push_back(doc::blk(doc::para("body-text", doc::text(para))));
  }
  d.sections.push_back(std::move(s));
  auto e = docx::detail::estimate_pages(d, test::council_style());
  REQUIRE(e.heading_pages.size() == 10);
  CHECK(e.heading_pages.front() == 1);
  CHECK(std::is_sorted(e.heading_pages.begin(), e.heading_pages.end()));
  // About 3000 characters of 12pt Arial take over half a page each.
  CHECK(e.heading_pages.back() >= 5);
  CHECK(e.pages >= e.heading_pages.back());
}

TEST_CASE("the showcase estimate matches LibreOffice's layout of it") {
  // Checked against LibreOffice 7.4's PDF of showcase.docx (pdftotext per
  // page). If src/demo's showcase changes, convert it again and compare.
  auto e = docx::detail::estimate_pages(test::showcase(), test::frozen_style());
  CHECK(e.heading_pages == std::vector<int>{1, 1, 2, 2, 2, 5, 7, 8});
  CHECK(e.pages == 8);
}

TEST_CASE("in a pack, a report's contents list is estimated with its own part's headings only") {
  // Part one: a contents list and forty headings; part two: a contents list
  // and one heading, which follows its one-line contents on the part's first page.
  doc::document d;
  doc::section one, two;
  one.part_anchor = "item-1";
  two.part_anchor = "item-2";
  doc::table_of_contents toc;
  toc.title = "Contents";
  toc.levels = 1;
  one.body.push_back(doc::blk(toc));
  for (int i = 0; i < 40; ++i) one.body.push_back(doc::blk(heading(fmt::format("Heading {}", i))));
  two.body.push_back(doc::blk(toc));
  two.body.push_back(doc::blk(heading("The only heading")));
  d.sections = {one, two};
  auto e = docx::detail::estimate_pages(d, test::council_style());
  REQUIRE(e.part_pages.size() == 2);
  REQUIRE(e.heading_pages.size() == 41);
  CHECK(e.heading_pages.back() == e.part_pages[1]);
}
