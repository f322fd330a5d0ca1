// SPDX-License-Identifier: MIT
#include "app/commands.hpp"

#include <fstream>
#include <iterator>
#include <map>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "accessibility/accessibility.hpp"
#include "app/agenda_command.hpp"
#include "app/data_dir.hpp"
#include "app/output_files.hpp"
#include "app/output_name.hpp"
#include "app/parallel.hpp"
#include "app/problem_report.hpp"
#include "app/progress.hpp"
#include "app/references.hpp"
#include "compose/compose.hpp"
#include "compose/template_set.hpp"
#include "demo/showcase.hpp"
#include "ingest/paper_loader.hpp"
#include "style/style_loader.hpp"
#include "util/error.hpp"

namespace cp::app {
namespace {

style::house_style load_style(const options& o) {
  return style::load_house_style(o.style ? *o.style : data_dir() / "styles" / "council.yaml");
}

compose::template_set load_templates(const options& o) {
  std::vector<std::filesystem::path> dirs{data_dir() / "templates"};
  dirs.insert(dirs.end(), o.template_dirs.begin(), o.template_dirs.end());
  return compose::template_set::load(dirs);
}

// Loads and validates every input (on o.jobs threads, each input into its
// own diagnostics, merged in input order so the messages read as from one
// thread); prints all diagnostics. Returns the papers when there is no error
// (and, with --strict, no warning).
std::optional<std::vector<model::paper>> load_inputs(const options& o, bool smart,
                                                     std::ostream& err) {
  std::vector<diagnostics> found(o.inputs.size());
  std::vector<std::optional<model::paper>> loaded(o.inputs.size());
  for_each_in_parallel(o.inputs.size(), threads(o), [&](std::size_t i) {
    loaded[i] = ingest::load_paper(o.inputs[i], found[i]);
    if (loaded[i] && smart) model::smart_check(*loaded[i], found[i]);
  });
  diagnostics d;
  for (auto& one : found)
    for (auto& item : one.items()) d.add(item);
  std::vector<model::paper> papers;
  for (auto& p : loaded)
    if (p) papers.push_back(std::move(*p));
  if (report_and_refuse(d, o.strict, "nothing written", err)) return std::nullopt;
  return papers;
}

// Builds every paper in every format, in memory, on o.jobs threads; the
// files come back in input order, whatever thread built them.
std::vector<built_file> build_all(const options& o, const std::vector<model::paper>& papers,
                                  const compose::template_set& templates,
                                  const style::house_style& hs,
                                  const reference::reference_set& refs, std::ostream& err) {
  std::vector<std::string> stems;
  std::map<std::string, std::string> seen;  // stem -> input, to refuse two papers writing one file
  for (const auto& p : papers) {
    std::string stem = safe_file_stem(p.id);
    if (auto [it, fresh] = seen.emplace(stem, p.file); !fresh)
      throw input_error(
          fmt::format("{}: this paper would be written as {}, like {}; give one of them another id",
                      p.file, stem, it->second));
    stems.push_back(std::move(stem));
  }
  std::vector<built_file> files(papers.size() * o.formats.size());
  progress_bar bar(err, "building", papers.size(), progress_shown(o));
  for_each_in_parallel(
      papers.size(), threads(o),
      [&](std::size_t i) {
        doc::document d = compose::compose_paper(papers[i], templates, hs);
        for (std::size_t k = 0; k < o.formats.size(); ++k) {
          format f = o.formats[k];
          files[i * o.formats.size() + k] = {o.out / fmt::format("{}.{}", stems[i], extension(f)),
                                             render(d, hs, f, &refs)};
        }
      },
      [&] { bar.advance(); });
  return files;
}

}  // namespace

int run_build(const options& given, std::ostream& out, std::ostream& err) {
  options o = given;  // meeting files build their agenda packs
  if (int status = build_meeting_inputs(o, out, err); status != exit_ok || o.inputs.empty())
    return status;
  auto hs = load_style(o);
  auto refs = load_references(o, hs, err);
  auto templates = load_templates(o);
  auto papers = load_inputs(o, false, err);
  if (!papers) return exit_bad_input;
  write_all(build_all(o, *papers, templates, hs, refs, err), o.quiet, out);
  return exit_ok;
}

int run_check(const options& given, std::ostream& out, std::ostream& err) {
  options o = given;  // meeting files are checked as agendas
  if (int status = check_meeting_inputs(o, out, err); status != exit_ok || o.inputs.empty())
    return status;
  auto hs = load_style(o);
  auto refs = load_references(o, hs, err);
  auto templates = load_templates(o);
  auto papers = load_inputs(o, true, err);
  if (!papers) return exit_bad_input;
  options no_pdf = o;  // checking needs no LibreOffice
  std::erase(no_pdf.formats, format::pdf);
  build_all(no_pdf, *papers, templates, hs, refs, err);
  if (o.accessibility) {
    std::string style_file = (o.style ? *o.style : data_dir() / "styles" / "council.yaml").string();
    std::size_t failures = 0;
    for (const auto& p : *papers) {
      auto tree = compose::compose_paper(p, templates, hs);
      for (const auto& f :
           accessibility::check(tree, hs, &p, style_file, model::kind_name(p.kind))) {
        fmt::print(err, "{}\n", f.to_string());
        ++failures;
      }
    }
    if (failures > 0) {
      fmt::print(err, "papers: {} accessibility failure(s)\n", failures);
      return exit_bad_input;
    }
  }
  fmt::print(out, "{} paper(s) checked: they build cleanly{}\n", papers->size(),
             o.accessibility ? " and pass the accessibility checks" : "");
  return exit_ok;
}

int run_sample(const options& o, std::ostream& out, std::ostream& err) {
  auto hs = load_style(o);
  auto refs = load_references(o, hs, err);
  std::ifstream in(data_dir() / "styles" / "assets" / "council-logo.png", std::ios::binary);
  std::string logo((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  doc::document d = demo::showcase_document(logo);
  std::vector<built_file> files;
  std::string stem = safe_file_stem("style sampler " + hs.name);
  for (format f : o.formats)
    files.push_back({o.out / fmt::format("{}.{}", stem, extension(f)), render(d, hs, f, &refs)});
  write_all(files, o.quiet, out);
  return exit_ok;
}

int run_schema(const options&, std::ostream& out, std::ostream&) {
  out << ingest::paper_json_schema();
  return exit_ok;
}

}  // namespace cp::app
