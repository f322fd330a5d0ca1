// SPDX-License-Identifier: MIT
#include "generated_inputs.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include <fmt/format.h>

namespace cp::bench {
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

fs::path write_annual_report(const fs::path& dir, int scale) {
  fs::create_directories(dir);
  auto file = dir / fmt::format("annual-report-{}x.yaml", scale);
  std::ofstream out(file);
  out << fmt::format(
      "kind: annual-report\nid: annual-report-{}x\ncouncil: Generated District Council\ncommittee: "
      "Executive\n"
      "meeting-date: 2026-03-16\ntitle: Working in Partnership - Annual Report\nreport-of: the "
      "Chief Executive\n"
      "author: {{name: Alex Example, role: Improvement Team, phone: 01234 567890}}\naccess: "
      "public\n"
      "purpose: |\n  This Annual Partnerships Report reviews the achievements of the Council's "
      "significant "
      "partnerships and sets out the key activities for next year.\n"
      "recommendations-intro: \"The Executive is recommended to:\"\ncommittee-recommendations:\n",
      scale);
  for (int r = 1; r <= 9 * scale; ++r)
    out << fmt::format(
        "  - Agree action {} proposed by the significant partnerships for next year, to be "
        "reported to the "
        "Executive quarterly with progress against its Local Area Agreement targets\n",
        r);
  out << "sections:\n";
  for (int s = 1; s <= 3 * scale; ++s)
    out << fmt::format(
        "  - title: Partnership theme {}\n    body: |\n"
        "      The Council's significant partnerships under theme {} have delivered improved "
        "outcomes this "
        "year. Governance arrangements were strengthened and terms of reference revised.\n\n"
        "      - Revised terms of reference adopted by every partner\n"
        "      - Joint risk register reviewed quarterly\n"
        "      - Value for money assessed against the Use of Resources criteria\n\n"
        "      Next year the partnerships will focus on outcomes, data sharing and Member "
        "involvement, and "
        "report to the Executive each quarter.\n",
        s, s);
  out << "implications:\n  - title: Financial\n    text: |\n      All financial governance "
         "arrangements are "
         "subject to audit.\n  - title: Legal\n    text: |\n      The Partnership Protocol "
         "provides the "
         "framework.\nappendices:\n  - label: \"1\"\n    title: Significant Partnerships\n  - "
         "label: \"2\"\n"
         "    title: Progress with Governance Arrangements\npartnerships:\n";
  for (int p = 1; p <= 3 * scale; ++p)
    out << fmt::format(
        "  - id: p{}\n    name: Partnership number {}\n    scope: {}\n    significant: true\n"
        "    lead-officer: Head of Service {}\n    council-role: Lead partner and chair\n"
        "    contribution: Officer time and a share of the pooled budget\n"
        "    funding: Partner contributions and grant\n"
        "    achievements: |\n      - Service targets met for the year\n      - Joint campaign run "
        "across the "
        "district\n    value-for-money: |\n      Good. Joint procurement cut costs while "
        "performance improved.\n"
        "    actions-next-year: |\n      - Agree the next stage of the joint strategy\n      - "
        "Contribute to "
        "the Local Area Agreement targets\n    governance-progress: |\n      Revised Terms of "
        "Reference "
        "adopted; the joint risk register is reviewed quarterly.\n",
        p, p, p % 2 ? "countywide" : "local", p);
  return file;
}

std::vector<fs::path> write_batch(const fs::path& root, const fs::path& dir, int count) {
  fs::create_directories(dir / "inputs");
  fs::create_directories(dir / "styles");
  fs::copy(root / "inputs" / "shared", dir / "inputs" / "shared",
           fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  fs::copy(root / "styles" / "assets", dir / "styles" / "assets",
           fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  std::vector<fs::path> examples;
  for (const auto& e : fs::directory_iterator(root / "inputs"))
    if (e.path().extension() == ".yaml") examples.push_back(e.path());
  std::sort(examples.begin(), examples.end());
  std::vector<std::string> texts;
  for (const auto& e : examples) texts.push_back(read(e));
  std::vector<fs::path> out;
  for (int i = 0; i < count; ++i) {
    std::string text = texts[static_cast<std::size_t>(i) % texts.size()];
    auto at = text.find("\nid: ");
    text.insert(at + 5, fmt::format("batch-{:04}-", i));
    auto file = dir / "inputs" / fmt::format("batch-{:04}.yaml", i);
    std::ofstream(file) << text;
    out.push_back(file);
  }
  return out;
}

fs::path write_meeting(const fs::path& root, const fs::path& dir) {
  // The inputs are copied beside the meeting and named relative to it: a
  // meeting may name only files inside its folder (the include root).
  fs::create_directories(dir);
  fs::copy(root / "inputs", dir / "inputs",
           fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  std::vector<fs::path> papers = {"inputs/agenda/reports/performance-q3.yaml",
                                  "inputs/agenda/reports/partnership-governance-audit.yaml",
                                  "inputs/lancaster-partnership-evaluation.yaml",
                                  "inputs/cherwell-partnerships-annual-report.yaml",
                                  "inputs/leeds-partnership-review.yaml",
                                  "inputs/agenda/reports/leisure-contract.yaml"};
  fs::path placed = "inputs/agenda/documents/external-auditor-annual-report.docx";
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

}  // namespace cp::bench
