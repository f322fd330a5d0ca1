// SPDX-License-Identifier: MIT
// The tracker workbook: what it holds, that the same paper gives the same
// bytes, and that reading it back with the documented table specs gives
// the paper's recommendations and actions again, as written and as
// LibreOffice saves it.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "ingest/paper_loader.hpp"
#include "support/paths.hpp"
#include "support/table_harness.hpp"
#include "tracker/tracker_writer.hpp"
#include "util/error.hpp"
#include "xml/xml_reader.hpp"
#include "zip/zip_reader.hpp"

using namespace cp;
namespace fs = std::filesystem;

namespace {

model::paper load(const std::string& input) {
  diagnostics d;
  auto p = ingest::load_paper(test::source_dir() / input, d);
  INFO(d.to_string());
  REQUIRE(p);
  return *p;
}

// The specs docs/input-format.md gives for reading a tracker back.
std::string recommendations_spec(const std::string& file) {
  return fmt::format(
      "recommendations: !table\n"
      "  file: {}\n"
      "  sheet: Recommendations\n"
      "  header-row: 4\n"
      "  columns:\n"
      "    Ref: id\n"
      "    Recommendation: text\n"
      "    Priority: priority\n"
      "    Section: section\n"
      "    Management response: management-response\n"
      "    Responsibility: responsibility\n"
      "    Timescale: timescale\n"
      "  ignore: [No., Status, Progress, Last updated]\n"
      "  prose: [Recommendation, Management response]\n",
      file);
}

std::string issues_spec(const std::string& file, const std::string& sheet) {
  return fmt::format(
      "    issues: !table\n"
      "      file: {}\n"
      "      sheet: {}\n"
      "      header-row: 4\n"
      "      columns:\n"
      "        Issue: issue\n"
      "        Responsibility: responsibility\n"
      "        Target: target\n"
      "      ignore: [Issue No., Status, Progress, Last updated]\n"
      "      prose: [Issue, Action]\n"
      "      group-by:\n"
      "        key: Issue No.\n"
      "        into: actions\n"
      "        column: Action\n",
      file, sheet);
}

// The harness reads {$table: ...}; the YAML tag is wired in later, so the
// spec's "!table" is spelt as that mapping here.
std::string as_mapping(std::string spec) {
  auto at = spec.find(" !table\n");
  REQUIRE(at != std::string::npos);
  std::size_t indent = spec.find_first_not_of(' ');
  std::string pad(indent + 2, ' ');
  std::string out = spec.substr(0, at) + "\n" + pad + "$table:\n";
  std::size_t start = spec.find('\n', at) + 1;
  while (start < spec.size()) {
    std::size_t end = spec.find('\n', start);
    out += "  " + spec.substr(start, end - start + 1);
    start = end + 1;
  }
  return out;
}

// The paper's recommendations and issues as read back from `workbook`.
model::paper read_back(const model::paper& p, const std::string& workbook,
                       const std::string& bytes) {
  std::string yaml =
      "kind: audit-review\ncommittee: Audit Committee\nmeeting-date: 2026-03-01\ntitle: Back\n";
  if (!p.recommendations.empty()) yaml += as_mapping(recommendations_spec(workbook));
  std::vector<std::string> taken = {"Recommendations"};
  std::string evaluations;
  for (const auto& e : p.evaluations) {
    if (e.issues.empty()) continue;
    std::string sheet = tracker::actions_sheet_name(e.partnership, taken);
    taken.push_back(sheet);
    evaluations += fmt::format("  - partnership: {}\n", e.partnership) +
                   as_mapping(issues_spec(workbook, "\"" + sheet + "\""));
  }
  if (!evaluations.empty()) yaml += "evaluations:\n" + evaluations;
  auto r = test::load_with_tables(yaml, "back.yaml", {{workbook, bytes}});
  INFO(yaml);
  INFO(r.d.to_string());
  CHECK(r.d.to_string().find(": warning") == std::string::npos);
  REQUIRE(r.paper);
  return *r.paper;
}

void check_same(const model::paper& original, const model::paper& back) {
  REQUIRE(back.recommendations.size() == original.recommendations.size());
  for (std::size_t i = 0; i < original.recommendations.size(); ++i) {
    const auto& a = original.recommendations[i];
    const auto& b = back.recommendations[i];
    INFO("recommendation ", i + 1);
    CHECK(b.id == a.id);
    CHECK(b.text.markdown == a.text.markdown);
    CHECK(b.priority == a.priority);
    CHECK(b.section == a.section);
    CHECK(b.management_response.markdown == a.management_response.markdown);
    CHECK(b.responsibility == a.responsibility);
    CHECK(b.due.due == a.due.due);
    CHECK(b.due.text == a.due.text);
  }
  std::size_t k = 0;
  for (const auto& e : original.evaluations) {
    if (e.issues.empty()) continue;
    REQUIRE(k < back.evaluations.size());
    const auto& got = back.evaluations[k++];
    CHECK(got.partnership == e.partnership);
    REQUIRE(got.issues.size() == e.issues.size());
    for (std::size_t i = 0; i < e.issues.size(); ++i) {
      INFO(e.partnership, " issue ", i + 1);
      CHECK(got.issues[i].text.markdown == e.issues[i].text.markdown);
      REQUIRE(got.issues[i].actions.size() == e.issues[i].actions.size());
      for (std::size_t j = 0; j < e.issues[i].actions.size(); ++j)
        CHECK(got.issues[i].actions[j].markdown == e.issues[i].actions[j].markdown);
      CHECK(got.issues[i].responsibility == e.issues[i].responsibility);
      CHECK(got.issues[i].target.due == e.issues[i].target.due);
      CHECK(got.issues[i].target.text == e.issues[i].target.text);
    }
  }
  CHECK(k == back.evaluations.size());
}

xml::doc_ptr part(const package::entries& e, const std::string& name) {
  REQUIRE(e.count(name));
  return xml::parse(e.at(name), name);
}

// known_namespaces() has no prefix for SpreadsheetML: queries match local names.
std::string eval(const package::entries& e, const std::string& name, const std::string& xpath) {
  auto d = part(e, name);
  return xml::evaluate(d.get(), xpath);
}

// The tracker of tests/unit/ingest/data/full.yaml, committed (with what
// LibreOffice makes of it) for the fixtures; scripts/make-sheet-fixtures.sh
// rewrites it after a change to the writer.
fs::path fixture(const std::string& name) {
  return test::source_dir() / "tests/unit/ingest/data/sheets" / name;
}

}  // namespace

TEST_CASE("the tracker's sheets, headings, validation, frozen header and properties") {
  model::paper p = load("tests/unit/ingest/data/full.yaml");
  auto e = package::read_zip(tracker::tracker_bytes(p), "tracker.xlsx");
  CHECK(eval(e, "xl/workbook.xml", "string(//*[local-name()='sheet'][1]/@name)") ==
        "Recommendations");
  CHECK(eval(e, "xl/workbook.xml", "string(//*[local-name()='sheet'][2]/@name)") == "csp");
  const std::string sheet = "xl/worksheets/sheet1.xml";
  CHECK(eval(e, sheet, "string(//*[local-name()='pane']/@ySplit)") == "4");
  CHECK(eval(e, sheet, "string(//*[local-name()='pane']/@state)") == "frozen");
  CHECK(eval(e, sheet, "count(//*[local-name()='dataValidation'])") == "3");
  CHECK(eval(e, sheet, "string(//*[local-name()='dataValidation'][@type='whole']/@sqref)") ==
        "D5:D207");
  CHECK(eval(e, sheet, "string(//*[local-name()='dataValidation'][@type='list']/*[1])") ==
        "\"Not started,In progress,Implemented,Superseded\"");
  CHECK(eval(e, sheet, "string(//*[local-name()='dataValidation'][@type='date']/@sqref)") ==
        "K5:K207");
  CHECK(eval(e, sheet, "count(//*[local-name()='col'])") != "0");
  CHECK(eval(e, "docProps/core.xml", "string(//*[local-name()='title'])") ==
        "Partnership Mapping & Evaluation");
  CHECK(eval(e, "docProps/core.xml", "string(//*[local-name()='created'])") ==
        "2009-07-01T00:00:00Z");  // the paper's last change, not the clock
  CHECK(eval(e, "docProps/app.xml", "string(//*[local-name()='Company'])") ==
        "Lancaster City Council");
  // The council and the title above the table.
  auto strings = part(e, "xl/sharedStrings.xml");
  CHECK(xml::evaluate(strings.get(), "string(//*[local-name()='si'][1])") ==
        "Lancaster City Council");
  CHECK(xml::evaluate(strings.get(), "string(//*[local-name()='si'][2])") ==
        "Partnership Mapping & Evaluation");
}

TEST_CASE("the same paper gives the same tracker bytes, whatever the clock or zone") {
  model::paper p = load("inputs/lancaster-partnership-evaluation.yaml");
  std::string first = tracker::tracker_bytes(p);
  const char* tz = std::getenv("TZ");
  std::string saved = tz ? tz : "";
  setenv("TZ", "Pacific/Kiritimati", 1);
  tzset();
  std::string second = tracker::tracker_bytes(p);
  if (tz)
    setenv("TZ", saved.c_str(), 1);
  else
    unsetenv("TZ");
  tzset();
  CHECK(first == second);
  // Every ZIP entry is dated 1980-01-01 00:00 (DOS date 0x0021, time 0):
  // nothing in the package comes from the clock.
  for (std::size_t at = first.find("PK\x03\x04"); at != std::string::npos;
       at = first.find("PK\x03\x04", at + 4)) {
    auto u16 = [&](std::size_t o) {
      return static_cast<unsigned>(static_cast<unsigned char>(first[at + o])) |
             static_cast<unsigned>(static_cast<unsigned char>(first[at + o + 1])) << 8;
    };
    CHECK(u16(10) == 0);       // time
    CHECK(u16(12) == 0x0021);  // date
  }
}

TEST_CASE("a paper with nothing to track is refused") {
  model::paper p = load("inputs/cherwell-partnerships-annual-report.yaml");
  p.recommendations.clear();
  for (auto& e : p.evaluations) e.issues.clear();
  CHECK_THROWS_AS(tracker::tracker_bytes(p), input_error);
}

TEST_CASE("sheet names for evaluations are ones Excel accepts, and unique") {
  CHECK(tracker::actions_sheet_name("community-safety", {"Recommendations"}) == "community-safety");
  CHECK(tracker::actions_sheet_name("a/b:c*d?[e]", {}) == "abcde");
  CHECK(tracker::actions_sheet_name("recommendations", {"Recommendations"}) ==
        "recommendations (2)");
  CHECK(tracker::actions_sheet_name(std::string(40, 'x'), {}) == std::string(31, 'x'));
  CHECK(tracker::actions_sheet_name(std::string(40, 'x'), {std::string(31, 'x')}) ==
        std::string(27, 'x') + " (2)");
  CHECK(tracker::actions_sheet_name("'quoted'", {}) == "quoted");
}

TEST_CASE("a tracker read back with the documented specs gives the same data") {
  for (const char* input :
       {"tests/unit/ingest/data/full.yaml", "inputs/leeds-recommendations-appendix.yaml",
        "inputs/lancaster-partnership-evaluation.yaml"}) {
    INFO(input);
    model::paper p = load(input);
    check_same(p, read_back(p, "tracker.xlsx", tracker::tracker_bytes(p)));
  }
}

TEST_CASE("the committed tracker fixture is what the writer makes") {
  model::paper p = load("tests/unit/ingest/data/full.yaml");
  std::string bytes = tracker::tracker_bytes(p);
  if (std::getenv("UPDATE_FIXTURES")) {
    std::ofstream(fixture("tracker.xlsx"), std::ios::binary) << bytes;
  }
  CHECK_MESSAGE(test::read_file(fixture("tracker.xlsx")) == bytes,
                "run scripts/make-sheet-fixtures.sh after changing the tracker writer");
}

TEST_CASE("the tracker as LibreOffice saves it (XLSX and ODS) reads back the same") {
  model::paper p = load("tests/unit/ingest/data/full.yaml");
  for (const char* name : {"tracker-libreoffice.xlsx", "tracker-libreoffice.ods"}) {
    INFO(name);
    check_same(p, read_back(p, name, test::read_file(fixture(name))));
  }
}
