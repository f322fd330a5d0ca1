// SPDX-License-Identifier: MIT
// Timings of the pipeline: each example paper from input to both formats, the
// style sampler, and a generated paper with many recommendations. Prints the
// median of several runs. Not a test: figures go in notes, not assertions.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <vector>

#include <fmt/format.h>

#include "agenda/pack.hpp"
#include "app/formats.hpp"
#include "compose/compose.hpp"
#include "demo/showcase.hpp"
#include "document/build.hpp"
#include "ingest/paper_loader.hpp"
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

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A paper-sized tree: `n` recommendations as numbered paragraphs and an action plan table of `n`
// rows.
doc::document big_document(int n) {
  doc::document d;
  d.meta.title = "Generated";
  auto outline = doc::add_sequence(d, "outline");
  doc::section s;
  for (int i = 0; i < n; ++i) {
    if (i % 20 == 0) {
      doc::heading h;
      h.content = doc::text(fmt::format("Section {}", i / 20 + 1));
      h.numbering = doc::numbering_ref{outline, 0};
      s.body.push_back(doc::blk(h));
    }
    s.body.push_back(doc::blk(
        doc::numbered("numbered-paragraph",
                      doc::text(fmt::format(
                          "Recommendation {}: the Council should review partnership {}.", i, i)),
                      outline, 1)));
  }
  doc::table t;
  t.column_widths = {1, 6, 1, 6, 3};
  t.header_rows = 1;
  doc::table_row head;
  for (const char* h : {"No.", "Recommendation", "Priority", "Response", "Timescale"}) {
    doc::table_cell c;
    c.blocks.push_back(doc::blk(doc::para("table-heading", doc::text(h))));
    head.cells.push_back(std::move(c));
  }
  t.rows.push_back(std::move(head));
  for (int i = 0; i < n; ++i) {
    doc::table_row row;
    for (int k = 0; k < 5; ++k) {
      doc::table_cell c;
      c.blocks.push_back(
          doc::blk(doc::para("table-text", doc::text(fmt::format("cell {} of row {}", k, i)))));
      row.cells.push_back(std::move(c));
    }
    t.rows.push_back(std::move(row));
  }
  s.body.push_back(doc::blk(std::move(t)));
  d.sections.push_back(std::move(s));
  return d;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path root = argc > 1 ? fs::path(argv[1]) : fs::path(CP_SOURCE_DIR);
  int runs = argc > 2 ? std::atoi(argv[2]) : 9;
  auto hs = style::load_house_style(root / "styles" / "council.yaml");
  auto templates = compose::template_set::load({root / "templates"}, cp::agenda::template_views());
  fmt::print("{:<48} {:>10} {:>10} {:>10}\n", "case (median of runs)", "DOCX ms", "ODT ms",
             "bytes");

  for (const auto& entry : fs::directory_iterator(root / "inputs")) {
    if (entry.path().extension() != ".yaml") continue;
    diagnostics diags;
    auto paper = ingest::load_paper(entry.path(), diags);
    if (!paper) {
      std::cerr << diags.to_string() << "\n";
      return 1;
    }
    std::size_t size = 0;
    auto full = [&](app::format f) {
      return median_ms(runs, [&] {
        diagnostics d;
        auto p = ingest::load_paper(entry.path(), d);
        auto tree = compose::compose_paper(*p, templates, hs);
        size = app::render(tree, hs, f).size();
      });
    };
    double docx = full(app::format::docx), odt = full(app::format::odt);
    fmt::print("{:<48} {:>10.2f} {:>10.2f} {:>10}\n",
               "input to file: " + entry.path().filename().string(), docx, odt, size);
  }

  auto sampler = demo::showcase_document(read(root / "styles" / "assets" / "council-logo.png"));
  fmt::print("{:<48} {:>10.2f} {:>10.2f}\n", "style sampler (tree to file)",
             median_ms(runs, [&] { app::render(sampler, hs, app::format::docx); }),
             median_ms(runs, [&] { app::render(sampler, hs, app::format::odt); }));
  for (int n : {100, 1000, 10000}) {
    auto big = big_document(n);
    fmt::print("{:<48} {:>10.2f} {:>10.2f}\n",
               fmt::format("{} recommendations + {}-row table", n, n),
               median_ms(std::max(1, runs / (n / 100 + 1) + 1),
                         [&] { app::render(big, hs, app::format::docx); }),
               median_ms(std::max(1, runs / (n / 100 + 1) + 1),
                         [&] { app::render(big, hs, app::format::odt); }));
  }
  return 0;
}
