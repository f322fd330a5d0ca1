// SPDX-License-Identifier: MIT
// The HTML edition against the DOCX of the same paper: for each example
// paper, the generated annual report at 1x, 10x and 100x and the 50-report
// agenda pack, the document tree composed once and then written as DOCX and
// as HTML (the pack: every page of its HTML edition), the two timed in turn
// so both see the shared machine in the same state. Prints the medians and
// HTML's time over DOCX's. bench/run.sh runs it; not a test.
//   bench_html ROOT [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <vector>

#include <fmt/format.h>

#include "agenda/pack.hpp"
#include "app/formats.hpp"
#include "app/parallel.hpp"
#include "compose/compose.hpp"
#include "generated_inputs.hpp"
#include "html/html_writer.hpp"
#include "ingest/paper_loader.hpp"
#include "style/style_loader.hpp"

using namespace cp;
namespace fs = std::filesystem;

namespace {

double ms_of(const std::function<void()>& fn) {
  auto start = std::chrono::steady_clock::now();
  fn();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  fs::path root = fs::absolute(argc > 1 ? fs::path(argv[1]) : fs::path(CP_SOURCE_DIR));
  int runs = argc > 2 ? std::max(3, std::atoi(argv[2])) : 31;
  // As `papers build` writes one paper with a core to spare: the DOCX page
  // estimate on a second thread. BENCH_ONE_THREAD=1: one thread for both.
  bool helper = app::all_cores() > 1 && !std::getenv("BENCH_ONE_THREAD");
  auto hs = style::load_house_style(root / "styles" / "council.yaml");
  auto templates = compose::template_set::load({root / "templates"}, cp::agenda::template_views());
  auto holidays =
      agenda::load_bank_holidays(root / "data" / "bank-holidays-england-and-wales.yaml");
  fs::path work = fs::temp_directory_path() / "committee-papers-bench-html";
  fs::remove_all(work);

  struct bench_case {
    std::string name;
    doc::document tree;
    bool pages = false;  // an agenda pack: its HTML edition is pages
  };
  std::vector<bench_case> cases;
  auto paper = [&](const fs::path& input) {
    diagnostics d;
    auto p = ingest::load_paper(input, d);
    if (!p) throw std::runtime_error(d.to_string());
    return compose::compose_paper(*p, templates, hs);
  };
  std::vector<fs::path> examples;
  for (const auto& e : fs::directory_iterator(root / "inputs"))
    if (e.path().extension() == ".yaml") examples.push_back(e.path());
  std::sort(examples.begin(), examples.end());
  for (const auto& e : examples) cases.push_back({e.stem().string(), paper(e)});
  for (int scale : {1, 10, 100})
    cases.push_back({fmt::format("annual-report-{}x", scale),
                     paper(bench::write_annual_report(work / "inputs", scale))});
  {
    diagnostics d;
    auto a = agenda::load_agenda(bench::write_meeting(root, work / "meeting"), hs, holidays, d);
    if (!a) throw std::runtime_error(d.to_string());
    cases.push_back(
        {"agenda-pack-50-reports", agenda::build_packs(*a, templates, hs).public_pack, true});
  }

  fmt::print("document tree to file bytes, median of {} runs after 3 warm-up runs ({})\n\n", runs,
             helper ? "DOCX page estimate on a second thread, as papers build" : "one thread");
  fmt::print("{:<40} {:>9} {:>9} {:>9} {:>10} {:>10}\n", "case", "DOCX ms", "HTML ms", "HTML/DOCX",
             "DOCX KB", "HTML KB");
  bool slower = false;
  for (const auto& c : cases) {
    std::size_t docx_bytes = 0, html_bytes = 0;
    auto docx = [&] {
      docx_bytes = app::render(c.tree, hs, app::format::docx, nullptr, helper).size();
    };
    auto html = [&] {
      html_bytes = 0;
      if (c.pages)
        for (const auto& p : html::build_html_pages(c.tree, hs)) html_bytes += p.bytes.size();
      else
        html_bytes = app::render(c.tree, hs, app::format::html).size();
    };
    for (int i = 0; i < 3; ++i) docx(), html();
    std::vector<double> d, h;
    int n = c.name.ends_with("100x") || c.pages ? std::max(5, runs / 3) : runs;
    for (int i = 0; i < n; ++i) {
      d.push_back(ms_of(docx));
      h.push_back(ms_of(html));
    }
    double dm = median(d), hm = median(h);
    slower = slower || hm > dm;
    fmt::print("{:<40} {:>9.2f} {:>9.2f} {:>9.2f} {:>10.1f} {:>10.1f}\n", c.name, dm, hm, hm / dm,
               docx_bytes / 1024.0, html_bytes / 1024.0);
  }
  fmt::print("\n{}\n", slower ? "HTML was slower than DOCX in at least one case"
                              : "HTML no slower than DOCX in every case");
  fs::remove_all(work);
  return 0;
}
