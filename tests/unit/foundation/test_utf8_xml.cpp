// SPDX-License-Identifier: MIT
// The XML writer and the character filter: nothing from input can break a part.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "util/error.hpp"
#include "util/utf8.hpp"
#include "xml/xml_reader.hpp"
#include "xml/xml_writer.hpp"

using namespace cp;

TEST_CASE("find_problem names what XML cannot hold") {
  CHECK_FALSE(utf8::find_problem("plain text, tabs\tand\nnewlines, £ and — and 😀"));
  CHECK(utf8::find_problem(std::string("bell\x07", 5))->description == "control character U+0007");
  CHECK(utf8::find_problem(std::string("nul\0x", 5))->description == "control character U+0000");
  CHECK(utf8::find_problem("\xEF\xBF\xBE")->description == "non-character U+FFFE");
  CHECK(utf8::find_problem("\xED\xA0\x80")->description == "surrogate code point U+D800");
  CHECK(utf8::find_problem("bad \xC3")->description == "invalid UTF-8");
  CHECK(utf8::find_problem("overlong \xC0\xAF")->description == "invalid UTF-8");
  CHECK(utf8::find_problem("ab\x01")->offset == 2);
}

TEST_CASE("to_xml_safe replaces forbidden sequences with U+FFFD") {
  CHECK(utf8::to_xml_safe("ok") == "ok");
  CHECK(utf8::to_xml_safe(std::string("a\x01"
                                      "b",
                                      3)) ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(utf8::to_xml_safe("x\xC3") == "x\xEF\xBF\xBD");
}

TEST_CASE("the writer escapes text and attributes and closes elements") {
  xml::writer w(false);
  w.open("p").attr("title", "a \"quoted\" <b> & c\td").text("1 < 2 & ]]> </w:t> {{x}}");
  w.open("br").close();
  w.close();
  std::string out = w.finish();
  CHECK(
      out ==
      "<p title=\"a &quot;quoted&quot; &lt;b&gt; &amp; c&#9;d\">1 &lt; 2 &amp; ]]&gt; &lt;/w:t&gt; "
      "{{x}}<br/></p>");
  // And the result parses back to the same text.
  auto doc = xml::parse(out, "test");
  CHECK(xml::evaluate(doc.get(), "string(/p)") == "1 < 2 & ]]> </w:t> {{x}}");
  CHECK(xml::evaluate(doc.get(), "string(/p/@title)") == "a \"quoted\" <b> & c\td");
}

TEST_CASE("end tags and attributes survive the buffer growing under them") {
  // The end tag copies its name from earlier in the buffer; elements opened
  // before each growth (256 bytes, then doubling) must still close right.
  xml::writer w(false);
  std::string expected;
  for (int depth = 0; depth < 40; ++depth) {
    std::string name = "level" + std::to_string(depth) + std::string(depth % 7, 'x');
    w.open(name).attr("n", depth).attr("v", std::string(depth * 3, 'a'));
    expected += "<" + name + " n=\"" + std::to_string(depth) + "\" v=\"" +
                std::string(depth * 3, 'a') + "\">";
    w.text(std::string(depth, 'y'));
    expected += std::string(depth, 'y');
  }
  for (int depth = 39; depth >= 0; --depth) {
    w.close();
    expected += "</level" + std::to_string(depth) + std::string(depth % 7, 'x') + ">";
  }
  CHECK(w.finish() == expected);
  CHECK(xml::writer(false).finish().empty());
  CHECK(xml::escape_text("") == "");
  CHECK(xml::escape_attribute("plain") == "plain");
  CHECK(xml::writer(false).open("e").attr("i", -12).close().finish() == "<e i=\"-12\"/>");
}

TEST_CASE("the writer never emits characters XML forbids") {
  xml::writer w;
  w.open("t").text(std::string("x\x0By\x1F", 4)).close();
  std::string out = w.finish();
  CHECK(out.find('\x0B') == std::string::npos);
  CHECK_NOTHROW(xml::parse(out, "test"));
}

namespace {

// Escaping as the writer first did it, in two passes: repair the whole text,
// then replace each character that needs it. The one-pass writer must agree.
std::string escaped_in_two_passes(std::string_view raw, bool attribute) {
  std::string safe = utf8::to_xml_safe(raw);
  std::string out;
  for (char c : safe) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '\r')
      out += "&#13;";
    else if (attribute && c == '"')
      out += "&quot;";
    else if (attribute && c == '\t')
      out += "&#9;";
    else if (attribute && c == '\n')
      out += "&#10;";
    else
      out += c;
  }
  return out;
}

}  // namespace

TEST_CASE("one-pass escaping agrees with repairing first, then escaping, on any bytes") {
  // Pieces that exercise every branch: plain ASCII, each escaped character,
  // allowed controls, forbidden controls, DEL, well-formed multi-byte text,
  // a non-character, a surrogate, overlong and truncated sequences.
  const std::vector<std::string> pieces = {"a",
                                           "Council ",
                                           "&",
                                           "<",
                                           ">",
                                           "\"",
                                           "'",
                                           "\t",
                                           "\n",
                                           "\r",
                                           std::string(1, '\0'),
                                           "\x01",
                                           "\x1f",
                                           "\x7f",
                                           "£",
                                           "—",
                                           "😀",
                                           "\xEF\xBF\xBE",
                                           "\xED\xA0\x80",
                                           "\xC0\xAF",
                                           "\xC3",
                                           "\xE2\x80",
                                           "\x80",
                                           "\xF4\x90\x80\x80",
                                           "\xFF"};
  std::uint32_t seed = 12345;
  auto next = [&] {
    seed = seed * 1664525u + 1013904223u;
    return seed >> 8;
  };
  int checked = 0;
  for (int round = 0; round < 5000; ++round) {
    std::string raw;
    for (std::uint32_t k = next() % 12; k > 0; --k) raw += pieces[next() % pieces.size()];
    for (bool attribute : {false, true}) {
      std::string expected = escaped_in_two_passes(raw, attribute);
      std::string got = attribute ? xml::escape_attribute(raw) : xml::escape_text(raw);
      CHECK_MESSAGE(got == expected, "round ", round, (attribute ? " (attribute)" : " (text)"));
      ++checked;
    }
  }
  CHECK(checked == 10000);
  // Each forbidden sequence is replaced exactly once, wherever it stands.
  CHECK(xml::escape_text("a\x01<b\xC3") == "a\xEF\xBF\xBD&lt;b\xEF\xBF\xBD");
  CHECK(xml::escape_attribute("\"£\t\"") == "&quot;£&#9;&quot;");
}

TEST_CASE("read_back is what a parser reads from an escaped attribute value") {
  const std::vector<std::string> pieces = {"Council ",
                                           "&",
                                           "<",
                                           ">",
                                           "\"",
                                           "'",
                                           "\t",
                                           "\n",
                                           "\r",
                                           std::string(1, '\0'),
                                           "\x01",
                                           "\x7f",
                                           "£",
                                           "😀",
                                           "\xEF\xBF\xBE",
                                           "\xED\xA0\x80",
                                           "\xC3",
                                           "\x80"};
  std::uint32_t seed = 2026;
  auto next = [&] {
    seed = seed * 1664525u + 1013904223u;
    return seed >> 8;
  };
  int checked = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string raw;
    for (std::uint32_t k = next() % 10; k > 0; --k) raw += pieces[next() % pieces.size()];
    auto d = xml::parse("<a v=\"" + xml::escape_attribute(raw) + "\"/>", "read-back");
    std::string spill, scratch;
    std::string_view parsed = xml::attribute_in_place(xmlDocGetRootElement(d.get()), "v", spill);
    CHECK_MESSAGE(xml::read_back(raw, scratch) == parsed, "round ", round);
    ++checked;
  }
  CHECK(checked == 3000);
  std::string scratch;
  CHECK(xml::read_back("a & b", scratch).data() != scratch.data());  // no copy when nothing changes
  CHECK(xml::read_back("a\x01z", scratch) == "a\xEF\xBF\xBDz");
}

TEST_CASE("unbalanced writing is a programming error, not a broken part") {
  xml::writer w;
  w.open("a");
  CHECK_THROWS_AS(w.finish(), document_error);
  xml::writer w2;
  CHECK_THROWS_AS(w2.close(), document_error);
  xml::writer w3;
  w3.open("a").text("x");
  CHECK_THROWS_AS(w3.attr("b", "c"), document_error);
}

TEST_CASE("the reader refuses DOCTYPEs and reports where markup breaks") {
  CHECK_THROWS_WITH(xml::parse("<a><b></a>", "m.xml"), doctest::Contains("m.xml:1:"));
  std::string laughs =
      "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaa\"><!ENTITY b "
      "\"&a;&a;&a;&a;\">]><l>&b;</l>";
  CHECK_THROWS_WITH(xml::parse(laughs, "l.xml"), doctest::Contains("DOCTYPE"));
  std::string external =
      "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
  CHECK_THROWS(xml::parse(external, "x.xml"));
}
