// SPDX-License-Identifier: MIT
// The field table of meeting inputs. Keys are kebab-case; the order here is
// the order of the schema and of docs/agendas.md.
#include "ingest/meeting_types.hpp"

#include <fmt/format.h>

namespace cp::ingest {
namespace {

using namespace fields;
using model::agenda_item;
using model::classification;
using model::forward_plan;
using model::meeting;
using model::membership;
using model::person;
using model::standard_item;

constexpr bool required = true;

// "kind: meeting": what tells a meeting file from a paper.
kind<std::string> meeting_kind() {
  return choice({"meeting"});
}

kind<std::string> time_of_day() {
  return {
      [](const value& v, const std::string& path, read_context& c) -> std::optional<std::string> {
        auto t = text().read(v, path, c);
        if (!t) return std::nullopt;
        if (model::is_time(*t)) return t;
        c.d.error(
            v.pos, path,
            fmt::format("expected a time written HH:MM on the 24-hour clock, like 18:30, got {}",
                        v.describe()));
        return std::nullopt;
      },
      [](schema_defs&) {
        return json::object()
            .set("type", json::string("string"))
            .set("pattern", json::string("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
      }};
}

const object_type<person>& contact_type() {
  static const auto t =
      object_type<person>("contact",
                          "The democratic services officer to contact about the meeting.")
          .add("name", &person::name, text(), "Full name, e.g. \"Sam Okafor\".", required)
          .add("role", &person::role, text(), "Job title, e.g. \"Democratic Services Officer\".")
          .add("phone", &person::phone, text(), "Telephone number as it should be printed.")
          .add("email", &person::email, email_address(), "Email address.");
  return t;
}

const object_type<membership>& membership_type() {
  static const auto t =
      object_type<membership>("membership", "Who sits on the committee.")
          .add("chair", &membership::chair, text(), "The chair, e.g. \"Councillor Amira Patel\".")
          .add("vice-chair", &membership::vice_chair, text(), "The vice-chair.")
          .add("members", &membership::members, list(text()), "The other members, one entry each.")
          .add("substitutes", &membership::substitutes, list(text()), "Named substitute members.");
  return t;
}

const object_type<forward_plan>& forward_plan_type() {
  static const auto t =
      object_type<forward_plan>(
          "forward-plan", "A key decision's entry on the forward plan (notice of key decisions).")
          .add("reference", &forward_plan::reference, text(),
               "The forward plan reference, e.g. \"FP/2026/014\".", required)
          .add("published", &forward_plan::published, date(),
               "When the entry was first published (YYYY-MM-DD); it must be at least 28 clear days "
               "before "
               "the meeting.",
               required);
  return t;
}

const object_type<classification>& exemption_type() {
  static const auto t =
      object_type<classification>(
          "item-exemption",
          "Why the item is exempt from publication under Schedule 12A to the Local "
          "Government Act 1972.")
          .add("exempt-paragraph", &classification::paragraph, integer(1, 7),
               "The paragraph of Part 1 of Schedule 12A (1 to 7) that the exemption relies on.",
               required)
          .add("reason", &classification::reason, text(), "The exempt information in a phrase.");
  return t;
}

// `public`, or a mapping that says why the item is exempt (as a paper's access).
kind<classification> access() {
  kind<classification> exempt = object(exemption_type());
  return {[exempt](const value& v, const std::string& path,
                   read_context& c) -> std::optional<classification> {
            if (v.is_scalar() && v.text == "public") return classification{};
            if (v.is_map()) {
              auto out = exempt.read(v, path, c);
              if (out) out->exempt = true;
              return out;
            }
            std::string msg = fmt::format(
                "expected public, or a mapping with exempt-paragraph and reason, got {}",
                v.describe());
            if (v.is_scalar() && v.text == "exempt")
              msg +=
                  "; an exempt item must name its paragraph of Schedule 12A: write access: "
                  "{exempt-paragraph: 3}";
            c.d.error(v.pos, path, msg);
            return std::nullopt;
          },
          [exempt](schema_defs& defs) {
            json one_of = json::array();
            one_of.push(json::object().set("const", json::string("public")));
            one_of.push(exempt.schema(defs));
            return json::object().set("oneOf", std::move(one_of));
          }};
}

void check_item(const agenda_item& it, const std::string& path, read_context& c) {
  source_position at = c.at(path);
  // A field already refused (misspelt, or of the wrong type) explains itself;
  // rules between fields would only repeat it.
  for (const auto& x : c.d.items())
    if (x.level == severity::error && x.field.starts_with(path + ".")) return;
  if (!it.report.empty() && !it.document.empty())
    c.d.error(c.at(field_path(path, "document"), at), field_path(path, "document"),
              "an item has a report or a document, not both");
  if (it.standard == standard_item::none && it.report.empty() && it.document.empty() &&
      it.title.empty())
    c.d.error(at, path, "an item needs a title, or one of standard, report or document");
  if (!it.document.empty() && it.title.empty() && it.standard == standard_item::none)
    c.d.error(
        c.at(field_path(path, "document"), at), field_path(path, "title"),
        "a placed document needs a title for the agenda: the document's own is not read for it");
  if (it.previous_meeting && it.standard != standard_item::minutes)
    c.d.error(c.at(field_path(path, "previous-meeting"), at), field_path(path, "previous-meeting"),
              "previous-meeting belongs to the minutes item (standard: minutes)");
  if (it.plan && it.key_decision && !*it.key_decision)
    c.d.error(c.at(field_path(path, "forward-plan"), at), field_path(path, "forward-plan"),
              "the item says key-decision: false but gives a forward plan entry");
}

const object_type<agenda_item>& item_type() {
  static const auto t =
      object_type<agenda_item>("item",
                               "One item of business, numbered in order (public items first).",
                               &agenda_item::pos)
          .add("standard", &agenda_item::standard,
               enumeration<standard_item>({{"apologies", standard_item::apologies},
                                           {"declarations", standard_item::declarations},
                                           {"minutes", standard_item::minutes},
                                           {"urgent-business", standard_item::urgent_business}}),
               "A standard item, with its usual title and wording: apologies, declarations, "
               "minutes or "
               "urgent-business.")
          .add("title", &agenda_item::title, text(),
               "The title on the agenda; the standard item's or the report's own when left out. "
               "Required for "
               "placed documents and for exempt items (the public agenda never shows an exempt "
               "report's own "
               "title).")
          .add("text", &agenda_item::text, prose(),
               "Short text shown under the title on the agenda (CommonMark), e.g. what the "
               "committee is asked "
               "to do.")
          .add("report", &agenda_item::report, text(),
               "A paper input file (YAML or JSON), relative to this file: the report is built and "
               "placed in the "
               "pack.")
          .add("document", &agenda_item::document, text(),
               "An existing DOCX or ODT file, relative to this file, placed in the pack as it is.")
          .add("author", &agenda_item::author, text(),
               "The report's author as shown on the agenda; the paper's author when left out.")
          .add("key-decision", &agenda_item::key_decision, boolean(),
               "Whether the item is a key decision; the paper's key-decision when left out.")
          .add("forward-plan", &agenda_item::plan, object(forward_plan_type()),
               "The key decision's forward plan entry: reference and first publication date.")
          .add("access", &agenda_item::access, access(),
               "public, or a mapping with exempt-paragraph (1 to 7) when the item is exempt (Part "
               "B); the "
               "paper's access when left out.")
          .add("urgent", &agenda_item::urgent, text(),
               "Why the item is urgent: the publication and forward plan rules then do not stop "
               "the build.")
          .add("published", &agenda_item::published, date(),
               "When the item was published, if later than the agenda (a supplementary agenda).")
          .add("previous-meeting", &agenda_item::previous_meeting, date(),
               "For the minutes item: the date of the meeting the minutes record.")
          .rule(check_item);
  return t;
}

}  // namespace

const object_type<meeting>& meeting_type() {
  static const auto t =
      object_type<meeting>("meeting",
                           "A committee meeting: its business becomes an agenda and agenda packs.")
          .add("kind", &meeting::kind, meeting_kind(),
               "Always \"meeting\": tells a meeting file from a paper.", required)
          .add("council", &meeting::council, text(),
               "The council, e.g. \"Riverside District Council\".")
          .add("committee", &meeting::committee, text(), "The committee, e.g. \"Cabinet\".",
               required)
          .add("date", &meeting::meeting_date, date(), "The date of the meeting (YYYY-MM-DD).",
               required)
          .add("time", &meeting::time, time_of_day(), "The start time, HH:MM on the 24-hour clock.",
               required)
          .add("venue", &meeting::venue, text(), "Where the meeting is held.", required)
          .add("published", &meeting::published, date(),
               "When the agenda is published (YYYY-MM-DD): at least five clear working days before "
               "the meeting.",
               required)
          .add("membership", &meeting::members, object(membership_type()),
               "The chair, vice-chair, members and substitutes.")
          .add("contact", &meeting::contact, object(contact_type()),
               "The democratic services contact.", required)
          .add("items", &meeting::items, list(object(item_type())),
               "The items of business, in order.", required)
          .add("logo", &meeting::logo, text(),
               "The council's logo for the front sheet: a PNG or JPEG file, relative to the file "
               "that names it.");
  return t;
}

}  // namespace cp::ingest
