// SPDX-License-Identifier: MIT
#include "agenda/agenda.hpp"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

#include "ingest/kind_probe.hpp"
#include "ingest/meeting_loader.hpp"
#include "ingest/paper_loader.hpp"
#include "ingest/reader.hpp"

namespace cp::agenda {
namespace {

std::string standard_title(model::standard_item s) {
  switch (s) {
    case model::standard_item::apologies:
      return "Apologies for absence";
    case model::standard_item::declarations:
      return "Declarations of interest";
    case model::standard_item::minutes:
      return "Minutes of the previous meeting";
    case model::standard_item::urgent_business:
      return "Urgent business";
    case model::standard_item::none:
      break;
  }
  return "";
}

std::string standard_text(model::standard_item s, const std::optional<model::date>& previous) {
  switch (s) {
    case model::standard_item::apologies:
      return "To receive any apologies for absence and to note any substitute members.";
    case model::standard_item::declarations:
      return "To receive any declarations of disclosable pecuniary interests, and of other "
             "registrable and "
             "non-registrable interests, in items on this agenda.";
    case model::standard_item::minutes:
      return previous ? fmt::format(
                            "To confirm as a correct record the minutes of the meeting held on {}.",
                            previous->british())
                      : std::string(
                            "To confirm as a correct record the minutes of the previous meeting.");
    case model::standard_item::urgent_business:
      return "To consider any other business which the Chair decides should be considered as a "
             "matter of "
             "urgency by reason of special circumstances (section 100B(4)(b) of the Local "
             "Government Act 1972).";
    case model::standard_item::none:
      break;
  }
  return "";
}

source_position at(const model::meeting& m, const std::string& path,
                   const source_position& fallback = {}) {
  auto it = m.positions.find(path);
  return it == m.positions.end() ? fallback : it->second;
}

// Resolves one input item: loads its paper or placed document and works out
// what the agenda shows. Problems go into `d`.
std::optional<item> resolve(const model::meeting& m, std::size_t index,
                            const style::house_style& hs, diagnostics& d,
                            std::vector<std::string>& notes) {
  const model::agenda_item& in = m.items[index];
  item out;
  out.input_index = index;
  std::string path = ingest::item_path("items", index);
  source_position pos = at(m, path, in.pos);
  bool ok = true;
  if (!in.report.empty() && ingest::probe_kind(in.report) == "meeting") {
    d.error(at(m, path + ".report", pos), path + ".report",
            fmt::format("{} is a meeting file, not a paper; an item's report names a paper input",
                        in.report));
    ok = false;
  } else if (!in.report.empty()) {
    std::size_t before = d.error_count();
    out.paper = ingest::load_paper(in.report, d, m.include_root);
    if (!out.paper) {
      if (d.error_count() == before)
        d.error(at(m, path + ".report", pos), path + ".report", "the report cannot be read");
      ok = false;
    }
  }
  if (!in.document.empty()) {
    try {
      out.placed = read_placed_document(in.document, hs);
      for (const auto& n : out.placed->notes) notes.push_back(n);
    } catch (const error& e) {
      d.error(at(m, path + ".document", pos), path + ".document", e.what());
      ok = false;
    }
  }
  const model::paper* p = out.paper ? &*out.paper : nullptr;

  // Access: the item's, else its paper's; the two must agree.
  if (in.access)
    out.access = *in.access;
  else if (p)
    out.access = p->access;
  if (p && in.access) {
    const auto& a = *in.access;
    if (a.exempt != p->access.exempt || (a.exempt && a.paragraph != p->access.paragraph)) {
      std::string paper_says = p->access.exempt
                                   ? fmt::format("exempt under paragraph {}", p->access.paragraph)
                                   : std::string("public");
      std::string item_says =
          a.exempt ? fmt::format("exempt under paragraph {}", a.paragraph) : std::string("public");
      d.error(at(m, path + ".access", pos), path + ".access",
              fmt::format("the item says {} but its report ({}) says {}; make them agree",
                          item_says, in.report, paper_says));
      ok = false;
    }
  }

  // Title: an exempt item's comes from the meeting file only.
  out.title = in.title;
  if (out.title.empty() && out.access.exempt) {
    d.error(pos, path + ".title",
            "an exempt item needs a title of its own for the public agenda (the report's own title "
            "is not "
            "published)");
    ok = false;
  }
  if (out.title.empty()) out.title = standard_title(in.standard);
  if (out.title.empty() && p) out.title = p->title;

  out.text = in.text;
  if (out.text.empty() && in.standard != model::standard_item::none)
    out.text = model::prose{standard_text(in.standard, in.previous_meeting), pos};

  // An exempt item shows only what the meeting file says: nothing is taken
  // from its report for the public agenda.
  out.author = in.author;
  if (out.author.empty() && p && !out.access.exempt) out.author = p->author.name;
  if (p && !p->report_of.empty() && !out.access.exempt) out.report_of = "Report of " + p->report_of;

  out.key_decision = in.key_decision.value_or(p ? p->key_decision : false);
  out.plan = in.plan;
  out.urgent = in.urgent;

  if (p && p->props.status != "signed-off")
    d.warning(
        at(m, path + ".report", pos), path + ".report",
        fmt::format(
            "the report is not signed off (its status is {}), so its pages carry the DRAFT mark in "
            "the pack",
            p->props.status));
  if (p && p->meeting_date && m.meeting_date && *p->meeting_date != *m.meeting_date)
    d.warning(at(m, path + ".report", pos), path + ".report",
              fmt::format("the report is written for a meeting on {}, not this one on {}",
                          p->meeting_date->british(), m.meeting_date->british()));
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace

std::string item::anchor() const {
  return fmt::format("item-{}", number);
}
std::string item::path() const {
  return ingest::item_path("items", input_index);
}

std::vector<const item*> agenda::public_items() const {
  std::vector<const item*> out;
  for (const auto& i : items)
    if (!i.exempt()) out.push_back(&i);
  return out;
}

std::vector<const item*> agenda::exempt_items() const {
  std::vector<const item*> out;
  for (const auto& i : items)
    if (i.exempt()) out.push_back(&i);
  return out;
}

namespace {

std::optional<agenda> load(const std::filesystem::path& file, const style::house_style& hs,
                           const bank_holidays& holidays, diagnostics& d,
                           const std::filesystem::path& include_root) {
  auto m = ingest::load_meeting(file, d, include_root);
  if (!m) return std::nullopt;
  agenda a;
  a.meeting = std::move(*m);
  std::size_t errors = d.error_count();
  std::vector<item> items;
  for (std::size_t i = 0; i < a.meeting.items.size(); ++i)
    if (auto it = resolve(a.meeting, i, hs, d, a.notes)) items.push_back(std::move(*it));
  if (d.error_count() > errors) return std::nullopt;
  // Public items first (Part A), then the exempt ones (Part B), each in the file's order.
  std::stable_partition(items.begin(), items.end(), [](const item& i) { return !i.exempt(); });
  bool moved = false;
  for (std::size_t i = 0; i < items.size(); ++i) {
    items[i].number = static_cast<int>(i) + 1;
    moved = moved || items[i].input_index != i;
  }
  a.items = std::move(items);
  check_exempt_files(a, d);
  if (d.error_count() > errors) return std::nullopt;
  if (moved)
    a.notes.push_back(
        fmt::format("{}: the exempt items are moved after the public ones and numbered from {}",
                    a.meeting.file, a.public_items().size() + 1));
  check_statutory(a, holidays, d);
  if (d.error_count() > errors) return std::nullopt;
  return a;
}

}  // namespace

std::optional<agenda> load_agenda(const std::filesystem::path& file, const style::house_style& hs,
                                  const bank_holidays& holidays, diagnostics& d,
                                  const std::filesystem::path& include_root) {
  diagnostics found;
  auto a = load(file, hs, holidays, found, include_root);
  d.add_in_file_order(found, file.string());
  return a;
}

}  // namespace cp::agenda
