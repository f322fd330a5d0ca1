// SPDX-License-Identifier: MIT
// The ODS reader: each cell type, repeated rows and columns, spans, hidden
// rows and tables, and the workbooks it must refuse.
#include <doctest/doctest.h>

#include <string>

#include "ingest/workbook_readers.hpp"
#include "sheet_fixtures.hpp"
#include "support/raw_zip.hpp"

using namespace cp;

namespace {

std::string table(const std::string& name, const std::string& rows, const std::string& style = "") {
  return "<table:table table:name=\"" + name + "\"" +
         (style.empty() ? "" : " table:style-name=\"" + style + "\"") + ">" +
         "<table:table-column table:number-columns-repeated=\"1024\"/>" + rows + "</table:table>";
}

std::string error_of(const std::string& bytes, const std::string& sheet = "",
                     const ingest::sheet_limits& limits = {}) {
  diagnostics notes;
  try {
    ingest::read_ods(bytes, "t.ods", sheet, notes, limits);
  } catch (const ingest::sheet_error& e) {
    return e.what();
  }
  return "(no error)";
}

std::string dump_of(const std::string& bytes, const std::string& sheet = "") {
  diagnostics notes;
  return test::dump(ingest::read_ods(bytes, "t.ods", sheet, notes));
}

const std::string styles =
    R"(<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>)"
    R"(<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>)"
    R"(<style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>)";

}  // namespace

TEST_CASE("ods: each value type") {
  std::string rows =
      R"(<table:table-row><table:table-cell office:value-type="string" calcext:value-type="string"><text:p>Priority</text:p></table:table-cell>)"
      R"(<table:table-cell office:value-type="float" office:value="3" calcext:value-type="float"><text:p>3</text:p></table:table-cell>)"
      R"(<table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25%</text:p></table:table-cell>)"
      R"(<table:table-cell office:value-type="currency" office:currency="GBP" office:value="12.5"><text:p>£12.50</text:p></table:table-cell></table:table-row>)"
      R"(<table:table-row><table:table-cell office:value-type="date" office:date-value="2009-07-14"><text:p>14/07/09</text:p></table:table-cell>)"
      R"(<table:table-cell office:value-type="date" office:date-value="2009-07-14T10:30:00"><text:p>x</text:p></table:table-cell>)"
      R"(<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>)"
      R"(<table:table-cell office:value-type="time" office:time-value="PT10H30M00S"><text:p>10:30</text:p></table:table-cell>)"
      R"(<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>)"
      R"(<table:table-cell office:value-type="string" office:string-value="from &amp; the attribute"><text:p>shown</text:p></table:table-cell></table:table-row>)"
      R"(<table:table-row><table:table-cell><text:p>14/07/2009</text:p></table:table-cell>)"
      R"(<table:table-cell table:formula="of:=1+2" office:value-type="float" office:value="3"><text:p>3</text:p></table:table-cell></table:table-row>)";
  CHECK(dump_of(test::ods(table("Sheet1", rows))) ==
        "A1=text:Priority\nB1=number:3\nC1=number:0.25\nD1=number:12.5\nA2=date:2009-07-14\n"
        "B2=date:2009-07-14 10:30\nC2=boolean:true\nD2=text:10:30\nE2=error:#DIV/0!\n"
        "F2=text:from & the attribute\nA3=date:2009-07-14\nB3=number:3\n");
}

TEST_CASE("ods: spaces, tabs, line breaks, paragraphs and bold or italic spans") {
  std::string rows =
      R"(<table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d</text:p><text:p>second</text:p></table:table-cell>)"
      R"(<table:table-cell office:value-type="string"><text:p>Agree <text:span text:style-name="T1">now</text:span><text:span text:style-name="T2"> or <text:span text:style-name="T1">never</text:span></text:span></text:p></table:table-cell>)"
      R"(<table:table-cell office:value-type="string"><office:annotation><text:p>a comment</text:p></office:annotation><text:p><text:a xlink:href="https://example.org">a link</text:a></text:p></table:table-cell></table:table-row>)";
  CHECK(dump_of(test::ods(table("Sheet1", rows), styles)) ==
        "A1=text:a   b\tc\nd\nsecond\nB1=text:Agree now or never|Agree |bnow|i or "
        "|binever\nC1=text:a link\n");
}

TEST_CASE("ods: repeated rows and columns are counted, not copied, unless they hold a value") {
  std::string rows =
      R"(<table:table-row><table:table-cell table:number-columns-repeated="2" office:value-type="float" office:value="7"/>)"
      R"(<table:table-cell table:number-columns-repeated="16380"/><table:table-cell office:value-type="float" office:value="9"/></table:table-row>)"
      R"(<table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="string"><text:p>same</text:p></table:table-cell></table:table-row>)"
      R"(<table:table-row table:number-rows-repeated="1048571"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>)"
      R"(<table:table-row table:number-rows-repeated="2147483647"><table:table-cell table:number-columns-repeated="2147483647"/></table:table-row>)";
  diagnostics notes;
  auto s = ingest::read_ods(test::ods(table("Sheet1", rows)), "t.ods", "", notes);
  CHECK(test::dump(s) == "A1=number:7\nB1=number:7\nXFC1=number:9\nA2=text:same\nA3=text:same\n");
  // A value repeated past the limits is refused, not built.
  std::string hostile =
      R"(<table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="1000" office:value-type="float" office:value="1"/></table:table-row>)";
  CHECK(
      error_of(test::ods(table("Sheet1", hostile))) ==
      "t.ods:Sheet1: the sheet has more than 1000000 cells with a value; refusing to read further");
  std::string far =
      R"(<table:table-row table:number-rows-repeated="1048576"/><table:table-row><table:table-cell office:value-type="float" office:value="1"/></table:table-row>)";
  CHECK(error_of(test::ods(table("Sheet1", far))) ==
        "t.ods:Sheet1: the sheet has a value in row 1048577, past the last row a sheet can have "
        "(1048576)");
  std::string spaces =
      R"(<table:table-row><table:table-cell office:value-type="string"><text:p><text:s text:c="2000000000"/></text:p></table:table-cell></table:table-row>)";
  CHECK(error_of(test::ods(table("Sheet1", spaces))) ==
        "t.ods: content.xml: a cell in row 1 holds more than 1048576 bytes of text");
}

TEST_CASE("ods: spanned cells fill their range, hidden rows and tables are noted") {
  std::string rows =
      R"(<table:table-header-rows><table:table-row><table:table-cell office:value-type="string"><text:p>Key</text:p></table:table-cell></table:table-row></table:table-header-rows>)"
      R"(<table:table-row><table:table-cell table:number-rows-spanned="2" office:value-type="string"><text:p>R1</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="1"/></table:table-row>)"
      R"(<table:table-row><table:covered-table-cell/><table:table-cell office:value-type="float" office:value="2"/></table:table-row>)"
      R"(<table:table-row table:visibility="collapse" table:number-rows-repeated="2"><table:table-cell office:value-type="float" office:value="3"/></table:table-row>)"
      R"(<table:table-row table:visibility="filter"><table:table-cell/></table:table-row>)"
      R"(<table:table-row><table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>wide</text:p></table:table-cell><table:covered-table-cell/></table:table-row>)";
  std::string tables = table("Hidden", "", "ta2") + table("Plan", rows) + table("Other", "");
  diagnostics notes;
  auto s = ingest::read_ods(test::ods(tables, styles), "t.ods", "", notes);
  CHECK(s.name == "Plan");
  CHECK(test::dump(s) ==
        "A1=text:Key\nA2=text:R1\nB2=number:1\nA3=text:R1\nB3=number:2\nA7=text:wide\nB7=text:"
        "wide\n");
  CHECK(notes.to_string() ==
        "t.ods: warning: sheet \"Hidden\" is hidden; it was not read\n"
        "t.ods:Plan!4:4: warning: rows 4 to 5 are hidden; their values were left out");
  CHECK(dump_of(test::ods(tables, styles), "Other") == "");
  CHECK(
      dump_of(
          test::ods(table(
              "R&amp;D",
              R"(<table:table-row><table:table-cell office:value-type="float" office:value="1"/></table:table-row>)")),
          "R&D") == "A1=number:1\n");
  CHECK(error_of(test::ods(tables, styles), "Hidden") ==
        "t.ods: sheet \"Hidden\" is hidden; unhide it in the workbook to read it");
  CHECK(error_of(test::ods(tables, styles), "plan") ==
        "t.ods: the workbook has no sheet \"plan\"; did you mean \"Plan\"?");
  CHECK(error_of(test::ods(table("Only", "", "ta2"), styles)) ==
        "t.ods: every sheet of the workbook is hidden");
}

TEST_CASE("ods: hostile and broken spreadsheets are refused with the reason") {
  CHECK(error_of("PK not really") == "t.ods: not a readable ODS spreadsheet (Not a zip archive)");
  CHECK(
      error_of(test::raw_zip({test::stored("mimetype", "application/vnd.oasis.opendocument.text"),
                              test::stored("content.xml", "<x/>")})) ==
      "t.ods: not an ODS spreadsheet: its mimetype is \"application/vnd.oasis.opendocument.text\"");
  CHECK(error_of(test::raw_zip(
            {test::stored("[Content_Types].xml", "x"), test::stored("xl/workbook.xml", "x")})) ==
        "t.ods: this is an XLSX workbook, not an OpenDocument spreadsheet; name it .xlsx");
  CHECK(
      error_of(test::ods(table(
          "Linked",
          R"(<table:table-source xlink:href="file:///etc/other.ods" table:table-name="Sheet1"/>)"))) ==
      "t.ods: the workbook links to other files (a linked sheet or DDE link), whose values it "
      "holds only as they were when it was last saved; break the links (in LibreOffice: Edit > "
      "Links to External Files > Break Link) and save it again");
  CHECK(
      error_of(test::ods(table(
          "S",
          R"(<table:table-row><table:table-cell office:value-type="float" office:value="x"/></table:table-row>)"))) ==
      "t.ods: content.xml: a cell in row 1 holds \"x\", which is not a number");
  std::string doctype = test::raw_zip(
      {test::stored("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
       test::stored("content.xml",
                    R"(<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>)")});
  CHECK(error_of(doctype) == "t.ods: content.xml: a DOCTYPE is not allowed here");
  CHECK(error_of(test::ods("")) == "t.ods: the workbook has no sheets");
}
