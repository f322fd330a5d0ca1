// SPDX-License-Identifier: MIT
// Reads the inline part of report markup (text, <b>, <i>, <a>, <br/>,
// <field/>, <img/> ...) into document inlines, with HTML-like white space:
// template indentation and line ends collapse to single spaces.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "compose/markup_nodes.hpp"
#include "document/document.hpp"

namespace cp::compose {

// Collapses runs of spaces, tabs and line ends to one space and trims the ends.
std::string collapse_space(std::string_view s);

class inline_reader {
 public:
  using fail_fn = std::function<void(const markup_node*, const std::string&)>;  // must throw
  using check_fn = std::function<void(const markup_node*)>;
  using picture_fn = std::function<doc::picture(const markup_node*)>;

  inline_reader(fail_fn fail, check_fn check, picture_fn picture)
      : fail_(std::move(fail)), check_(std::move(check)), picture_(std::move(picture)) {}

  // Reads the siblings from `first` up to, not including, `stop` (nullptr:
  // to the last) as one paragraph's content. Comments and processing
  // instructions among them are passed over.
  doc::inlines read(const markup_node* first, const markup_node* stop = nullptr);

 private:
  void node(const markup_node* n, std::uint8_t marks, doc::inlines& out);
  void link(const markup_node* n, std::uint8_t marks, doc::inlines& out);

  fail_fn fail_;
  check_fn check_;
  picture_fn picture_;
};

}  // namespace cp::compose
