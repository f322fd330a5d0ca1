// SPDX-License-Identifier: MIT
// A full paper input loads with every value in its place; JSON says the same.
#include <doctest/doctest.h>

#include <fstream>

#include "ingest/paper_loader.hpp"
#include "paper_dump.hpp"
#include "support/paths.hpp"

using namespace cp;

namespace {

std::filesystem::path data(const std::string& name) {
  return test::source_dir() / "tests/unit/ingest/data" / name;
}

model::paper load_clean(const std::filesystem::path& file) {
  diagnostics d;
  auto p = ingest::load_paper(file, d);
  INFO(d.to_string());
  REQUIRE(d.items().empty());
  REQUIRE(p);
  return *p;
}

}  // namespace

TEST_CASE("a full input loads with every value in its place") {
  model::paper p = load_clean(data("full.yaml"));
  CHECK(p.file == data("full.yaml").string());
  CHECK(p.kind == model::paper_kind::committee_report);
  CHECK(p.id == "lancaster-pme-2009-07");
  CHECK(p.council == "Lancaster City Council");
  CHECK(p.committee == "Budget & Performance Panel");
  REQUIRE(p.meeting_date);
  CHECK(p.meeting_date->british() == "14 July 2009");
  CHECK(p.title == "Partnership Mapping & Evaluation");
  CHECK(p.report_of == "Corporate Director (Finance & Performance)");
  CHECK(p.author.name == "Robert Bailey");
  CHECK(p.author.role == "Partnership Mapping & Evaluation Officer");
  CHECK(p.author.phone == "01524 582018");  // the leading zero survives: short fields are text
  CHECK(p.author.email == "rbailey@lancaster.gov.uk");
  CHECK(p.access.exempt);
  CHECK(p.access.paragraph == 3);
  CHECK(p.access.reason ==
        "information relating to the financial or business affairs of any particular person");
  CHECK(p.purpose.markdown ==
        "To inform Members of the main outcomes arising from the completed\nevaluations of the "
        "Community Safety and "
        "Museums Partnerships.\n");
  CHECK(p.purpose.pos.line == 21);
  CHECK(p.recommendations_intro == "The Panel is recommended:");
  REQUIRE(p.committee_recommendations.size() == 2);
  CHECK(p.committee_recommendations[1].markdown ==
        "That progress on the work programme for evaluating eight partnerships during 2009/10 be "
        "noted");

  REQUIRE(p.sections.size() == 2);
  const auto& intro = p.sections[0];
  CHECK(intro.id == "introduction");
  CHECK(intro.title == "Introduction");
  CHECK(intro.body.markdown ==
        "In February 2009, Members considered the work programme for 2009/10.\n");
  REQUIRE(intro.table);
  CHECK(intro.table->caption == "Leeds Vision Themes");
  CHECK(intro.table->columns == std::vector<std::string>{"Theme", "Example"});
  CHECK(intro.table->widths == std::vector<double>{1, 2.5});
  REQUIRE(intro.table->rows.size() == 2);
  CHECK(intro.table->rows[1] == std::vector<std::string>{"Culture", "Museums"});
  CHECK(intro.after_table.markdown == "The themes follow the Vision for Leeds.");
  CHECK(intro.pos.line == 29);
  CHECK(intro.pos.column == 5);
  REQUIRE(intro.subsections.size() == 1);
  CHECK(intro.subsections[0].id == "scope");
  CHECK(intro.subsections[0].table->rows.at(0).at(0) == "Community Safety");
  CHECK(intro.subsections[0].after_table.markdown == "Both were pilots.");
  CHECK(p.sections[1].id.empty());
  CHECK_FALSE(p.sections[1].table);

  REQUIRE(p.statements.size() == 1);
  CHECK(p.statements[0].title == "Relationship to Policy Framework");
  CHECK(p.options.at(0).title == "Option One");
  CHECK(p.options.at(0).text.markdown == "To agree the proposed way forward.");
  CHECK(p.consultations.at(0).title == "External");
  REQUIRE(p.implications.size() == 1);
  CHECK(p.implications[0].title == "Financial");
  REQUIRE(p.implications[0].checked_by);
  CHECK(p.implications[0].checked_by->name == "Karen Curtin");
  CHECK(p.implications[0].checked_by->phone == "01295 221551");
  CHECK(p.section151_comments.markdown == "The Section 151 Officer has been consulted.");
  CHECK(p.monitoring_officer_comments.markdown == "The Monitoring Officer has been consulted.");
  CHECK(p.wards == std::vector<std::string>{"All"});
  CHECK(p.corporate_plan_themes ==
        std::vector<std::string>{"Partnership working", "Value for money"});
  CHECK(p.portfolio == "Councillor Wood, Portfolio Holder for Policy and Community");
  CHECK_FALSE(p.key_decision);
  CHECK(p.background_papers ==
        std::vector<std::string>{"Partnership Working Framework", "Partnership Protocol"});
  REQUIRE(p.appendices.size() == 2);
  CHECK(p.appendices[1].label == "B");
  CHECK(p.appendices[1].title == "Museums Partnership");
  REQUIRE(p.criteria.size() == 2);
  CHECK(p.criteria[1].name == "Membership");

  REQUIRE(p.partnerships.size() == 2);
  const auto& csp = p.partnerships[0];
  CHECK(csp.id == "csp");
  CHECK(csp.name == "Community Safety Partnership");
  CHECK(csp.scope == "local");
  CHECK(csp.significant);
  CHECK(csp.lead_officer == "Community Safety Officer");
  CHECK(csp.council_role == "Statutory partner");
  CHECK(csp.contribution == "Officer time");
  CHECK(csp.funding == "Home Office grant");
  CHECK(csp.achievements.markdown ==
        "Workshops held with key officers from partner organisations.");
  CHECK(csp.value_for_money.markdown == "Some value for money.");
  CHECK(csp.actions_next_year.markdown == "Establish clear KPIs.");
  CHECK(csp.governance_progress.markdown == "Revised terms of reference adopted.");
  CHECK(csp.illustrative);
  CHECK_FALSE(p.partnerships[1].significant);
  CHECK(p.find_partnership("museums") == &p.partnerships[1]);
  CHECK(p.find_partnership("nope") == nullptr);

  REQUIRE(p.evaluations.size() == 1);
  const auto& ev = p.evaluations[0];
  CHECK(ev.partnership == "csp");
  CHECK(ev.appendix == "A");
  REQUIRE(ev.results.size() == 1);
  CHECK(ev.results[0].criterion == "Focus");
  CHECK(ev.results[0].rating == "Good");
  REQUIRE(ev.issues.size() == 2);
  CHECK(ev.issues[0].number == 1);
  CHECK(ev.issues[1].number == 2);
  CHECK(ev.issues[0].actions.size() == 2);
  CHECK(ev.issues[0].actions[1].markdown == "Establish clear KPIs");
  CHECK(ev.issues[0].responsibility == "Community Safety Officer");
  REQUIRE(ev.issues[0].target.due);
  CHECK(ev.issues[0].target.due->iso() == "2010-03-31");
  CHECK(ev.issues[0].target.display() == "31 March 2010");
  CHECK_FALSE(ev.issues[1].target.due);
  CHECK(ev.issues[1].target.text == "ongoing");

  REQUIRE(p.work_programme.size() == 1);
  CHECK(p.work_programme[0].partnership == "museums");
  CHECK(p.work_programme[0].month == "2009-07");
  CHECK(p.work_programme[0].planned == "Initial meeting");
  CHECK(p.work_programme[0].actual == "Initial meeting held");

  REQUIRE(p.recommendations.size() == 2);
  const auto& r1 = p.recommendations[0];
  CHECK(r1.number == 1);
  CHECK(r1.id == "strategic-fit");
  CHECK(r1.priority == 2);
  CHECK(r1.stars() == "**");
  CHECK(r1.section == "introduction");
  CHECK(r1.management_response.markdown ==
        "A review of the partnership agreement has been instigated.");
  CHECK(r1.responsibility == "Legal Services");
  CHECK(r1.due.display() == "31 January 2010");
  CHECK(p.recommendations[1].number == 2);
  CHECK(p.recommendations[1].section == "scope");
  CHECK(p.recommendations[1].due.text == "by June 2010");

  REQUIRE(p.clearances.size() == 4);
  CHECK(p.clearances[1].role == "section-151");
  CHECK(p.clearances[1].name == "Sam Patel");
  CHECK(p.clearances[1].job_title == "Head of Financial Services");
  CHECK(p.clearances[1].on == model::date{2009, 6, 24});
  CHECK(p.clearances[1].outcome == "cleared-with-comments");
  CHECK(p.clearances[1].comments.markdown == "The costs are met from **existing** budgets.");
  CHECK(p.clearances[1].role_title() == "Section 151 Officer");
  CHECK(p.clearances[3].role_title() == "Head of Museums");
  CHECK(p.props.status == "signed-off");
  REQUIRE(p.props.signed_off);
  CHECK(p.props.signed_off->by == "Jordan Hale");
  CHECK(p.props.signed_off->job_title == "Chief Executive");
  CHECK(p.props.signed_off->on == model::date{2009, 7, 1});
  CHECK(p.props.version == "1.2");
  CHECK(p.props.keywords == std::vector<std::string>{"partnerships", "evaluation"});
  CHECK(p.props.created == model::date{2009, 6, 1});
  CHECK(p.props.modified == model::date{2009, 7, 1});
  CHECK(p.logo == "logo.png");
  // Every file read: the input, then the logo.
  CHECK(p.sources ==
        std::vector<std::string>{data("full.yaml").string(), data("logo.png").string()});
  CHECK(model::recommendation_summary(p) ==
        "2 recommendations: 1 significant, 1 some residual risk");
}

TEST_CASE("the same input written as JSON loads the same") {
  model::paper from_yaml = load_clean(data("full.yaml"));
  model::paper from_json = load_clean(data("full.json"));
  CHECK(test::paper_dump()(from_json) == test::paper_dump()(from_yaml));
  CHECK(from_json.purpose.pos.file == data("full.json").string());
}

TEST_CASE("a minimal input gets its id from the meeting date and title, and defaults elsewhere") {
  auto dir = test::scratch_dir("ingest-minimal");
  auto file = dir / "minimal.yaml";
  std::ofstream(file) << "kind: annual-report\ncommittee: Executive\nmeeting-date: 2009-03-16\n"
                         "title: Working in Partnership - Annual Report\n";
  model::paper p = load_clean(file);
  CHECK(p.kind == model::paper_kind::annual_report);
  CHECK(p.id == "2009-03-16-working-in-partnership-annual-report");
  CHECK_FALSE(p.access.exempt);
  CHECK(p.access.statement() == "This report is public");
  CHECK(p.props.status == "draft");
  CHECK(p.logo.empty());
}

TEST_CASE("text with XML-special characters and Mustache tags is kept literally") {
  model::paper p = load_clean(test::source_dir() / "tests/bad-inputs/must-load/xml-special.yaml");
  CHECK(p.title == "Fish & Chips <Review> \"2009\" 'final'");
  CHECK(p.council == "</w:t><w:t>Injected</w:t>");
  CHECK(p.purpose.markdown == "Costs < £5 & benefits > £10 ]]> <![CDATA[ x ]]> &amp; &#x41;\n");
  REQUIRE(p.sections.size() == 1);
  CHECK(p.sections[0].title == "<script>alert(1)</script>");
  CHECK(p.sections[0].table->rows.at(0).at(0) == "a < b");
  CHECK(p.sections[0].table->rows.at(0).at(1) == "c & d");

  model::paper m = load_clean(test::source_dir() / "tests/bad-inputs/must-load/mustache-tags.yaml");
  CHECK(m.title == "{{title}}");
  CHECK(m.committee == "{{{committee}}}");
  CHECK(m.report_of == "{{#sections}}{{/sections}}");
  CHECK(m.purpose.markdown == "{{> partial}} {{! comment }} {{=<% %>=}} <%x%>\n");
  REQUIRE(m.recommendations.size() == 1);
  CHECK(m.recommendations[0].text.markdown == "{{{raw}}} and {{escaped}} and {{&amp}}");
  CHECK(m.recommendations[0].responsibility == "{{^none}}x{{/none}}");

  // A UTF-8 byte order mark before the first key, as Windows editors save.
  CHECK(load_clean(test::source_dir() / "tests/bad-inputs/must-load/byte-order-mark.yaml").title ==
        "Marked");
}
