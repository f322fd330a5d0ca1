// SPDX-License-Identifier: MIT
// The archive of signed-off papers: what a version holds, how it is written
// and how it is proved (docs/archive.md).
#include "app/archive_command.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "agenda/pack.hpp"
#include "app/commands.hpp"
#include "app/data_dir.hpp"
#include "app/formats.hpp"
#include "app/output_name.hpp"
#include "app/pdf_export.hpp"
#include "app/problem_report.hpp"
#include "app/references.hpp"
#include "archive/manifest.hpp"
#include "archive/sha256.hpp"
#include "archive/store.hpp"
#include "compose/compose.hpp"
#include "compose/template_set.hpp"
#include "ingest/paper_loader.hpp"
#include "style/style_loader.hpp"
#include "util/error.hpp"
#include "util/suggest.hpp"
#include "zip/zip_reader.hpp"

namespace cp::app {
namespace {

namespace fs = std::filesystem;
using archive::manifest;

constexpr const char* pdf_reproducibility_note =
    "LibreOffice stamps the time of conversion into a PDF, so a PDF can never be rebuilt byte for "
    "byte: "
    "verify checks its SHA-256 and does not rebuild it";

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw io_error(fmt::format("{}: cannot read", p.string()));
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

fs::path absolute_normal(const fs::path& p) {
  return fs::absolute(p).lexically_normal();
}

bool is_within(const fs::path& file, const fs::path& dir) {
  fs::path rel = absolute_normal(file).lexically_relative(absolute_normal(dir));
  return !rel.empty() && *rel.begin() != ".." && !rel.is_absolute();
}

// The deepest folder that holds every one of `files` (absolute paths).
fs::path common_folder(const std::vector<fs::path>& files) {
  fs::path root = files.front().parent_path();
  for (const auto& f : files)
    while (!is_within(f, root) && root.has_relative_path()) root = root.parent_path();
  return root;
}

std::string utc_now() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string iso(const std::optional<model::date>& d) {
  return d ? d->iso() : "";
}

// ------------------------------------------------------------ planning

struct planned_file {
  std::string path;  // in the version folder
  std::string kind;
  std::string bytes;
};

// Everything a new version would hold but the PDF and the manifest.
struct plan {
  std::string id;
  std::string stem;
  manifest m;  // without version, time, PDF and files
  std::vector<planned_file> files;
  std::string docx, odt;  // as built from the originals

  void add(std::string path, std::string kind, std::string bytes) {
    files.push_back({std::move(path), std::move(kind), std::move(bytes)});
  }
  std::vector<archive::file_entry> entries() const {
    std::vector<archive::file_entry> out;
    for (const auto& f : files)
      out.push_back({f.path, f.kind, f.bytes.size(), archive::sha256_hex(f.bytes)});
    return out;
  }
};

// Adds `files` under `folder/`, keeping their layout below the deepest folder
// they share, so relative names between them (includes, the logo, a style's
// reference documents) still resolve. Returns each file's new path.
std::vector<std::string> add_group(plan& pl, const std::string& folder,
                                   const std::vector<fs::path>& files,
                                   const std::vector<std::string>& kinds) {
  std::vector<fs::path> abs;
  for (const auto& f : files) abs.push_back(absolute_normal(f));
  fs::path root = common_folder(abs);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < abs.size(); ++i) {
    std::string rel = folder + "/" + abs[i].lexically_relative(root).generic_string();
    pl.add(rel, kinds[i], read_bytes(abs[i]));
    out.push_back(rel);
  }
  return out;
}

plan make_plan(const model::paper& p, const options& o, const fs::path& style_file,
               const style::house_style& hs, const compose::template_set& templates,
               std::string docx, std::string odt) {
  plan pl;
  pl.id = p.id;
  pl.stem = safe_file_stem(p.id);
  pl.docx = std::move(docx);
  pl.odt = std::move(odt);
  manifest& m = pl.m;
  m.paper = p.id;
  m.generator_version = CP_VERSION;
  m.template_name = model::kind_name(p.kind);

  // The input, what it includes and the logo.
  std::vector<fs::path> inputs;
  std::vector<std::string> kinds;
  std::string logo = p.logo.empty() ? "" : (fs::path(p.file).parent_path() / p.logo).string();
  for (std::size_t i = 0; i < p.sources.size(); ++i) {
    inputs.emplace_back(p.sources[i]);
    kinds.push_back(i == 0 ? "input" : p.sources[i] == logo ? "logo" : "include");
  }
  m.input = add_group(pl, "input", inputs, kinds).front();

  // The house style, the reference documents and the logo it names.
  std::vector<fs::path> style_files{style_file};
  std::vector<std::string> style_kinds{"style"};
  for (const auto& r : hs.reference.documents) {
    std::error_code ec;
    if (!fs::is_regular_file(r, ec)) continue;  // only when --reference replaced it: never read
    style_files.emplace_back(r);
    style_kinds.emplace_back("reference");
  }
  if (!hs.logo.empty()) {
    style_files.emplace_back(hs.logo);
    style_kinds.emplace_back("logo");
  }
  m.style = add_group(pl, "style", style_files, style_kinds).front();

  // Reference documents from the command line.
  std::set<std::string> taken;
  for (const auto& r : o.references) {
    std::string name = r.filename().string();
    std::string rel = "reference/" + name;
    for (int n = 2; taken.count(rel); ++n) rel = fmt::format("reference/{}/{}", n, name);
    taken.insert(rel);
    pl.add(rel, "reference", read_bytes(r));
    m.references.push_back(rel);
  }

  // The template set after overrides, as one folder.
  m.templates = "templates";
  std::vector<std::pair<std::string, std::string>> set;
  for (const auto& f : templates.contents()) {
    pl.add("templates/" + f.relative, "template", *f.text);
    set.emplace_back(f.relative, *f.text);
  }
  m.template_set_version = archive::template_set_version(set);

  pl.add(fmt::format("output/{}.docx", pl.stem), "docx", pl.docx);
  pl.add(fmt::format("output/{}.odt", pl.stem), "odt", pl.odt);

  // The record of the paper as agreed.
  m.title = p.title;
  m.council = p.council;
  m.committee = p.committee;
  m.meeting_date = iso(p.meeting_date);
  m.status = p.props.status;
  m.paper_version = p.props.version;
  m.created = iso(p.props.created);
  m.modified = iso(p.props.modified);
  if (p.props.signed_off) {
    m.signed_off_by = p.props.signed_off->by;
    m.signed_off_job_title = p.props.signed_off->job_title;
    m.signed_off_date = iso(p.props.signed_off->on);
  }
  for (const auto& c : p.clearances)
    m.clearances.push_back(
        {c.role, c.name, c.job_title, iso(c.on), c.outcome, c.comments.markdown});
  return pl;
}

// Whether version `m` holds exactly the planned files (the PDF aside: it is
// never the same twice).
bool holds_the_same(const manifest& m, const plan& pl) {
  std::set<std::tuple<std::string, std::string, std::string>> a, b;
  for (const auto& f : m.files)
    if (f.kind != "pdf") a.emplace(f.path, f.kind, f.sha256);
  for (const auto& f : pl.entries()) b.emplace(f.path, f.kind, f.sha256);
  return a == b;
}

// ------------------------------------------------------------ rebuilding

struct rebuilt {
  std::map<std::string, std::string> outputs;  // "docx", "odt" -> bytes
  std::vector<std::string> problems;
};

// Builds the paper of version folder `dir` from the files in it alone: the
// input, style, reference documents and templates the manifest names.
rebuilt rebuild(const fs::path& dir, const manifest& m) {
  rebuilt r;
  try {
    auto hs = style::load_house_style(dir / m.style);
    options ro;
    ro.formats = {format::docx, format::odt};
    for (const auto& ref : m.references) ro.references.push_back(dir / ref);
    std::ostringstream notes;
    auto refs = load_references(ro, hs, notes);
    auto templates = compose::template_set::load({dir / m.templates}, cp::agenda::template_views());
    diagnostics d;
    auto p = ingest::load_paper(dir / m.input, d);
    if (!p) {
      r.problems.push_back(fmt::format("the archived input does not load:\n{}", d.to_string()));
      return r;
    }
    std::vector<std::string> read = p->sources;
    if (refs.docx) read.push_back(refs.docx->file);
    if (refs.odt) read.push_back(refs.odt->file);
    for (const auto& f : read)
      if (!is_within(f, dir))
        r.problems.push_back(
            fmt::format("the rebuild read {}, which is outside the archived version", f));
    doc::document tree = compose::compose_paper(*p, templates, hs);
    r.outputs["docx"] = render(tree, hs, format::docx, &refs);
    r.outputs["odt"] = render(tree, hs, format::odt, &refs);
  } catch (const error& e) {
    r.problems.push_back(fmt::format("the archived inputs do not build: {}", e.what()));
  }
  return r;
}

// Where two packages first differ, for the message: "part word/document.xml".
std::string first_difference(const std::string& a, const std::string& b) {
  try {
    auto x = package::read_zip(a, "rebuilt"), y = package::read_zip(b, "archived");
    for (const auto& [name, bytes] : x) {
      auto it = y.find(name);
      if (it == y.end())
        return fmt::format("the rebuilt package has part {}, the archived one has not", name);
      if (it->second != bytes) return fmt::format("first difference in part {}", name);
    }
    for (const auto& [name, bytes] : y)
      if (!x.count(name))
        return fmt::format("the archived package has part {}, the rebuilt one has not", name);
    return "the parts are the same but the packages differ";
  } catch (const error&) {
    return "the archived file is not a readable package";
  }
}

// ------------------------------------------------------------ archive

struct loaded {
  fs::path style_path;
  style::house_style hs;
  reference::reference_set refs;
  compose::template_set templates;
};

loaded load_build_files(const options& o, std::ostream& err) {
  fs::path style_path = o.style ? *o.style : data_dir() / "styles" / "council.yaml";
  auto hs = style::load_house_style(style_path);
  auto refs = load_references(o, hs, err);
  std::vector<fs::path> dirs{data_dir() / "templates"};
  dirs.insert(dirs.end(), o.template_dirs.begin(), o.template_dirs.end());
  auto templates = compose::template_set::load(dirs, cp::agenda::template_views());
  return {style_path, std::move(hs), std::move(refs), std::move(templates)};
}

std::string sign_off_words(const manifest& m) {
  std::string out = m.signed_off_date;
  if (auto d = model::parse_date(m.signed_off_date)) out = d->british();
  return fmt::format("signed off {} by {}", out, m.signed_off_by);
}

// Archives one paper; returns the exit status.
int archive_one(const plan& pl, const fs::path& archive_dir, bool require_pdf, std::ostream& out,
                std::ostream& err) {
  fs::path paper_dir = archive_dir / pl.stem;
  archive::make_folders(paper_dir);
  archive::folder_lock lock(paper_dir);
  for (const auto& name : archive::remove_temporaries(paper_dir))
    fmt::print(err, "papers: note: removed {}, left by an interrupted archive run\n",
               (paper_dir / name).string());
  auto folder = archive::read_paper_folder(paper_dir);
  for (const auto& other : folder.others)
    fmt::print(err, "papers: warning: {} is not part of the archive; it is left alone\n",
               (paper_dir / other).string());
  int latest = folder.versions.empty() ? 0 : folder.versions.back();
  if (latest > 0) {
    fs::path latest_dir = paper_dir / fmt::format("v{}", latest);
    manifest last = manifest::parse(read_bytes(latest_dir / archive::manifest_name),
                                    (latest_dir / archive::manifest_name).string());
    if (last.paper != pl.id)
      throw archive::archive_error(
          fmt::format("{} holds the paper \"{}\", not \"{}\"; give one of them another id",
                      paper_dir.string(), last.paper, pl.id));
    if (holds_the_same(last, pl)) {
      fmt::print(out,
                 "{}: already archived as v{} ({}): the same input, templates, style and output; "
                 "nothing written\n",
                 pl.id, latest, latest_dir.string());
      return exit_ok;
    }
  }
  int version = latest + 1;

  manifest m = pl.m;
  m.version = version;
  m.archived = utc_now();
  m.files = pl.entries();
  std::string pdf;
  std::string pdf_path = fmt::format("output/{}.pdf", pl.stem);
  if (libreoffice_available()) {
    pdf = export_pdf(pl.odt, pdf_options{.archival = true});
    m.pdf = pdf_path;
    m.pdf_note =
        fmt::format("PDF/A-2b made by LibreOffice from the ODT; {}", pdf_reproducibility_note);
    m.files.push_back({pdf_path, "pdf", pdf.size(), archive::sha256_hex(pdf)});
  } else {
    if (require_pdf)
      throw io_error(
          "--require-pdf: LibreOffice (soffice) was not found on PATH, so no PDF/A rendering can "
          "be "
          "made; install libreoffice-writer-nogui. Nothing archived");
    m.pdf_note =
        "not made: LibreOffice (soffice) was not found on PATH when this version was archived";
  }

  archive::version_writer w(paper_dir, version);
  for (const auto& f : pl.files) w.write(f.path, f.bytes);
  if (!pdf.empty()) w.write(pdf_path, pdf);
  // The copy must rebuild what was built from the originals, or it proves nothing.
  rebuilt r = rebuild(w.folder(), m);
  for (const auto& problem : r.problems)
    throw archive::archive_error(fmt::format("{}: {}; nothing archived", pl.id, problem));
  if (r.outputs["docx"] != pl.docx || r.outputs["odt"] != pl.odt)
    throw archive::archive_error(
        fmt::format("{}: the archived copy of the inputs does not rebuild the same {} (did a file "
                    "change while it was "
                    "archived?); nothing archived",
                    pl.id, r.outputs["docx"] != pl.docx ? "DOCX" : "ODT"));
  w.write(archive::manifest_name, m.to_json());
  fs::path final = w.commit();
  fmt::print(out, "archived {} as v{}: {} ({} files and the manifest; {}; DOCX and ODT{})\n", pl.id,
             version, final.string(), m.files.size(), sign_off_words(m),
             pdf.empty() ? "" : ", PDF/A");
  if (pdf.empty())
    fmt::print(err,
               "papers: warning: LibreOffice (soffice) was not found on PATH, so {} v{} has no "
               "PDF/A rendering "
               "(its DOCX and ODT are archived); install libreoffice-writer-nogui, or use "
               "--require-pdf to "
               "refuse to archive without one\n",
               pl.id, version);
  return exit_ok;
}

// ------------------------------------------------------------ verify

struct verifier {
  std::ostream& out;
  std::ostream& err;
  std::size_t problems = 0;
  std::size_t versions = 0;

  void problem(const fs::path& where, const std::string& message) {
    fmt::print(err, "{}: {}\n", where.string(), message);
    ++problems;
  }

  void version(const fs::path& dir, const std::string& folder_name, int n) {
    ++versions;
    std::size_t before = problems;
    std::string label = fmt::format("{}/v{}", folder_name, n);
    fs::path mpath = dir / archive::manifest_name;
    std::error_code ec;
    if (!fs::is_regular_file(mpath, ec)) {
      problem(mpath, "missing: without its manifest the version cannot be checked");
      for (const auto& f : archive::relative_files(dir))
        problem(dir / f, "not checked: the manifest is missing");
      return;
    }
    manifest m;
    try {
      m = manifest::parse(read_bytes(mpath), mpath.string());
    } catch (const error& e) {
      problem(mpath, fmt::format("cannot be read: {}", e.what()));
      return;
    }
    if (m.version != n)
      problem(mpath, fmt::format("says version {}, but the folder is v{}", m.version, n));
    if (safe_file_stem(m.paper) != folder_name)
      problem(mpath, fmt::format("is of paper \"{}\", which belongs in folder {}", m.paper,
                                 safe_file_stem(m.paper)));
    if (m.status != "signed-off")
      problem(mpath, fmt::format("status is \"{}\", not signed-off", m.status));
    for (const auto& p : archive::check_files(dir, m)) problem(dir / p.path, p.message);

    // The template set's version, from the archived templates.
    std::vector<std::pair<std::string, std::string>> set;
    bool templates_whole = true;
    for (const auto& f : m.files)
      if (f.kind == "template") {
        std::error_code e2;
        if (!fs::is_regular_file(dir / f.path, e2)) {
          templates_whole = false;
          continue;
        }
        set.emplace_back(fs::path(f.path).lexically_relative(m.templates).generic_string(),
                         read_bytes(dir / f.path));
      }
    if (templates_whole && archive::template_set_version(set) != m.template_set_version)
      problem(mpath, "template-set.version does not match the archived templates");

    // Rebuild and compare byte for byte.
    rebuilt r = rebuild(dir, m);
    for (const auto& why : r.problems) problem(dir, why);
    std::vector<std::string> rebuilt_kinds;
    for (const char* kind : {"docx", "odt"}) {
      const archive::file_entry* f = nullptr;
      for (const auto& x : m.files)
        if (x.kind == kind) f = &x;
      if (!f) {
        problem(mpath, fmt::format("lists no {} output", kind));
        continue;
      }
      auto it = r.outputs.find(kind);
      if (it == r.outputs.end() || !fs::is_regular_file(dir / f->path, ec)) continue;
      std::string archived = read_bytes(dir / f->path);
      if (it->second == archived) {
        rebuilt_kinds.push_back(kind);
        continue;
      }
      std::string generator = m.generator_version == CP_VERSION
                                  ? ""
                                  : fmt::format(" (archived by Committee Papers {}, rebuilt by {})",
                                                m.generator_version, CP_VERSION);
      problem(dir / f->path,
              fmt::format("rebuilt from the archived inputs, it is not byte-identical: {}{}",
                          first_difference(it->second, archived), generator));
    }
    if (problems > before) {
      fmt::print(out, "FAIL {}: {} problem(s)\n", label, problems - before);
      return;
    }
    std::string pdf = m.pdf.empty()
                          ? fmt::format("no PDF/A ({})", m.pdf_note)
                          : "PDF/A checksum verified, not rebuilt (LibreOffice stamps the time)";
    fmt::print(out,
               "ok   {}: {} files match their SHA-256; DOCX and ODT rebuilt byte-identical from "
               "the archived "
               "inputs; {}\n",
               label, m.files.size(), pdf);
  }

  void paper(const fs::path& dir, const std::string& name) {
    auto folder = archive::read_paper_folder(dir);
    for (const auto& other : folder.others)
      problem(dir / other, "extra: not a version folder of the archive");
    for (const auto& t : folder.temporaries)
      fmt::print(err,
                 "papers: note: {} is left by an interrupted archive run and is not a version; it "
                 "is ignored, "
                 "and the next archive of this paper removes it\n",
                 (dir / t).string());
    if (folder.versions.empty()) {
      problem(dir, "holds no version");
      return;
    }
    for (int n = 1; n <= folder.versions.back(); ++n)
      if (!std::binary_search(folder.versions.begin(), folder.versions.end(), n))
        problem(dir / fmt::format("v{}", n),
                fmt::format("missing: the versions run to v{}", folder.versions.back()));
    for (int n : folder.versions) version(dir / fmt::format("v{}", n), name, n);
  }
};

fs::path archive_folder_argument(const options& o) {
  fs::path dir = o.inputs.front();
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    throw input_error(fmt::format("{}: there is no archive folder here", dir.string()));
  return dir;
}

}  // namespace

options check_archive_usage(options o) {
  if (o.command == "verify") {
    if (o.inputs.empty() || o.inputs.size() > 2)
      throw usage_error("verify takes ARCHIVE_DIR and, if you like, a paper id");
    if (!o.archive_to.empty() || o.list)
      throw usage_error("verify takes the archive folder as its first argument");
    return o;
  }
  if (o.list) {
    if (o.inputs.size() != 1 || !o.archive_to.empty())
      throw usage_error("archive --list takes one archive folder");
    return o;
  }
  if (o.archive_to.empty())
    throw usage_error("archive needs --to ARCHIVE_DIR: the folder that keeps the archive");
  if (o.inputs.empty()) throw usage_error("archive needs at least one input file");
  return o;
}

int run_archive(const options& o, std::ostream& out, std::ostream& err) {
  loaded b = load_build_files(o, err);
  diagnostics d;
  std::vector<model::paper> papers;
  for (const auto& input : o.inputs) {
    auto p = ingest::load_paper(input, d, o.include_root);
    if (!p) continue;
    if (!p->props.is_signed_off()) {
      source_position at{p->file, 0, 0};
      if (auto it = p->positions.find("properties.status"); it != p->positions.end())
        at = it->second;
      d.error(at, "properties.status",
              fmt::format(
                  "only a signed-off paper can be archived; this one is {} (set status: signed-off "
                  "with signed-off: {{by, date}} once it is agreed)",
                  p->props.status));
      continue;
    }
    papers.push_back(std::move(*p));
  }
  if (report_and_refuse(d, o.strict, "nothing archived", err)) return exit_bad_input;
  std::map<std::string, std::string> stems;
  for (const auto& p : papers)
    if (auto [it, fresh] = stems.emplace(safe_file_stem(p.id), p.file); !fresh)
      throw input_error(fmt::format(
          "{}: this paper would be archived as {}, like {}; give one of them another id", p.file,
          it->first, it->second));
  if (o.require_pdf && !libreoffice_available())
    throw io_error(
        "--require-pdf: LibreOffice (soffice) was not found on PATH, so no PDF/A rendering can be "
        "made; "
        "install libreoffice-writer-nogui. Nothing archived");
  // Every paper is built before anything is written.
  std::vector<plan> plans;
  for (const auto& p : papers) {
    doc::document tree = compose::compose_paper(p, b.templates, b.hs);
    plans.push_back(make_plan(p, o, b.style_path, b.hs, b.templates,
                              render(tree, b.hs, format::docx, &b.refs),
                              render(tree, b.hs, format::odt, &b.refs)));
  }
  archive::make_folders(o.archive_to);
  int status = exit_ok;
  for (const auto& pl : plans)
    status = std::max(status, archive_one(pl, o.archive_to, o.require_pdf, out, err));
  return status;
}

int run_archive_list(const options& o, std::ostream& out, std::ostream& err) {
  fs::path dir = archive_folder_argument(o);
  std::vector<std::vector<std::string>> rows{{"PAPER", "VERSION", "STATUS", "SIGNED OFF", "BY",
                                              "PAPER VERSION", "ARCHIVED", "PDF/A", "TITLE"}};
  int status = exit_ok;
  auto af = archive::read_archive_folder(dir);
  std::size_t versions = 0;
  for (const auto& name : af.papers) {
    auto folder = archive::read_paper_folder(dir / name);
    for (int n : folder.versions) {
      fs::path mpath = dir / name / fmt::format("v{}", n) / archive::manifest_name;
      ++versions;
      try {
        manifest m = manifest::parse(read_bytes(mpath), mpath.string());
        std::string state = n == folder.versions.back()
                                ? "current"
                                : fmt::format("superseded by v{}", folder.versions.back());
        rows.push_back({m.paper, fmt::format("v{}", n), fmt::format("{}, {}", m.status, state),
                        m.signed_off_date, m.signed_off_by,
                        m.paper_version.empty() ? "-" : m.paper_version, m.archived,
                        m.pdf.empty() ? "no" : "yes", m.title});
      } catch (const error& e) {
        rows.push_back(
            {name, fmt::format("v{}", n), "unreadable manifest", "", "", "", "", "", ""});
        fmt::print(err, "papers: {}; run papers verify\n", e.what());
        status = exit_build_failed;
      }
    }
    for (const auto& t : folder.temporaries)
      fmt::print(err, "papers: note: {} is left by an interrupted archive run; it is not listed\n",
                 (dir / name / t).string());
  }
  std::vector<std::size_t> widths(rows.front().size(), 0);
  for (const auto& r : rows)
    for (std::size_t i = 0; i < r.size(); ++i) widths[i] = std::max(widths[i], r[i].size());
  for (const auto& r : rows) {
    std::string line;
    for (std::size_t i = 0; i < r.size(); ++i)
      line += i + 1 == r.size() ? r[i] : fmt::format("{:<{}}  ", r[i], widths[i]);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    fmt::print(out, "{}\n", line);
  }
  fmt::print(out, "{} paper(s), {} version(s) in {}\n", af.papers.size(), versions, dir.string());
  return status;
}

int run_verify(const options& o, std::ostream& out, std::ostream& err) {
  fs::path dir = archive_folder_argument(o);
  auto af = archive::read_archive_folder(dir);
  verifier v{out, err};
  std::vector<std::string> papers = af.papers;
  if (o.inputs.size() == 2) {
    std::string wanted = safe_file_stem(o.inputs[1].string());
    if (!std::binary_search(papers.begin(), papers.end(), wanted)) {
      std::string msg =
          fmt::format("{}: the archive holds no paper \"{}\"", dir.string(), o.inputs[1].string());
      if (auto near = nearest(wanted, papers))
        msg += fmt::format("; did you mean \"{}\"?", *near);
      else if (!papers.empty())
        msg += fmt::format("; it holds {}", fmt::join(papers, ", "));
      throw input_error(msg);
    }
    papers = {wanted};
  } else {
    for (const auto& other : af.others)
      v.problem(dir / other, "extra: not a paper folder of the archive");
  }
  for (const auto& name : papers) v.paper(dir / name, name);
  if (v.problems > 0) {
    fmt::print(err, "papers: verify found {} problem(s) in {}\n", v.problems, dir.string());
    return exit_build_failed;
  }
  fmt::print(
      out,
      "verified {} version(s) of {} paper(s) in {}: every checksum matches and every DOCX and ODT "
      "rebuilds byte-identical\n",
      v.versions, papers.size(), dir.string());
  return exit_ok;
}

}  // namespace cp::app
