// SPDX-License-Identifier: MIT
// Finds which input field a piece of document text was written in.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/paper.hpp"

namespace cp::accessibility {

// Every text field of a paper with its field path, as the loader names them
// ("sections[2].title"), searched by the text a check found in the document.
class text_index {
 public:
  struct located {
    source_position where;
    std::string field;
  };

  explicit text_index(const model::paper& p);
  // The first field whose value holds `text`, with the value's position.
  std::optional<located> find(const std::string& text) const;
  // A field by its path, when the input gave it.
  std::optional<located> field(const std::string& path) const;

 private:
  struct entry {
    std::string path;
    std::string text;
  };
  void add(std::string path, const std::string& text);
  void add_sections(const std::string& list, const std::vector<model::section>& sections);

  const model::paper* paper_;
  std::vector<entry> entries_;
};

}  // namespace cp::accessibility
