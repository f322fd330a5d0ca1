// SPDX-License-Identifier: MIT
#include "archive/manifest.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "archive/sha256.hpp"
#include "ingest/paper_json.hpp"
#include "ingest/yaml_source.hpp"

namespace cp::archive {
namespace {

using ingest::json;
using ingest::value;

json text(const std::string& s) {
  return json::string(s);
}

json text_list(const std::vector<std::string>& items) {
  json a = json::array();
  for (const auto& s : items) a.push(json::string(s));
  return a;
}

// Reading: every problem names the manifest and the key.
class reader {
 public:
  explicit reader(const std::string& name) : name_(name) {}

  [[noreturn]] void fail(const std::string& key, const std::string& what) const {
    throw archive_error(fmt::format("{}: {}: {}", name_, key, what));
  }

  const value& member(const value& obj, const std::string& key, const std::string& path) const {
    const value* v = obj.is_map() ? obj.find(key) : nullptr;
    if (!v) fail(path.empty() ? key : path + "." + key, "missing");
    return *v;
  }

  std::string str(const value& obj, const std::string& key, const std::string& path = "") const {
    const value& v = member(obj, key, path);
    if (!v.is_scalar()) fail(path.empty() ? key : path + "." + key, "expected text");
    return v.text;
  }

  std::uint64_t number(const value& obj, const std::string& key,
                       const std::string& path = "") const {
    std::string s = str(obj, key, path);
    std::uint64_t n = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (ec != std::errc() || end != s.data() + s.size())
      fail(path.empty() ? key : path + "." + key,
           fmt::format("expected a whole number, got \"{}\"", s));
    return n;
  }

  const value& list(const value& obj, const std::string& key, const std::string& path = "") const {
    const value& v = member(obj, key, path);
    if (!v.is_list()) fail(path.empty() ? key : path + "." + key, "expected a list");
    return v;
  }

 private:
  const std::string& name_;
};

bool is_hex64(const std::string& s) {
  return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

}  // namespace

bool is_plain_relative_path(const std::string& path) {
  if (path.empty() || path.find('\\') != std::string::npos || path.find('\0') != std::string::npos)
    return false;
  for (std::size_t start = 0; start <= path.size();) {
    std::size_t end = std::min(path.find('/', start), path.size());
    std::string_view part(path.data() + start, end - start);
    if (part.empty() || part == "." || part == "..") return false;
    start = end + 1;
  }
  return true;
}

const file_entry* manifest::find(const std::string& path) const {
  for (const auto& f : files)
    if (f.path == path) return &f;
  return nullptr;
}

std::string manifest::to_json() const {
  json out = json::object();
  out.set("format", text(manifest_format));
  out.set("format-version", json::number(manifest_format_version));
  out.set("paper", text(paper));
  out.set("version", json::number(version));
  out.set("archived", text(archived));
  out.set(
      "generator",
      json::object().set("name", text("Committee Papers")).set("version", text(generator_version)));
  out.set("template-set", json::object()
                              .set("version", text(template_set_version))
                              .set("template", text(template_name)));
  out.set("build", json::object()
                       .set("input", text(input))
                       .set("style", text(style))
                       .set("templates", text(templates))
                       .set("references", text_list(references)));
  out.set("paper-record", json::object()
                              .set("title", text(title))
                              .set("council", text(council))
                              .set("committee", text(committee))
                              .set("meeting-date", text(meeting_date))
                              .set("status", text(status))
                              .set("version", text(paper_version))
                              .set("created", text(created))
                              .set("modified", text(modified)));
  out.set("sign-off", json::object()
                          .set("by", text(signed_off_by))
                          .set("job-title", text(signed_off_job_title))
                          .set("date", text(signed_off_date)));
  json cl = json::array();
  for (const auto& c : clearances) {
    json o = json::object()
                 .set("role", text(c.role))
                 .set("name", text(c.name))
                 .set("job-title", text(c.job_title))
                 .set("date", text(c.date))
                 .set("outcome", text(c.outcome));
    if (!c.comments.empty()) o.set("comments", text(c.comments));
    cl.push(std::move(o));
  }
  out.set("clearance", std::move(cl));
  out.set("pdf", json::object().set("file", text(pdf)).set("note", text(pdf_note)));
  std::vector<file_entry> sorted = files;
  std::sort(sorted.begin(), sorted.end(),
            [](const auto& a, const auto& b) { return a.path < b.path; });
  json fl = json::array();
  for (const auto& f : sorted)
    fl.push(json::object()
                .set("path", text(f.path))
                .set("kind", text(f.kind))
                .set("bytes", json::number(static_cast<double>(f.bytes)))
                .set("sha256", text(f.sha256)));
  out.set("files", std::move(fl));
  return out.dump() + "\n";
}

manifest manifest::parse(const std::string& text, const std::string& name) {
  value root;
  try {
    root = ingest::parse_yaml(text, name);
  } catch (const error& e) {
    throw archive_error(fmt::format("{} cannot be read: {}", name, e.what()));
  }
  reader r(name);
  if (!root.is_map()) r.fail("manifest", "expected a JSON object");
  if (r.str(root, "format") != manifest_format)
    r.fail("format", fmt::format("expected \"{}\"", manifest_format));
  if (r.number(root, "format-version") != manifest_format_version)
    r.fail("format-version",
           fmt::format("this version of papers reads format {} only", manifest_format_version));
  manifest m;
  m.paper = r.str(root, "paper");
  m.version = static_cast<int>(r.number(root, "version"));
  m.archived = r.str(root, "archived");
  const value& gen = r.member(root, "generator", "");
  m.generator_version = r.str(gen, "version", "generator");
  const value& ts = r.member(root, "template-set", "");
  m.template_set_version = r.str(ts, "version", "template-set");
  m.template_name = r.str(ts, "template", "template-set");
  const value& b = r.member(root, "build", "");
  auto inside = [&](const std::string& path, const std::string& key) {
    if (!is_plain_relative_path(path))
      r.fail(key, fmt::format("\"{}\" is not a plain path inside the version folder", path));
    return path;
  };
  m.input = inside(r.str(b, "input", "build"), "build.input");
  m.style = inside(r.str(b, "style", "build"), "build.style");
  m.templates = inside(r.str(b, "templates", "build"), "build.templates");
  const value& refs = r.list(b, "references", "build");
  for (std::size_t i = 0; i < refs.items.size(); ++i) {
    std::string at = fmt::format("build.references[{}]", i + 1);
    if (!refs.items[i].is_scalar()) r.fail(at, "expected text");
    m.references.push_back(inside(refs.items[i].text, at));
  }
  const value& pr = r.member(root, "paper-record", "");
  m.title = r.str(pr, "title", "paper-record");
  m.council = r.str(pr, "council", "paper-record");
  m.committee = r.str(pr, "committee", "paper-record");
  m.meeting_date = r.str(pr, "meeting-date", "paper-record");
  m.status = r.str(pr, "status", "paper-record");
  m.paper_version = r.str(pr, "version", "paper-record");
  m.created = r.str(pr, "created", "paper-record");
  m.modified = r.str(pr, "modified", "paper-record");
  const value& so = r.member(root, "sign-off", "");
  m.signed_off_by = r.str(so, "by", "sign-off");
  m.signed_off_job_title = r.str(so, "job-title", "sign-off");
  m.signed_off_date = r.str(so, "date", "sign-off");
  const value& cl = r.list(root, "clearance");
  for (std::size_t i = 0; i < cl.items.size(); ++i) {
    const value& c = cl.items[i];
    std::string at = fmt::format("clearance[{}]", i + 1);
    clearance_record rec{r.str(c, "role", at), r.str(c, "name", at),    r.str(c, "job-title", at),
                         r.str(c, "date", at), r.str(c, "outcome", at), ""};
    if (c.find("comments")) rec.comments = r.str(c, "comments", at);
    m.clearances.push_back(std::move(rec));
  }
  const value& pdf = r.member(root, "pdf", "");
  m.pdf = r.str(pdf, "file", "pdf");
  m.pdf_note = r.str(pdf, "note", "pdf");
  const value& fl = r.list(root, "files");
  for (std::size_t i = 0; i < fl.items.size(); ++i) {
    const value& f = fl.items[i];
    std::string at = fmt::format("files[{}]", i + 1);
    file_entry e{r.str(f, "path", at), r.str(f, "kind", at), r.number(f, "bytes", at),
                 r.str(f, "sha256", at)};
    if (!is_hex64(e.sha256)) r.fail(at + ".sha256", "expected 64 lower-case hex digits");
    inside(e.path, at + ".path");
    if (m.find(e.path)) r.fail(at + ".path", fmt::format("\"{}\" is listed twice", e.path));
    m.files.push_back(std::move(e));
  }
  return m;
}

std::string template_set_version(std::vector<std::pair<std::string, std::string>> files) {
  std::sort(files.begin(), files.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  sha256 h;
  for (const auto& [path, bytes] : files) {
    h.update(path);
    h.update(std::string_view("\0", 1));
    h.update(sha256_hex(bytes));
    h.update("\n");
  }
  return h.hex();
}

}  // namespace cp::archive
