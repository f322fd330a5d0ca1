// SPDX-License-Identifier: MIT
#include "app/options.hpp"

#include "app/archive_command.hpp"
#include "app/parallel.hpp"
#include "app/progress.hpp"

#include <charconv>

#include <fmt/format.h>

namespace cp::app {

std::string usage() {
  return R"(usage: papers COMMAND [OPTIONS] [INPUT...]

Builds UK council committee papers (DOCX and ODT) from structured YAML/JSON input.

commands:
  build INPUT...   build each paper into the output folder
  check INPUT...   check inputs, templates and style without writing anything;
                   warns about actions and recommendations that are not SMART
  agenda MEETING...
                   build each meeting's agenda pack and, with exempt items,
                   its exempt pack (a meeting file has kind: meeting; check
                   and build take them too); docs/agendas.md
  archive INPUT... --to ARCHIVE
                   keep each signed-off paper in the archive as a new version
                   (DOCX, ODT, PDF/A, the exact inputs, templates and style,
                   and a manifest of SHA-256 checksums); docs/archive.md
  archive --list ARCHIVE
                   list the archived papers, versions and sign-offs
  verify ARCHIVE [PAPER-ID]
                   re-check every checksum and rebuild every version from its
                   archived inputs, byte for byte
  sample           build the house style sampler (every construct the engine has)
  schema           print the JSON Schema of paper inputs (--meeting: of meetings)
  --help           show this help
  --version        show the version

options:
  --format LIST    any of docx, odt, pdf, html, comma-separated (default:
                   docx,odt); pdf is tagged for screen readers and needs
                   LibreOffice; html is a page per paper for websites
  --out DIR        output folder (default: out)
  --templates DIR  a folder of templates/partials that replace the shipped ones
                   of the same name (may be given more than once)
  --style FILE     house style file (default: styles/council.yaml)
  --include-root DIR
                   the folder that files an input names (includes, logos,
                   reports, placed documents) must lie in (default: the
                   folder of each input named on the command line)
  --reference FILE the council's own Word (.docx/.dotx) or LibreOffice
                   (.odt/.ott) document: its page setup, styles, headers,
                   footers and numbering are used for papers of that format;
                   give one of each for both (also `reference:` in the style)
  --strict         treat warnings as errors
  --jobs N         use N threads (default: every core): N papers at once, and
                   with fewer papers than threads, a paper's formats side by
                   side and a meeting's reports composed at once; the files
                   are the same whatever N is
  --quiet          no progress bar and no "wrote FILE" lines; problems are
                   still reported (the bar is only drawn on a terminal)
  --accessibility  (check) also check headings, tables, links, alternative
                   text and colour contrast against WCAG 2.1 AA
  --to DIR         (archive) the archive folder
  --list           (archive) list the archive instead of adding to it
  --require-pdf    (archive) fail, writing nothing, when LibreOffice is not
                   there to make the PDF/A rendering

exit status: 0 done; 1 the build failed; 2 bad usage or bad input; 130 interrupted
(Ctrl-C: the run stops before its next paper and writes nothing).
)";
}

namespace {

unsigned parse_jobs(const std::string& text) {
  unsigned n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size() || n == 0 || n > 1024)
    throw usage_error(fmt::format(
        "--jobs needs a number of papers to build at once, from 1 to 1024, not \"{}\"", text));
  return n;
}

}  // namespace

unsigned threads(const options& o) {
  return o.jobs > 0 ? o.jobs : all_cores();
}

bool progress_shown(const options& o) {
  return !o.quiet && stderr_is_terminal();
}

options parse_options(const std::vector<std::string>& args) {
  options o;
  std::size_t i = 0;
  auto value = [&](const std::string& flag) -> std::string {
    if (i + 1 >= args.size()) throw usage_error(fmt::format("{} needs a value", flag));
    return args[++i];
  };
  // A folder or file name given as "" (an unset shell variable, say).
  auto name = [&](const std::string& flag, std::string_view what) -> std::string {
    std::string v = value(flag);
    if (v.empty()) throw usage_error(fmt::format("{} was given an empty {} name", flag, what));
    return v;
  };
  for (; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      o.command = "help";
      return o;
    }
    if (a == "--version") {
      o.command = "version";
      return o;
    }
    if (a == "--format") {
      o.formats.clear();
      std::string list = value(a);
      for (std::size_t start = 0; start <= list.size();) {
        std::size_t end = list.find(',', start);
        if (end == std::string::npos) end = list.size();
        std::string name = list.substr(start, end - start);
        auto f = parse_format(name);
        if (!f)
          throw usage_error(fmt::format(
              "unknown format \"{}\" (use docx, odt, pdf, html or a list such as docx,odt)", name));
        o.formats.push_back(*f);
        start = end + 1;
      }
    } else if (a == "--out") {
      o.out = name(a, "folder");
    } else if (a == "--templates") {
      o.template_dirs.emplace_back(name(a, "folder"));
    } else if (a == "--include-root") {
      o.include_root = name(a, "folder");
    } else if (a == "--style") {
      o.style = name(a, "file");
    } else if (a == "--reference") {
      o.references.emplace_back(name(a, "file"));
    } else if (a == "--jobs" || a == "-j") {
      o.jobs = parse_jobs(value(a));
    } else if (a == "--quiet" || a == "-q") {
      o.quiet = true;
    } else if (a == "--strict") {
      o.strict = true;
    } else if (a == "--accessibility") {
      o.accessibility = true;
    } else if (a == "--to") {
      o.archive_to = name(a, "folder");
    } else if (a == "--list") {
      o.list = true;
    } else if (a == "--require-pdf") {
      o.require_pdf = true;
    } else if (a == "--meeting") {
      o.meeting_schema = true;
    } else if (a.starts_with("-") && a.size() > 1) {
      throw usage_error(fmt::format("unknown option {}", a));
    } else if (o.command.empty()) {
      o.command = a;
    } else {
      o.inputs.emplace_back(a);
    }
  }
  if (o.command.empty()) throw usage_error("no command given");
  if (o.command == "archive" || o.command == "verify") return check_archive_usage(std::move(o));
  if (o.command != "build" && o.command != "check" && o.command != "sample" &&
      o.command != "schema" && o.command != "agenda")
    throw usage_error(fmt::format("unknown command \"{}\"", o.command));
  if ((o.command == "build" || o.command == "check" || o.command == "agenda") && o.inputs.empty())
    throw usage_error(fmt::format("{} needs at least one input file", o.command));
  if ((o.command == "sample" || o.command == "schema") && !o.inputs.empty())
    throw usage_error(fmt::format("{} takes no input files", o.command));
  if (o.meeting_schema && o.command != "schema")
    throw usage_error("--meeting goes with the schema command");
  if (o.command == "schema" && !o.references.empty())
    throw usage_error("schema takes no reference document");
  return o;
}

}  // namespace cp::app
