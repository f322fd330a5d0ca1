// SPDX-License-Identifier: MIT
// Workbooks LibreOffice made (scripts/make-sheet-fixtures.sh): an action
// plan written with the odd cases by hand and saved as XLSX and ODS, and a
// CSV register imported and saved as both. The readers must give the same
// cells from either format, and the register the same partnerships as the
// CSV it came from.
#include <doctest/doctest.h>

#include <string>

#include "ingest/workbook_readers.hpp"
#include "sheet_fixtures.hpp"
#include "support/paths.hpp"
#include "support/table_harness.hpp"

using namespace cp;

namespace {

std::filesystem::path sheets(const std::string& name) {
  return test::source_dir() / "tests/unit/ingest/data/sheets" / name;
}

}  // namespace

TEST_CASE("an action plan LibreOffice saved reads the same from XLSX and ODS") {
  const std::string expected =
      "A1=text:Action plan 2026\nB1=text:Action plan 2026\nC1=text:Action plan 2026\n"
      "D1=text:Action plan 2026\nE1=text:Action plan 2026\n"
      "A2=text:No.\nB2=text:Issue\nC2=text:Action\nD2=text:Target\nE2=text:Done\n"
      "A3=number:1\nB3=text:Terms of reference out of date|Terms of reference |bout of date\n"
      "C3=text:Redraft them\nD3=date:2026-12-31\nE3=boolean:true\n"
      "A4=number:1\nB4=text:Terms of reference out of date|Terms of reference |bout of date\n"
      "C4=text:Agree them\nat the board\nE4=boolean:false\n"
      "A6=number:2\nB6=text:No risk register|iNo| risk register\nC6=text:Write one\n"
      "D6=text:ongoing\nE6=boolean:true\n"
      "A7=number:3\nB7=text:Spending\nC7=number:0.25\nD7=text:by June 2026\n";
  for (const char* name : {"plan-libreoffice.xlsx", "plan-libreoffice.ods"}) {
    INFO(name);
    diagnostics notes;
    auto s = ingest::read_table_file(test::read_file(sheets(name)), name, "Plan", notes);
    CHECK(test::dump(s) == expected);
    CHECK(notes.to_string() ==
          std::string(name) + ":Plan!5:5: warning: row 5 is hidden; its values were left out");
  }
  // The ODS keeps the first sheet hidden; LibreOffice 7.4's XLSX export
  // marks it visible again.
  diagnostics notes;
  auto first = ingest::read_table_file(test::read_file(sheets("plan-libreoffice.ods")),
                                       "plan-libreoffice.ods", "", notes);
  CHECK(first.name == "Plan");
  CHECK(notes.items().front().to_string() ==
        "plan-libreoffice.ods: warning: sheet \"Lookups\" is hidden; it was not read");
}

TEST_CASE("a CSV register LibreOffice imported gives the same partnerships as the CSV") {
  const std::string spec =
      "kind: audit-review\ncommittee: Audit Committee\nmeeting-date: 2026-03-01\ntitle: Test\n"
      "partnerships:\n  $table:\n    file: {}\n    columns:\n      Id: id\n      Name: name\n"
      "      Scope: scope\n      Significant: significant\n      Lead officer: lead-officer\n"
      "      Funding: funding\n      Achievements: achievements\n    ignore: [Last reviewed]\n";
  auto load = [&](const std::string& file) {
    std::string yaml = spec;
    yaml.replace(yaml.find("{}"), 2, file);
    auto r = test::load_with_tables(yaml, sheets("paper.yaml").string());
    INFO(file, "\n", r.d.to_string());
    CHECK(r.d.items().empty());
    REQUIRE(r.paper);
    return r.paper->partnerships;
  };
  auto csv = load("source/register.csv");
  REQUIRE(csv.size() == 3);
  CHECK(csv[0].significant);
  CHECK(csv[1].achievements.markdown == "The Judges' Lodgings reopened, with \"Gillow\" furniture");
  CHECK(csv[2].lead_officer == "Zo\xC3\xAB Bront\xC3\xAB");
  CHECK(csv[2].funding == "0");
  for (const char* name : {"register-libreoffice.xlsx", "register-libreoffice.ods"}) {
    INFO(name);
    auto other = load(name);
    REQUIRE(other.size() == csv.size());
    for (std::size_t i = 0; i < csv.size(); ++i) {
      CHECK(other[i].id == csv[i].id);
      CHECK(other[i].name == csv[i].name);
      CHECK(other[i].scope == csv[i].scope);
      CHECK(other[i].significant == csv[i].significant);
      CHECK(other[i].lead_officer == csv[i].lead_officer);
      CHECK(other[i].funding == csv[i].funding);
      CHECK(other[i].achievements.markdown == csv[i].achievements.markdown);
    }
  }
}
