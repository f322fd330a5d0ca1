// SPDX-License-Identifier: MIT
// docProps: core, extended (app) and custom properties.
#include <doctest/doctest.h>

#include "docx/docx_writer.hpp"
#include "docx_fixture.hpp"

using namespace cp;

TEST_CASE("core properties come from the metadata, dates typed W3CDTF") {
  test::docx_parts p(docx::build_docx(test::showcase(), test::council_style()));
  const char* core = "docProps/core.xml";
  CHECK(p.eval(core, "string(//dc:title)") == "Partnership Mapping & Evaluation");
  CHECK(p.eval(core, "string(//dc:subject)") == "Committee paper: style sampler");
  CHECK(p.eval(core, "string(//dc:creator)") == "Robert Bailey");
  CHECK(p.eval(core, "string(//cp:lastModifiedBy)") == "Robert Bailey");
  CHECK(p.eval(core, "string(//cp:keywords)") == "partnerships, evaluation, committee paper");
  CHECK(p.eval(core, "string(//dc:description)") ==
        "Every construct the document engine supports, in the house style.");
  CHECK(p.eval(core, "string(//dc:language)") == "en-GB");
  CHECK(p.eval(core, "string(//dcterms:created)") == "2009-07-01T09:00:00Z");
  CHECK(p.eval(core, "string(//dcterms:modified)") == "2009-07-14T16:30:00Z");
  CHECK(p.eval(core, "string(//dcterms:created/@*[local-name()='type'])") == "dcterms:W3CDTF");
}

TEST_CASE("unset dates and empty fields are left out") {
  doc::document d = test::small_document();
  d.meta.created.clear();
  test::docx_parts p(docx::build_docx(d, test::council_style()));
  CHECK(p.count("docProps/core.xml", "//dcterms:created") == 0);
  CHECK(p.count("docProps/core.xml", "//dcterms:modified") == 0);
  CHECK(p.count("docProps/core.xml", "//dc:subject") == 0);
  CHECK(p.count("docProps/core.xml", "//cp:keywords") == 0);
}

TEST_CASE("the application is named in app.xml") {
  test::docx_parts p(docx::build_docx(test::small_document(), test::council_style()));
  CHECK(p.eval("docProps/app.xml",
               "string(/*[local-name()='Properties']/*[local-name()='Application'])") ==
        "Committee Papers");
}

TEST_CASE("custom properties are strings with the user-defined fmtid, pids from 2") {
  test::docx_parts p(docx::build_docx(test::showcase(), test::council_style()));
  const char* custom = "docProps/custom.xml";
  auto props = xml::select(p.xml(custom), "/op:Properties/op:property");
  REQUIRE(props.size() == 3);
  CHECK(p.eval(custom, "string(/op:Properties/op:property[1]/@name)") == "Status");
  CHECK(p.eval(custom, "string(/op:Properties/op:property[1]/@pid)") == "2");
  CHECK(p.eval(custom, "string(/op:Properties/op:property[3]/@pid)") == "4");
  CHECK(p.eval(custom, "string(/op:Properties/op:property[3]/vt:lpwstr)") ==
        "Budget & Performance Panel");
  CHECK(p.count(custom, "//op:property[@fmtid='{D5CDD505-2E9C-101B-9397-08002B2CF9AE}']") == 3);
}

TEST_CASE("the font table lists the fonts the styles use") {
  test::docx_parts p(docx::build_docx(test::small_document(), test::council_style()));
  CHECK(p.count("word/fontTable.xml", "/w:fonts/w:font") == 1);
  CHECK(p.count("word/fontTable.xml", "/w:fonts/w:font[@w:name='Arial']") == 1);
}

TEST_CASE("settings elements come in the schema's order") {
  test::docx_parts p(docx::build_docx(test::small_document(), test::council_style()));
  std::vector<std::string> names;
  for (xmlNode* n : xml::select(p.xml("word/settings.xml"), "/w:settings/*"))
    names.emplace_back(reinterpret_cast<const char*>(n->name));
  CHECK(names == std::vector<std::string>{"zoom", "defaultTabStop", "characterSpacingControl",
                                          "updateFields", "compat", "themeFontLang",
                                          "decimalSymbol", "listSeparator"});
  CHECK(p.eval("word/settings.xml",
               "string(//w:compatSetting[@w:name='compatibilityMode']/@w:val)") == "15");
}
