// SPDX-License-Identifier: MIT
// The CSV reader: RFC 4180 quoting, row numbers as a spreadsheet shows
// them, encodings, and the malformed files it refuses with the cell.
#include <doctest/doctest.h>

#include <string>

#include "ingest/workbook_readers.hpp"
#include "sheet_fixtures.hpp"

using namespace cp;

namespace {

std::string dump_of(const std::string& text, diagnostics& notes) {
  return test::dump(ingest::read_csv(text, "t.csv", notes));
}

std::string dump_of(const std::string& text) {
  diagnostics notes;
  return dump_of(text, notes);
}

std::string error_of(const std::string& text, const ingest::sheet_limits& limits = {}) {
  diagnostics notes;
  try {
    ingest::read_csv(text, "t.csv", notes, limits);
  } catch (const ingest::sheet_error& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("csv: quoting, embedded commas, quotes and line breaks") {
  CHECK(dump_of("Ref,Text,Priority\r\nR1,\"Agree, then act\",3\r\nR2,\"Say \"\"now\"\"\",\"2\"\r\n"
                "R3,\"two\r\nlines\",1\r\n") ==
        "A1=text:Ref\nB1=text:Text\nC1=text:Priority\nA2=text:R1\nB2=text:Agree, then act\n"
        "C2=text:3\nA3=text:R2\nB3=text:Say \"now\"\nC3=text:2\nA4=text:R3\nB4=text:two\nlines\n"
        "C4=text:1\n");
  // Spaces belong to the field; a final line without a line end counts.
  CHECK(dump_of(" a , b") == "A1=text: a \nB1=text: b\n");
}

TEST_CASE("csv: blank lines keep the row numbers a spreadsheet shows") {
  CHECK(dump_of("a\n\nb\r\n\r\nc\n,,\n\n") == "A1=text:a\nA3=text:b\nA5=text:c\n");
  CHECK(dump_of("a\rb\r") == "A1=text:a\nA2=text:b\n");
}

TEST_CASE("csv: dates written d/m/yyyy become dates, other text stays text") {
  CHECK(dump_of("14/07/2009,1/2/2010,2009-07-14,31/02/2009,14/07/09\n") ==
        "A1=date:2009-07-14\nB1=date:2010-02-01\nC1=text:2009-07-14\nD1=text:31/02/2009\n"
        "E1=text:14/07/09\n");
}

TEST_CASE("csv: UTF-8 with or without a byte order mark, Windows-1252 converted with a note") {
  diagnostics notes;
  CHECK(dump_of("\xEF\xBB\xBFR\xC3\xA9sum\xC3\xA9\n", notes) == "A1=text:R\xC3\xA9sum\xC3\xA9\n");
  CHECK(notes.items().empty());
  CHECK(dump_of("caf\xE9,\x93quoted\x94,\x80"
                "5\n",
                notes) ==
        "A1=text:caf\xC3\xA9\nB1=text:\xE2\x80\x9Cquoted\xE2\x80\x9D\nC1=text:\xE2\x82\xAC"
        "5\n");
  CHECK(
      notes.to_string() ==
      "t.csv:1:4: warning: the file is not UTF-8, so it was read as Windows-1252 (what Excel's "
      "\"CSV (Comma delimited)\" writes); save it as \"CSV UTF-8\" to be sure of every character");
}

TEST_CASE("csv: malformed files are refused naming the cell") {
  CHECK(error_of("a,b\nc,\"d\"e\n") ==
        "t.csv:B2: a quote mark in the middle of a field; quote the whole field (\"...\") and "
        "double each quote mark inside it (\"\")");
  CHECK(error_of("a,b\nc,d\"e\n") ==
        "t.csv:B2: a quote mark in the middle of a field; quote the whole field (\"...\") and "
        "double each quote mark inside it (\"\")");
  CHECK(error_of("a\n\"open,\nnever closed\n") ==
        "t.csv:A2: a quoted field is not closed: the file ends inside it");
  CHECK(error_of("\xFF\xFEr\0e\0", {}) ==
        "t.csv: the file is UTF-16 (\"Unicode text\"), not a CSV file we can read; save it as "
        "\"CSV UTF-8\"");
  CHECK(error_of(std::string("a\0b", 3)) ==
        "t.csv: the file holds NUL bytes, so it is not CSV text (UTF-16 without a byte order "
        "mark?); save it as \"CSV UTF-8\"");
  CHECK(error_of("ok\nbad \x81 byte\n") ==
        "t.csv:2:5: the file is neither UTF-8 nor Windows-1252 (byte 0x81); save it as \"CSV "
        "UTF-8\"");
  ingest::sheet_limits small;
  small.max_csv_bytes = 4;
  CHECK(error_of("a,b,c\n", small) == "t.csv: the file is 6 bytes, more than the limit of 4");
  small = {};
  small.max_cells = 2;
  CHECK(error_of("a,b,c\n", small) ==
        "t.csv: the sheet has more than 2 cells with a value; refusing to read further");
}
