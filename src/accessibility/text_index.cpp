// SPDX-License-Identifier: MIT
#include "accessibility/text_index.hpp"

#include <fmt/format.h>

namespace cp::accessibility {
namespace {

std::string at(const std::string& parent, const char* key) {
  return parent.empty() ? std::string(key) : parent + "." + key;
}
std::string item(const std::string& list, std::size_t i) {
  return fmt::format("{}[{}]", list, i + 1);
}

}  // namespace

void text_index::add(std::string path, const std::string& text) {
  if (!text.empty()) entries_.push_back({std::move(path), text});
}

void text_index::add_sections(const std::string& list,
                              const std::vector<model::section>& sections) {
  for (std::size_t i = 0; i < sections.size(); ++i) {
    const auto& s = sections[i];
    std::string p = item(list, i);
    add(at(p, "title"), s.title);
    add(at(p, "body"), s.body.markdown);
    add(at(p, "after-table"), s.after_table.markdown);
    if (s.table) {
      std::string t = at(p, "table");
      add(at(t, "caption"), s.table->caption);
      for (std::size_t c = 0; c < s.table->columns.size(); ++c)
        add(item(at(t, "columns"), c), s.table->columns[c]);
      for (std::size_t r = 0; r < s.table->rows.size(); ++r)
        for (std::size_t c = 0; c < s.table->rows[r].size(); ++c)
          add(item(item(at(t, "rows"), r), c), s.table->rows[r][c]);
    }
    add_sections(at(p, "subsections"), s.subsections);
  }
}

text_index::text_index(const model::paper& p) : paper_(&p) {
  add("title", p.title);
  add("committee", p.committee);
  add("council", p.council);
  add("report-of", p.report_of);
  add("purpose", p.purpose.markdown);
  for (std::size_t i = 0; i < p.committee_recommendations.size(); ++i)
    add(item("committee-recommendations", i), p.committee_recommendations[i].markdown);
  add_sections("sections", p.sections);
  auto statements = [&](const char* list, const std::vector<model::statement>& items) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      add(at(item(list, i), "title"), items[i].title);
      add(at(item(list, i), "text"), items[i].text.markdown);
    }
  };
  statements("statements", p.statements);
  statements("options", p.options);
  statements("consultations", p.consultations);
  for (std::size_t i = 0; i < p.implications.size(); ++i) {
    add(at(item("implications", i), "title"), p.implications[i].title);
    add(at(item("implications", i), "text"), p.implications[i].text.markdown);
  }
  add("section-151-comments", p.section151_comments.markdown);
  add("monitoring-officer-comments", p.monitoring_officer_comments.markdown);
  for (std::size_t i = 0; i < p.partnerships.size(); ++i) {
    const auto& pt = p.partnerships[i];
    std::string base = item("partnerships", i);
    add(at(base, "name"), pt.name);
    add(at(base, "achievements"), pt.achievements.markdown);
    add(at(base, "value-for-money"), pt.value_for_money.markdown);
    add(at(base, "actions-next-year"), pt.actions_next_year.markdown);
    add(at(base, "governance-progress"), pt.governance_progress.markdown);
  }
  for (std::size_t e = 0; e < p.evaluations.size(); ++e)
    for (std::size_t i = 0; i < p.evaluations[e].issues.size(); ++i) {
      const auto& is = p.evaluations[e].issues[i];
      std::string base = item(at(item("evaluations", e), "issues"), i);
      add(at(base, "issue"), is.text.markdown);
      for (std::size_t a = 0; a < is.actions.size(); ++a)
        add(item(at(base, "actions"), a), is.actions[a].markdown);
    }
  for (std::size_t i = 0; i < p.recommendations.size(); ++i) {
    const auto& r = p.recommendations[i];
    add(at(item("recommendations", i), "text"), r.text.markdown);
    add(at(item("recommendations", i), "management-response"), r.management_response.markdown);
  }
}

std::optional<text_index::located> text_index::find(const std::string& text) const {
  if (text.empty()) return std::nullopt;
  for (const auto& e : entries_) {
    if (e.text.find(text) == std::string::npos) continue;
    // The value's own position, else the nearest enclosing object's.
    std::string path = e.path;
    while (!path.empty()) {
      if (auto it = paper_->positions.find(path); it != paper_->positions.end())
        return located{it->second, e.path};
      auto cut = path.find_last_of(".[");
      path = cut == std::string::npos ? "" : path.substr(0, cut);
    }
    return located{{paper_->file, 0, 0}, e.path};
  }
  return std::nullopt;
}

std::optional<text_index::located> text_index::field(const std::string& path) const {
  if (auto it = paper_->positions.find(path); it != paper_->positions.end())
    return located{it->second, path};
  return std::nullopt;
}

}  // namespace cp::accessibility
