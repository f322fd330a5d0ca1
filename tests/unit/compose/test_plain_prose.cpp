// SPDX-License-Identifier: MIT
// The plain-prose fast path of parse_markdown against cmark itself: wherever
// the fast path answers, its blocks must be exactly cmark's.
#include <doctest/doctest.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "compose/markdown.hpp"
#include "compose/plain_prose.hpp"

using namespace cp;
using compose::parse_plain_prose;
using compose::prose_block;

namespace {

bool same(const doc::text_run& a, const doc::text_run& b) {
  return a.text == b.text && a.marks == b.marks;
}

bool same(const doc::inline_node& a, const doc::inline_node& b) {
  if (a.index() != b.index()) return false;
  if (auto* t = std::get_if<doc::text_run>(&a)) return same(*t, std::get<doc::text_run>(b));
  if (std::holds_alternative<doc::line_break>(a)) return true;
  if (auto* l = std::get_if<doc::link>(&a)) {
    const auto& m = std::get<doc::link>(b);
    if (l->target != m.target || l->runs.size() != m.runs.size()) return false;
    for (std::size_t i = 0; i < l->runs.size(); ++i)
      if (!same(l->runs[i], m.runs[i])) return false;
    return true;
  }
  return false;  // parse_markdown makes no other inline
}

bool same(const std::vector<prose_block>& a, const std::vector<prose_block>& b);

bool same(const prose_block& a, const prose_block& b) {
  if (a.what != b.what || a.heading_level != b.heading_level || a.ordered != b.ordered ||
      a.start != b.start || a.content.size() != b.content.size() ||
      a.items.size() != b.items.size())
    return false;
  for (std::size_t i = 0; i < a.content.size(); ++i)
    if (!same(a.content[i], b.content[i])) return false;
  for (std::size_t i = 0; i < a.items.size(); ++i)
    if (!same(a.items[i], b.items[i])) return false;
  return true;
}

bool same(const std::vector<prose_block>& a, const std::vector<prose_block>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (!same(a[i], b[i])) return false;
  return true;
}

// Blocks written out for failure messages.
std::string dump(const std::vector<prose_block>& blocks) {
  std::string s;
  for (const auto& b : blocks) {
    s += "[" + std::to_string(static_cast<int>(b.what)) + " h" + std::to_string(b.heading_level) +
         (b.ordered ? " ol" : "") + " s" + std::to_string(b.start);
    for (const auto& i : b.content) {
      if (auto* t = std::get_if<doc::text_run>(&i))
        s += " {" + t->text + "|" + std::to_string(t->marks) + "}";
      else
        s += " <" + std::to_string(i.index()) + ">";
    }
    for (const auto& item : b.items) s += " (" + dump(item) + ")";
    s += "]";
  }
  return s;
}

// Escaped so that spaces, tabs, newlines and stray bytes show in a message.
std::string show(std::string_view text) {
  std::string s = "\"";
  for (unsigned char c : text) {
    if (c == '\n')
      s += "\\n";
    else if (c < 0x20 || c >= 0x7F) {
      static const char* hex = "0123456789ABCDEF";
      s += "\\x";
      s += hex[c >> 4];
      s += hex[c & 15];
    } else
      s += static_cast<char>(c);
  }
  return s + "\"";
}

// Checks that the fast path, when it answers, and parse_markdown both agree
// with cmark. True when the fast path answered.
bool agrees_with_cmark(std::string_view text) {
  auto reference = compose::detail::parse_markdown_cmark(text);
  auto fast = parse_plain_prose(text);
  auto parsed = compose::parse_markdown(text);
  INFO("text: ", show(text));
  INFO("cmark: ", dump(reference));
  INFO("parse_markdown: ", dump(parsed));
  CHECK(same(parsed, reference));
  if (fast) {
    INFO("fast path: ", dump(*fast));
    CHECK(same(*fast, reference));
  }
  return fast.has_value();
}

}  // namespace

TEST_CASE("plain prose fast path matches cmark on edge cases") {
  using namespace std::string_literals;
  const std::vector<std::string> cases = {
      "",
      " ",
      "\n",
      "\n\n\n",
      "   \n  \n",
      "Agree action 12 proposed by the significant partnerships for next year, to be reported "
      "to the Executive quarterly with progress against its Local Area Agreement targets",
      "One line.\nTwo line.\n",
      "One.\n\nTwo.\n\n\nThree.",
      "\n\nLeading and trailing blank lines\n\n",
      "  Indented one to three\n   spaces",
      "    Four spaces: code",
      "Para\n    four-space continuation",
      "Trailing space \nnext",
      "Trailing two  \nnext",
      "Trailing three   \nnext",
      "Last line two  \n\nnext",
      "Last line two at the end  ",
      "Last line with newline  \n",
      "Middle  of   many    spaces",
      "Health & Wellbeing",
      "Health &amp; Wellbeing",
      "Ends with &",
      "Ends with & \nnext",
      "Ends with &  \nnext",
      "&",
      "& starts",
      "&#35; numeric",
      "a&b",
      "Cost £12.50 – up 3%",
      "2024 was a year",
      "2024. was a year",
      "1) first",
      "1.5 million",
      "12 actions\n3. three",
      "Para\n1. list",
      "Para\n2. not a list interruption",
      "123456789. long",
      "1234567890. longer",
      "# Heading",
      "#hashtag",
      "Title\n=====",
      "Title\n-----",
      "Title\n---",
      "- item",
      "-not item",
      "+ item",
      "* item",
      "> quote",
      "~~~\ncode\n~~~",
      "```\ncode\n```",
      "| a | b |",
      "Tab\there",
      "\tTab start",
      "CR\r\nline",
      "CR\rline",
      "Nul\0here"s,
      "\xEF\xBB\xBFWith BOM",
      "Mid \xEF\xBB\xBF BOM",
      "Bad \xC3 byte",
      "Bad \xE2\x80 cut",
      "Overlong \xC0\xAF",
      "Overlong \xE0\x80\xAF",
      "Surrogate \xED\xA0\x80",
      "Past max \xF4\x90\x80\x80",
      "Max \xF4\x8F\xBF\xBF",
      "Emoji \xF0\x9F\x98\x80",
      "Nbsp\xC2\xA0start",
      "\xC2\xA0# not a heading",
      "Stray \x80",
      "Lone \xC1 lead",
      "Lone \xC0",
      "Past lead \xF5\x80\x80\x80",
      "Byte \xFF",
      "Cut four \xF0\x9F\x98",
      "<b>tag</b>",
      "a < b",
      "Bang! here",
      "*emph*",
      "_under_",
      "snake_case",
      "[link](https://example.gov.uk)",
      "back\\slash",
      "code `x`",
      "Hard break\\\nnext",
      "Del \x7F char",
      "Form\ffeed",
      "Vertical\vtab",
      "trailing form feed\f",
      "  \n  x  \n  ",
      "a\n \nb",
      "a\n\t\nb",
      "x\n\n\n\ny",
      "(a) bracketed. Sentences.)",
      "Under 3 spaces   \n   continued",
      // Bullet lists of plain items.
      "- Service targets met for the year\n- Joint campaign run across the district\n",
      "- one\n\n- two\n\n\n- three",
      "Intro line\n- interrupts the paragraph\n- second",
      "Intro with two spaces  \n- item",
      "- item\n\nParagraph after the list",
      "- item\nlazy continuation",
      "- item\n\n  indented: the item's second paragraph",
      "- item\n  - nested",
      " - indented item\n- item",
      "-  two spaces after the bullet",
      "- ",
      "-",
      "- - -",
      "- 1. ordered inside",
      "- # heading inside",
      "- item  \n- trailing spaces",
      "-item",
      "+ plus bullet",
  };
  for (const auto& text : cases) agrees_with_cmark(text);
}

TEST_CASE("plain prose fast path matches cmark on generated text") {
  // Deterministic: the same strings on every run and machine.
  std::mt19937 random(20240601);
  const std::vector<std::string> alphabet = {"a",
                                             "b",
                                             "e",
                                             "Z",
                                             " ",
                                             " ",
                                             "  ",
                                             "   ",
                                             "    ",
                                             "\n",
                                             "\n",
                                             "\n\n",
                                             "1",
                                             "2",
                                             "9",
                                             "0",
                                             ".",
                                             ")",
                                             "-",
                                             "*",
                                             "#",
                                             ">",
                                             "_",
                                             "[",
                                             "]",
                                             "&",
                                             "& ",
                                             "\xC2\xA3",
                                             "\xE2\x80\x93",
                                             "\t",
                                             "=",
                                             "+",
                                             "!",
                                             "<",
                                             "`",
                                             "\\",
                                             "~",
                                             "|",
                                             "\r",
                                             "\xC3",
                                             "\xEF\xBB\xBF"};
  // Mostly words, spaces and line endings, so that plenty of strings are
  // plain and reach the fast path's edges rather than stopping at the first
  // special character.
  const std::vector<std::string> prose = {"word", "Agree",        "x",        " ",   " ",
                                          "  ",   "\n",           "\n\n",     "   ", ".",
                                          "12",   "\xE2\x80\x93", "\xC2\xA3", "& "};
  int fast = 0;
  const int rounds = 4000;
  for (int round = 0; round < rounds; ++round) {
    const bool mostly_prose = round % 2 == 0;
    std::string text;
    const int length = static_cast<int>(random() % 24);
    for (int i = 0; i < length; ++i) {
      bool special = !mostly_prose || random() % 12 == 0;
      const auto& from = special ? alphabet : prose;
      text += from[random() % from.size()];
    }
    if (agrees_with_cmark(text)) ++fast;
  }
  // The fast path must be exercised, not silently refused everywhere.
  CHECK(fast > rounds / 5);
  MESSAGE("fast path answered for ", fast, " of ", rounds, " strings");
}

TEST_CASE("plain prose fast path matches cmark on generated paragraphs and bullet lists") {
  // Whole lines, so that lists, paragraphs and blank lines meet in every order.
  std::mt19937 random(20261122);
  const std::vector<std::string> lines = {"- Service targets met",
                                          "- x",
                                          "-  two spaces",
                                          " - one space before",
                                          "  - two spaces before",
                                          "- ",
                                          "-",
                                          "- - -",
                                          "- 2. inner",
                                          "- plain & simple",
                                          "- trailing  ",
                                          "Plain words",
                                          "  indented words",
                                          "    four spaces",
                                          "words with two  ",
                                          "---",
                                          "===",
                                          "2024 figures",
                                          "",
                                          "",
                                          "  "};
  int lists = 0;
  const int rounds = 3000;
  for (int round = 0; round < rounds; ++round) {
    std::string text;
    const int count = static_cast<int>(random() % 7);
    for (int i = 0; i < count; ++i) text += lines[random() % lines.size()] + "\n";
    if (agrees_with_cmark(text)) {
      auto fast = parse_plain_prose(text);
      for (const auto& b : *fast) lists += b.what == prose_block::kind::list;
    }
  }
  CHECK(lists > rounds / 30);  // lists are read, not refused
  MESSAGE("bullet lists read by the fast path: ", lists);
}

TEST_CASE("plain prose fast path is taken for plain sentences and paragraphs") {
  auto one = parse_plain_prose(
      "Agree action 12 proposed by the significant partnerships for next year, to be reported "
      "to the Executive quarterly with progress against its Local Area Agreement targets");
  REQUIRE(one.has_value());
  REQUIRE(one->size() == 1);
  CHECK((*one)[0].what == prose_block::kind::paragraph);
  REQUIRE((*one)[0].content.size() == 1);
  CHECK(std::get<doc::text_run>((*one)[0].content[0]).text.starts_with("Agree action 12"));

  // Lines from a YAML block scalar: soft breaks become one space, blank lines
  // split paragraphs.
  auto several = parse_plain_prose(
      "The Partnership met four times.\nIt agreed the plan \xE2\x80\x93 costing \xC2\xA3"
      "12,000.\n\nHealth & Wellbeing is a priority.\n");
  REQUIRE(several.has_value());
  REQUIRE(several->size() == 2);
  CHECK(std::get<doc::text_run>((*several)[0].content[0]).text ==
        "The Partnership met four times. It agreed the plan \xE2\x80\x93 costing \xC2\xA3"
        "12,000.");
  CHECK(std::get<doc::text_run>((*several)[1].content[0]).text ==
        "Health & Wellbeing is a priority.");

  // Markup is left to cmark.
  CHECK_FALSE(parse_plain_prose("Some *emphasis*").has_value());
  CHECK_FALSE(parse_plain_prose("- a *list*").has_value());
  CHECK_FALSE(parse_plain_prose("- a list\n  - nested").has_value());
  CHECK_FALSE(parse_plain_prose("1. a list").has_value());
  CHECK_FALSE(parse_plain_prose("hard  \nbreak").has_value());

  // Bullet lists of plain items, as achievements and actions are written.
  auto list = parse_plain_prose(
      "Achievements:\n- Service targets met for the year\n- Joint campaign run\n");
  REQUIRE(list.has_value());
  REQUIRE(list->size() == 2);
  CHECK((*list)[0].what == prose_block::kind::paragraph);
  REQUIRE((*list)[1].what == prose_block::kind::list);
  CHECK_FALSE((*list)[1].ordered);
  REQUIRE((*list)[1].items.size() == 2);
  REQUIRE((*list)[1].items[1].size() == 1);
  CHECK(std::get<doc::text_run>((*list)[1].items[1][0].content[0]).text == "Joint campaign run");
}
