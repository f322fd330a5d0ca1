// SPDX-License-Identifier: MIT
// The typed model of one committee paper's input: what ingest produces and
// compose reads. Derived content (numbers, stars, counts, British dates) is
// computed here once, by derive(), never in templates.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "util/diagnostics.hpp"

namespace cp::model {

// A calendar date (no time, no zone).
struct date {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31

  bool operator==(const date&) const = default;
  auto operator<=>(const date&) const = default;
  std::string iso() const;         // "2009-07-14"
  std::string british() const;     // "14 July 2009"
  std::string month_year() const;  // "July 2009"
  // The financial year (April to March) holding the date: "2009/10".
  std::string financial_year() const;
};

// Parses "2009-07-14"; nullopt unless it is a real date.
std::optional<date> parse_date(std::string_view s);

// Prose written in CommonMark (paragraphs, lists, bold, italic, links).
// Kept as source text with its place, parsed at compose time.
struct prose {
  std::string markdown;
  source_position pos;
  bool empty() const { return markdown.find_first_not_of(" \t\r\n") == std::string::npos; }
};

struct person {
  std::string name;
  std::string role;
  std::string phone;
  std::string email;
};

// When something is due: a date, free text ("ongoing", "by June 2006"), or both.
struct timescale {
  std::optional<date> due;
  std::string text;
  bool empty() const { return !due && text.empty(); }
  std::string display() const;  // text, else the British date
};

enum class paper_kind { committee_report, annual_report, audit_review, recommendations_appendix };
// "committee-report", ...: the template name too.
std::string kind_name(paper_kind k);

// Public, or exempt from publication under a paragraph of Schedule 12A to the
// Local Government Act 1972.
struct classification {
  bool exempt = false;
  int paragraph = 0;  // 1-7 when exempt
  std::string reason;
  std::string statement() const;  // "This report is public" / "... exempt ... paragraph 3 ..."
};

// A simple table in a section: header row and text cells.
struct table_data {
  std::string caption;
  std::vector<std::string> columns;
  std::vector<double> widths;  // relative; empty: equal
  std::vector<std::vector<std::string>> rows;
};

// A titled part of the paper's body; subsections nest one level.
struct section {
  std::string id;  // for recommendations' `section` and cross references; may be empty
  std::string title;
  prose body;
  std::optional<table_data> table;
  prose after_table;  // prose that follows the table
  std::vector<section> subsections;
  source_position pos;
};

// A titled block of prose ("Relationship to Policy Framework", "Options").
struct statement {
  std::string title;
  prose text;
};

struct implication {
  std::string title;  // "Financial", "Legal", "Risk Management", "Equality"
  prose text;
  std::optional<person> checked_by;
};

struct appendix_ref {
  std::string label;  // "A", "1"
  std::string title;
};

struct partnership {
  std::string id;
  std::string name;
  std::string scope;  // "countywide" or "local"
  bool significant = false;
  std::string lead_officer;
  std::string council_role;
  std::string contribution;
  std::string funding;
  prose achievements;
  prose value_for_money;
  prose actions_next_year;
  prose governance_progress;
  bool illustrative = false;  // made-up example content, marked as such
  source_position pos;
};

// A criterion of the self-assessment toolkit (data, not code).
struct criterion {
  std::string name;      // "Focus"
  std::string question;  // "Is the purpose of the partnership clear ...?"
};

struct criterion_result {
  std::string criterion;  // a criterion name
  std::string rating;     // e.g. "Good", "Needs improvement"
  prose evidence;
};

struct issue {
  prose text;
  std::vector<prose> actions;
  std::string responsibility;
  timescale target;
  source_position pos;
  int number = 0;  // derived: 1.. within its evaluation
};

struct evaluation {
  std::string partnership;  // a partnership id
  std::string appendix;     // label of the appendix that shows it, e.g. "A"
  std::vector<criterion_result> results;
  std::vector<issue> issues;
  source_position pos;
};

// One month of the evaluation work programme.
struct activity {
  std::string partnership;  // a partnership id
  std::string month;        // "2009-07"
  std::string planned;
  std::string actual;
};

struct recommendation {
  std::string id;
  prose text;
  int priority = 2;     // 1 little, 2 some, 3 significant residual risk
  std::string section;  // id of the section it belongs to (inline box there)
  prose management_response;
  std::string responsibility;
  timescale due;
  source_position pos;
  int number = 0;             // derived: 1.. in order
  std::string stars() const;  // "*", "**", "***"
  std::string risk() const;   // "Little residual risk", ...
};

// One entry of the clearance record: an officer who was asked to clear the
// paper, and what they said. A role may appear more than once (a paper sent
// back and cleared on a second reading); the latest entry counts.
struct clearance {
  std::string role;       // author, chief-officer, section-151, monitoring-officer, legal, other
  std::string name;       // "Jo Smith"
  std::string job_title;  // "Director of Resources"
  std::optional<date> on;
  std::string outcome;  // cleared, cleared-with-comments, not-cleared
  prose comments;
  source_position pos;
  // "Section 151 Officer" for "section-151", ...; an `other` entry's job title.
  std::string role_title() const;
  bool positive() const { return outcome == "cleared" || outcome == "cleared-with-comments"; }
};

// The clearance roles whose positive clearance a paper needs before it can
// be signed off (or called cleared): author, section-151, monitoring-officer.
const std::vector<std::string>& required_clearances();
// "Section 151 Officer"; the role itself when it is not a known one.
std::string clearance_role_title(std::string_view role);
// "cleared with comments" for "cleared-with-comments", ...
std::string outcome_words(std::string_view outcome);

// Who signed the paper off as agreed, and when.
struct sign_off {
  std::string by;
  std::string job_title;
  std::optional<date> on;
};

// Document properties: how far the paper has got and which version it is.
struct properties {
  std::string status = "draft";  // draft, cleared, signed-off
  std::string version;
  std::vector<std::string> keywords;
  std::optional<date> created;
  std::optional<date> modified;
  std::optional<sign_off> signed_off;  // given exactly when status is signed-off
  bool is_signed_off() const { return status == "signed-off"; }
};

struct paper {
  std::string file;  // the input file, as given
  paper_kind kind = paper_kind::committee_report;
  std::string id;  // derived from the title when not given
  std::string council;
  std::string committee;
  std::optional<date> meeting_date;
  std::string title;
  std::string report_of;
  person author;
  classification access;
  prose purpose;
  std::string recommendations_intro;  // "The Executive is recommended to:"
  std::vector<prose> committee_recommendations;
  std::vector<section> sections;
  std::vector<statement> statements;  // after the sections
  std::vector<statement> options;
  std::vector<statement> consultations;
  std::vector<implication> implications;
  prose section151_comments;
  prose monitoring_officer_comments;
  std::vector<std::string> wards;
  std::vector<std::string> corporate_plan_themes;
  std::string portfolio;
  bool key_decision = false;
  std::vector<std::string> background_papers;
  std::vector<appendix_ref> appendices;
  std::vector<criterion> criteria;
  std::vector<partnership> partnerships;
  std::vector<evaluation> evaluations;
  std::vector<activity> work_programme;
  std::vector<recommendation> recommendations;
  std::vector<clearance> clearances;  // in the order given
  properties props;
  std::string logo;  // path of the council logo (relative to the input file); empty: none
  // Every file the paper was read from, as opened: the input itself, each
  // included file (in the order first read) and the logo. The archive keeps
  // exactly these.
  std::vector<std::string> sources;
  // Where each value was found in the input, by field path
  // ("sections[2].title"): lets later checks point at the input.
  std::map<std::string, source_position> positions;

  const partnership* find_partnership(std::string_view id) const;
};

// Fills in what is derived: recommendation and issue numbers, the paper id.
void derive(paper& p);

// "9 recommendations: 2 significant, 7 some residual risk".
std::string recommendation_summary(const paper& p);

// Warnings about weak actions and recommendations (SMART check): actions
// without a responsible person or target date, target dates before the
// meeting, recommendations without a management response.
void smart_check(const paper& p, diagnostics& d);

}  // namespace cp::model
