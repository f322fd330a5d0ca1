// SPDX-License-Identifier: MIT
// Timing of an agenda pack of 50 reports: the meeting file read, 45 paper
// inputs loaded and composed, 5 DOCX documents placed, the statutory checks,
// the pack assembled and written as DOCX and as ODT. Prints the median of
// several runs. Not a test: the figure goes in notes (docs/agendas.md).
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <vector>

#include <fmt/format.h>

#include "agenda/pack.hpp"
#include "app/formats.hpp"
#include "compose/template_set.hpp"
#include "style/style_loader.hpp"

using namespace cp;
namespace fs = std::filesystem;

namespace {

double median_ms(int runs, const std::function<void()>& fn) {
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    auto start = std::chrono::steady_clock::now();
    fn();
    times.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

// A meeting of 50 report items cycling through the example papers, and 5
// placed copies of the example auditor's report.
fs::path write_meeting(const fs::path& root, const fs::path& dir) {
  std::vector<fs::path> papers = {root / "inputs/agenda/reports/performance-q3.yaml",
                                  root / "inputs/agenda/reports/partnership-governance-audit.yaml",
                                  root / "inputs/lancaster-partnership-evaluation.yaml",
                                  root / "inputs/cherwell-partnerships-annual-report.yaml",
                                  root / "inputs/leeds-partnership-review.yaml",
                                  root / "inputs/agenda/reports/leisure-contract.yaml"};
  fs::path placed = root / "inputs/agenda/documents/external-auditor-annual-report.docx";
  fs::create_directories(dir);
  auto file = dir / "meeting.yaml";
  std::ofstream out(file);
  out << "kind: meeting\ncouncil: Riverside District Council\ncommittee: Full Council\ndate: "
         "2026-04-15\n"
         "time: \"18:30\"\nvenue: Council Chamber\npublished: 2026-04-07\ncontact: {name: Sam "
         "Okafor}\nitems:\n";
  for (int i = 0; i < 50; ++i) {
    if (i % 10 == 9) {
      out << fmt::format("  - {{document: {}, title: Placed report {}}}\n", placed.string(), i + 1);
      continue;
    }
    const fs::path& p = papers[static_cast<std::size_t>(i) % papers.size()];
    out << fmt::format("  - report: {}\n    title: Report {}\n", p.string(), i + 1);
    if (p.filename() == "leisure-contract.yaml")
      out << "    forward-plan: {reference: FP/2026/007, published: 2026-02-27}\n";
  }
  return file;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path root = fs::absolute(argc > 1 ? fs::path(argv[1]) : fs::path(CP_SOURCE_DIR));
  int runs = argc > 2 ? std::atoi(argv[2]) : 9;
  auto hs = style::load_house_style(root / "styles" / "council.yaml");
  auto templates = compose::template_set::load({root / "templates"}, cp::agenda::template_views());
  auto holidays =
      agenda::load_bank_holidays(root / "data" / "bank-holidays-england-and-wales.yaml");
  fs::path meeting =
      write_meeting(root, fs::temp_directory_path() / "committee-papers-bench-agenda");

  std::size_t docx_bytes = 0, odt_bytes = 0, pages = 0;
  auto build = [&](bool docx, bool odt) {
    diagnostics d;
    auto a = agenda::load_agenda(meeting, hs, holidays, d);
    if (!a) {
      std::cerr << d.to_string() << "\n";
      std::exit(1);
    }
    auto p = agenda::build_packs(*a, templates, hs);
    pages = p.public_pack.sections.size();
    if (docx) docx_bytes = app::render(p.public_pack, hs, app::format::docx).size();
    if (odt) odt_bytes = app::render(p.public_pack, hs, app::format::odt).size();
  };
  build(true, true);  // warm up (and check it builds)
  fmt::print(
      "agenda pack of 50 reports (45 composed from paper inputs, 5 placed DOCX), {} sections\n",
      pages);
  fmt::print("{:<52} {:>10}\n", "case (median of runs)", "ms");
  fmt::print("{:<52} {:>10.1f}\n", "meeting to packs in memory (load, check, compose)",
             median_ms(runs, [&] { build(false, false); }));
  fmt::print("{:<52} {:>10.1f}   ({} bytes)\n", "meeting to DOCX",
             median_ms(runs, [&] { build(true, false); }), docx_bytes);
  fmt::print("{:<52} {:>10.1f}   ({} bytes)\n", "meeting to ODT",
             median_ms(runs, [&] { build(false, true); }), odt_bytes);
  fmt::print("{:<52} {:>10.1f}\n", "meeting to DOCX and ODT",
             median_ms(runs, [&] { build(true, true); }));
  return 0;
}
