// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "compose/markdown.hpp"
#include "layout/toc.hpp"

using namespace cp;
using compose::parse_markdown;
using compose::prose_block;

TEST_CASE("paragraphs, emphasis, strong, links and line breaks") {
  auto blocks = parse_markdown(
      "First *para* with **bold** and [a link](https://example.gov.uk).\n\nSecond  \nline");
  REQUIRE(blocks.size() == 2);
  const auto& c = blocks[0].content;
  REQUIRE(c.size() == 7);
  CHECK(std::get<doc::text_run>(c[1]).text == "para");
  CHECK(std::get<doc::text_run>(c[1]).marks == doc::italic);
  CHECK(std::get<doc::text_run>(c[3]).marks == doc::bold);
  CHECK(std::get<doc::link>(c[5]).target == "https://example.gov.uk");
  CHECK(std::holds_alternative<doc::line_break>(blocks[1].content[1]));
}

TEST_CASE("bullet and ordered lists nest") {
  auto blocks = parse_markdown("- one\n- two\n  1. inner\n  2. more\n");
  REQUIRE(blocks.size() == 1);
  CHECK(blocks[0].what == prose_block::kind::list);
  CHECK_FALSE(blocks[0].ordered);
  REQUIRE(blocks[0].items.size() == 2);
  REQUIRE(blocks[0].items[1].size() == 2);
  CHECK(blocks[0].items[1][1].ordered);
  CHECK(blocks[0].items[1][1].items.size() == 2);
}

TEST_CASE("markup-like text and stars stay literal") {
  auto blocks = parse_markdown(
      "Use <b>tags</b> & {{mustache}} and </w:t> freely\n\n***\n\n[rel](notes.html)");
  REQUIRE(blocks.size() == 3);
  CHECK(layout::plain_text(blocks[0].content) ==
        "Use <b>tags</b> & {{mustache}} and </w:t> freely");
  CHECK(layout::plain_text(blocks[1].content) == "***");
  // A link that is not http(s) or mailto keeps only its text.
  CHECK(layout::plain_text(blocks[2].content) == "rel");
  CHECK(std::holds_alternative<doc::text_run>(blocks[2].content[0]));
}
