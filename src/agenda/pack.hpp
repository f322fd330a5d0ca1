// SPDX-License-Identifier: MIT
// Agenda packs: one document tree each, the front sheet (templates/
// agenda.mustache) followed by the items' reports, each report a *part*
// (doc::section::part_anchor) that starts on a new page with "Agenda Item N"
// in its headers, numbered on through the pack.
#pragma once

#include <optional>

#include "agenda/agenda.hpp"
#include "compose/template_set.hpp"
#include "compose/view.hpp"
#include "document/document.hpp"
#include "style/house_style.hpp"

namespace cp::agenda {

struct packs {
  // The front sheet (every item; exempt ones by their public title only)
  // and the public items' reports. Nothing of an exempt report is in it.
  doc::document public_pack;
  // A front sheet listing the exempt items, and their reports, every page
  // marked "Not for publication" with the paragraphs of Schedule 12A; none
  // when the agenda has no exempt item.
  std::optional<doc::document> exempt_pack;
};

// "NOT FOR PUBLICATION: exempt information under paragraph 3 of Part 1 of
// Schedule 12A to the Local Government Act 1972" for these items' paragraphs.
std::string exempt_marking(const std::vector<const item*>& items);

// What the front sheet template sees (docs/agendas.md lists every key).
compose::view agenda_view(const agenda& a, bool exempt_pack, const std::string& logo_src);

// What each template of a set may use: the paper kinds' views
// (compose::paper_views) and the front sheet's, "agenda".
compose::view_catalogue template_views();

// Builds both packs. Reports are composed with `templates` (compose_paper),
// on up to `jobs` threads; placed documents are taken as read. The packs
// are the same whatever the number of threads. Page references on the
// front sheet carry the estimated page of each item for readers that do
// not compute them.
packs build_packs(const agenda& a, const compose::template_set& templates,
                  const style::house_style& hs, unsigned jobs = 1);

// "cabinet-2026-04-15": the start of the packs' file names.
std::string pack_file_stem(const model::meeting& m);

}  // namespace cp::agenda
