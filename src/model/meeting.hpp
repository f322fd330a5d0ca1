// SPDX-License-Identifier: MIT
// The typed model of a meeting's input: what `papers agenda` turns into an
// agenda front sheet, a public agenda pack and an exempt pack.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/paper.hpp"
#include "util/diagnostics.hpp"

namespace cp::model {

// The standard items most agendas open (and close) with.
enum class standard_item { none, apologies, declarations, minutes, urgent_business };
// "apologies", "declarations", "minutes", "urgent-business".
std::string standard_item_name(standard_item s);

// A key decision's entry on the forward plan (notice of key decisions).
struct forward_plan {
  std::string reference;          // "FP/2026/014"
  std::optional<date> published;  // when the entry was first published
};

// One item of business. It may carry a report built from a paper input
// (`report`) or an existing DOCX/ODT placed as it is (`document`); a
// standard item or a short text item carries neither.
struct agenda_item {
  standard_item standard = standard_item::none;
  std::string title;                 // as given; empty: the standard item's or the paper's title
  prose text;                        // short text shown on the front sheet
  std::string report;                // paper input, relative to the meeting file as written
  std::string document;              // .docx/.odt, relative to the meeting file as written
  std::string author;                // shown on the front sheet; empty: the paper's author
  std::optional<bool> key_decision;  // unset: the paper's key-decision
  std::optional<forward_plan> plan;
  std::optional<classification> access;  // unset: the paper's access (public for documents)
  std::string urgent;                    // the reason the item is urgent; empty: not urgent
  std::optional<date>
      published;  // a later publication (supplementary agenda); unset: the meeting's
  std::optional<date> previous_meeting;  // minutes: the meeting they record
  source_position pos;
};

struct membership {
  std::string chair;
  std::string vice_chair;
  std::vector<std::string> members;
  std::vector<std::string> substitutes;
};

struct meeting {
  std::string file;  // the input file, as given
  // The folder (links resolved) the files it names, and their own includes,
  // must lie in: the meeting file's, or --include-root.
  std::string include_root;
  std::string kind;  // "meeting", as the file says
  std::string council;
  std::string committee;
  std::optional<date> meeting_date;
  std::string time;  // "18:30", checked; see display_time()
  std::string venue;
  membership members;
  person contact;                 // the democratic services officer
  std::optional<date> published;  // when the agenda is published
  std::vector<agenda_item> items;
  std::string logo;  // relative to the meeting file; empty: none
  // Where each value was found in the input, by field path ("items[3].report").
  std::map<std::string, source_position> positions;
};

// "18:30" -> "6.30 pm", "09:00" -> "9.00 am", "12:00" -> "12 noon".
std::string display_time(const std::string& hhmm);
// Whether text is a 24-hour time written HH:MM.
bool is_time(const std::string& hhmm);

// The words of Part 1 of Schedule 12A to the Local Government Act 1972 for
// paragraph 1-7 (as amended in England), e.g. 3: "Information relating to
// the financial or business affairs of any particular person (including the
// authority holding that information)."
std::string schedule_12a_paragraph(int paragraph);

}  // namespace cp::model
