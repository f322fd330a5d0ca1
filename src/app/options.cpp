// SPDX-License-Identifier: MIT
#include "app/options.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <charconv>
#include <memory>

#include <fmt/format.h>

#include "app/archive_command.hpp"
#include "app/parallel.hpp"
#include "app/progress.hpp"
#include "util/suggest.hpp"

namespace cp::app {
namespace {

struct command_spec {
  const char* name;
  const char* usage;    // what follows "papers NAME" in the global help
  const char* summary;  // one line or two for the global help and the command's own
};

const std::vector<command_spec>& commands() {
  static const std::vector<command_spec> all = {
      {"build", "INPUT...",
       "build each paper (and each meeting's agenda packs) into the output folder"},
      {"check", "INPUT...",
       "check inputs, templates and style without writing anything; warns about actions and "
       "recommendations that are not SMART"},
      {"agenda", "MEETING...",
       "build each meeting's agenda pack and, with exempt items, its exempt pack "
       "(docs/agendas.md)"},
      {"watch", "INPUT...",
       "build, then build again whenever an input, a file it includes, a template or the style "
       "changes; the last good files stay when a change is broken (Ctrl-C stops)"},
      {"expand", "INPUT", "print the input with every include resolved, as JSON"},
      {"archive", "INPUT... --to ARCHIVE",
       "keep each signed-off paper as a new version: DOCX, ODT, PDF/A, its exact inputs, "
       "templates and style, and a manifest of SHA-256 checksums (docs/archive.md); --list "
       "ARCHIVE lists the archive"},
      {"verify", "ARCHIVE [PAPER-ID]",
       "re-check every checksum and rebuild every version from its archived inputs, byte for "
       "byte"},
      {"sample", "", "build the house style sampler (every construct the engine has)"},
      {"schema", "", "print the JSON Schema of paper inputs (--meeting: of meetings)"},
      {"help", "[COMMAND]", "show this help, or a command's"},
  };
  return all;
}

// What CLI11 collects as text, checked and converted afterwards so that the
// messages are ours.
struct raw_values {
  std::vector<std::string> positionals;
  std::string formats;
  std::string jobs;
  std::string out, include_root, style, archive_to;
  std::vector<std::string> templates, references;
};

unsigned parse_jobs(const std::string& text) {
  unsigned n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size() || n == 0 || n > 1024)
    throw usage_error(fmt::format(
        "--jobs needs a number of papers to build at once, from 1 to 1024, not \"{}\"", text));
  return n;
}

std::vector<format> parse_formats(const std::string& list) {
  std::vector<format> out;
  for (std::size_t start = 0; start <= list.size();) {
    std::size_t end = list.find(',', start);
    if (end == std::string::npos) end = list.size();
    std::string name = list.substr(start, end - start);
    auto f = parse_format(name);
    if (!f)
      throw usage_error(fmt::format(
          "unknown format \"{}\" (use docx, odt, pdf, html or a list such as docx,odt)", name));
    out.push_back(*f);
    start = end + 1;
  }
  return out;
}

// The options each command takes, bound to `raw` and `o`.
class command_line {
 public:
  command_line(options& o, raw_values& raw) : o_(o), raw_(raw) {
    app_.name("papers");
    app_.description(
        "Builds UK council committee papers (DOCX, ODT, PDF) from structured YAML/JSON input.");
    app_.set_help_flag("-h,--help", "show this help");
    app_.set_version_flag("--version", "");
    app_.get_formatter()->column_width(26);
    for (const auto& c : commands()) add(c);
  }

  CLI::App& app() { return app_; }
  CLI::App* find(const std::string& name) {
    for (auto* sub : app_.get_subcommands({}))
      if (sub->get_name() == name) return sub;
    return nullptr;
  }

 private:
  void add(const command_spec& c) {
    std::string name = c.name;
    CLI::App* s = app_.add_subcommand(name, c.summary);
    s->set_help_flag("-h,--help", "show this help");
    s->allow_extras();  // reported by parse_options, with a suggestion
    if (name == "build" || name == "check" || name == "watch") {
      inputs(s, "INPUT", "paper inputs (YAML or JSON; meeting files too; - for standard input)");
      paper_options(s);
      if (name != "watch") strict(s);
      jobs(s);
      if (name == "check")
        s->add_flag("--accessibility", o_.accessibility,
                    "also check headings, tables, links, alternative text and colour contrast "
                    "against WCAG 2.1 AA");
    } else if (name == "agenda") {
      inputs(s, "MEETING", "meeting inputs (kind: meeting)");
      paper_options(s);
      strict(s);
      jobs(s);
    } else if (name == "archive") {
      inputs(s, "INPUT", "signed-off paper inputs, or with --list the archive folder");
      s->add_option("--to", raw_.archive_to, "the archive folder")->type_name("ARCHIVE");
      s->add_flag("--list", o_.list, "list the archived papers, versions and sign-offs");
      s->add_flag("--require-pdf", o_.require_pdf,
                  "fail, writing nothing, when LibreOffice is not there to make the PDF/A");
      style_options(s);
      templates(s);
      include_root(s);
      quiet(s);
    } else if (name == "verify") {
      inputs(s, "ARCHIVE", "the archive folder, and if you like one paper's id");
      quiet(s);
    } else if (name == "sample") {
      format_and_out(s);
      style_options(s);
      quiet(s);
    } else if (name == "schema") {
      s->add_flag("--meeting", o_.meeting_schema, "the schema of meeting inputs");
    } else if (name == "new") {
      inputs(s, "KIND", "the kind of paper (or meeting), and the file to write");
      s->add_flag("--list", o_.list, "list the kinds");
      s->add_option("--style", raw_.style, "write it for this house style")->type_name("FILE");
    } else if (name == "expand") {
      inputs(s, "INPUT", "a paper or meeting input");
      include_root(s);
    } else if (name == "help") {
      inputs(s, "COMMAND", "the command to explain");
    }
  }

  void inputs(CLI::App* s, const std::string& name, const std::string& what) {
    s->add_option(name, raw_.positionals, what)->type_name("");
  }
  void format_and_out(CLI::App* s) {
    s->add_option("--format", raw_.formats,
                  "any of docx, odt, pdf, html, comma-separated (default: docx,odt); pdf is "
                  "tagged for screen readers and needs LibreOffice; html is a page per paper for "
                  "websites")
        ->type_name("LIST");
    s->add_option("--out", raw_.out,
                  "output folder (default: out); - writes the one file made to standard output")
        ->type_name("DIR");
  }
  void style_options(CLI::App* s) {
    s->add_option("--style", raw_.style, "house style file (default: styles/council.yaml)")
        ->type_name("FILE");
    s->add_option("--reference", raw_.references,
                  "the council's own Word (.docx/.dotx) or LibreOffice (.odt/.ott) document: its "
                  "page setup, styles, headers, footers and numbering; one of each for both")
        ->type_name("FILE");
  }
  void templates(CLI::App* s) {
    s->add_option("--templates", raw_.templates,
                  "a folder of templates and partials that replace the shipped ones of the same "
                  "name (may be given more than once)")
        ->type_name("DIR");
  }
  void include_root(CLI::App* s) {
    s->add_option("--include-root", raw_.include_root,
                  "the folder that files an input names (includes, logos, reports, placed "
                  "documents) must lie in (default: each input's own folder)")
        ->type_name("DIR");
  }
  void quiet(CLI::App* s) {
    s->add_flag("-q,--quiet", o_.quiet,
                "no progress bar, no warnings and no \"wrote FILE\" lines; errors are still "
                "reported");
  }
  void strict(CLI::App* s) { s->add_flag("--strict", o_.strict, "treat warnings as errors"); }
  void jobs(CLI::App* s) {
    s->add_option("-j,--jobs", raw_.jobs,
                  "use N threads (default: every core): N papers at once, and with fewer papers "
                  "than threads, a paper's formats side by side; the files are the same whatever "
                  "N is")
        ->type_name("N");
  }
  // check takes --format (the writers it tries) and --out too, and writes nothing.
  void paper_options(CLI::App* s) {
    format_and_out(s);
    templates(s);
    style_options(s);
    include_root(s);
    quiet(s);
  }

  options& o_;
  raw_values& raw_;
  CLI::App app_;
};

std::vector<std::string> option_names(CLI::App* s) {
  std::vector<std::string> out;
  for (const auto* opt : s->get_options()) {
    for (const auto& l : opt->get_lnames()) out.push_back("--" + l);
    for (const auto& sn : opt->get_snames()) out.push_back("-" + sn);
  }
  return out;
}

// An option the command does not know, with the nearest one it does.
[[noreturn]] void unknown_option(CLI::App* s, const std::string& arg) {
  std::string flag = arg.substr(0, arg.find('='));
  std::string msg = fmt::format("unknown option {} for {}", flag, s->get_name());
  if (auto near = nearest(flag, option_names(s))) msg += fmt::format("; did you mean {}?", *near);
  throw usage_error(msg, s->get_name());
}

// "a value that is an empty name" is a mistake (an unset shell variable).
std::filesystem::path name_of(const std::string& value, const char* flag, const char* what,
                              const std::string& command) {
  if (value.empty())
    throw usage_error(fmt::format("{} was given an empty {} name", flag, what), command);
  return value;
}

// Checks what each command was given and fills `o` from `raw`.
void finish(options& o, raw_values& raw, CLI::App* s) {
  const std::string& c = o.command;
  auto given = [&](const char* flag) {
    const CLI::Option* opt = s->get_option_no_throw(flag);
    return opt && opt->count() > 0;
  };
  if (given("--format")) o.formats = parse_formats(raw.formats);
  if (given("--jobs")) o.jobs = parse_jobs(raw.jobs);
  if (given("--out")) o.out = name_of(raw.out, "--out", "folder", c);
  if (given("--style")) o.style = name_of(raw.style, "--style", "file", c);
  if (given("--include-root"))
    o.include_root = name_of(raw.include_root, "--include-root", "folder", c);
  if (given("--to")) o.archive_to = name_of(raw.archive_to, "--to", "folder", c);
  for (const auto& t : raw.templates)
    o.template_dirs.push_back(name_of(t, "--templates", "folder", c));
  for (const auto& r : raw.references) o.references.push_back(name_of(r, "--reference", "file", c));
  // Extras CLI11 left: an option this command does not take, or a stray argument.
  for (const auto& extra : s->remaining()) {
    if (extra.size() > 1 && extra[0] == '-') unknown_option(s, extra);
    raw.positionals.push_back(extra);
  }

  if (c == "new") {
    if (o.list) {
      if (!raw.positionals.empty()) throw usage_error("new --list takes no kind", c);
      return;
    }
    if (raw.positionals.empty() || raw.positionals.size() > 2)
      throw usage_error("new takes the kind of paper and, if you like, the file to write", c);
    o.kind = raw.positionals[0];
    if (raw.positionals.size() == 2) o.inputs.emplace_back(raw.positionals[1]);
    return;
  }
  for (const auto& p : raw.positionals) o.inputs.emplace_back(p);
  const bool takes_inputs = c == "build" || c == "check" || c == "agenda" || c == "watch" ||
                            c == "archive" || c == "verify" || c == "expand";
  if (takes_inputs && o.inputs.empty())
    throw usage_error(fmt::format("{} needs at least one input file", c), c);
  if (!takes_inputs && !o.inputs.empty())
    throw usage_error(fmt::format("{} takes no input files", c), c);
  if (c == "expand" && o.inputs.size() > 1) throw usage_error("expand takes one input", c);
  if (c == "archive" || c == "verify") o = check_archive_usage(std::move(o));
  if (o.out == "-") {
    if (c != "build" && c != "sample")
      throw usage_error("--out - (standard output) goes with build and sample", c);
    if (o.formats.size() != 1 || (c == "build" && o.inputs.size() != 1))
      throw usage_error("--out - writes one file: give one input and one --format", c);
  }
  if (std::find(o.inputs.begin(), o.inputs.end(), "-") != o.inputs.end() &&
      (c != "build" && c != "check" && c != "expand"))
    throw usage_error(fmt::format("{} needs files, not standard input (-)", c), c);
}

}  // namespace

const std::vector<std::string>& command_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& c : commands()) out.emplace_back(c.name);
    return out;
  }();
  return names;
}

std::string usage(const std::string& command) {
  if (!command.empty()) {
    options o;
    raw_values raw;
    command_line cl(o, raw);
    if (CLI::App* s = cl.find(command))
      return s->help("papers") +
             "\nExit status: 0 done; 1 the build failed; 2 bad usage or bad "
             "input; 130 interrupted.\n";
  }
  std::string out =
      "usage: papers COMMAND [OPTIONS] [INPUT...]\n\n"
      "Builds UK council committee papers (DOCX, ODT, PDF) from structured YAML/JSON input.\n\n"
      "commands:\n";
  for (const auto& c : commands()) {
    std::string head = fmt::format("  {} {}", c.name, c.usage);
    // The summary wrapped at 76 columns, under the command when it is long.
    std::string words = c.summary;
    std::vector<std::string> lines{""};
    for (std::size_t start = 0; start < words.size();) {
      std::size_t end = words.find(' ', start);
      if (end == std::string::npos) end = words.size();
      std::string w = words.substr(start, end - start);
      if (!lines.back().empty() && lines.back().size() + 1 + w.size() > 56) lines.emplace_back();
      lines.back() += (lines.back().empty() ? "" : " ") + w;
      start = end + 1;
    }
    bool own_line = head.size() >= 19;
    out += own_line ? head + "\n" : fmt::format("{:<19}", head);
    for (std::size_t i = 0; i < lines.size(); ++i)
      out += (own_line || i > 0 ? std::string(19, ' ') : "") + lines[i] + "\n";
  }
  out +=
      "\n  --help           show this help (papers COMMAND --help, or papers help COMMAND: a\n"
      "                   command's own options)\n"
      "  --version        show the version\n\n"
      "exit status: 0 done; 1 the build failed; 2 bad usage or bad input; 130 interrupted\n"
      "(Ctrl-C: the run stops before its next paper and writes nothing).\n";
  return out;
}

options parse_options(const std::vector<std::string>& args) {
  options o;
  if (args.empty()) throw usage_error("no command given");
  const std::string& first = args.front();
  if (first == "--help" || first == "-h") {
    o.command = "help";
    return o;
  }
  if (first == "--version") {
    o.command = "version";
    return o;
  }
  const auto& names = command_names();
  if (first.starts_with("-"))
    throw usage_error(fmt::format("unknown option {}; give a command first", first));
  if (std::find(names.begin(), names.end(), first) == names.end()) {
    std::string msg = fmt::format("unknown command \"{}\"", first);
    if (auto near = nearest(first, names)) msg += fmt::format("; did you mean \"{}\"?", *near);
    throw usage_error(msg);
  }
  o.command = first;
  if (first == "help") {  // read here: CLI11 would take "help build" for the build command
    if (args.size() > 2) throw usage_error("help takes one command", "help");
    if (args.size() == 2) o.help_topic = args[1];
    return o;
  }
  raw_values raw;
  command_line cl(o, raw);
  std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 reads from the back
  try {
    cl.app().parse(reversed);
  } catch (const CLI::CallForHelp&) {
    o.help_topic = o.command;
    o.command = "help";
    return o;
  } catch (const CLI::ParseError& e) {
    std::string what = e.what();
    throw usage_error(what, o.command);
  }
  finish(o, raw, cl.find(o.command));
  return o;
}

unsigned threads(const options& o) {
  return o.jobs > 0 ? o.jobs : all_cores();
}

bool progress_shown(const options& o) {
  return !o.quiet && stderr_is_terminal();
}

}  // namespace cp::app
