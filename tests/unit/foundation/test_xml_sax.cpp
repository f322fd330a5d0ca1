// SPDX-License-Identifier: MIT
// xml::sax_parse: events in order, attributes read in place, the safety of
// xml::parse (no DOCTYPE, no entities), and a handler's exception out.
#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "util/error.hpp"
#include "xml/xml_sax.hpp"

using namespace cp;

namespace {

struct recorder : xml::sax_handler {
  std::string log;
  bool throw_at_b = false;
  void start(std::string_view ns, std::string_view local, const xml::sax_attributes& a) override {
    if (throw_at_b && local == "b") throw std::runtime_error("stop at b");
    log += "<" + std::string(local);
    if (!ns.empty()) log += "{" + std::string(ns) + "}";
    for (int i = 0; i < a.size(); ++i)
      log += " " + std::string(a[i].local) + "=" + std::string(a[i].value);
    if (auto x = a.find("urn:n", "x")) log += " [x:" + std::string(*x) + "]";
    if (auto y = a.find_local("y")) log += " [y:" + std::string(*y) + "]";
    log += ">";
  }
  void end(std::string_view, std::string_view local) override {
    log += "</" + std::string(local) + ">";
  }
  void text(std::string_view chars) override { log += std::string(chars); }
};

}  // namespace

TEST_CASE("sax: elements, attributes and text in document order") {
  recorder r;
  xml::sax_parse(
      R"(<?xml version="1.0"?><a xmlns:n="urn:n" n:x="1 &amp; 2" y="&lt;&#38;#38;"><b>t&amp;u<![CDATA[<c>]]></b><c/></a>)",
      "t.xml", r);
  CHECK(r.log == "<a x=1 & 2 y=<&#38; [x:1 & 2] [y:<&#38;]><b>t&u<c></b><c></c></a>");
}

TEST_CASE("sax: a DOCTYPE, an unknown entity and broken markup are refused") {
  recorder r;
  CHECK_THROWS_WITH_AS(
      xml::sax_parse(R"(<?xml version="1.0"?><!-- x --><!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>)",
                     "d.xml", r),
      "d.xml: a DOCTYPE is not allowed here", error);
  CHECK_THROWS_WITH_AS(xml::sax_parse("<a>&e;</a>", "e.xml", r),
                       "e.xml:1:7: Entity 'e' not defined", error);
  CHECK_THROWS_WITH_AS(xml::sax_parse("<a><b></a>", "m.xml", r),
                       "m.xml:1:11: Opening and ending tag mismatch: b line 1 and a", error);
}

TEST_CASE("sax: an exception a handler throws stops the parse and comes out") {
  recorder r;
  r.throw_at_b = true;
  CHECK_THROWS_WITH_AS(xml::sax_parse("<a><b/><c/></a>", "h.xml", r), "stop at b",
                       std::runtime_error);
  CHECK(r.log == "<a>");
}
