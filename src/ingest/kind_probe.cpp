// SPDX-License-Identifier: MIT
#include "ingest/kind_probe.hpp"

#include "ingest/input_text.hpp"
#include "ingest/yaml_events.hpp"
#include "ingest/yaml_source.hpp"
#include "util/bounded_read.hpp"
#include "util/utf8.hpp"

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
  std::string text;
  try {
    text = read_input_text(file, parse_limits{}.max_bytes);
  } catch (const util::read_refused&) {
    return std::nullopt;  // the loader reports it
  }
  std::string name = file.string();
  try {
    detail::yaml_events events(utf8::without_bom(text), name);
    return find_kind(events);
  } catch (const yaml_error&) {
    return std::nullopt;  // the loader reports it
  }
}

}  // namespace cp::ingest
