// SPDX-License-Identifier: MIT
#include "layout/cover.hpp"

namespace cp::layout {

std::vector<doc::paragraph> cover_paragraphs(const doc::title_block& tb) {
  std::vector<doc::paragraph> out;
  auto add = [&](const char* role, const std::string& text) {
    if (text.empty()) return;
    doc::paragraph p;
    p.role = role;
    p.content.push_back(doc::text_run{text, 0});
    out.push_back(std::move(p));
  };
  if (tb.logo) {
    doc::paragraph p;
    p.role = "normal";
    p.align = doc::alignment::right;
    p.content.push_back(*tb.logo);
    out.push_back(std::move(p));
  }
  add("cover-committee", tb.committee);
  add("title", tb.title);
  add("cover-date", tb.meeting_date);
  add("cover-report-of", tb.report_of);
  add("cover-classification", tb.classification);
  return out;
}

}  // namespace cp::layout
