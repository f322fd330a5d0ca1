// SPDX-License-Identifier: MIT
#include "app/commands.hpp"

#include <atomic>
#include <fstream>
#include <iterator>
#include <map>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "accessibility/accessibility.hpp"
#include "agenda/pack.hpp"
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
#include "ingest/meeting_loader.hpp"
#include "ingest/paper_loader.hpp"
#include "ingest/value_json.hpp"
#include "ingest/yaml_source.hpp"
#include "package/atomic_file.hpp"
#include "style/style_loader.hpp"
#include "util/error.hpp"
#include "util/parallel.hpp"
#include "util/suggest.hpp"

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

// Each input's diagnostics, one after another in input order, so messages
// read as from one thread whichever thread found them.
diagnostics in_input_order(const std::vector<diagnostics>& found) {
  diagnostics d;
  for (const auto& one : found)
    for (const auto& item : one.items()) d.add(item);
  return d;
}

// Loads and validates every input for `papers check`, with the SMART check
// (on o.jobs threads, each input into its own diagnostics, merged in input
// order so the messages read as from one thread); prints all diagnostics.
// Returns the papers when there is no error (and, with --strict, no warning).
std::optional<std::vector<model::paper>> load_inputs(const options& o, std::ostream& err) {
  std::vector<diagnostics> found(o.inputs.size());
  std::vector<std::optional<model::paper>> loaded(o.inputs.size());
  for_each_in_parallel(o.inputs.size(), threads(o), [&](std::size_t i) {
    loaded[i] = ingest::load_paper(o.inputs[i], found[i], o.include_root);
    if (loaded[i]) model::smart_check(*loaded[i], found[i]);
  });
  diagnostics d = in_input_order(found);
  std::vector<model::paper> papers;
  for (auto& p : loaded)
    if (p) papers.push_back(std::move(*p));
  if (report_and_refuse(d, o.strict, "nothing written", err)) return std::nullopt;
  return papers;
}

// The name each paper's files take, from its id; two papers that would
// write one file are refused (file names the input, for the message).
struct output_stem {
  std::string stem;
  std::string file;
};
void refuse_shared_stems(const std::vector<output_stem>& stems) {
  std::map<std::string, std::string> seen;  // stem -> input
  for (const auto& s : stems)
    if (auto [it, fresh] = seen.emplace(s.stem, s.file); !fresh)
      throw input_error(
          fmt::format("{}: this paper would be written as {}, like {}; give one of them another id",
                      s.file, s.stem, it->second));
}

// Builds every paper in every format on o.jobs threads and forgets the
// bytes: what `papers check` needs to know is that each one builds.
void build_all(const options& o, const std::vector<model::paper>& papers,
               const compose::template_set& templates, const style::house_style& hs,
               const reference::reference_set& refs, std::ostream& err) {
  std::vector<output_stem> stems;
  for (const auto& p : papers) stems.push_back({safe_file_stem(p.id), p.file});
  refuse_shared_stems(stems);
  progress_bar bar(err, "building", papers.size(), progress_shown(o));
  bool spare_core = threads(o) > papers.size();
  for_each_in_parallel(
      papers.size(), threads(o),
      [&](std::size_t i) {
        doc::document d = compose::compose_paper(papers[i], templates, hs, spare_core);
        for (format f : o.formats) render(d, hs, f, &refs, spare_core);
      },
      [&] { bar.advance(); });
}

// Removes the output folder on the way out unless told to keep it: a run
// that writes nothing leaves no empty folder behind either.
struct folder_guard {
  std::filesystem::path folder;  // empty: the folder was there before
  bool keep = false;
  ~folder_guard() {
    std::error_code ec;
    if (!keep && !folder.empty()) std::filesystem::remove(folder, ec);  // only when empty
  }
};

// Loads, checks and builds every paper on o.jobs threads in one pass. Each
// file is staged beside its target as soon as it is made and its bytes are
// let go, and each paper's model once it is built, so a run of any size
// holds only the papers in progress. Nothing is put in place unless every
// input loads cleanly (with --strict, without warnings) and every paper
// builds; once an input is refused no further paper is built. Messages come
// in input order, as from one thread.
int build_papers(const options& o, const compose::template_set& templates,
                 const style::house_style& hs, const reference::reference_set& refs,
                 std::ostream& out, std::ostream& err) {
  folder_guard made;
  if (std::error_code ec; !std::filesystem::exists(o.out, ec)) {
    std::filesystem::create_directories(o.out, ec);
    if (ec)
      throw io_error(fmt::format("{}: cannot create folder: {}", o.out.string(), ec.message()));
    made.folder = o.out;
  }
  package::staged_files staged;
  std::vector<diagnostics> found(o.inputs.size());
  std::vector<output_stem> stems(o.inputs.size());
  std::atomic<bool> refused = false;
  progress_bar bar(err, "building", o.inputs.size(), progress_shown(o));
  // Fewer papers than threads: each may use a second thread of its own
  // (its formats side by side, the DOCX page estimate beside the writing).
  bool spare_core = threads(o) > o.inputs.size();
  try {
    for_each_in_parallel(
        o.inputs.size(), threads(o),
        [&](std::size_t i) {
          auto paper = ingest::load_paper(o.inputs[i], found[i], o.include_root);
          if (paper) model::smart_check(*paper, found[i]);  // as check warns, once per paper
          if (!paper || refuses(found[i], o.strict)) refused = true;
          if (!paper || refused) return;
          stems[i] = {safe_file_stem(paper->id), paper->file};
          doc::document d = compose::compose_paper(*paper, templates, hs, spare_core);
          paper.reset();
          // With a core to spare, the formats are made side by side.
          util::for_each_in_parallel(o.formats.size(), spare_core ? 2 : 1, [&](std::size_t k) {
            format f = o.formats[k];
            staged.stage(i * o.formats.size() + k,
                         o.out / fmt::format("{}.{}", stems[i].stem, extension(f)),
                         render(d, hs, f, &refs, spare_core));
          });
        },
        [&] { bar.advance(); });
  } catch (...) {
    // A paper that cannot be built: what the inputs said still comes first.
    if (auto d = in_input_order(found); !d.items().empty()) fmt::print(err, "{}\n", d.to_string());
    throw;
  }
  if (report_and_refuse(in_input_order(found), o.strict, "nothing written", err, o.quiet))
    return exit_bad_input;
  refuse_shared_stems(stems);
  auto targets = staged.targets();
  staged.commit();
  made.keep = true;
  if (!o.quiet)
    for (const auto& t : targets) fmt::print(out, "wrote {}\n", t.string());
  return exit_ok;
}

// `papers build INPUT --format F --out -`: the one file to standard output,
// and nothing else there.
int build_to_stdout(const options& o, const compose::template_set& templates,
                    const style::house_style& hs, const reference::reference_set& refs,
                    std::ostream& out, std::ostream& err) {
  diagnostics found;
  auto paper = ingest::load_paper(o.inputs.front(), found, o.include_root);
  if (paper) model::smart_check(*paper, found);
  if (report_and_refuse(found, o.strict, "nothing written", err, o.quiet) || !paper)
    return exit_bad_input;
  doc::document d = compose::compose_paper(*paper, templates, hs);
  std::string bytes = render(d, hs, o.formats.front(), &refs, true);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.flush();
  return out ? exit_ok : exit_build_failed;
}

}  // namespace

int run_help(const options& o, std::ostream& out, std::ostream& err) {
  const auto& names = command_names();
  if (!o.help_topic.empty() && std::find(names.begin(), names.end(), o.help_topic) == names.end()) {
    std::string msg = fmt::format("papers: there is no command \"{}\"", o.help_topic);
    if (auto near = nearest(o.help_topic, names))
      msg += fmt::format("; did you mean \"{}\"?", *near);
    fmt::print(err, "{}\n(papers --help lists the commands)\n", msg);
    return exit_bad_input;
  }
  out << usage(o.help_topic);
  return exit_ok;
}

int run_expand(const options& o, std::ostream& out, std::ostream&) {
  const auto& input = o.inputs.front();
  ingest::value root = ingest::load_yaml_file(
      input, {}, {.follow = true, .root = ingest::include_root_for(input, o.include_root)});
  out << ingest::to_json(root).dump();
  return exit_ok;
}

int run_build(const options& given, std::ostream& out, std::ostream& err) {
  options o = given;  // meeting files build their agenda packs
  if (o.out == "-") {
    if (ingest::is_meeting_file(o.inputs.front()))
      throw input_error(fmt::format(
          "{}: a meeting makes an agenda pack and an exempt pack; --out - writes one file, so "
          "give --out DIR",
          o.inputs.front().string()));
    auto hs = load_style(o);
    auto refs = load_references(o, hs, err);
    return build_to_stdout(o, load_templates(o), hs, refs, out, err);
  }
  if (int status = build_meeting_inputs(o, out, err); status != exit_ok || o.inputs.empty())
    return status;
  auto hs = load_style(o);
  auto refs = load_references(o, hs, err);
  auto templates = load_templates(o);
  return build_papers(o, templates, hs, refs, out, err);
}

int run_check(const options& given, std::ostream& out, std::ostream& err) {
  options o = given;  // meeting files are checked as agendas
  if (int status = check_meeting_inputs(o, out, err); status != exit_ok || o.inputs.empty())
    return status;
  auto hs = load_style(o);
  auto refs = load_references(o, hs, err);
  auto templates = load_templates(o);
  auto papers = load_inputs(o, err);
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
  if (o.out == "-") {
    std::string bytes = render(d, hs, o.formats.front(), &refs);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    return out ? exit_ok : exit_build_failed;
  }
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
