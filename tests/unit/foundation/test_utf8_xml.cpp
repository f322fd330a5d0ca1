// SPDX-License-Identifier: MIT
// The XML writer and the character filter: nothing from input can break a part.
#include <doctest/doctest.h>

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

TEST_CASE("the writer never emits characters XML forbids") {
  xml::writer w;
  w.open("t").text(std::string("x\x0By\x1F", 4)).close();
  std::string out = w.finish();
  CHECK(out.find('\x0B') == std::string::npos);
  CHECK_NOTHROW(xml::parse(out, "test"));
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
