// SPDX-License-Identifier: MIT
// libyaml's event parser behind a small C++ face: one event at a time, freed
// when the next is read, and syntax errors thrown as yaml_error with a
// message that says what to change.
#pragma once

#include <yaml.h>

#include <string>
#include <string_view>

#include "ingest/yaml_source.hpp"

namespace cp::ingest::detail {

class yaml_events {
 public:
  // `text` must outlive the reader; `file_name` is what messages call it.
  yaml_events(std::string_view text, const std::string& file_name);
  ~yaml_events();
  yaml_events(const yaml_events&) = delete;
  yaml_events& operator=(const yaml_events&) = delete;

  // Reads the next event, freeing the one before. Throws yaml_error.
  const yaml_event_t& next();
  const yaml_event_t& current() const { return event_; }

  // Where a mark of this file is, 1-based.
  source_position position(const yaml_mark_t& m) const;

 private:
  [[noreturn]] void fail() const;

  std::string_view text_;
  const std::string& file_;
  yaml_parser_t parser_;
  yaml_event_t event_{};
  bool have_event_ = false;
};

// The event's text as a view (scalars; anchors, aliases and tags are C strings).
inline std::string_view scalar_text(const yaml_event_t& e) {
  return {reinterpret_cast<const char*>(e.data.scalar.value), e.data.scalar.length};
}
inline std::string_view c_text(const yaml_char_t* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

}  // namespace cp::ingest::detail
