// SPDX-License-Identifier: MIT
// Assigns abstractNum ids per scheme and num ids per sequence (design.md, "Numbering").
#include "docx/numbering_plan.hpp"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

namespace cp::docx::detail {

std::string nsid_for(std::string_view scheme_name) {
  std::uint32_t h = 2166136261u;
  for (char c : scheme_name) {
    h ^= static_cast<unsigned char>(c);
    h *= 16777619u;
  }
  return fmt::format("{:08X}", h);
}

namespace {

// Whether any level shows a counter, so sequences must not share counters.
bool counts(const style::numbering_scheme& s) {
  return std::any_of(s.levels.begin(), s.levels.end(), [](const style::numbering_level& l) {
    return l.format != style::number_format::bullet && l.format != style::number_format::none;
  });
}

bool has_role_binding(const style::numbering_scheme& s, const style::house_style& hs) {
  return std::any_of(s.levels.begin(), s.levels.end(), [&](const style::numbering_level& l) {
    return !l.role.empty() && hs.find_paragraph(l.role);
  });
}

}  // namespace

numbering_plan::numbering_plan(const doc::document& d, const style::house_style& hs,
                               const numbering_base& base)
    : style_(hs) {
  std::set<std::string> nsids = base.taken_nsids;
  // An nsid the reference already uses is derived again from a longer key.
  auto nsid = [&](std::string key) {
    std::string id = nsid_for(key);
    while (!nsids.insert(id).second) id = nsid_for(key += "#");
    return id;
  };
  auto next_abstract = [&] { return base.first_abstract_id + static_cast<int>(abstracts_.size()); };
  auto next_num = [&] { return base.first_num_id + static_cast<int>(nums_.size()); };
  // A scheme is written when a sequence uses it or a style is bound to it,
  // in the house style's order so ids do not depend on the document.
  std::map<std::string, int, std::less<>> abstract_of;
  for (const auto& scheme : hs.numbering) {
    bool used = has_role_binding(scheme, hs) ||
                std::any_of(d.sequences.begin(), d.sequences.end(),
                            [&](const doc::sequence& s) { return s.scheme == scheme.name; });
    if (!used) continue;
    int id = next_abstract();
    abstracts_.push_back({&scheme, id, nsid(scheme.name), true});
    abstract_of.emplace(scheme.name, id);
  }

  // scheme -> its first sequence's place in nums_
  std::map<std::string, std::size_t, std::less<>> first_num_of;
  for (std::size_t i = 0; i < d.sequences.size(); ++i) {
    const auto& seq = d.sequences[i];
    const auto& scheme = hs.scheme(seq.scheme);
    int abstract_id = abstract_of.at(seq.scheme);
    auto [first, is_first] = first_num_of.try_emplace(seq.scheme, nums_.size());
    if (!is_first && !counts(scheme)) {
      // Bullets have no counter to restart: every list of the scheme is one
      // w:num (a long report has hundreds of bullet lists).
      num_of_sequence_.push_back(first->second);
      continue;
    }
    if (!is_first) {
      abstract_id = next_abstract();
      abstracts_.push_back(
          {&scheme, abstract_id, nsid(fmt::format("{}#{}", scheme.name, i)), false});
    }
    num_of_sequence_.push_back(nums_.size());
    nums_.push_back({next_num(), abstract_id, &scheme, seq.start});
  }

  // Styles bound to a scheme point at its first sequence, or at an extra
  // w:num when the document has no sequence of that scheme.
  for (const auto& ap : abstracts_) {
    if (!ap.style_links || !has_role_binding(*ap.scheme, hs)) continue;
    auto first = std::find_if(nums_.begin(), nums_.end(),
                              [&](const num_plan& n) { return n.abstract_id == ap.abstract_id; });
    int num_id = 0;
    if (first != nums_.end()) {
      num_id = first->num_id;
    } else {
      num_id = next_num();
      nums_.push_back({num_id, ap.abstract_id, ap.scheme, 1});
    }
    for (std::size_t lvl = 0; lvl < ap.scheme->levels.size(); ++lvl) {
      const auto& role = ap.scheme->levels[lvl].role;
      if (!role.empty() && hs.find_paragraph(role))
        bindings_.try_emplace(role, num_ref{num_id, static_cast<int>(lvl)});
    }
  }
}

num_ref numbering_plan::for_sequence(std::size_t sequence, int level) const {
  const num_plan& n = nums_.at(num_of_sequence_.at(sequence));
  int last = std::max(0, static_cast<int>(n.scheme->levels.size()) - 1);
  return {n.num_id, std::clamp(level, 0, last)};
}

const style::numbering_level& numbering_plan::level(std::size_t sequence, int level) const {
  num_ref ref = for_sequence(sequence, level);
  return nums_.at(num_of_sequence_.at(sequence))
      .scheme->levels.at(static_cast<std::size_t>(ref.ilvl));
}

std::optional<num_ref> numbering_plan::style_numbering(std::string_view role) const {
  if (auto it = bindings_.find(role); it != bindings_.end()) return it->second;
  // A style derived from a numbered one (Appendix Heading from Heading 1)
  // would be numbered too unless it says otherwise.
  const style::paragraph_style* s = style_.find_paragraph(role);
  while (s && !s->based_on.empty()) {
    if (bindings_.count(s->based_on)) return num_ref{0, 0};
    s = style_.find_paragraph(s->based_on);
  }
  return std::nullopt;
}

bool numbering_plan::numbered_by_style(std::string_view role) const {
  return bindings_.count(role) > 0;
}

}  // namespace cp::docx::detail
