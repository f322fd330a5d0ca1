// SPDX-License-Identifier: MIT
#include "ingest/kind_probe.hpp"

#include <fstream>
#include <sstream>

#include "ingest/yaml_events.hpp"

namespace cp::ingest {
namespace {

// Reads the top-level mapping's events up to `kind`'s value. Anything that
// leaves the answer uncertain (a merge key, an alias, a tag, a complex or
// null key, a file that is not a mapping) gives no answer, and the loader,
// which reads the whole file, decides and reports.
std::optional<std::string> find_kind(detail::yaml_events& events) {
  if (events.next().type != YAML_STREAM_START_EVENT) return std::nullopt;
  if (events.next().type != YAML_DOCUMENT_START_EVENT) return std::nullopt;
  if (events.next().type != YAML_MAPPING_START_EVENT) return std::nullopt;
  for (;;) {
    const yaml_event_t& key = events.next();
    if (key.type != YAML_SCALAR_EVENT || key.data.scalar.tag) return std::nullopt;
    std::string_view k = detail::scalar_text(key);
    if (k == "<<" || k.empty()) return std::nullopt;
    bool is_kind = k == "kind";
    const yaml_event_t& val = events.next();
    if (is_kind) {
      if (val.type != YAML_SCALAR_EVENT || val.data.scalar.tag) return std::nullopt;
      return std::string(detail::scalar_text(val));
    }
    // Skip the value, however deep.
    int depth = 0;
    for (const yaml_event_t* e = &val;; e = &events.next()) {
      if (e->type == YAML_SEQUENCE_START_EVENT || e->type == YAML_MAPPING_START_EVENT) ++depth;
      if (e->type == YAML_SEQUENCE_END_EVENT || e->type == YAML_MAPPING_END_EVENT) --depth;
      if (depth == 0) break;
    }
  }
}

}  // namespace

std::optional<std::string> probe_kind(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  std::string name = file.string();
  try {
    detail::yaml_events events(text, name);
    return find_kind(events);
  } catch (const yaml_error&) {
    return std::nullopt;  // the loader reports it
  }
}

}  // namespace cp::ingest
