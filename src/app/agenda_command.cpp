// SPDX-License-Identifier: MIT
#include "app/agenda_command.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "accessibility/accessibility.hpp"
#include "agenda/agenda.hpp"
#include "agenda/pack.hpp"
#include "app/commands.hpp"
#include "app/data_dir.hpp"
#include "app/output_files.hpp"
#include "app/output_name.hpp"
#include "app/parallel.hpp"
#include "app/problem_report.hpp"
#include "app/references.hpp"
#include "compose/template_set.hpp"
#include "html/html_writer.hpp"
#include "ingest/meeting_loader.hpp"
#include "style/style_loader.hpp"

namespace cp::app {
namespace {

style::house_style load_style(const options& o) {
  return style::load_house_style(o.style ? *o.style : data_dir() / "styles" / "council.yaml");
}

compose::template_set load_templates(const options& o) {
  std::vector<std::filesystem::path> dirs{data_dir() / "templates"};
  dirs.insert(dirs.end(), o.template_dirs.begin(), o.template_dirs.end());
  return compose::template_set::load(dirs, cp::agenda::template_views());
}

std::filesystem::path bank_holiday_file() {
  return data_dir() / "data" / "bank-holidays-england-and-wales.yaml";
}

// Loads and checks every meeting; prints every problem and note. Nothing
// when there is an error (or, with --strict, a warning).
std::optional<std::vector<agenda::agenda>> load_meetings(const options& o,
                                                         const style::house_style& hs,
                                                         std::ostream& err) {
  auto holidays = agenda::load_bank_holidays(bank_holiday_file());
  diagnostics d;
  std::vector<agenda::agenda> out;
  for (const auto& input : o.inputs) {
    auto a = agenda::load_agenda(input, hs, holidays, d, o.include_root);
    if (!a) continue;
    for (const auto& note : a->notes) fmt::print(err, "papers: note: {}\n", note);
    out.push_back(std::move(*a));
  }
  if (report_and_refuse(d, o.strict, "nothing written", err)) return std::nullopt;
  return out;
}

// Builds every meeting's packs and renders each in every format, both steps
// on o.jobs threads; the files come back in input order.
std::vector<built_file> build_packs(const options& o, const std::vector<agenda::agenda>& agendas,
                                    const compose::template_set& templates,
                                    const style::house_style& hs,
                                    const reference::reference_set& refs) {
  std::vector<std::string> stems;
  std::map<std::string, std::string> seen;
  for (const auto& a : agendas) {
    std::string stem = safe_file_stem(agenda::pack_file_stem(a.meeting));
    if (auto [it, fresh] = seen.emplace(stem, a.meeting.file); !fresh)
      throw input_error(
          fmt::format("{}: this meeting's packs would be written as {}, like those of {}",
                      a.meeting.file, stem, it->second));
    stems.push_back(std::move(stem));
  }
  std::vector<agenda::packs> packs(agendas.size());
  // Threads the meetings leave over compose each meeting's reports.
  unsigned per_meeting =
      std::max<unsigned>(1, threads(o) / std::max<std::size_t>(1, agendas.size()));
  for_each_in_parallel(agendas.size(), threads(o), [&](std::size_t i) {
    packs[i] = agenda::build_packs(agendas[i], templates, hs, per_meeting);
  });
  struct job {
    const doc::document* pack;
    std::filesystem::path path;
    format f;
  };
  std::vector<job> jobs;
  for (std::size_t i = 0; i < packs.size(); ++i)
    for (format f : o.formats) {
      // HTML: a folder of pages per pack (html::build_html_pages).
      std::string_view ext = f == format::html ? "" : extension(f);
      auto name = [&](const char* which) {
        return o.out / fmt::format("{}-{}-pack{}{}", stems[i], which, ext.empty() ? "" : ".", ext);
      };
      jobs.push_back({&packs[i].public_pack, name("agenda"), f});
      if (packs[i].exempt_pack) jobs.push_back({&*packs[i].exempt_pack, name("exempt"), f});
    }
  std::vector<std::vector<built_file>> made(jobs.size());
  for_each_in_parallel(jobs.size(), threads(o), [&](std::size_t k) {
    if (jobs[k].f != format::html) {
      made[k].push_back({jobs[k].path, render(*jobs[k].pack, hs, jobs[k].f, &refs)});
      return;
    }
    for (auto& p : html::build_html_pages(*jobs[k].pack, hs))
      made[k].push_back({jobs[k].path / p.file, std::move(p.bytes)});
  });
  std::vector<built_file> files;
  for (auto& m : made)
    for (auto& f : m) files.push_back(std::move(f));
  return files;
}

// The pages of an HTML pack's folder that this run did not write: what an
// earlier run wrote for an item that has gone, or has since become exempt,
// must not stay in the public folder.
void remove_stale_pages(const std::vector<built_file>& files, bool quiet, std::ostream& out) {
  std::set<std::filesystem::path> written, folders;
  for (const auto& f : files)
    if (f.path.extension() == ".html") {
      written.insert(f.path);
      folders.insert(f.path.parent_path());
    }
  for (const auto& folder : folders) {
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(folder, ec))
      if (e.path().extension() == ".html" && e.is_regular_file() && !written.count(e.path())) {
        std::filesystem::remove(e.path(), ec);
        if (!quiet) fmt::print(out, "removed {} (not in the pack)\n", e.path().string());
      }
  }
}

// Moves the meeting files of o.inputs into the result.
std::vector<std::filesystem::path> take_meetings(options& o) {
  std::vector<std::filesystem::path> meetings, rest;
  for (auto& input : o.inputs)
    (ingest::is_meeting_file(input) ? meetings : rest).push_back(std::move(input));
  o.inputs = std::move(rest);
  return meetings;
}

}  // namespace

int run_agenda(const options& o, std::ostream& out, std::ostream& err) {
  auto hs = load_style(o);
  auto refs = load_references(o, hs, err);
  auto templates = load_templates(o);
  auto agendas = load_meetings(o, hs, err);
  if (!agendas) return exit_bad_input;
  auto files = build_packs(o, *agendas, templates, hs, refs);
  write_all(files, o.quiet, out);
  remove_stale_pages(files, o.quiet, out);
  return exit_ok;
}

int check_meeting_inputs(options& o, std::ostream& out, std::ostream& err) {
  options meetings = o;
  meetings.inputs = take_meetings(o);
  if (meetings.inputs.empty()) return exit_ok;
  auto hs = load_style(meetings);
  auto refs = load_references(meetings, hs, err);
  auto templates = load_templates(meetings);
  auto agendas = load_meetings(meetings, hs, err);
  if (!agendas) return exit_bad_input;
  std::erase(meetings.formats, format::pdf);  // checking needs no LibreOffice
  build_packs(meetings, *agendas, templates, hs, refs);
  if (o.accessibility) {
    std::string style_file = (o.style ? *o.style : data_dir() / "styles" / "council.yaml").string();
    std::size_t failures = 0;
    for (const auto& a : *agendas) {
      agenda::packs p = agenda::build_packs(a, templates, hs);
      std::vector<const doc::document*> trees{&p.public_pack};
      if (p.exempt_pack) trees.push_back(&*p.exempt_pack);
      for (const auto* tree : trees)
        for (const auto& f : accessibility::check(*tree, hs, nullptr, style_file, "agenda")) {
          fmt::print(err, "{}: {}\n", a.meeting.file, f.to_string());
          ++failures;
        }
    }
    if (failures > 0) {
      fmt::print(err, "papers: {} accessibility failure(s)\n", failures);
      return exit_bad_input;
    }
  }
  fmt::print(
      out, "{} meeting(s) checked: the agenda packs build cleanly and meet the statutory rules{}\n",
      agendas->size(), o.accessibility ? " and the accessibility checks" : "");
  return exit_ok;
}

int build_meeting_inputs(options& o, std::ostream& out, std::ostream& err) {
  options meetings = o;
  meetings.inputs = take_meetings(o);
  if (meetings.inputs.empty()) return exit_ok;
  return run_agenda(meetings, out, err);
}

int run_meeting_schema(std::ostream& out) {
  out << ingest::meeting_json_schema();
  return exit_ok;
}

}  // namespace cp::app
