// SPDX-License-Identifier: MIT
// The model's wording and derived values: dates, financial years, stars,
// summaries, numbering and the SMART check.
#include <doctest/doctest.h>

#include "model/paper.hpp"

using namespace cp;
using model::date;

TEST_CASE("dates parse strictly and print the British way") {
  auto d = model::parse_date("2009-07-14");
  REQUIRE(d);
  CHECK(*d == date{2009, 7, 14});
  CHECK(d->iso() == "2009-07-14");
  CHECK(d->british() == "14 July 2009");
  CHECK(d->month_year() == "July 2009");
  CHECK(model::parse_date("2006-01-05")->british() == "5 January 2006");
  CHECK(model::parse_date("2008-02-29"));
  CHECK(model::parse_date("2000-02-29"));
  CHECK_FALSE(model::parse_date("2006-02-30"));
  CHECK_FALSE(model::parse_date("2009-02-29"));
  CHECK_FALSE(model::parse_date("1900-02-29"));
  CHECK_FALSE(model::parse_date("2009-13-01"));
  CHECK_FALSE(model::parse_date("2009-00-10"));
  CHECK_FALSE(model::parse_date("2009-7-14"));
  CHECK_FALSE(model::parse_date("14/07/2009"));
  CHECK_FALSE(model::parse_date("2009-07-14 "));
  CHECK_FALSE(model::parse_date("2009-+7-14"));
  CHECK(date{2009, 7, 14} < date{2010, 1, 1});
}

TEST_CASE("financial years run April to March") {
  CHECK(date{2009, 7, 14}.financial_year() == "2009/10");
  CHECK(date{2010, 3, 31}.financial_year() == "2009/10");
  CHECK(date{2010, 4, 1}.financial_year() == "2010/11");
  CHECK(date{1999, 12, 1}.financial_year() == "1999/00");
}

TEST_CASE("timescales, kinds, access statements, stars and risk") {
  CHECK(model::timescale{date{2006, 1, 31}, ""}.display() == "31 January 2006");
  CHECK(model::timescale{std::nullopt, "by June 2006"}.display() == "by June 2006");
  CHECK(model::timescale{date{2006, 1, 31}, "end of January 2006"}.display() ==
        "end of January 2006");
  CHECK(model::timescale{}.display().empty());
  CHECK(model::timescale{}.empty());

  CHECK(model::kind_name(model::paper_kind::committee_report) == "committee-report");
  CHECK(model::kind_name(model::paper_kind::annual_report) == "annual-report");
  CHECK(model::kind_name(model::paper_kind::audit_review) == "audit-review");
  CHECK(model::kind_name(model::paper_kind::recommendations_appendix) ==
        "recommendations-appendix");

  CHECK(model::classification{}.statement() == "This report is public");
  CHECK(model::classification{true, 3, ""}.statement() ==
        "This report is exempt from publication under paragraph 3 of Part 1 of Schedule 12A to the "
        "Local "
        "Government Act 1972");
  CHECK(model::classification{true, 1, "information relating to any individual"}.statement() ==
        "This report is exempt from publication under paragraph 1 of Part 1 of Schedule 12A to the "
        "Local "
        "Government Act 1972: information relating to any individual");

  model::recommendation r;
  r.priority = 1;
  CHECK(r.stars() == "*");
  CHECK(r.risk() == "Little residual risk");
  r.priority = 2;
  CHECK(r.stars() == "**");
  CHECK(r.risk() == "Some residual risk");
  r.priority = 3;
  CHECK(r.stars() == "***");
  CHECK(r.risk() == "Significant residual risk");
}

namespace {

model::paper with_priorities(std::initializer_list<int> priorities) {
  model::paper p;
  for (int pr : priorities) {
    model::recommendation r;
    r.priority = pr;
    p.recommendations.push_back(r);
  }
  return p;
}

}  // namespace

TEST_CASE("recommendation summary lists only the groups there are") {
  CHECK(model::recommendation_summary(with_priorities({3, 3, 2, 2, 2, 2, 2, 2, 2})) ==
        "9 recommendations: 2 significant, 7 some residual risk");
  CHECK(model::recommendation_summary(with_priorities({1})) ==
        "1 recommendation: 1 little residual risk");
  CHECK(model::recommendation_summary(with_priorities({2, 1, 3})) ==
        "3 recommendations: 1 significant, 1 some, 1 little residual risk");
  CHECK(model::recommendation_summary(with_priorities({})) == "No recommendations");
}

TEST_CASE("derive numbers recommendations in order and issues within each evaluation") {
  model::paper p = with_priorities({2, 3, 1});
  p.title = "Partnership Mapping & Evaluation";
  p.meeting_date = date{2009, 7, 14};
  p.evaluations.resize(2);
  p.evaluations[0].issues.resize(3);
  p.evaluations[1].issues.resize(2);
  model::derive(p);
  CHECK(p.recommendations[0].number == 1);
  CHECK(p.recommendations[2].number == 3);
  CHECK(p.evaluations[0].issues[2].number == 3);
  CHECK(p.evaluations[1].issues[0].number == 1);
  CHECK(p.evaluations[1].issues[1].number == 2);
  CHECK(p.id == "2009-07-14-partnership-mapping-evaluation");

  model::paper given;
  given.id = "leeds-review";
  given.title = "Review of Partnership Working";
  model::derive(given);
  CHECK(given.id == "leeds-review");

  model::paper accents;
  accents.title = "  Café — Réview (2005)!  ";
  model::derive(accents);
  CHECK(accents.id == "caf-r-view-2005");
}

TEST_CASE("the SMART check warns, with place and field, and never errs") {
  model::paper p;
  p.meeting_date = date{2009, 7, 14};
  p.evaluations.resize(1);
  auto& issues = p.evaluations[0].issues;
  issues.resize(3);
  issues[0].actions.push_back({"Review the risk register", {}});
  issues[0].responsibility = "Head of Service";
  issues[0].target = {date{2010, 3, 31}, ""};  // SMART: no warning
  issues[1].actions.push_back({"Develop and agree an exit strategy", {}});
  issues[1].pos = {"in.yaml", 20, 9};  // no one responsible, no date
  issues[2].pos = {"in.yaml", 30, 9};  // no actions; date already past
  issues[2].responsibility = "Executive";
  issues[2].target = {date{2009, 6, 1}, ""};
  p.recommendations.resize(2);
  p.recommendations[0].pos = {"in.yaml", 40, 5};
  p.recommendations[1].pos = {"in.yaml", 50, 5};
  p.recommendations[1].management_response = {"Agreed.", {}};
  p.recommendations[1].responsibility = "Legal Services";
  p.recommendations[1].due = {std::nullopt, "ongoing"};

  diagnostics d;
  model::smart_check(p, d);
  CHECK_FALSE(d.has_errors());
  CHECK(d.to_string() ==
        "in.yaml:20:9: warning: evaluations[1].issues[2].responsibility: nobody is named as "
        "responsible for this "
        "issue's actions\n"
        "in.yaml:20:9: warning: evaluations[1].issues[2].target: no target date is set for this "
        "issue's actions\n"
        "in.yaml:30:9: warning: evaluations[1].issues[3].actions: no actions are planned for this "
        "issue\n"
        "in.yaml:30:9: warning: evaluations[1].issues[3].target: the target date 1 June 2009 is "
        "before the "
        "meeting on 14 July 2009\n"
        "in.yaml:40:5: warning: recommendations[1].management-response: the recommendation has no "
        "management "
        "response\n"
        "in.yaml:40:5: warning: recommendations[1].responsibility: nobody is named as responsible "
        "for the "
        "recommendation\n"
        "in.yaml:40:5: warning: recommendations[1].timescale: no target date is set for the "
        "recommendation");
}
