// SPDX-License-Identifier: MIT
// The clearance rules: what lets a paper be called cleared or signed off,
// each problem reported at the value concerned (file:line:col and field).
#include <doctest/doctest.h>

#include <fstream>

#include <fmt/format.h>

#include "ingest/paper_loader.hpp"
#include "support/paths.hpp"

using namespace cp;

namespace {

const std::string head =
    "kind: committee-report\ncommittee: Executive\nmeeting-date: 2009-07-14\ntitle: T\n";

// One clearance entry as YAML.
std::string entry(const std::string& role, const std::string& date,
                  const std::string& outcome = "cleared", const std::string& extra = "") {
  return fmt::format("  - role: {}\n    name: N {}\n    date: {}\n    outcome: {}\n{}", role, role,
                     date, outcome, extra);
}

std::string all_required(const std::string& date = "2009-06-30") {
  return entry("author", date) + entry("section-151", date) + entry("monitoring-officer", date);
}

std::string signed_off(const std::string& date = "2009-07-01") {
  return fmt::format(
      "properties:\n  status: signed-off\n  signed-off:\n    by: Jordan Hale\n    date: {}\n",
      date);
}

struct result {
  bool loaded = false;
  std::string messages;
  std::size_t errors = 0;
};

result load(const std::string& name, const std::string& yaml) {
  auto file = test::scratch_dir("clearance-" + name) / "paper.yaml";
  std::ofstream(file, std::ios::binary) << yaml;
  diagnostics d;
  auto p = ingest::load_paper(file, d);
  std::string text = d.to_string();
  // Messages name the file; the tests compare what follows it.
  for (std::size_t at; (at = text.find(file.string())) != std::string::npos;)
    text.replace(at, file.string().size(), "paper.yaml");
  return {p.has_value(), text, d.error_count()};
}

}  // namespace

TEST_CASE("clearance: a draft needs no clearance, and a partial record is fine") {
  auto bare = load("draft-bare", head);
  CHECK(bare.loaded);
  CHECK(bare.messages.empty());
  auto partial = load("draft-partial", head + "clearance:\n" +
                                           entry("section-151", "2009-06-20", "not-cleared") +
                                           "properties:\n  status: draft\n");
  CHECK(partial.loaded);
  CHECK(partial.messages.empty());
}

TEST_CASE(
    "clearance: a signed-off paper with every required clearance before its sign-off loads "
    "cleanly") {
  auto r = load("signed-off-ok",
                head + "clearance:\n" + all_required() +
                    entry("legal", "2009-06-29", "cleared-with-comments") +
                    entry("other", "2009-06-29", "cleared", "    job-title: Head of Museums\n") +
                    signed_off());
  CHECK(r.loaded);
  CHECK(r.messages.empty());
}

TEST_CASE(
    "clearance: a clearance on the day of the sign-off counts, and the latest answer of a role "
    "counts") {
  auto same_day = load(
      "same-day", head + "clearance:\n" + all_required("2009-07-01") + signed_off("2009-07-01"));
  CHECK(same_day.loaded);
  CHECK(same_day.messages.empty());
  // Sent back, then cleared on a second reading.
  auto second = load("second-reading", head + "clearance:\n" +
                                           entry("section-151", "2009-06-01", "not-cleared") +
                                           all_required() + signed_off());
  CHECK(second.loaded);
  CHECK(second.messages.empty());
  // Cleared, then withdrawn.
  auto withdrawn =
      load("withdrawn", head + "clearance:\n" + all_required("2009-06-01") +
                            entry("section-151", "2009-06-20", "not-cleared") + signed_off());
  CHECK_FALSE(withdrawn.loaded);
  CHECK(withdrawn.messages ==
        "paper.yaml:21:14: clearance[4].outcome: the Section 151 Officer (N section-151) did not "
        "clear the paper "
        "on 20 June 2009, so it cannot be signed off; record their clearance when they give it");
}

TEST_CASE("clearance: each missing required clearance is named at the status") {
  auto r =
      load("missing", head + "clearance:\n" + entry("section-151", "2009-06-30") + signed_off());
  CHECK_FALSE(r.loaded);
  CHECK(r.errors == 2);
  CHECK(r.messages ==
        "paper.yaml:11:11: properties.status: the paper cannot be signed off without the report "
        "author's "
        "clearance; add a clearance entry with role: author\n"
        "paper.yaml:11:11: properties.status: the paper cannot be signed off without the "
        "Monitoring Officer's "
        "clearance; add a clearance entry with role: monitoring-officer");
}

TEST_CASE(
    "clearance: a clearance dated after the sign-off is an error at its date, whatever its role") {
  auto r = load("late", head + "clearance:\n" + all_required() + entry("legal", "2009-07-02") +
                            entry("monitoring-officer", "2009-07-05") + signed_off());
  CHECK_FALSE(r.loaded);
  CHECK(r.messages ==
        "paper.yaml:20:11: clearance[4].date: the legal adviser's clearance is dated 2 July 2009, "
        "after the paper was "
        "signed off on 1 July 2009; a signed-off paper's clearances must all come before its "
        "sign-off\n"
        "paper.yaml:24:11: clearance[5].date: the Monitoring Officer's clearance is dated 5 July "
        "2009, after the "
        "paper was signed off on 1 July 2009; a signed-off paper's clearances must all come before "
        "its sign-off");
  // Only a late one given: the lateness is the message, not a second "missing".
  auto only_late = load("only-late", head + "clearance:\n" + entry("author", "2009-06-30") +
                                         entry("section-151", "2009-06-30") +
                                         entry("monitoring-officer", "2009-07-09") + signed_off());
  CHECK(only_late.errors == 1);
  CHECK(only_late.messages.find(
            "clearance[3].date: the Monitoring Officer's clearance is dated 9 July 2009") !=
        std::string::npos);
}

TEST_CASE("clearance: signed-off and the status must agree") {
  auto none = load("no-sign-off",
                   head + "clearance:\n" + all_required() + "properties:\n  status: signed-off\n");
  CHECK(none.messages ==
        "paper.yaml:19:11: properties.status: a signed-off paper needs properties.signed-off with "
        "by and date: who "
        "signed it off and when");
  auto draft = load("draft-signed",
                    head +
                        "properties:\n  status: draft\n  signed-off:\n    by: Jordan Hale\n    "
                        "date: 2009-07-01\n");
  CHECK(draft.messages ==
        "paper.yaml:8:5: properties.signed-off: signed-off is given but the status is \"draft\"; "
        "set status: "
        "signed-off, or leave signed-off out until the paper is signed off");
  auto no_date =
      load("sign-off-no-date",
           head + "clearance:\n" + all_required() +
               "properties:\n  status: signed-off\n  signed-off:\n    by: Jordan Hale\n");
  CHECK(no_date.messages ==
        "paper.yaml:21:5: properties.signed-off.date: required field is missing");
}

TEST_CASE("clearance: a cleared paper needs the required clearances but no sign-off") {
  auto ok = load("cleared-ok",
                 head + "clearance:\n" + all_required() + "properties:\n  status: cleared\n");
  CHECK(ok.loaded);
  CHECK(ok.messages.empty());
  auto missing =
      load("cleared-missing", head + "clearance:\n" + entry("author", "2009-06-30", "not-cleared") +
                                  "properties:\n  status: cleared\n");
  CHECK_FALSE(missing.loaded);
  CHECK(missing.messages.find(
            "clearance[1].outcome: the report author (N author) did not clear the paper on 30 "
            "June 2009, so it cannot be cleared") != std::string::npos);
  CHECK(missing.messages.find("cannot be cleared without the Section 151 Officer's clearance") !=
        std::string::npos);
}

TEST_CASE(
    "clearance: warnings for another consultee's refusal, a change after sign-off, a sign-off "
    "after the meeting") {
  auto r =
      load("warnings",
           head + "clearance:\n" + all_required() + entry("legal", "2009-06-30", "not-cleared") +
               "properties:\n  status: signed-off\n  signed-off:\n    by: G\n    date: 2009-07-20\n"
               "  modified: 2009-07-21\n");
  CHECK(r.loaded);  // warnings only
  CHECK(r.errors == 0);
  CHECK(r.messages ==
        "paper.yaml:21:14: warning: clearance[4].outcome: the paper is signed off although the "
        "legal adviser (N legal) "
        "did not clear it on 30 June 2009\n"
        "paper.yaml:26:11: warning: properties.signed-off.date: the paper was signed off on 20 "
        "July 2009, after its "
        "meeting on 14 July 2009\n"
        "paper.yaml:27:13: warning: properties.modified: the paper was last modified on 21 July "
        "2009, after it was "
        "signed off on 20 July 2009; a changed paper needs signing off again");
}

TEST_CASE("clearance: a record that does not read is reported once, without rules repeating it") {
  auto r = load("unreadable", head + "clearance:\n" + entry("author", "30/06/2009") + signed_off());
  CHECK(r.errors == 1);
  CHECK(r.messages ==
        "paper.yaml:8:11: clearance[1].date: expected a date written YYYY-MM-DD, like 2009-07-14, "
        "got "
        "\"30/06/2009\"");
}
