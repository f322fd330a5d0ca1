// SPDX-License-Identifier: MIT
#include "ingest/paper_loader.hpp"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

#include "ingest/clearance_checks.hpp"
#include "ingest/named_file.hpp"
#include "ingest/paper_checks.hpp"
#include "ingest/paper_types.hpp"
#include "ingest/yaml_source.hpp"

namespace cp::ingest {
std::filesystem::path include_root_for(const std::filesystem::path& input,
                                       const std::filesystem::path& given) {
  if (given.empty()) return default_include_root(input);
  std::error_code ec;
  auto root = std::filesystem::canonical(given, ec);
  if (ec || !std::filesystem::is_directory(root, ec))
    throw input_error(fmt::format("--include-root {}: there is no such folder", given.string()));
  auto where = std::filesystem::weakly_canonical(std::filesystem::absolute(input, ec), ec);
  if (!is_within(where, root))
    throw input_error(fmt::format(
        "the input is outside the include root {} given by --include-root", root.string()));
  return root;
}

std::optional<model::paper> load_paper(const std::filesystem::path& file, diagnostics& d,
                                       const std::filesystem::path& include_root) {
  value root;
  std::vector<std::string> sources;
  std::filesystem::path files_root;
  try {
    files_root = include_root_for(file, include_root);
    root =
        load_yaml_file(file, parse_limits{},
                       include_options{.follow = true, .root = files_root, .files_read = &sources});
  } catch (const yaml_error& e) {
    d.error(e.where(), e.field(), e.message());
    return std::nullopt;
  } catch (const input_error& e) {
    d.error({file.string(), 0, 0}, "", e.what());
    return std::nullopt;
  }
  if (root.is_null()) {
    d.error({file.string(), 0, 0}, "",
            "the file is empty; a paper needs at least kind, committee, meeting-date and title");
    return std::nullopt;
  }
  diagnostics found;
  fields::read_context c{found, {}};
  model::paper p;
  p.file = file.string();
  paper_type().read(root, "", c, p);
  check_references(p, c);
  check_clearance(p, c);
  if (!p.logo.empty()) p.logo = check_logo(p.logo, file, files_root, c).value_or("");
  d.add_in_file_order(found, p.file);
  if (found.has_errors()) return std::nullopt;
  p.positions = std::move(c.where);
  p.sources = std::move(sources);
  if (!p.logo.empty()) {
    // As compose opens it: relative to the input's folder.
    std::string logo = (file.parent_path() / p.logo).string();
    if (std::find(p.sources.begin(), p.sources.end(), logo) == p.sources.end())
      p.sources.push_back(logo);
  }
  model::derive(p);
  return p;
}

std::string paper_json_schema() {
  fields::schema_defs defs;
  json out = json::object();
  out.set("$schema", json::string("https://json-schema.org/draft/2020-12/schema"));
  out.set("title", json::string("Committee paper input"));
  out.merge(paper_type().schema(defs));
  out.set("description",
          json::string("The input of one council committee paper (YAML or JSON) once includes "
                       "are resolved. Generated from the loader's field table by "
                       "cp::ingest::paper_json_schema(); do not edit by hand."));
  out.set("$defs", defs.to_json());
  return out.dump();
}

}  // namespace cp::ingest
