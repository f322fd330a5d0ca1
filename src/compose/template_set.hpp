// SPDX-License-Identifier: MIT
// The Mustache templates of one template set: loading (with council
// overrides), static checks that name file and line, and rendering.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "compose/view.hpp"
#include "compose/view_shape.hpp"

namespace cp::compose {

// A place in a template file.
struct template_origin {
  std::string file;
  int line = 0;
};

// Templates must be well-formed markup once their Mustache tags are removed
// (a section may wrap whole elements or attributes, not open an element in
// one branch and close it in another), each {{>partial}} stands on a line
// of its own, each template renders a view the set is given (one per paper
// kind) and uses only names that view can hold, and every partial is used:
// that is what lets every template mistake be reported with its file and
// line before any data is read.
class template_set {
 public:
  // Loads `<dir>/*.mustache` (templates: one per paper kind) and
  // `<dir>/partials/*.mustache` from each folder in turn; a file in a later
  // folder replaces the one of the same name from an earlier folder, so a
  // council passes only the templates and partials it changes. Then checks
  // every file (check()) against `views`, the shape of the view each
  // template renders, and throws template_error listing each problem as
  // "file:line: message" (with the column where a tag is at fault).
  static template_set load(const std::vector<std::filesystem::path>& dirs,
                           const view_catalogue& views);

  // The same from texts in memory (for tests and fuzzing), each file named
  // "<name>.mustache" or "partials/<name>.mustache" in messages.
  static template_set from_texts(const std::map<std::string, std::string>& templates,
                                 const std::map<std::string, std::string>& partials,
                                 const view_catalogue& views);

  bool has_template(std::string_view name) const { return templates_.count(std::string(name)) > 0; }
  std::vector<std::string> template_names() const;
  // Every file of the set, templates and partials, with the path it came from.
  std::vector<std::filesystem::path> files() const;

  // A file of the set as a template folder would hold it.
  struct file {
    std::string relative;        // "audit-review.mustache", "partials/cover.mustache"
    std::filesystem::path path;  // where it was read from
    const std::string* text;     // its bytes, as read
  };
  // Every file of the set after overrides, templates first, each by name:
  // written into one folder, they load as the same set.
  std::vector<file> contents() const;

  // Renders template `name` with `v`, partials expanded, data escaped for XML.
  // Takes the view by value: its text is moved into the Mustache data rather
  // than copied (callers pass the view they have just built). Safe to call
  // from several threads at once.
  std::string render(std::string_view name, view v) const;

 private:
  struct source {
    std::filesystem::path path;
    std::string text;
  };
  struct expanded {
    std::string text;
    std::vector<template_origin> lines;  // one per line of text
  };

  // A template with its partials expanded, parsed once when the set is
  // loaded (the Mustache library's own type, kept out of this header).
  struct parsed;

  // Checks every file; keeps each template parsed when all is well.
  void check(std::vector<std::string>& problems, const view_catalogue& views);
  // check(), throwing template_error with every problem.
  void check_or_throw(const view_catalogue& views);
  // Templates that render no view of `views`, partials no template uses.
  void check_strays(std::vector<std::string>& problems, const view_catalogue& views) const;
  expanded expand(const std::string& name) const;
  // Appends `s` with its partials expanded; `stack` holds the files being
  // expanded, the template first (for circles, and the depth limit).
  void expand_into(const source& s, expanded& out, std::vector<const source*>& stack) const;

  std::map<std::string, source> templates_;
  std::map<std::string, source> partials_;
  std::map<std::string, std::shared_ptr<parsed>, std::less<>> parsed_;
};

}  // namespace cp::compose
