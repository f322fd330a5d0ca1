// SPDX-License-Identifier: MIT
// Small helpers for building document trees in code (tests, the style sampler).
#pragma once

#include <string>
#include <utility>

#include "document/document.hpp"

namespace cp::doc {

inline text_run run(std::string s, std::uint8_t marks = 0) {
  return text_run{std::move(s), marks};
}

// Inline content holding one plain run.
inline inlines text(std::string s) {
  return inlines{run(std::move(s))};
}

inline paragraph para(std::string role, inlines content) {
  paragraph p;
  p.role = std::move(role);
  p.content = std::move(content);
  return p;
}

inline paragraph numbered(std::string role, inlines content, std::size_t sequence, int level = 0) {
  paragraph p = para(std::move(role), std::move(content));
  p.numbering = numbering_ref{sequence, level};
  return p;
}

template <class Node>
block blk(Node n) {
  return block{std::move(n)};
}

// Adds a numbering instance and returns its index for numbering_ref/list.
inline std::size_t add_sequence(document& d, std::string scheme, int start = 1) {
  d.sequences.push_back(sequence{std::move(scheme), start});
  return d.sequences.size() - 1;
}

// Adds an image (probing its size; throws input_error if it is not PNG/JPEG)
// and returns its index for picture::image.
std::size_t add_image(document& d, std::string data, std::string_view name);

}  // namespace cp::doc
