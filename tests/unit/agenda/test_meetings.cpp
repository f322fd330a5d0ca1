// SPDX-License-Identifier: MIT
// Meeting inputs: the example loads cleanly and resolves every item; each bad
// meeting in tests/bad-inputs/meetings/ gives exactly its expected messages;
// docs/meeting.schema.json is the schema the loader generates.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>

#include "agenda/agenda.hpp"
#include "ingest/meeting_loader.hpp"
#include "support/fixtures.hpp"
#include "support/paths.hpp"

using namespace cp;

namespace {

// Messages name files as given: the corpus names them from the source tree.
struct in_source_dir {
  std::filesystem::path before = std::filesystem::current_path();
  in_source_dir() { std::filesystem::current_path(test::source_dir()); }
  ~in_source_dir() { std::filesystem::current_path(before); }
};

const agenda::bank_holidays& holidays() {
  static const auto h = agenda::load_bank_holidays(test::source_dir() / "data" /
                                                   "bank-holidays-england-and-wales.yaml");
  return h;
}

const char* example = "inputs/agenda/riverside-cabinet-2026-04-15-meeting.yaml";

std::string without_final_newline(std::string s) {
  while (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

}  // namespace

TEST_CASE("the example meeting loads without a message and numbers its items, public first") {
  in_source_dir here;
  diagnostics d;
  auto a = agenda::load_agenda(example, test::council_style(), holidays(), d);
  INFO(d.to_string());
  REQUIRE(a);
  CHECK(d.items().empty());
  CHECK(ingest::is_meeting_file(example));
  CHECK_FALSE(ingest::is_meeting_file("inputs/lancaster-partnership-evaluation.yaml"));
  const auto& m = a->meeting;
  CHECK(m.committee == "Cabinet");
  CHECK(model::display_time(m.time) == "6.30 pm");
  REQUIRE(a->items.size() == 11);
  CHECK(a->public_items().size() == 9);
  CHECK(a->exempt_items().size() == 2);
  for (std::size_t i = 0; i < a->items.size(); ++i)
    CHECK(a->items[i].number == static_cast<int>(i) + 1);
  const auto& minutes = a->items[2];
  CHECK(minutes.title == "Minutes of the previous meeting");
  CHECK(minutes.text.markdown ==
        "To confirm as a correct record the minutes of the meeting held on 11 March 2026.");
  const auto& leisure = a->items[5];
  CHECK(leisure.key_decision);  // from the paper
  REQUIRE(leisure.plan);
  CHECK(leisure.plan->reference == "FP/2026/007");
  CHECK(leisure.report_of == "Report of Director of Communities");
  CHECK(leisure.author == "Daniel Okoro");
  const auto& placed = a->items[6];
  REQUIRE(placed.placed);
  CHECK_FALSE(placed.paper);
  CHECK(placed.author == "Hartwell & Co LLP, external auditor");
  const auto& exempt = a->items[9];
  CHECK(exempt.exempt());
  CHECK(exempt.access.paragraph == 3);
  CHECK(exempt.title == "Commercial property matter");
  CHECK(exempt.report_of.empty());  // nothing of the report: the author is the meeting file's
  CHECK(exempt.author == "Director of Resources");
  CHECK(exempt.anchor() == "item-10");
  // The placed document's footnote is noted as left out.
  REQUIRE(a->notes.size() == 1);
  CHECK(a->notes[0].find("footnotes and endnotes left out: 1") != std::string::npos);
}

TEST_CASE("exempt items listed first are numbered after the public ones, with a note") {
  auto dir = test::scratch_dir("agenda-order");
  auto parts = test::source_dir() / "tests" / "bad-inputs" / "meetings" / "parts";
  for (const char* report : {"exempt-report.yaml", "public-report.yaml"})
    std::filesystem::copy_file(parts / report, dir / report);
  auto file = dir / "meeting.yaml";
  std::ofstream(file)
      << "kind: meeting\ncommittee: Cabinet\ndate: 2026-04-15\ntime: \"09:00\"\nvenue: Hall\n"
         "published: 2026-04-07\ncontact: {name: Sam}\nitems:\n"
         "  - {report: exempt-report.yaml, title: Property}\n"
         "  - {report: public-report.yaml}\n"
         "  - standard: apologies\n";
  diagnostics d;
  auto a = agenda::load_agenda(file, test::council_style(), holidays(), d);
  INFO(d.to_string());
  REQUIRE(a);
  CHECK(a->items[0].title == "A public report");
  CHECK(a->items[1].title == "Apologies for absence");
  CHECK(a->items[2].title == "Property");
  CHECK(a->items[2].number == 3);
  CHECK(a->items[2].input_index == 0);
  REQUIRE(a->notes.size() == 1);
  CHECK(a->notes[0].find("the exempt items are moved after the public ones and numbered from 3") !=
        std::string::npos);
}

TEST_CASE("every bad meeting gives exactly the expected messages and no agenda") {
  in_source_dir here;
  // As the command line finds it with PAPERS_DATA_DIR=. (how the .expected files were made).
  auto h = agenda::load_bank_holidays(std::filesystem::path(".") / "data" /
                                      "bank-holidays-england-and-wales.yaml");
  std::vector<std::filesystem::path> inputs;
  for (const auto& e : std::filesystem::directory_iterator("tests/bad-inputs/meetings"))
    if (e.path().extension() == ".yaml") inputs.push_back(e.path());
  std::sort(inputs.begin(), inputs.end());
  CHECK(inputs.size() >= 10);
  for (const auto& input : inputs) {
    INFO(input.string());
    auto expected_file = std::filesystem::path(input).replace_extension(".expected");
    REQUIRE(std::filesystem::exists(expected_file));
    std::string expected = without_final_newline(test::read_file(expected_file));
    diagnostics d;
    auto a = agenda::load_agenda(input, test::council_style(), h, d);
    CHECK(d.to_string() == expected);
    CHECK(d.has_errors());
    CHECK_FALSE(a);
  }
}

TEST_CASE("docs/meeting.schema.json is the schema the loader generates") {
  std::string schema = ingest::meeting_json_schema();
  if (std::getenv("UPDATE_GOLDEN"))
    std::ofstream(test::source_dir() / "docs" / "meeting.schema.json") << schema;
  CHECK(test::read_file(test::source_dir() / "docs" / "meeting.schema.json") == schema);
  // Every field of the example is in it.
  for (const char* key :
       {"\"kind\"", "\"published\"", "\"forward-plan\"", "\"previous-meeting\"", "\"urgent\"",
        "\"exempt-paragraph\"", "\"vice-chair\"", "\"substitutes\""})
    CHECK(schema.find(key) != std::string::npos);
}

TEST_CASE("times are shown the way council agendas show them") {
  CHECK(model::display_time("18:30") == "6.30 pm");
  CHECK(model::display_time("09:05") == "9.05 am");
  CHECK(model::display_time("12:00") == "12 noon");
  CHECK(model::display_time("12:30") == "12.30 pm");
  CHECK(model::display_time("00:00") == "midnight");
  CHECK(model::is_time("23:59"));
  CHECK_FALSE(model::is_time("24:00"));
  CHECK_FALSE(model::is_time("6.30"));
  CHECK(model::schedule_12a_paragraph(3).starts_with(
      "Information relating to the financial or business affairs"));
  CHECK(model::schedule_12a_paragraph(8).empty());
}
