// SPDX-License-Identifier: MIT
#include "ingest/meeting_loader.hpp"

#include "ingest/kind_probe.hpp"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

#include "ingest/meeting_types.hpp"
#include "ingest/named_file.hpp"
#include "ingest/paper_checks.hpp"
#include "ingest/paper_loader.hpp"
#include "ingest/yaml_source.hpp"

namespace cp::ingest {
namespace {

std::string lower_extension(const std::filesystem::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

// A file named by field `path` of the input: resolved against the file that
// names it (an included file names its own neighbours) inside the include
// root, and checked to exist.
std::optional<std::string> resolve_file(const std::string& name, const std::string& path,
                                        const std::string& what, fields::read_context& c,
                                        const std::filesystem::path& input,
                                        const std::filesystem::path& root) {
  source_position at = c.at(path, {input.string(), 0, 0});
  try {
    return resolve_named_file(name, at.file, root).path.string();
  } catch (const util::read_refused& e) {
    c.d.error(at, path, fmt::format("cannot use this {}: {}", what, e.what()));
    return std::nullopt;
  }
}

void check_files(model::meeting& m, const std::filesystem::path& input,
                 const std::filesystem::path& root, fields::read_context& c) {
  for (std::size_t i = 0; i < m.items.size(); ++i) {
    auto& it = m.items[i];
    std::string at = item_path("items", i);
    if (!it.report.empty()) {
      auto f = resolve_file(it.report, field_path(at, "report"), "paper input", c, input, root);
      it.report = f.value_or("");
    }
    if (!it.document.empty()) {
      std::string ext = lower_extension(it.document);
      if (ext != ".docx" && ext != ".odt") {
        std::string path = field_path(at, "document");
        c.d.error(
            c.at(path), path,
            fmt::format("{} is not a .docx or .odt file; place Word or LibreOffice documents only "
                        "(save other files as one of those first)",
                        it.document));
        it.document.clear();
        continue;
      }
      auto f = resolve_file(it.document, field_path(at, "document"), "document", c, input, root);
      it.document = f.value_or("");
    }
  }
}

}  // namespace

bool is_meeting_file(const std::filesystem::path& file) {
  if (auto kind = probe_kind(file)) return *kind == "meeting";
  try {
    value root = load_yaml_file(file);
    const value* kind = root.is_map() ? root.find("kind") : nullptr;
    return kind && kind->is_scalar() && kind->text == "meeting";
  } catch (const error&) {
    return false;
  }
}

std::optional<model::meeting> load_meeting(const std::filesystem::path& file, diagnostics& d,
                                           const std::filesystem::path& include_root) {
  value root;
  std::filesystem::path files_root;
  try {
    files_root = include_root_for(file, include_root);
    root =
        load_yaml_file(file, parse_limits{}, include_options{.follow = true, .root = files_root});
  } catch (const yaml_error& e) {
    d.error(e.where(), e.field(), e.message());
    return std::nullopt;
  } catch (const input_error& e) {
    d.error({file.string(), 0, 0}, "", e.what());
    return std::nullopt;
  }
  if (root.is_null()) {
    d.error({file.string(), 0, 0}, "",
            "the file is empty; a meeting needs at least kind, committee, date, time, venue, "
            "published, "
            "contact and items");
    return std::nullopt;
  }
  diagnostics found;
  fields::read_context c{found, {}};
  model::meeting m;
  m.file = file.string();
  meeting_type().read(root, "", c, m);
  if (m.items.empty() && root.is_map() && root.find("items") && !found.has_errors())
    found.error(c.at("items"), "items", "the meeting has no items of business");
  check_files(m, file, files_root, c);
  if (!m.logo.empty()) m.logo = check_logo(m.logo, file, files_root, c).value_or("");
  d.add_in_file_order(found, m.file);
  if (found.has_errors()) return std::nullopt;
  m.positions = std::move(c.where);
  m.include_root = files_root.string();
  return m;
}

std::string meeting_json_schema() {
  fields::schema_defs defs;
  json out = json::object();
  out.set("$schema", json::string("https://json-schema.org/draft/2020-12/schema"));
  out.set("title", json::string("Committee meeting input"));
  out.merge(meeting_type().schema(defs));
  out.set("description",
          json::string("The input of one committee meeting (YAML or JSON) once includes are "
                       "resolved: its agenda and agenda packs. Generated from the loader's field "
                       "table by cp::ingest::meeting_json_schema(); do not edit by hand."));
  out.set("$defs", defs.to_json());
  return out.dump();
}

}  // namespace cp::ingest
