// SPDX-License-Identifier: MIT
// The XLSX reader: each cell type and each odd case real workbooks hold,
// and the hostile workbooks it must refuse.
#include <doctest/doctest.h>

#include <string>

#include "ingest/workbook_readers.hpp"
#include "sheet_fixtures.hpp"
#include "support/raw_zip.hpp"

using namespace cp;
using ingest::read_xlsx;

namespace {

ingest::sheet read(const std::string& bytes, diagnostics& notes, const std::string& sheet = "") {
  return read_xlsx(bytes, "t.xlsx", sheet, notes);
}

std::string dump_of(const std::string& bytes) {
  diagnostics notes;
  return test::dump(read(bytes, notes));
}

std::string error_of(const std::string& bytes, const ingest::sheet_limits& limits = {},
                     const std::string& sheet = "") {
  diagnostics notes;
  try {
    read_xlsx(bytes, "t.xlsx", sheet, notes, limits);
  } catch (const ingest::sheet_error& e) {
    return e.what();
  }
  return "(no error)";
}

// A date format (cellXfs index 1: built-in 14), a custom one (index 2) and
// a time (index 3).
const std::string date_styles =
    R"(<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts>)"
    R"(<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="20"/></cellXfs>)";

}  // namespace

TEST_CASE("xlsx: shared and inline strings, numbers, booleans and errors") {
  std::string sst = R"(<si><t>Priority</t></si><si><t xml:space="preserve"> padded </t></si>)";
  std::string data =
      R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>inline</t></is></c></row>)"
      R"(<row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>2.5</v></c><c r="C2" t="n"><v>-1E3</v></c></row>)"
      R"(<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="b"><v>0</v></c><c r="C3" t="e"><v>#N/A</v></c></row>)"
      R"(<row r="4"><c r="A4" t="s"><v>1</v></c></row>)";
  CHECK(dump_of(test::xlsx_of(data, sst)) ==
        "A1=text:Priority\nB1=text:inline\nA2=number:3\nB2=number:2.5\nC2=number:-1000\n"
        "A3=boolean:true\nB3=boolean:false\nC3=error:#N/A\nA4=text: padded \n");
}

TEST_CASE("xlsx: rich text runs keep bold and italic") {
  std::string sst =
      R"(<si><r><t xml:space="preserve">Agree </t></r><r><rPr><b/><sz val="11"/></rPr><t>now</t></r>)"
      R"(<r><rPr><i/></rPr><t xml:space="preserve"> or </t></r><r><rPr><b val="0"/></rPr><t>later</t></r>)"
      R"(<rPh sb="0" eb="1"><t>phonetic</t></rPh></si>)"
      R"(<si><r><rPr><b val="false"/></rPr><t>plain runs</t></r></si>)";
  std::string data = R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>)";
  CHECK(dump_of(test::xlsx_of(data, sst)) ==
        "A1=text:Agree now or later|Agree |bnow|i or |later\nB1=text:plain runs\n");
}

TEST_CASE("xlsx: dates in the 1900 and 1904 systems, as ISO text and as text") {
  std::string data =
      R"(<row r="1"><c r="A1" s="1"><v>40008</v></c><c r="B1" s="2"><v>40008.4375</v></c>)"
      R"(<c r="C1" s="1"><v>59</v></c><c r="D1" s="1"><v>61</v></c><c r="E1" s="3"><v>0.5</v></c></row>)"
      R"(<row r="2"><c r="A2" t="d"><v>2009-07-14T10:30:00</v></c><c r="B2" t="inlineStr"><is><t>14/07/2009</t></is></c>)"
      R"(<c r="C2" t="inlineStr"><is><t>31/02/2009</t></is></c><c r="D2" s="0"><v>40008</v></c></row>)";
  CHECK(dump_of(test::xlsx_of(data, "", date_styles)) ==
        "A1=date:2009-07-14\nB1=date:2009-07-14 10:30\nC1=date:1900-02-28\nD1=date:1900-03-01\n"
        "E1=text:12:00\nA2=date:2009-07-14 10:30\nB2=date:2009-07-14\nC2=text:31/02/2009\n"
        "D2=number:40008\n");
  test::xlsx_parts p;
  p.workbook_pr = R"(<workbookPr date1904="1"/>)";
  p.styles = date_styles;
  p.sheets.push_back({"Sheet1",
                      R"(<sheetData><row r="1"><c r="A1" s="1"><v>38546</v></c></row></sheetData>)",
                      ""});
  CHECK(dump_of(test::xlsx(p)) == "A1=date:2009-07-14\n");
  // 29 February 1900 never was; Excel shows serial 60 as it.
  CHECK(error_of(
            test::xlsx_of(R"(<row r="3"><c r="B3" s="1"><v>60</v></c></row>)", "", date_styles)) ==
        "t.xlsx:Sheet1!B3: 60 is formatted as a date but is not one a sheet can show");
}

TEST_CASE("xlsx: formulas give their saved results") {
  std::string data =
      R"(<row r="1"><c r="A1"><f>1+2</f><v>3</v></c><c r="B1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>)"
      R"(<c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D1"><f>SUM(A1:A2)</f></c><c r="E1" t="str"><f>""</f><v></v></c></row>)";
  CHECK(dump_of(test::xlsx_of(data)) == "A1=number:3\nB1=text:ab\nC1=error:#DIV/0!\nD1=error:\n");
}

TEST_CASE("xlsx: line breaks in cells are kept, escaped characters decoded") {
  std::string sst = R"(<si><t>first_x000D_
second</t></si><si><t>a_x005F_x000D_b</t></si>)";
  CHECK(dump_of(test::xlsx_of(
            R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>)", sst)) ==
        "A1=text:first\nsecond\nB1=text:a_x000D_b\n");
}

TEST_CASE("xlsx: merged cells fill their range, clipped to the rows and columns in use") {
  std::string data =
      R"(<row r="2"><c r="A2" t="inlineStr"><is><t>R1</t></is></c><c r="B2"><v>1</v></c></row>)"
      R"(<row r="3"><c r="B3"><v>2</v></c></row><row r="4"><c r="B4"><v>3</v></c></row>)"
      R"(<row r="6"><c r="B6"><v>4</v></c></row>)";
  test::xlsx_parts p;
  p.sheets.push_back(
      {"Sheet1",
       "<sheetData>" + data +
           R"(</sheetData><mergeCells count="2"><mergeCell ref="A2:A4"/><mergeCell ref="B6:XFD1048576"/></mergeCells>)",
       ""});
  CHECK(dump_of(test::xlsx(p)) ==
        "A2=text:R1\nB2=number:1\nA3=text:R1\nB3=number:2\nA4=text:R1\nB4=number:3\nB6=number:4\n");
}

TEST_CASE("xlsx: hidden rows and sheets are skipped with a note, blank rows dropped") {
  test::xlsx_parts p;
  p.sheets.push_back({"Lookups", "<sheetData/>", "hidden"});
  p.sheets.push_back(
      {"Plan",
       R"(<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row>)"
       R"(<row r="2" hidden="1"><c r="A2"><v>2</v></c></row><row r="3" hidden="true"><c r="A3"><v>3</v></c></row>)"
       R"(<row r="4"><c r="A4"><v>4</v></c><c r="B4" s="0"/></row><row r="5" hidden="1"/>)"
       R"(<row r="6"><c r="A6" t="inlineStr"><is><t></t></is></c></row><row r="1048576"><c r="C1048576" s="0"/></row></sheetData>)",
       ""});
  p.sheets.push_back({"Secret", "<sheetData/>", "veryHidden"});
  diagnostics notes;
  auto s = read(test::xlsx(p), notes);
  CHECK(s.name == "Plan");
  CHECK(test::dump(s) == "A1=number:1\nA4=number:4\n");
  CHECK(notes.to_string() ==
        "t.xlsx: warning: sheet \"Lookups\" is hidden; it was not read\n"
        "t.xlsx: warning: sheet \"Secret\" is hidden; it was not read\n"
        "t.xlsx:Plan!2:2: warning: rows 2 to 3 are hidden; their values were left out");
  CHECK(error_of(test::xlsx(p), {}, "Lookups") ==
        "t.xlsx: sheet \"Lookups\" is hidden; unhide it in the workbook to read it");
  CHECK(error_of(test::xlsx(p), {}, "Plans") ==
        "t.xlsx: the workbook has no sheet \"Plans\"; did you mean \"Plan\"?");
  CHECK(error_of(test::xlsx(p), {}, "Budget") ==
        "t.xlsx: the workbook has no sheet \"Budget\" (its sheets: Lookups, Plan, Secret)");
}

TEST_CASE("xlsx: cells without references follow the one before") {
  CHECK(
      dump_of(test::xlsx_of(
          R"(<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row><c><v>7</v></c></row>)")) ==
      "A1=number:1\nB1=number:2\nE1=number:5\nF1=number:6\nA2=number:7\n");
}

TEST_CASE("xlsx: a sheet claiming a million rows costs only its values") {
  // The dimension, a last row at 1,048,576 and a merge over everything
  // are claims; two cells hold values.
  test::xlsx_parts p;
  p.sheets.push_back(
      {"Sheet1",
       R"(<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row>)"
       R"(<row r="1048576" spans="1:16384"><c r="XFD1048576"><v>2</v></c></row></sheetData>)"
       R"(<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>)",
       ""});
  diagnostics notes;
  auto s = read(test::xlsx(p), notes);
  REQUIRE(s.rows.size() == 2);
  // The merge fills the two rows with values, to the last column in use.
  CHECK(s.rows[0].cells.size() == 16384);
  CHECK(s.rows[1].cells.size() == 16384);
  CHECK(s.find(1048576, 16384)->number == 2);  // its own value stays
}

TEST_CASE("xlsx: hostile and broken workbooks are refused with the reason") {
  CHECK(error_of("not a zip at all") == "t.xlsx: not a readable XLSX workbook (Not a zip archive)");
  CHECK(error_of(test::raw_zip({test::stored("../../evil.xml", "x")})) ==
        "t.xlsx: entry \"../../evil.xml\" would be written outside the package");
  std::string zeros(8u << 20, '\0');
  std::string bomb = error_of(test::raw_zip({test::deflated("xl/worksheets/sheet1.xml", zeros)}));
  CHECK(bomb.starts_with("t.xlsx: entry \"xl/worksheets/sheet1.xml\" expands "));
  CHECK(bomb.ends_with(" times, more than the limit of 1000 (a zip bomb?)"));
  CHECK(
      error_of(test::raw_zip({test::stored("content.xml", "x"), test::stored("mimetype", "y")})) ==
      "t.xlsx: this is an OpenDocument file, not an XLSX workbook; name it .ods");

  std::string laughs =
      R"(<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">)"
      R"(<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>)"
      R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&d;&d;&d;&d;</t></si></sst>)";
  CHECK(error_of(test::xlsx_of(R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)", laughs)) ==
        "t.xlsx: xl/sharedStrings.xml: a DOCTYPE is not allowed here");

  test::xlsx_parts linked;
  linked.sheets.push_back({"Sheet1", "<sheetData/>", ""});
  linked.extra.push_back({"xl/externalLinks/externalLink1.xml", "<externalLink/>"});
  CHECK(error_of(test::xlsx(linked)) ==
        "t.xlsx: the workbook links to other workbooks (xl/externalLinks/externalLink1.xml), whose "
        "values it holds only as they were when it was last saved; break the links (in Excel: "
        "Data > Edit Links > Break Link) and save it again");

  CHECK(error_of(test::xlsx_of(R"(<row r="1"><c r="A1" t="s"><v>7</v></c></row>)",
                               "<si><t>x</t></si>")) ==
        "t.xlsx:Sheet1!A1: the cell refers to shared string 7, which the workbook does not hold");
  CHECK(error_of(test::xlsx_of(R"(<row r="1"><c r="A1"><v>abc</v></c></row>)")) ==
        "t.xlsx:Sheet1!A1: \"abc\" is not a number");
  CHECK(
      error_of(test::xlsx_of(R"(<row r="1"><c r="A1"><v>1</v></c><c r="A1"><v>2</v></c></row>)")) ==
      "t.xlsx:Sheet1!A1: the cell is given twice in the file");
  CHECK(error_of(test::xlsx_of(R"(<row r="2000000"><c r="A2000000"><v>1</v></c></row>)")) ==
        "t.xlsx:Sheet1: the sheet has a value in row 2000000, past the last row a sheet can have "
        "(1048576)");
  CHECK(
      error_of(test::xlsx_of(R"(<row r="1"><c r="A1"><v>1</v></row>)")) ==
      "t.xlsx: xl/worksheets/sheet1.xml:1:240: Opening and ending tag mismatch: c line 1 and row");

  ingest::sheet_limits few;
  few.max_cells = 3;
  CHECK(
      error_of(
          test::xlsx_of(
              R"(<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>1</v></c><c r="C1"><v>1</v></c><c r="D1"><v>1</v></c></row>)"),
          few) ==
      "t.xlsx:Sheet1: the sheet has more than 3 cells with a value; refusing to read further");
}

TEST_CASE("the file's extension chooses the reader") {
  diagnostics notes;
  auto error = [&](const std::string& name, const std::string& sheet = "") {
    try {
      ingest::read_table_file("a,b\n", name, sheet, notes);
    } catch (const ingest::sheet_error& e) {
      return std::string(e.what());
    }
    return std::string("(no error)");
  };
  CHECK(error("old.xls") ==
        "old.xls: an Excel 97-2003 workbook (.xls) cannot be read; save it as an Excel Workbook "
        "(.xlsx)");
  CHECK(error("a.xlsb").find("Excel Binary Workbook") != std::string::npos);
  CHECK(error("notes.txt") == "notes.txt: a table is read from an .xlsx, .ods or .csv file");
  CHECK(error("plan.csv", "Sheet1") ==
        "plan.csv: a CSV file has no sheets, so it cannot have sheet \"Sheet1\"; leave the sheet "
        "out");
  CHECK(error("Plan.CSV") == "(no error)");
  CHECK(error("plan.xlsx") == "plan.xlsx: not a readable XLSX workbook (Not a zip archive)");
  CHECK(error("plan.ods") == "plan.ods: not a readable ODS spreadsheet (Not a zip archive)");
}
