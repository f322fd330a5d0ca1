// SPDX-License-Identifier: MIT
// A template compiled once into the markup tree it renders. Rendering a
// template to text and parsing that text again was more than half of a
// large paper's composing (Mustache, then libxml2 reading every byte back);
// the program walks the view and builds the same libxml2 tree directly.
//
// It covers the templates a template set accepts when each Mustache section
// wraps whole elements, or sits inside one attribute value, and each tag
// stays on one line: the shipped templates, and what a council writes the
// same way. For anything else compile() declines, and the template is
// rendered as text and parsed as before. docs/design.md explains the rules
// the program keeps to be exactly the tree the text would parse to.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "compose/markup_tree.hpp"
#include "compose/view.hpp"

namespace cp::compose {

class markup_program {
 public:
  // The program for `expanded`: a template with its partials expanded, as
  // the Mustache library parses it. Null when the template uses something
  // the program does not cover; `why` (when given) then says what.
  static std::unique_ptr<markup_program> compile(std::string_view expanded,
                                                 std::string* why = nullptr);

  // The tree libxml2 would parse from the template's rendering of `v`, or
  // null when only that text can say (a document that is not well-formed,
  // say, or a text too long for one node): the caller then renders the text
  // and parses it, which gives the same tree or the parser's own message.
  // Safe to call from several threads at once.
  std::unique_ptr<markup_tree> build(const view& v) const;

  ~markup_program();
  markup_program(const markup_program&) = delete;
  markup_program& operator=(const markup_program&) = delete;

  struct op;  // one step of the program (defined in the .cpp)

 private:
  markup_program();
  friend class program_compiler;
  std::vector<op> ops_;
  std::vector<std::string> names_;  // element and attribute names, by id
};

}  // namespace cp::compose
