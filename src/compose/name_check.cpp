// SPDX-License-Identifier: MIT
#include "compose/name_check.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "compose/mustache_tags.hpp"
#include "util/suggest.hpp"

namespace cp::compose {
namespace {

class checker {
 public:
  explicit checker(const view_shape& root) { frames_.push_back(&root); }

  void tag(const mustache_tag& t, std::vector<name_problem>& out) {
    switch (t.kind) {
      case 0:
        if (!known(t, out)) return;
        break;
      case '#': {
        const view_shape* s = known(t, out) ? found_ : nullptr;
        // A list's section sees each item; anything else sees the value itself.
        frames_.push_back(s && s->items() ? s->items() : s);
        open_.push_back(true);
        break;
      }
      case '^':
        known(t, out);
        open_.push_back(false);  // an inverted section renders in the same context
        break;
      case '/':
        // Unbalanced sections are the Mustache parser's to report.
        if (open_.empty()) return;
        if (open_.back()) frames_.pop_back();
        open_.pop_back();
        break;
      default:
        break;
    }
  }

 private:
  // Whether some view can hold `t.name` here; found_ is its shape (null
  // inside a section over an unknown name, where nothing more is said).
  bool known(const mustache_tag& t, std::vector<name_problem>& out) {
    found_ = nullptr;
    if (t.name == ".") {
      found_ = frames_.back();
      return true;
    }
    auto parts = name_parts(t.name);
    // The deepest a name got in any frame, for the suggestion.
    const view_shape* deepest = nullptr;
    std::size_t depth = 0;
    for (auto f = frames_.rbegin(); f != frames_.rend(); ++f) {
      if (!*f) return true;  // inside a section already reported
      const view_shape* s = *f;
      std::size_t k = 0;
      for (; k < parts.size(); ++k) {
        const view_shape* next = s->member(parts[k]);
        if (!next) break;
        s = next;
      }
      if (k == parts.size()) {
        found_ = s;
        return true;
      }
      if (k > 0 && (!deepest || k > depth)) {
        deepest = s;
        depth = k;
      }
    }
    std::string msg = fmt::format("unknown name \"{}\"", t.name);
    std::vector<std::string> candidates;
    std::string prefix;
    if (deepest) {
      candidates = deepest->member_names();
      for (std::size_t k = 0; k < depth; ++k) prefix += parts[k] + ".";
    } else {
      for (const view_shape* f : frames_)
        for (auto& n : f->member_names()) candidates.push_back(std::move(n));
    }
    if (auto near = nearest(parts[depth], candidates))
      msg += fmt::format("; did you mean \"{}{}\"?", prefix, *near);
    out.push_back({t.begin, std::move(msg)});
    return false;
  }

  std::vector<const view_shape*> frames_;
  std::vector<bool> open_;  // each open section: whether it pushed a frame
  const view_shape* found_ = nullptr;
};

}  // namespace

std::vector<name_problem> check_names(const std::string& text, const view_shape& shape) {
  std::vector<name_problem> out;
  checker c(shape);
  for (const auto& t : scan_tags(text)) c.tag(t, out);
  return out;
}

}  // namespace cp::compose
