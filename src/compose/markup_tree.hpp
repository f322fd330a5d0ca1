// SPDX-License-Identifier: MIT
// The tree a markup program builds (markup_program.hpp), in libxml2's own
// structures.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include <libxml/tree.h>

namespace cp::compose {

// The markup tree a program builds: libxml2's own structures, so that the
// markup reader reads it as it reads a parsed document, but allocated in
// blocks that are freed together (never pass doc() to xmlFreeDoc). Through
// libxml2 each node took an allocation or two and xmlFreeDoc freed them one
// at a time: a twentieth of a large paper's composing and rendering.
class markup_tree {
 public:
  markup_tree();
  markup_tree(const markup_tree&) = delete;
  markup_tree& operator=(const markup_tree&) = delete;
  ~markup_tree();

  xmlDoc* doc() { return &doc_; }

  // Nodes belonging to this tree, not yet linked into it.
  xmlNode* new_element(const xmlChar* name);
  xmlNode* new_text(std::string_view text);
  // An attribute appended to `element`'s, after `last` (null: the first).
  xmlAttr* new_attribute(xmlNode* element, xmlAttr* last, const xmlChar* name,
                         std::string_view value);
  // `s` kept as long as the tree, with a terminating NUL.
  const xmlChar* keep(std::string_view s);

 private:
  template <typename T>
  struct blocks {
    std::vector<std::unique_ptr<T[]>> all;
    std::size_t used = 0;  // in the last block
  };
  template <typename T>
  T* allocate(blocks<T>& b);

  xmlDoc doc_{};
  blocks<xmlNode> nodes_;
  blocks<xmlAttr> attributes_;
  std::vector<std::unique_ptr<char[]>> text_blocks_;  // short texts, packed
  std::size_t text_room_ = 0;                         // free bytes at the end of the last of them
  std::vector<std::unique_ptr<char[]>> long_texts_;   // one each
};

}  // namespace cp::compose
