// SPDX-License-Identifier: MIT
#include "app/watch_command.hpp"

#include <chrono>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "app/commands.hpp"
#include "app/data_dir.hpp"
#include "app/file_watch.hpp"
#include "app/interrupt.hpp"
#include "ingest/meeting_loader.hpp"
#include "ingest/paper_loader.hpp"
#include "style/style_loader.hpp"
#include "util/error.hpp"

namespace cp::app {
namespace {

void watch_paper(const std::filesystem::path& input, const options& o, file_watch& w) {
  w.add_file(input);
  diagnostics ignored;  // the build reports them
  if (auto p = ingest::load_paper(input, ignored, o.include_root))
    for (const auto& f : p->sources) w.add_file(f);
}

// Every file the build reads, as far as it can be read now. Files that
// are broken at this moment are watched themselves; once mended, the next
// build reads what they name, and so the next round watches that too.
void watch_what_builds_read(const options& o, file_watch& w) {
  for (const auto& input : o.inputs) {
    if (!ingest::is_meeting_file(input)) {
      watch_paper(input, o, w);
      continue;
    }
    w.add_file(input);
    diagnostics ignored;
    auto m = ingest::load_meeting(input, ignored, o.include_root);
    if (!m) continue;
    for (const auto& it : m->items) {
      if (!it.report.empty()) watch_paper(it.report, o, w);
      if (!it.document.empty()) w.add_file(it.document);
    }
    if (!m->logo.empty()) w.add_file(std::filesystem::path(m->file).parent_path() / m->logo);
  }
  auto style = o.style ? *o.style : data_dir() / "styles" / "council.yaml";
  w.add_file(style);
  try {
    auto hs = style::load_house_style(style);
    if (!hs.logo.empty()) w.add_file(hs.logo);
    for (const auto& r : hs.reference.documents) w.add_file(r);
  } catch (const error&) {
    // The build says what is wrong with it.
  }
  for (const auto& r : o.references) w.add_file(r);
  std::vector<std::filesystem::path> template_dirs{data_dir() / "templates"};
  template_dirs.insert(template_dirs.end(), o.template_dirs.begin(), o.template_dirs.end());
  for (const auto& dir : template_dirs) {
    w.add_folder(dir);
    std::error_code ec;
    if (std::filesystem::is_directory(dir / "partials", ec)) w.add_folder(dir / "partials");
  }
}

// One build, as `papers build` makes it; problems are printed, never fatal.
void build_once(const options& o, std::ostream& out, std::ostream& err) {
  try {
    run_build(o, out, err);
  } catch (const interrupted&) {
    throw;
  } catch (const input_error& e) {
    fmt::print(err, "{}\npapers: nothing written\n", e.what());
  } catch (const style_error& e) {
    fmt::print(err, "{}\npapers: nothing written\n", e.what());
  } catch (const template_error& e) {
    fmt::print(err, "{}\npapers: nothing written\n", e.what());
  } catch (const error& e) {
    fmt::print(err, "{}\npapers: build failed\n", e.what());
  }
  out.flush();
  err.flush();
}

}  // namespace

int run_watch(const options& given, std::ostream& out, std::ostream& err) {
  options o = given;
  o.command = "build";
  try {
    for (;;) {
      // Watched before the build, so that a change made while it runs counts.
      file_watch w;
      watch_what_builds_read(o, w);
      build_once(o, out, err);
      fmt::print(err, "papers: watching {} files and folders; Ctrl-C stops\n", w.size());
      err.flush();
      std::filesystem::path changed;
      while (changed.empty() && !interrupt_requested())
        changed = w.wait(std::chrono::milliseconds(200));
      if (interrupt_requested()) break;
      fmt::print(err, "papers: {} changed; building again\n", changed.string());
    }
  } catch (const interrupted&) {
    // Ctrl-C during a build: that build writes nothing; the last good files stay.
  }
  fmt::print(err, "papers: stopped watching\n");
  return exit_ok;
}

}  // namespace cp::app
