// SPDX-License-Identifier: MIT
// Tables as lists of the input: the spec, cells as the field readers take
// them, positions at the cell, grouping into nested lists, and every
// problem reported at once.
#include <doctest/doctest.h>

#include <string>

#include "ingest/table_mapping.hpp"
#include "ingest/yaml_source.hpp"
#include "sheet_fixtures.hpp"
#include "support/table_harness.hpp"

using namespace cp;

namespace {

const std::string head =
    "kind: audit-review\ncommittee: Audit Committee\nmeeting-date: 2026-03-01\ntitle: Test\n";

test::table_load load(const std::string& rest, const std::map<std::string, std::string>& files) {
  return test::load_with_tables(head + rest, "in/paper.yaml", files);
}

std::string inline_string(const std::string& ref, const std::string& text) {
  return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

}  // namespace

TEST_CASE("a field reader's message names the file, sheet, cell and field") {
  std::string rows = "<row r=\"1\">" + inline_string("A1", "Recommendations tracker") + "</row>" +
                     "<row r=\"4\">" + inline_string("A4", "Ref") +
                     inline_string("B4", "Recommendation") + inline_string("C4", "Priority") +
                     "</row>";
  const char* priorities[] = {"<c r=\"C5\"><v>3</v></c>", "<c r=\"C6\"><v>1</v></c>",
                              "<c r=\"C7\" t=\"inlineStr\"><is><t>High</t></is></c>"};
  for (int i = 0; i < 3; ++i) {
    std::string r = std::to_string(5 + i);
    rows += "<row r=\"" + r + "\">" + inline_string("A" + r, "R" + std::to_string(i + 1)) +
            inline_string("B" + r, "Do it") + priorities[i] + "</row>";
  }
  test::xlsx_parts p;
  p.sheets.push_back({"Recommendations", "<sheetData>" + rows + "</sheetData>", ""});
  auto r = load(
      "recommendations: {$table: {file: tracker.xlsx, sheet: Recommendations, header-row: 4,\n"
      "  columns: {Ref: id, Recommendation: text, Priority: priority}}}\n",
      {{"in/tracker.xlsx", test::xlsx(p)}});
  CHECK(r.d.to_string() ==
        "in/tracker.xlsx:Recommendations!C7: recommendations[3].priority: expected 1, 2 or 3, got "
        "\"High\"");
}

TEST_CASE("cells become the scalars the field readers take, positioned at their cells") {
  std::string csv =
      "Ref,Recommendation,Priority,Timescale,Notes\n"
      "R1,Agree the plan,3,31/03/2026,ignored\n"
      "R2,\"Review it,\nthen report\",2,ongoing,\n"
      ",,,,only a note\n";
  auto r = load(
      "recommendations:\n  $table:\n    file: recs.csv\n    columns:\n      Ref: id\n"
      "      Recommendation: text\n      Priority: priority\n      Timescale: timescale\n"
      "    ignore: [Notes]\n",
      {{"in/recs.csv", csv}});
  INFO(r.d.to_string());
  REQUIRE(r.paper);
  const auto& recs = r.paper->recommendations;
  REQUIRE(recs.size() == 2);  // a row with values only in ignored columns gives no entry
  CHECK(recs[0].id == "R1");
  CHECK(recs[0].priority == 3);
  REQUIRE(recs[0].due.due);
  CHECK(recs[0].due.due->iso() == "2026-03-31");
  CHECK(recs[0].pos.to_string() == "in/recs.csv:A2");
  CHECK(recs[1].text.markdown == "Review it,\nthen report");
  CHECK(recs[1].text.pos.to_string() == "in/recs.csv:B3");
  CHECK(recs[1].due.text == "ongoing");
}

TEST_CASE("numbers, booleans, dates and rich text from a workbook") {
  std::string sst =
      "<si><t>Name</t></si><si><t>Significant</t></si><si><t>Achievements</t></si>"
      "<si><t>Funding</t></si><si><t>Id</t></si>"
      "<si><r><t xml:space=\"preserve\">Cut crime by </t></r><r><rPr><b/></rPr><t>a third</t></r>"
      "<r><rPr><i/></rPr><t xml:space=\"preserve\"> this year </t></r></si>"
      "<si><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space=\"preserve\"> funding</t></r></si>";
  std::string data =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>4</v></c><c r=\"B1\" t=\"s\"><v>0</v></c><c r=\"C1\" "
      "t=\"s\"><v>1</v></c><c r=\"D1\" t=\"s\"><v>2</v></c><c r=\"E1\" t=\"s\"><v>3</v></c></row>"
      "<row r=\"2\"><c r=\"A2\"><v>12</v></c>" +
      inline_string("B2", "Safer Lancaster") +
      "<c r=\"C2\" t=\"b\"><v>1</v></c><c r=\"D2\" t=\"s\"><v>5</v></c><c r=\"E2\" "
      "t=\"s\"><v>6</v></c></row>";
  auto r = load(
      "partnerships: {$table: {file: register.xlsx, columns: {Id: id, Name: name, Significant: "
      "significant, Achievements: achievements, Funding: funding}, prose: [Achievements]}}\n",
      {{"in/register.xlsx", test::xlsx_of(data, sst)}});
  INFO(r.d.to_string());
  REQUIRE(r.paper);
  REQUIRE(r.paper->partnerships.size() == 1);
  const auto& p = r.paper->partnerships[0];
  CHECK(p.id == "12");
  CHECK(p.significant);
  CHECK(p.achievements.markdown == "Cut crime by **a third** *this year* ");
  CHECK(p.funding == "Bold funding");  // not prose: the text alone
}

TEST_CASE("rows grouped by a key become nested lists") {
  std::string csv =
      "No.,Issue,Action,Responsibility,Target\n"
      "1,Terms of reference out of date,Redraft them,Jo Smith,31/12/2026\n"
      ",,Agree them at the board,,\n"
      "1,Terms of reference out of date,Publish them,Jo Smith,\n"
      "2,No risk register,,Sam Lee,ongoing\n";
  auto r = load(
      "partnerships: [{id: csp, name: Community Safety}]\n"
      "evaluations:\n  - partnership: csp\n    issues:\n      $table:\n        file: plan.csv\n"
      "        columns: {Issue: issue, Responsibility: responsibility, Target: target}\n"
      "        ignore: [No.]\n        group-by: {key: No., into: actions, column: Action}\n",
      {{"in/plan.csv", csv}});
  INFO(r.d.to_string());
  REQUIRE(r.paper);
  const auto& issues = r.paper->evaluations.at(0).issues;
  REQUIRE(issues.size() == 2);
  CHECK(issues[0].text.markdown == "Terms of reference out of date");
  REQUIRE(issues[0].actions.size() == 3);
  CHECK(issues[0].actions[1].markdown == "Agree them at the board");
  CHECK(issues[0].actions[2].pos.to_string() == "in/plan.csv:C4");
  CHECK(issues[0].responsibility == "Jo Smith");
  CHECK(issues[0].target.due->iso() == "2026-12-31");
  CHECK(issues[1].actions.empty());
  CHECK(issues[1].target.text == "ongoing");
}

TEST_CASE("groups nest, and each level reads its own columns") {
  std::string csv =
      "Partnership,No.,Issue,Action\n"
      "csp,1,Terms,Redraft\n"
      "csp,1,Terms,Agree\n"
      "csp,2,Risks,Write a register\n"
      "museums,1,Funding,Ask the county\n";
  auto r = load(
      "partnerships: [{id: csp, name: Community Safety}, {id: museums, name: Museums}]\n"
      "evaluations:\n  $table:\n    file: plan.csv\n    columns: {Partnership: partnership}\n"
      "    ignore: [No.]\n"
      "    group-by:\n      key: Partnership\n      into: issues\n      columns: {Issue: issue}\n"
      "      group-by: {key: No., into: actions, column: Action}\n",
      {{"in/plan.csv", csv}});
  INFO(r.d.to_string());
  REQUIRE(r.paper);
  const auto& e = r.paper->evaluations;
  REQUIRE(e.size() == 2);
  REQUIRE(e[0].issues.size() == 2);
  CHECK(e[0].issues[0].actions.size() == 2);
  CHECK(e[0].issues[1].actions.at(0).markdown == "Write a register");
  CHECK(e[1].partnership == "museums");
  CHECK(e[1].issues.at(0).text.markdown == "Funding");
}

TEST_CASE("a merged key column groups its rows") {
  std::string data = "<row r=\"1\">" + inline_string("A1", "No.") + inline_string("B1", "Issue") +
                     inline_string("C1", "Action") + "</row>" +
                     "<row r=\"2\"><c r=\"A2\"><v>1</v></c>" + inline_string("B2", "Terms") +
                     inline_string("C2", "Redraft") + "</row>" + "<row r=\"3\">" +
                     inline_string("C3", "Agree") + "</row>";
  test::xlsx_parts p;
  p.sheets.push_back({"Plan",
                      "<sheetData>" + data +
                          "</sheetData><mergeCells><mergeCell ref=\"A2:A3\"/><mergeCell "
                          "ref=\"B2:B3\"/></mergeCells>",
                      ""});
  auto r = load(
      "partnerships: [{id: csp, name: Community Safety}]\n"
      "evaluations:\n  - partnership: csp\n    issues: {$table: {file: plan.xlsx, columns: "
      "{Issue: issue}, ignore: [No.], group-by: {key: No., into: actions, column: Action}}}\n",
      {{"in/plan.xlsx", test::xlsx(p)}});
  INFO(r.d.to_string());
  REQUIRE(r.paper);
  REQUIRE(r.paper->evaluations.at(0).issues.size() == 1);
  CHECK(r.paper->evaluations[0].issues[0].actions.size() == 2);
}

TEST_CASE("every problem with the columns is reported at once, with did you mean") {
  std::string csv =
      "Ref,Recommendation,Priority,Notes,,Respnsibility\n"
      "R1,Agree,3,x,stray,Jo\n"
      "R2,Review,4,,,Sam\n";
  auto r = load(
      "recommendations:\n  $table:\n    file: recs.csv\n    columns:\n      Ref: id\n"
      "      Recommendation: text\n      Prority: priority\n      Responsibility: responsibility\n",
      {{"in/recs.csv", csv}});
  CHECK(r.d.to_string() ==
        "in/paper.yaml:11:7: recommendations: the header row of in/recs.csv has no column "
        "\"Prority\"; did you mean \"Priority\"?\n"
        "in/paper.yaml:12:7: recommendations: the header row of in/recs.csv has no column "
        "\"Responsibility\"; did you mean \"Respnsibility\"?\n"
        "in/recs.csv:D1: recommendations: column \"Notes\" is not one of the table's columns; map "
        "it to a field under columns, or list it under ignore\n"
        "in/recs.csv:E2: recommendations: column E holds values but has no heading in the header "
        "row (1); give it one");
}

TEST_CASE("rows of one group that disagree, keys used twice, a first row without a key") {
  std::string csv =
      "No.,Issue,Action,Responsibility\n"
      ",Orphan,first,Jo\n"
      "1,Terms,second,Jo\n"
      "1,Terms,third,Sam\n"
      "2,Risks,fourth,\n"
      "1,Terms,again,Jo\n";
  auto r = load(
      "evaluations:\n  - partnership: csp\n    issues:\n      $table:\n        file: plan.csv\n"
      "        columns: {Issue: issue, Responsibility: responsibility}\n        ignore: [No.]\n"
      "        group-by: {key: No., into: actions, column: Action}\n",
      {{"in/plan.csv", csv}});
  CHECK(r.d.to_string() ==
        "in/plan.csv:A2: evaluations[1].issues[1]: the first row of the table has no No.; it "
        "starts the first entry\n"
        "in/plan.csv:D4: evaluations[1].issues[2].responsibility: this row continues the entry of "
        "row 3, but its Responsibility is \"Jo\" there; give it once, or the same in every row\n"
        "in/plan.csv:A6: evaluations[1].issues[4]: No. \"1\" starts an entry again (first in row "
        "3); keep the rows of one entry together");
}

TEST_CASE("a cell showing an error or a formula without its result is reported at the cell") {
  std::string data =
      "<row r=\"1\">" + inline_string("A1", "Ref") + inline_string("B1", "Recommendation") +
      inline_string("C1", "Priority") + "</row>" + "<row r=\"2\">" + inline_string("A2", "R1") +
      "<c r=\"B2\" t=\"e\"><f>A1/0</f><v>#DIV/0!</v></c>" + "<c r=\"C2\"><f>1+1</f></c></row>";
  auto r = load(
      "recommendations: {$table: {file: recs.xlsx, columns: {Ref: id, Recommendation: text, "
      "Priority: priority}}}\n",
      {{"in/recs.xlsx", test::xlsx_of(data)}});
  CHECK(r.d.to_string() ==
        "in/recs.xlsx:Sheet1!B2: recommendations[1].text: the cell shows the error #DIV/0!; "
        "correct it in the workbook\n"
        "in/recs.xlsx:Sheet1!B2: recommendations[1].text: required field is empty\n"
        "in/recs.xlsx:Sheet1!C2: recommendations[1].priority: the cell holds a formula saved "
        "without its result; open the workbook in Excel or LibreOffice and save it again\n"
        "in/recs.xlsx:Sheet1!C2: recommendations[1].priority: required field is empty");
}

TEST_CASE("the spec is checked: unknown keys, missing parts, keys that are no column") {
  auto r = load(
      "recommendations:\n  $table:\n    file: recs.csv\n    colums: {Ref: id}\n    header-row: "
      "0\n    prose: [Notes]\n    group-by: {key: Ref, into: x}\n",
      {{"in/recs.csv", "Ref\nR1\n"}});
  CHECK(r.d.to_string() ==
        "in/paper.yaml:7:5: recommendations.columns: required field is missing\n"
        "in/paper.yaml:8:5: recommendations.colums: unknown field \"colums\"; did you mean "
        "\"columns\"?\n"
        "in/paper.yaml:9:17: recommendations.header-row: expected a whole number from 1 to "
        "1048576, got \"0\"\n"
        "in/paper.yaml:10:13: recommendations.prose: \"Notes\" is not one of the table's columns\n"
        "in/paper.yaml:11:15: recommendations.group-by.columns: required field is missing (or "
        "give column: one heading)\n"
        "in/paper.yaml:11:21: recommendations.group-by: the key \"Ref\" must be one of this "
        "level's columns, or listed under ignore");
}

TEST_CASE("a heading named twice, a table mapping with other keys, a file that is not there") {
  auto twice = load(
      "recommendations: {$table: {file: recs.csv, columns: {Ref: id, Text: text}, ignore: "
      "[Ref]}}\n",
      {{"in/recs.csv", "Ref,Text\nR1,x\n"}});
  CHECK(twice.d.to_string() ==
        "in/paper.yaml:5:85: recommendations.ignore: column \"Ref\" is named twice in the table "
        "(also at in/paper.yaml:5:54)");
  auto other = load("recommendations: {$table: {file: recs.csv, columns: {Ref: id}}, extra: 1}\n",
                    {{"in/recs.csv", "Ref\nR1\n"}});
  CHECK(other.d.to_string() ==
        "in/paper.yaml:5:18: recommendations: \"$table\" must be the only key of its mapping; the "
        "table gives the whole list");
  auto missing = load("recommendations: {$table: {file: nowhere.csv, columns: {Ref: id}}}\n", {});
  CHECK(missing.d.to_string() ==
        "in/paper.yaml:5:34: recommendations.file: cannot read \"nowhere.csv\": there is no file "
        "in/nowhere.csv");
  auto broken = load("recommendations: {$table: {file: recs.xlsx, columns: {Ref: id}}}\n",
                     {{"in/recs.xlsx", "not a zip"}});
  CHECK(broken.d.to_string() ==
        "in/recs.xlsx: recommendations: not a readable XLSX workbook (Not a zip archive)");
}

TEST_CASE("the header row: empty, or holding a heading twice") {
  auto empty =
      load("recommendations: {$table: {file: recs.csv, header-row: 3, columns: {Ref: id}}}\n",
           {{"in/recs.csv", "Ref\nR1\n"}});
  CHECK(empty.d.to_string() ==
        "in/paper.yaml:5:56: recommendations: row 3 of in/recs.csv, the header row, is empty");
  auto twice = load(
      "recommendations: {$table: {file: recs.csv, columns: {Ref: id, Text: text, P: priority}}}\n",
      {{"in/recs.csv", "Ref,Text,P,Ref\nR1,x,1,R2\n"}});
  CHECK(twice.d.to_string() ==
        "in/recs.csv:D1: recommendations: column \"Ref\" appears twice in the header row (also in "
        "A)");
}

TEST_CASE("notes of the readers come with the field, and a table without rows says so") {
  test::xlsx_parts p;
  p.sheets.push_back({"Recs",
                      "<sheetData><row r=\"1\">" + inline_string("A1", "Ref") +
                          "</row><row r=\"2\" hidden=\"1\">" + inline_string("A2", "R9") +
                          "</row></sheetData>",
                      ""});
  auto r = load("recommendations: {$table: {file: recs.xlsx, columns: {Ref: id}}}\n",
                {{"in/recs.xlsx", test::xlsx(p)}});
  CHECK(r.d.to_string() ==
        "in/recs.xlsx:Recs!1:1: warning: recommendations: the table has no rows below its header "
        "row (1)\n"
        "in/recs.xlsx:Recs!2:2: warning: recommendations: row 2 is hidden; its values were left "
        "out");
  CHECK(r.paper);
}

TEST_CASE("the spec reader alone: what the wiring of !table will call") {
  auto v = ingest::parse_yaml(
      "file: tracker.xlsx\nsheet: Recommendations\nheader-row: 4\ncolumns:\n  \"Rec\\nNo.\": id\n"
      "  Recommendation: text\nignore: [Status]\nprose: [Recommendation]\n",
      "spec.yaml");
  diagnostics d;
  auto spec = ingest::read_table_spec(v, "recommendations", d);
  CHECK(d.to_string() == "");
  REQUIRE(spec);
  CHECK(spec->file == "tracker.xlsx");
  CHECK(spec->sheet == "Recommendations");
  CHECK(spec->header_row == 4);
  REQUIRE(spec->rows.columns.size() == 2);
  CHECK(spec->rows.columns[0].header == "Rec No.");  // line breaks in headings are spaces
  CHECK(spec->rows.columns[0].field == "id");
  CHECK(spec->ignored.at(0).header == "Status");
  CHECK(spec->prose.at(0).header == "Recommendation");
  CHECK(spec->path == "recommendations");
}
