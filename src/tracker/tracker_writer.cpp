// SPDX-License-Identifier: MIT
#include "tracker/tracker_writer.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "util/error.hpp"

namespace cp::tracker {
namespace {

// The rows officers may add below the table still get the validation.
constexpr int spare_rows = 200;

// libxlsxwriter (1.1.4) writes only to a file: a private temporary one,
// removed whatever happens.
class temp_file {
 public:
  temp_file() {
    std::string pattern = (std::filesystem::temp_directory_path() / "cp-tracker-XXXXXX").string();
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    int fd = mkstemp(buf.data());
    if (fd < 0) throw io_error("cannot create a temporary file for the tracker");
    close(fd);
    path_ = buf.data();
  }
  ~temp_file() {
    std::error_code ec;
    std::filesystem::remove(path_, ec);
  }
  temp_file(const temp_file&) = delete;
  temp_file& operator=(const temp_file&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

long long days_from_civil(long long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

// Midnight UTC of the paper's own date: last modified, else created, else
// the meeting. libxlsxwriter would take the clock for 0.
time_t document_time(const model::paper& p) {
  std::optional<model::date> d = p.props.modified ? p.props.modified : p.props.created;
  if (!d) d = p.meeting_date;
  if (!d) return 86400;  // 1970-01-02: never 0
  return static_cast<time_t>(
      days_from_civil(d->year, static_cast<unsigned>(d->month), static_cast<unsigned>(d->day)) *
      86400);
}

lxw_datetime datetime_of(const model::date& d) {
  return {d.year, d.month, d.day, 0, 0, 0};
}

struct formats {
  lxw_format* title;
  lxw_format* subtitle;
  lxw_format* header;
  lxw_format* text;
  lxw_format* number;
  lxw_format* date;
};

struct column {
  std::string heading;
  double width;
};

class writer {
 public:
  writer(lxw_workbook* wb, const model::paper& p) : wb_(wb), p_(p) {
    f_.title = workbook_add_format(wb);
    format_set_bold(f_.title);
    format_set_font_size(f_.title, 14);
    f_.subtitle = workbook_add_format(wb);
    format_set_bold(f_.subtitle);
    f_.header = workbook_add_format(wb);
    format_set_bold(f_.header);
    format_set_text_wrap(f_.header);
    format_set_align(f_.header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bg_color(f_.header, 0xD9E2F3);
    format_set_bottom(f_.header, LXW_BORDER_THIN);
    f_.text = workbook_add_format(wb);
    format_set_text_wrap(f_.text);
    format_set_align(f_.text, LXW_ALIGN_VERTICAL_TOP);
    f_.number = workbook_add_format(wb);
    format_set_align(f_.number, LXW_ALIGN_VERTICAL_TOP);
    format_set_align(f_.number, LXW_ALIGN_CENTER);
    f_.date = workbook_add_format(wb);
    format_set_num_format(f_.date, "dd/mm/yyyy");
    format_set_align(f_.date, LXW_ALIGN_VERTICAL_TOP);
    format_set_align(f_.date, LXW_ALIGN_LEFT);
  }

  void recommendations() {
    lxw_worksheet* ws = sheet("Recommendations");
    heading(ws, fmt::format("Recommendations: {}{}", p_.committee,
                            p_.meeting_date ? ", " + p_.meeting_date->british() : ""));
    std::vector<column> cols = {{"No.", 6},
                                {"Ref", 10},
                                {"Recommendation", 50},
                                {"Priority", 9},
                                {"Section", 14},
                                {"Management response", 45},
                                {"Responsibility", 22},
                                {"Timescale", 14},
                                {"Status", 14},
                                {"Progress", 45},
                                {"Last updated", 13}};
    headers(ws, cols);
    int row = header_row;  // 0-based: the first row below the headings
    for (std::size_t i = 0; i < p_.recommendations.size(); ++i, ++row) {
      const auto& r = p_.recommendations[i];
      number(ws, row, 0, r.number ? r.number : static_cast<int>(i + 1));
      text(ws, row, 1, r.id);
      text(ws, row, 2, r.text.markdown);
      number(ws, row, 3, r.priority);
      text(ws, row, 4, r.section);
      text(ws, row, 5, r.management_response.markdown);
      text(ws, row, 6, r.responsibility);
      timescale(ws, row, 7, r.due);
    }
    int last = row + spare_rows;
    lxw_data_validation priority{};
    priority.validate = LXW_VALIDATION_TYPE_INTEGER;
    priority.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    priority.minimum_number = 1;
    priority.maximum_number = 3;
    priority.error_title = const_cast<char*>("Priority");
    priority.error_message = const_cast<char*>("3: significant, 2: some, 1: little residual risk.");
    check(worksheet_data_validation_range(ws, header_row, 3, last, 3, &priority));
    progress_columns(ws, 8, 10, last);
    worksheet_freeze_panes(ws, header_row, 0);
  }

  void actions(const model::evaluation& e, const std::vector<std::string>& taken,
               std::string& name) {
    name = actions_sheet_name(e.partnership, taken);
    lxw_worksheet* ws = sheet(name);
    const model::partnership* partner = p_.find_partnership(e.partnership);
    heading(ws, fmt::format("Actions: {}", partner ? partner->name : e.partnership));
    std::vector<column> cols = {{"Issue No.", 8},       {"Issue", 45},       {"Action", 45},
                                {"Responsibility", 22}, {"Target", 14},      {"Status", 14},
                                {"Progress", 45},       {"Last updated", 13}};
    headers(ws, cols);
    int row = header_row;
    for (std::size_t i = 0; i < e.issues.size(); ++i) {
      const auto& is = e.issues[i];
      // One row per action; the issue's own columns on each, so the rows can
      // be sorted and filtered (reading back checks they agree).
      std::size_t lines = std::max<std::size_t>(1, is.actions.size());
      for (std::size_t k = 0; k < lines; ++k, ++row) {
        number(ws, row, 0, is.number ? is.number : static_cast<int>(i + 1));
        text(ws, row, 1, is.text.markdown);
        if (k < is.actions.size()) text(ws, row, 2, is.actions[k].markdown);
        text(ws, row, 3, is.responsibility);
        timescale(ws, row, 4, is.target);
      }
    }
    progress_columns(ws, 5, 7, row + spare_rows);
    worksheet_freeze_panes(ws, header_row, 0);
  }

 private:
  lxw_worksheet* sheet(const std::string& name) {
    lxw_worksheet* ws = workbook_add_worksheet(wb_, name.c_str());
    if (!ws) throw error(fmt::format("cannot add the sheet \"{}\" to the tracker", name));
    return ws;
  }

  void heading(lxw_worksheet* ws, const std::string& what) {
    check(worksheet_write_string(ws, 0, 0, p_.council.c_str(), f_.title));
    check(worksheet_write_string(ws, 1, 0, p_.title.c_str(), f_.subtitle));
    check(worksheet_write_string(ws, 2, 0, what.c_str(), nullptr));
  }

  void headers(lxw_worksheet* ws, const std::vector<column>& cols) {
    for (std::size_t i = 0; i < cols.size(); ++i) {
      auto c = static_cast<lxw_col_t>(i);
      check(worksheet_set_column(ws, c, c, cols[i].width, nullptr));
      check(worksheet_write_string(ws, header_row - 1, c, cols[i].heading.c_str(), f_.header));
    }
  }

  // Status (a list), Progress (text) and Last updated (a date).
  void progress_columns(lxw_worksheet* ws, lxw_col_t status, lxw_col_t updated, int last) {
    std::vector<char*> list;
    for (const auto& s : statuses()) list.push_back(const_cast<char*>(s.c_str()));
    list.push_back(nullptr);
    lxw_data_validation st{};
    st.validate = LXW_VALIDATION_TYPE_LIST;
    st.value_list = list.data();
    check(worksheet_data_validation_range(ws, header_row, status, last, status, &st));
    lxw_data_validation date{};
    date.validate = LXW_VALIDATION_TYPE_DATE;
    date.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    date.minimum_datetime = {2000, 1, 1, 0, 0, 0};
    date.maximum_datetime = {2099, 12, 31, 0, 0, 0};
    date.error_title = const_cast<char*>("Last updated");
    date.error_message = const_cast<char*>("A date, such as 31/03/2026.");
    check(worksheet_data_validation_range(ws, header_row, updated, last, updated, &date));
    check(worksheet_set_column(ws, updated, updated, 13, f_.date));
    for (lxw_col_t c = status; c < updated; ++c)
      check(worksheet_set_column(ws, c, c, c == status ? 14 : 45, f_.text));
  }

  void text(lxw_worksheet* ws, int row, lxw_col_t col, const std::string& s) {
    if (s.empty()) return;
    lxw_error e = worksheet_write_string(ws, static_cast<lxw_row_t>(row), col, s.c_str(), f_.text);
    if (e == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
      throw error(
          fmt::format("the tracker cannot hold text of more than 32,767 characters "
                      "(row {} of a sheet)",
                      row + 1));
    check(e);
  }

  void number(lxw_worksheet* ws, int row, lxw_col_t col, double n) {
    check(worksheet_write_number(ws, static_cast<lxw_row_t>(row), col, n, f_.number));
  }

  void timescale(lxw_worksheet* ws, int row, lxw_col_t col, const model::timescale& t) {
    if (t.due && t.text.empty()) {
      lxw_datetime d = datetime_of(*t.due);
      check(worksheet_write_datetime(ws, static_cast<lxw_row_t>(row), col, &d, f_.date));
    } else {
      text(ws, row, col, t.text);
    }
  }

  static void check(lxw_error e) {
    if (e != LXW_NO_ERROR) throw error(fmt::format("writing the tracker: {}", lxw_strerror(e)));
  }

  lxw_workbook* wb_;
  const model::paper& p_;
  formats f_{};
};

}  // namespace

const std::vector<std::string>& statuses() {
  static const std::vector<std::string> s = {"Not started", "In progress", "Implemented",
                                             "Superseded"};
  return s;
}

std::string actions_sheet_name(const std::string& partnership,
                               const std::vector<std::string>& taken) {
  std::string base;
  for (char c : partnership)
    if (std::string_view("[]:*?/\\").find(c) == std::string_view::npos) base += c;
  while (!base.empty() && base.front() == '\'') base.erase(base.begin());
  while (!base.empty() && base.back() == '\'') base.pop_back();
  if (base.empty()) base = "Actions";
  auto lower = [](std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
  };
  auto clash = [&](const std::string& n) {
    return std::any_of(taken.begin(), taken.end(),
                       [&](const std::string& t) { return lower(t) == lower(n); });
  };
  // 31 characters at most; the cut never splits a UTF-8 sequence.
  auto cut = [](std::string s, std::size_t n) {
    if (s.size() <= n) return s;
    std::size_t end = n;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    return s.substr(0, end);
  };
  std::string name = cut(base, 31);
  for (int i = 2; clash(name); ++i) {
    std::string suffix = fmt::format(" ({})", i);
    name = cut(base, 31 - suffix.size()) + suffix;
  }
  return name;
}

std::string tracker_bytes(const model::paper& p) {
  bool issues = std::any_of(p.evaluations.begin(), p.evaluations.end(),
                            [](const model::evaluation& e) { return !e.issues.empty(); });
  if (p.recommendations.empty() && !issues)
    throw input_error(fmt::format(
        "{}: the paper has no recommendations and no evaluation issues, so there is nothing to "
        "track",
        p.file));
  temp_file out;
  lxw_workbook* wb = workbook_new(out.path().c_str());
  if (!wb) throw io_error("cannot start the tracker workbook");
  std::string keywords;
  for (const auto& k : p.props.keywords) keywords += (keywords.empty() ? "" : ", ") + k;
  std::string subject = "Recommendations and actions tracker";
  lxw_doc_properties props{};
  props.title = const_cast<char*>(p.title.c_str());
  props.subject = subject.data();
  props.author = const_cast<char*>(p.author.name.c_str());
  props.company = const_cast<char*>(p.council.c_str());
  props.keywords = keywords.data();
  props.created = document_time(p);
  try {
    if (workbook_set_properties(wb, &props) != LXW_NO_ERROR)
      throw error("cannot set the tracker's document properties");
    writer w(wb, p);
    std::vector<std::string> taken = {"Recommendations"};
    if (!p.recommendations.empty()) w.recommendations();
    for (const auto& e : p.evaluations) {
      if (e.issues.empty()) continue;
      std::string name;
      w.actions(e, taken, name);
      taken.push_back(name);
    }
  } catch (...) {
    workbook_close(wb);
    throw;
  }
  lxw_error e = workbook_close(wb);
  if (e != LXW_NO_ERROR) throw io_error(fmt::format("writing the tracker: {}", lxw_strerror(e)));
  std::ifstream in(out.path(), std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace cp::tracker
