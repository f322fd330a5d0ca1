// SPDX-License-Identifier: MIT
// A meeting's agenda: the meeting input with every item resolved (its
// report loaded, its placed document read), numbered public items first,
// and checked against the statutory rules.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "agenda/clear_days.hpp"
#include "agenda/placed_document.hpp"
#include "model/meeting.hpp"
#include "model/paper.hpp"
#include "style/house_style.hpp"
#include "util/diagnostics.hpp"

namespace cp::agenda {

// One item of business as it stands on the agenda.
struct item {
  std::size_t input_index = 0;  // position in meeting::items, as the file lists them
  int number = 0;               // "Agenda Item N": public items first
  std::string title;            // as shown on the agenda
  model::prose text;            // shown under the title; the standard wording for standard items
  std::string author;  // as shown on the agenda: the item's, else (public items) the paper's author
  std::string report_of;  // "Report of the Chief Executive" (public items only)
  bool key_decision = false;
  std::optional<model::forward_plan> plan;
  model::classification access;           // the item's, or its paper's
  std::string urgent;                     // the reason; empty: not urgent
  std::optional<model::paper> paper;      // a report built by the pipeline
  std::optional<placed_document> placed;  // a DOCX/ODT placed as it is

  bool exempt() const { return access.exempt; }
  bool has_pages() const { return paper.has_value() || placed.has_value(); }
  // The anchor of the item's first page in a pack: "item-4".
  std::string anchor() const;
  // The field path of the item in the input: "items[4]".
  std::string path() const;
};

struct agenda {
  model::meeting meeting;
  std::vector<item> items;         // in agenda order
  std::vector<std::string> notes;  // for the user: placed documents' left-out parts, reordering

  std::vector<const item*> public_items() const;
  std::vector<const item*> exempt_items() const;
};

// Reads the meeting file, every paper it names (load_paper) and every placed
// document, resolves the items and runs the statutory checks
// (check_statutory). Every problem goes into `d`, positioned in the file it
// comes from; returns the agenda only when there was no error. The files the
// meeting and its reports name must lie inside `include_root` (empty: the
// meeting file's folder), and no file may belong to both a public and an
// exempt item (check_exempt_files).
std::optional<agenda> load_agenda(const std::filesystem::path& file, const style::house_style& hs,
                                  const bank_holidays& holidays, diagnostics& d,
                                  const std::filesystem::path& include_root = {});

// Refuses a public item that shows a file an exempt item also shows: the
// same report input, a file either report includes, or the same placed
// document, found by its path with links resolved or by its bytes (a copy
// under another name). The council's logo is shared by design and not
// counted. Each problem is reported at the public item.
void check_exempt_files(const agenda& a, diagnostics& d);

// The statutory rules (docs/agendas.md): the agenda published at least five
// clear working days before the meeting, a key decision on the forward plan
// at least 28 clear days before it, every exempt item naming its paragraph
// of Schedule 12A. A failure is an error at the input's place, unless the
// item is marked urgent with a reason.
void check_statutory(const agenda& a, const bank_holidays& holidays, diagnostics& d);

}  // namespace cp::agenda
