// SPDX-License-Identifier: MIT
// The benchmark suite (bench/run.sh runs it; bench/README.md explains it):
//   bench_papers prepare ROOT WORK          inputs, comparison content and templates
//   bench_papers measure ROOT WORK PAPERS [RUNS [RENDER_JS]]   every figure, as a table and CSV
//   bench_papers profile ROOT INPUT FORMAT N      a loop for perf or callgrind
// For each example paper, the generated annual report at 1x, 10x and 100x
// and a 50-report agenda pack: in-process time per document for DOCX and
// ODT (median after warm-up), whole-process time and peak memory of
// `papers`, and pandoc's time on the same content; docxtemplater's and
// Carbone's in-process times come from bench/compare/render.js (WORK/compare.csv),
// run between the two steps. Then a batch of 1,000 papers with --jobs 1 and 2.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <vector>

#include <fmt/format.h>

#include "agenda/pack.hpp"
#include "app/allocator.hpp"
#include "app/formats.hpp"
#include "app/parallel.hpp"
#include "comparison_content.hpp"
#include "compose/compose.hpp"
#include "compose/template_set.hpp"
#include "generated_inputs.hpp"
#include "ingest/paper_loader.hpp"
#include "process_timer.hpp"
#include "style/style_loader.hpp"
#include "util/parallel.hpp"

using namespace cp;
namespace fs = std::filesystem;

namespace {

// In process, a document is built as `papers build` builds one paper on
// this machine: with more than one core, its prose parsed on a second
// thread while its markup is read (compose::read_markup), the DOCX page
// estimate on a second thread (docx::build_options) and an agenda pack's
// reports composed on every core. BENCH_ONE_THREAD=1 keeps everything on one.
bool helper_thread() {
  static const bool helper = app::all_cores() > 1 && !std::getenv("BENCH_ONE_THREAD");
  return helper;
}

unsigned threads() {
  return helper_thread() ? app::all_cores() : 1;
}

std::string build(const doc::document& d, const style::house_style& hs, app::format f) {
  return app::render(d, hs, f, nullptr, helper_thread());
}

// Wall times of `runs` calls after `warm_up` untimed ones, fastest first.
std::vector<double> sorted_times_ms(int warm_up, int runs, const std::function<void()>& fn) {
  for (int i = 0; i < warm_up; ++i) fn();
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    auto start = std::chrono::steady_clock::now();
    fn();
    times.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count());
  }
  std::sort(times.begin(), times.end());
  return times;
}

double median_ms(int warm_up, int runs, const std::function<void()>& fn) {
  auto times = sorted_times_ms(warm_up, runs, fn);
  return times[times.size() / 2];
}

struct bench_case {
  std::string name;
  fs::path input;
  bool meeting = false;
  bool large = false;  // fewer runs
};

std::vector<bench_case> cases(const fs::path& root, const fs::path& work) {
  std::vector<bench_case> out;
  std::vector<fs::path> examples;
  for (const auto& e : fs::directory_iterator(root / "inputs"))
    if (e.path().extension() == ".yaml") examples.push_back(e.path());
  std::sort(examples.begin(), examples.end());
  for (const auto& e : examples) out.push_back({e.stem().string(), e});
  for (int scale : {1, 10, 100})
    out.push_back({fmt::format("annual-report-{}x", scale),
                   work / "inputs" / fmt::format("annual-report-{}x.yaml", scale), false,
                   scale == 100});
  out.push_back({"agenda-pack-50-reports", work / "meeting" / "meeting.yaml", true, true});
  return out;
}

struct pipeline {
  fs::path root;
  style::house_style hs;
  compose::template_set templates;
  agenda::bank_holidays holidays;

  explicit pipeline(const fs::path& r)
      : root(r),
        hs(style::load_house_style(r / "styles" / "council.yaml")),
        templates(compose::template_set::load({r / "templates"}, cp::agenda::template_views())),
        holidays(agenda::load_bank_holidays(r / "data" / "bank-holidays-england-and-wales.yaml")) {}

  // What the input file holds, parsed and checked: the counterpart of the
  // JSON the other tools are given already parsed.
  struct loaded {
    std::optional<model::paper> paper;
    std::optional<agenda::agenda> meeting;
  };
  loaded load(const bench_case& c) const {
    diagnostics d;
    loaded l;
    if (c.meeting)
      l.meeting = agenda::load_agenda(c.input, hs, holidays, d);
    else
      l.paper = ingest::load_paper(c.input, d);
    if (!l.paper && !l.meeting) throw std::runtime_error(d.to_string());
    return l;
  }
  doc::document compose(const loaded& l) const {
    if (l.meeting) return agenda::build_packs(*l.meeting, templates, hs, threads()).public_pack;
    return compose::compose_paper(*l.paper, templates, hs, helper_thread());
  }

  // Input file to document tree, as `papers build` and `papers agenda` do.
  doc::document tree(const bench_case& c) const {
    diagnostics d;
    if (c.meeting) {
      auto a = agenda::load_agenda(c.input, hs, holidays, d);
      if (!a) throw std::runtime_error(d.to_string());
      return agenda::build_packs(*a, templates, hs, threads()).public_pack;
    }
    auto p = ingest::load_paper(c.input, d);
    if (!p) throw std::runtime_error(d.to_string());
    return compose::compose_paper(*p, templates, hs, helper_thread());
  }
};

int prepare(const fs::path& root, const fs::path& work) {
  fs::create_directories(work / "content");
  for (int scale : {1, 10, 100}) bench::write_annual_report(work / "inputs", scale);
  bench::write_meeting(root, work / "meeting");
  bench::write_batch(root, work / "batch", 1000);
  pipeline p(root);
  bench::write_templates(work / "templates", p.hs);
  std::ofstream list(work / "cases.tsv");
  for (const auto& c : cases(root, work)) {
    auto content = bench::flatten(p.tree(c));
    std::ofstream(work / "content" / (c.name + ".json")) << content.json;
    std::ofstream(work / "content" / (c.name + ".md")) << content.markdown;
    list << c.name << '\t' << (c.large ? "large" : "small") << '\n';
  }
  std::ofstream(work / "content" / "empty.md") << "";
  fmt::print("prepared {} cases, 1000 batch inputs and the comparison templates in {}\n",
             cases(root, work).size(), work.string());
  return 0;
}

// docxtemplater and Carbone timings from render.js: (case, tool, format) -> ms.
std::map<std::tuple<std::string, std::string, std::string>, double> read_compare(
    const fs::path& file) {
  std::map<std::tuple<std::string, std::string, std::string>, double> out;
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::istringstream ss(line);
    std::string name, tool, format, ms;
    if (std::getline(ss, name, ',') && std::getline(ss, tool, ',') &&
        std::getline(ss, format, ',') && std::getline(ss, ms, ','))
      out[{name, tool, format}] = std::stod(ms);
  }
  return out;
}

struct row {
  std::string name;
  double docx = 0, odt = 0, both = 0, process = 0, peak = 0;
  double model_docx = 0, model_odt = 0;  // from the loaded input: compose and render
  std::size_t docx_bytes = 0, odt_bytes = 0;
  double pandoc_docx = 0, pandoc_odt = 0, pandoc_docx_process = 0, pandoc_odt_process = 0;
  double docxtemplater = 0, carbone_docx = 0, carbone_odt = 0;
};

std::string cell(double theirs, double ours) {
  if (theirs <= 0) return "-";
  return fmt::format("{:.1f} ({:.0f}x)", theirs, theirs / ours);
}

std::string ratio(double theirs, double ours) {
  return theirs > 0 ? fmt::format("{:.1f}", theirs / ours) : "";
}

std::string value(double v) {
  return v > 0 ? fmt::format("{:.3f}", v) : "";
}

// Timed in-process runs of the 100x report and the agenda pack.
int large_runs(int runs) {
  return std::max(5, runs / 3);
}

// `render_js`: bench/compare/render.js, run for each case just before ours
// is timed, so that both see the shared machine in the same state (its
// speed swings over minutes); empty: WORK/compare.csv, made beforehand.
int measure(const fs::path& root, const fs::path& work, const fs::path& papers, int runs,
            const fs::path& render_js) {
  pipeline p(root);
  auto compare = render_js.empty()
                     ? read_compare(work / "compare.csv")
                     : std::map<std::tuple<std::string, std::string, std::string>, double>{};
  bool have_pandoc = bench::run_process({"pandoc", "--version"}).status == 0;
  auto out_dir = work / "out";
  fs::create_directories(out_dir / "pandoc");
  auto process_median = [&](const std::vector<std::string>& argv, int n, double* peak) {
    std::vector<double> times;
    for (int i = 0; i < n + 1; ++i) {
      auto r = bench::run_process(argv);
      if (r.status != 0) throw std::runtime_error(fmt::format("{} failed ({})", argv[0], r.status));
      if (peak) *peak = std::max(*peak, r.peak_mb);
      if (i > 0) times.push_back(r.ms);  // the first run warms the page cache
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
  };
  double pandoc_start_docx = 0, pandoc_start_odt = 0;
  if (have_pandoc) {
    auto empty = (work / "content" / "empty.md").string();
    pandoc_start_docx = process_median(
        {"pandoc", empty, "-o", (out_dir / "pandoc" / "empty.docx").string()}, 5, nullptr);
    pandoc_start_odt = process_median(
        {"pandoc", empty, "-o", (out_dir / "pandoc" / "empty.odt").string()}, 5, nullptr);
  }

  std::vector<row> rows;
  for (const auto& c : cases(root, work)) {
    row r{c.name};
    // The large cases swing most on a shared machine: a third of the runs
    // (at least five) after two warm-up runs, the same as render.js.
    int n = c.large ? large_runs(runs) : runs;
    int warm = c.large ? 2 : 3;
    if (!render_js.empty()) {
      auto theirs = bench::run_process(
          {"node", render_js.string(), work.string(), std::to_string(runs), c.name});
      if (theirs.status != 0) throw std::runtime_error("render.js failed on " + c.name);
      compare.merge(read_compare(work / ("compare-" + c.name + ".csv")));
    }
    // What the other tools are compared with first, straight after them.
    auto l = p.load(c);
    r.model_docx = median_ms(warm, n, [&] { build(p.compose(l), p.hs, app::format::docx); });
    r.model_odt = median_ms(warm, n, [&] { build(p.compose(l), p.hs, app::format::odt); });
    r.docx = median_ms(warm, n,
                       [&] { r.docx_bytes = build(p.tree(c), p.hs, app::format::docx).size(); });
    r.odt =
        median_ms(warm, n, [&] { r.odt_bytes = build(p.tree(c), p.hs, app::format::odt).size(); });
    r.both = median_ms(warm, n, [&] {
      auto t = p.tree(c);
      // Side by side, as `papers build` makes one paper's formats.
      const app::format formats[] = {app::format::docx, app::format::odt};
      util::for_each_in_parallel(2, threads(), [&](std::size_t k) { build(t, p.hs, formats[k]); });
    });
    auto target = (out_dir / c.name).string();
    std::vector<std::string> argv = {papers.string(),  c.meeting ? "agenda" : "build",
                                     c.input.string(), "--out",
                                     target,           "--quiet",
                                     "--jobs",         "1"};
    r.process = process_median(argv, c.large ? 3 : 10, &r.peak);
    if (have_pandoc) {
      auto md = (work / "content" / (c.name + ".md")).string();
      r.pandoc_docx_process =
          process_median({"pandoc", md, "-o", (out_dir / "pandoc" / (c.name + ".docx")).string()},
                         c.large ? 3 : 5, nullptr);
      r.pandoc_odt_process =
          process_median({"pandoc", md, "-o", (out_dir / "pandoc" / (c.name + ".odt")).string()},
                         c.large ? 3 : 5, nullptr);
      // pandoc has no in-process interface here: its time less its start-up
      // (the same conversion of an empty file) stands for its in-process time.
      r.pandoc_docx = std::max(0.01, r.pandoc_docx_process - pandoc_start_docx);
      r.pandoc_odt = std::max(0.01, r.pandoc_odt_process - pandoc_start_odt);
    }
    auto get = [&](const char* tool, const char* format) {
      auto it = compare.find({c.name, tool, format});
      return it == compare.end() ? 0.0 : it->second;
    };
    r.docxtemplater = get("docxtemplater", "docx");
    r.carbone_docx = get("carbone", "docx");
    r.carbone_odt = get("carbone", "odt");
    rows.push_back(r);
    fmt::print(stderr, "measured {}\n", c.name);
  }

  // Throughput: 1,000 papers in one `papers build`, one and two threads.
  std::vector<std::string> batch;
  for (const auto& e : fs::directory_iterator(work / "batch" / "inputs"))
    if (e.path().extension() == ".yaml") batch.push_back(e.path().string());
  std::sort(batch.begin(), batch.end());
  std::map<int, bench::process_run> batch_runs;
  for (int jobs : {1, 2}) {
    std::vector<std::string> argv = {papers.string(), "build"};
    argv.insert(argv.end(), batch.begin(), batch.end());
    argv.insert(argv.end(),
                {"--out", (out_dir / "batch").string(), "--quiet", "--jobs", std::to_string(jobs)});
    batch_runs[jobs] = bench::run_process(argv);
  }

  fmt::print(
      "\nin-process ms per document, median of {} runs after warm-up ({} for the 100x report and "
      "the agenda pack):\n"
      "  DOCX, ODT, DOCX+ODT: input file to file bytes (DOCX+ODT: loaded and composed once)\n"
      "  DOCX*, ODT*: from the loaded input (compose and render), as the others start from parsed "
      "JSON\n"
      "  (Nx): their time over ours: pandoc against input to file, docxtemplater and Carbone "
      "against *\n\n",
      runs, large_runs(runs));
  fmt::print(
      "{:<36} {:>7} {:>7} {:>8} {:>7} {:>7} {:>8} {:>6} | {:>15} {:>15} | {:>15} | {:>15} {:>15}\n",
      "case", "DOCX", "ODT", "DOCX+ODT", "DOCX*", "ODT*", "process", "MB", "pandoc DOCX",
      "pandoc ODT", "docxtemplater", "Carbone DOCX", "Carbone ODT");
  for (const auto& r : rows)
    fmt::print(
        "{:<36} {:>7.2f} {:>7.2f} {:>8.2f} {:>7.2f} {:>7.2f} {:>8.1f} {:>6.1f} | {:>15} {:>15} | "
        "{:>15} | {:>15} {:>15}\n",
        r.name, r.docx, r.odt, r.both, r.model_docx, r.model_odt, r.process, r.peak,
        cell(r.pandoc_docx, r.docx), cell(r.pandoc_odt, r.odt), cell(r.docxtemplater, r.model_docx),
        cell(r.carbone_docx, r.model_docx), cell(r.carbone_odt, r.model_odt));
  if (have_pandoc)
    fmt::print("pandoc start-up (empty file, taken off its times): DOCX {:.1f} ms, ODT {:.1f} ms\n",
               pandoc_start_docx, pandoc_start_odt);
  if (compare.empty())
    fmt::print("docxtemplater and Carbone: not measured (no {})\n",
               (work / "compare.csv").string());

  fmt::print("\nscaling (generated annual report)\n{:<10} {:>10} {:>10} {:>10} {:>10} {:>10}\n",
             "size", "DOCX+ODT", "x of 1x", "peak MB", "DOCX KB", "ODT KB");
  const row* base = nullptr;
  for (const auto& r : rows) {
    if (!r.name.starts_with("annual-report-")) continue;
    if (!base) base = &r;
    fmt::print("{:<10} {:>10.2f} {:>10.1f} {:>10.1f} {:>10.1f} {:>10.1f}\n", r.name.substr(14),
               r.both, r.both / base->both, r.peak, r.docx_bytes / 1024.0, r.odt_bytes / 1024.0);
  }
  fmt::print("\nbatch of {} papers (DOCX and ODT each), whole process:\n", batch.size());
  for (const auto& [jobs, br] : batch_runs)
    fmt::print("  --jobs {}: {:.2f} s, {:.1f} papers/s, peak {:.1f} MB{}\n", jobs, br.ms / 1000,
               batch.size() / (br.ms / 1000), br.peak_mb, br.status == 0 ? "" : " (FAILED)");

  fs::create_directories(root / "bench" / "results");
  auto csv_path = root / "bench" / "results" / "bench.csv";
  std::ofstream csv(csv_path);
  csv << "case,docx_ms,odt_ms,docx_odt_ms,model_docx_ms,model_odt_ms,process_ms,peak_mb,"
         "docx_bytes,odt_bytes,pandoc_docx_ms,pandoc_odt_ms,pandoc_docx_process_ms,"
         "pandoc_odt_process_ms,docxtemplater_docx_ms,carbone_docx_ms,carbone_odt_ms,x_pandoc_docx,"
         "x_pandoc_odt,x_docxtemplater_docx,x_carbone_docx,x_carbone_odt\n";
  for (const auto& r : rows)
    csv << fmt::format(
        "{},{:.3f},{:.3f},{:.3f},{:.3f},{:.3f},{:.3f},{:.1f},{},{},{},{},{},{},{},{},{},{},{},{},{}"
        ","
        "{}\n",
        r.name, r.docx, r.odt, r.both, r.model_docx, r.model_odt, r.process, r.peak, r.docx_bytes,
        r.odt_bytes, value(r.pandoc_docx), value(r.pandoc_odt), value(r.pandoc_docx_process),
        value(r.pandoc_odt_process), value(r.docxtemplater), value(r.carbone_docx),
        value(r.carbone_odt), ratio(r.pandoc_docx, r.docx), ratio(r.pandoc_odt, r.odt),
        ratio(r.docxtemplater, r.model_docx), ratio(r.carbone_docx, r.model_docx),
        ratio(r.carbone_odt, r.model_odt));
  for (const auto& [jobs, br] : batch_runs)
    csv << fmt::format("batch-{}-papers-jobs-{},,,,,,{:.3f},{:.1f},,,,,,,,,,,,,,\n", batch.size(),
                       jobs, br.ms, br.peak_mb);
  fmt::print("\nwritten {}\n", csv_path.string());
  return 0;
}

// A loop to run under a profiler (perf record, valgrind --tool=callgrind):
// one input, one format, N times, from the file or (model) from the loaded input.
int profile(const fs::path& root, const fs::path& input, const std::string& what, int n) {
  pipeline p(root);
  bench_case c{input.stem().string(), input, input.filename() == "meeting.yaml"};
  bool from_model = what.ends_with("*");
  auto f = what.starts_with("odt") ? app::format::odt : app::format::docx;
  auto l = p.load(c);
  std::size_t bytes = 0;
  auto ms = sorted_times_ms(
      0, n, [&] { bytes += build(from_model ? p.compose(l) : p.tree(c), p.hs, f).size(); });
  fmt::print("{} runs, {} bytes, median {:.2f} ms, fastest {:.2f} ms\n", n, bytes,
             ms[ms.size() / 2], ms.front());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  // While this process is small (process_timer.hpp); only `measure` runs programs.
  if (!args.empty() && args[0] == "measure") bench::start_spawner();
  app::keep_freed_memory();  // as papers does
  try {
    if (args.size() == 3 && args[0] == "prepare")
      return prepare(fs::absolute(args[1]), fs::absolute(args[2]));
    if (args.size() >= 4 && args.size() <= 6 && args[0] == "measure")
      return measure(fs::absolute(args[1]), fs::absolute(args[2]), fs::absolute(args[3]),
                     args.size() > 4 ? std::max(3, std::stoi(args[4])) : 31,
                     args.size() > 5 ? fs::absolute(args[5]) : fs::path());
    if (args.size() == 5 && args[0] == "profile")
      return profile(fs::absolute(args[1]), fs::absolute(args[2]), args[3], std::stoi(args[4]));
  } catch (const std::exception& e) {
    std::cerr << "bench_papers: " << e.what() << "\n";
    return 1;
  }
  std::cerr
      << "usage: bench_papers prepare ROOT WORK | measure ROOT WORK PAPERS [RUNS [RENDER_JS]]\n"
         "       bench_papers profile ROOT INPUT docx|odt|docx*|odt* N\n";
  return 2;
}
