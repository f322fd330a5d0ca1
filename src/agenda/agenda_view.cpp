// SPDX-License-Identifier: MIT
// The data the front sheet template (templates/agenda.mustache) sees.
#include <set>

#include <fmt/format.h>

#include "agenda/pack.hpp"
#include "compose/view_fields.hpp"

namespace cp::agenda {
namespace {

using compose::person_view;
using compose::put;
using compose::put_flag;
using compose::put_list;
using compose::text_list;
using compose::view;

std::string join(const std::vector<std::string>& parts, const std::string& last = " and ") {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? last : ", ";
    out += parts[i];
  }
  return out;
}

std::string long_date(const model::date& d) {
  static constexpr const char* names[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                          "Friday", "Saturday", "Sunday"};
  return fmt::format("{} {}", names[weekday(d)], d.british());
}

// "paragraph 3" / "paragraphs 1 and 3".
std::string paragraphs_phrase(const std::vector<const item*>& items) {
  std::set<int> ps;
  for (const auto* i : items) ps.insert(i->access.paragraph);
  std::vector<std::string> numbers;
  for (int p : ps) numbers.push_back(fmt::format("{}", p));
  return fmt::format("{} {}", numbers.size() == 1 ? "paragraph" : "paragraphs", join(numbers));
}

view item_view(const item& it, bool public_sheet) {
  view o = view::object();
  put(o, "number", fmt::format("{}", it.number));
  put(o, "title", it.title);
  put(o, "text", it.text.empty() ? std::string() : it.text.markdown);
  put(o, "author", it.author);
  put(o, "report_of", it.report_of);
  put_flag(o, "key_decision", it.key_decision);
  put(o, "forward_plan", it.plan ? it.plan->reference : "");
  put(o, "urgent", it.urgent);
  // An exempt item's pages are in the exempt pack only.
  bool pages = it.has_pages() && !(public_sheet && it.exempt());
  put_flag(o, "has_pages", pages);
  put(o, "anchor", it.anchor());
  put_flag(o, "exempt", it.exempt());
  put(o, "paragraph", it.exempt() ? fmt::format("{}", it.access.paragraph) : "");
  put(o, "paragraph_words", it.exempt() ? model::schedule_12a_paragraph(it.access.paragraph) : "");
  return o;
}

}  // namespace

std::string exempt_marking(const std::vector<const item*>& items) {
  return fmt::format(
      "NOT FOR PUBLICATION: exempt information under {} of Part 1 of Schedule 12A to the Local "
      "Government Act 1972",
      paragraphs_phrase(items));
}

view agenda_view(const agenda& a, bool exempt_pack, const std::string& logo_src) {
  const model::meeting& m = a.meeting;
  view v = view::object();
  put(v, "council", m.council);
  put(v, "committee", m.committee);
  put(v, "meeting_date", m.meeting_date ? long_date(*m.meeting_date) : "");
  put(v, "meeting_date_iso", m.meeting_date ? m.meeting_date->iso() : "");
  put(v, "time", model::display_time(m.time));
  put(v, "venue", m.venue);
  put(v, "published", m.published ? long_date(*m.published) : "");
  put(v, "published_iso", m.published ? m.published->iso() : "");
  put(v, "created", m.published ? m.published->iso() + "T00:00:00Z" : "");
  put(v, "logo", logo_src);
  put_flag(v, "exempt_pack", exempt_pack);
  put(v, "title",
      fmt::format("{}{}{}: {}", m.committee, m.meeting_date ? ", " : "",
                  m.meeting_date ? m.meeting_date->british() : "",
                  exempt_pack ? "exempt reports (not for publication)" : "agenda"));

  view members = view::object();
  put(members, "chair", m.members.chair);
  put(members, "vice_chair", m.members.vice_chair);
  put_list(members, "members", text_list(m.members.members));
  put(members, "members_line", join(m.members.members, " and "));
  put_list(members, "substitutes", text_list(m.members.substitutes));
  put(members, "substitutes_line", join(m.members.substitutes, " and "));
  v.set("membership", std::move(members));
  put_flag(v, "has_membership",
           !m.members.chair.empty() || !m.members.vice_chair.empty() ||
               !m.members.members.empty() || !m.members.substitutes.empty());
  v.set("contact", person_view(m.contact));

  auto public_items = a.public_items();
  auto exempt_items = a.exempt_items();
  view pub = view::list();
  if (!exempt_pack)
    for (const auto* i : public_items) pub.push(item_view(*i, true));
  put_list(v, "public_items", std::move(pub));
  view ex = view::list();
  for (const auto* i : exempt_items) ex.push(item_view(*i, !exempt_pack));
  put_list(v, "exempt_items", std::move(ex));

  std::string resolution;
  if (!exempt_items.empty()) {
    bool one = exempt_items.size() == 1;
    std::vector<std::string> cited;
    for (const auto* i : exempt_items)
      cited.push_back(fmt::format("item {}, paragraph {}", i->number, i->access.paragraph));
    resolution = fmt::format(
        "That, under section 100A(4) of the Local Government Act 1972, the press and public be "
        "excluded from the "
        "meeting for the following {} of business on the grounds that {} the likely disclosure of "
        "exempt "
        "information as defined in the {} of Part 1 of Schedule 12A to the Act shown against {} "
        "({}), and that "
        "in all the circumstances of the case the public interest in maintaining the exemption "
        "outweighs the "
        "public interest in disclosing the information.",
        one ? "item" : "items", one ? "it involves" : "they involve",
        one ? "paragraph" : "paragraphs", one ? "it" : "each item", join(cited, "; "));
  }
  put(v, "exclusion_resolution", resolution);
  put(v, "marking", exempt_items.empty() ? "" : exempt_marking(exempt_items));
  put(v, "classification",
      exempt_pack ? exempt_marking(exempt_items)
                  : "Public: this agenda and its reports are published");
  return v;
}

}  // namespace cp::agenda
