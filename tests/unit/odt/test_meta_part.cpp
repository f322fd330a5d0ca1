// SPDX-License-Identifier: MIT
// meta.xml and settings.xml.
#include <doctest/doctest.h>

#include "odt_fixture.hpp"

using namespace cp;
using namespace cp::doc;

namespace {

document described() {
  document d = test::one_section({blk(para("body-text", text("x")))});
  d.meta.title = "Budget & Performance";
  d.meta.subject = "Committee paper";
  d.meta.author = "Robert Bailey";
  d.meta.keywords = {"partnerships", "evaluation"};
  d.meta.description = "A description";
  d.meta.created = "2009-07-01T09:00:00Z";
  d.meta.modified = "2009-07-14";
  d.meta.custom = {{"Status", "Draft"}, {"Committee", "Cabinet <main>"}};
  return d;
}

std::string meta_value(const package::zip_package& pkg, const std::string& xpath) {
  auto meta = test::parse_part(pkg, "meta.xml");
  return test::value(meta.get(), "string(" + xpath + ")");
}

}  // namespace

TEST_CASE("meta.xml holds the document properties") {
  package::zip_package pkg = odt::build_odt(described(), test::council_style());
  auto meta = test::parse_part(pkg, "meta.xml");
  xmlDoc* x = meta.get();
  const std::string m = "/office:document-meta/office:meta";
  CHECK(test::value(x, "string(/office:document-meta/@office:version)") == "1.3");
  CHECK(test::value(x, "string(" + m + "/meta:generator)") == "Committee Papers");
  CHECK(test::value(x, "string(" + m + "/dc:title)") == "Budget & Performance");
  CHECK(test::value(x, "string(" + m + "/dc:subject)") == "Committee paper");
  CHECK(test::value(x, "string(" + m + "/dc:description)") == "A description");
  CHECK(test::count(x, m + "/meta:keyword") == 2);
  CHECK(test::value(x, "string(" + m + "/meta:keyword[2])") == "evaluation");
  CHECK(test::value(x, "string(" + m + "/meta:initial-creator)") == "Robert Bailey");
  CHECK(test::value(x, "string(" + m + "/dc:creator)") == "Robert Bailey");
  CHECK(test::value(x, "string(" + m + "/dc:language)") == "en-GB");
  CHECK(test::value(x, "string(" + m + "/meta:creation-date)") == "2009-07-01T09:00:00Z");
  // A date alone becomes a valid xsd:dateTime.
  CHECK(test::value(x, "string(" + m + "/dc:date)") == "2009-07-14T00:00:00");
  CHECK(test::count(x, m + "/meta:user-defined") == 2);
  CHECK(test::value(x, "string(" + m + "/meta:user-defined[@meta:name='Committee'])") ==
        "Cabinet <main>");
  CHECK(test::value(x, "string(" + m + "/meta:user-defined[1]/@meta:value-type)") == "string");
  CHECK(test::value(x, "string(" + m + "/meta:user-defined[1]/@meta:name)") == "Status");
}

TEST_CASE("dates are written only when set and valid") {
  document d = described();
  d.meta.created.clear();
  d.meta.modified = "14 July 2009";
  package::zip_package pkg = odt::build_odt(d, test::council_style());
  CHECK(meta_value(pkg, "count(//meta:creation-date)") == "0");
  CHECK(meta_value(pkg, "count(//dc:date)") == "0");

  d.meta.created = "2009-07-01T09:30+01:00";
  d.meta.modified = "2009-13-01T00:00:00Z";  // no 13th month
  pkg = odt::build_odt(d, test::council_style());
  CHECK(meta_value(pkg, "//meta:creation-date") == "2009-07-01T09:30:00+01:00");
  CHECK(meta_value(pkg, "count(//dc:date)") == "0");
}

TEST_CASE("empty properties are left out") {
  document d = test::one_section({blk(para("body-text", text("x")))});
  d.meta = metadata{};
  package::zip_package pkg = odt::build_odt(d, test::council_style());
  CHECK(meta_value(pkg, "count(//dc:title | //dc:subject | //meta:keyword | //dc:creator)") == "0");
  CHECK(meta_value(pkg, "//meta:generator") == "Committee Papers");
}

TEST_CASE("settings.xml is a minimal settings document") {
  package::zip_package pkg = odt::build_odt(described(), test::council_style());
  auto settings = test::parse_part(pkg, "settings.xml");
  xmlDoc* x = settings.get();
  CHECK(test::value(x, "local-name(/*)") == "document-settings");
  CHECK(test::value(x, "string(/*/@office:version)") == "1.3");
  CHECK(test::value(x, "count(/*/office:settings/*[local-name()='config-item-set'])") == "1");
}
