// SPDX-License-Identifier: MIT
// Reads a paper input whose lists may come from tables ({"$table": spec}),
// as the loader will once the tag is wired in: the YAML parsed, the tables
// expanded (files from a map, or from disk beside the input), then the
// paper's field table. The messages come back in file order.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "model/paper.hpp"
#include "util/diagnostics.hpp"

namespace cp::test {

struct table_load {
  std::optional<model::paper> paper;  // only when there was no error
  diagnostics d;
};

table_load load_with_tables(const std::string& yaml, const std::string& name,
                            const std::map<std::string, std::string>& files = {});

}  // namespace cp::test
