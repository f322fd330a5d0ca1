// SPDX-License-Identifier: MIT
// The names the front sheet template may use: the shape of the views of a
// specimen agenda with one item of each kind, in both packs.
#include "agenda/pack.hpp"
#include "compose/paper_view.hpp"

namespace cp::agenda {

compose::view_catalogue template_views() {
  agenda a;
  a.meeting.meeting_date = model::date{2026, 4, 15};
  a.meeting.published = model::date{2026, 4, 1};
  a.meeting.time = "18:30";
  a.meeting.members.members.push_back("");
  a.meeting.members.substitutes.push_back("");
  item open;
  open.number = 1;
  item exempt = open;
  exempt.number = 2;
  exempt.access.exempt = true;
  exempt.access.paragraph = 3;
  a.items = {open, exempt};
  compose::view_shape shape = compose::view_shape::of(agenda_view(a, false, "logo.png"));
  shape.merge(compose::view_shape::of(agenda_view(a, true, "logo.png")));
  compose::view_catalogue out = compose::paper_views();
  out["agenda"] = std::move(shape);
  return out;
}

}  // namespace cp::agenda
