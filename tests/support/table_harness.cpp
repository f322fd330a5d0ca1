// SPDX-License-Identifier: MIT
#include "support/table_harness.hpp"

#include <filesystem>

#include "ingest/paper_types.hpp"
#include "ingest/table_mapping.hpp"
#include "ingest/yaml_source.hpp"
#include "support/paths.hpp"
#include "util/error.hpp"

namespace cp::test {

table_load load_with_tables(const std::string& yaml, const std::string& name,
                            const std::map<std::string, std::string>& files) {
  table_load out;
  ingest::value root;
  try {
    root = ingest::parse_yaml(yaml, name);
  } catch (const ingest::yaml_error& e) {
    out.d.error(e.where(), "", e.message());
    return out;
  }
  auto load = [&](const std::string& file, const source_position& at) {
    std::string shown =
        (std::filesystem::path(at.file).parent_path() / file).lexically_normal().string();
    if (auto it = files.find(shown); it != files.end())
      return ingest::table_file{shown, it->second};
    if (!std::filesystem::is_regular_file(shown))
      throw input_error("cannot read \"" + file + "\": there is no file " + shown);
    return ingest::table_file{shown, read_file(shown)};
  };
  diagnostics found;
  ingest::expand_tables(root, load, found);
  ingest::fields::read_context c{found, {}};
  model::paper p;
  p.file = name;
  ingest::paper_type().read(root, "", c, p);
  out.d.add_in_file_order(found, name);
  if (!found.has_errors()) {
    model::derive(p);
    out.paper = std::move(p);
  }
  return out;
}

}  // namespace cp::test
