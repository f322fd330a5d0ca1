// SPDX-License-Identifier: MIT
// Reading tables: a sheet of 10,000 recommendations as XLSX (our tracker),
// ODS and CSV, timed to the sheet model, to the input's value tree and
// through the field readers (target: under 100 ms); and the peak memory of
// reading sheets that claim a million rows (a dimension, a last row and a
// merge over the whole sheet; a million empty rows written out; ODS's
// repeated rows and columns). Prints medians; not a test.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "ingest/paper_types.hpp"
#include "ingest/table_mapping.hpp"
#include "ingest/workbook_readers.hpp"
#include "ingest/yaml_source.hpp"
#include "package/zip_package.hpp"
#include "tracker/tracker_writer.hpp"

using namespace cp;

namespace {

constexpr int rows = 10'000;

double median_ms(int runs, const std::function<void()>& fn) {
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    auto start = std::chrono::steady_clock::now();
    fn();
    times.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

model::paper many_recommendations() {
  model::paper p;
  p.council = "Riverside District Council";
  p.title = "Ten thousand recommendations";
  p.committee = "Audit Committee";
  p.meeting_date = model::date{2026, 3, 1};
  for (int i = 0; i < rows; ++i) {
    model::recommendation r;
    r.id = fmt::format("R{}", i + 1);
    r.number = i + 1;
    r.text.markdown = fmt::format(
        "The Council should review partnership arrangement {} against the protocol and report "
        "the outcome to the Audit Committee.",
        i + 1);
    r.priority = 1 + i % 3;
    r.section = fmt::format("section-{}", i % 20);
    r.management_response.markdown =
        "Agreed. A review will be carried out by the partnership's lead officer.";
    r.responsibility = fmt::format("Head of Service {}", i % 50);
    if (i % 2)
      r.due.due = model::date{2026 + i % 3, 1 + i % 12, 1 + i % 28};
    else
      r.due.text = "by June 2026";
    p.recommendations.push_back(std::move(r));
  }
  return p;
}

std::string xml_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else
      out += c;
  }
  return out;
}

// The same table as an ODS and as a CSV file.
std::string ods_of(const model::paper& p) {
  std::string t = R"(<table:table table:name="Recommendations"><table:table-row>)";
  for (const char* h : {"Ref", "Recommendation", "Priority", "Section", "Management response",
                        "Responsibility", "Timescale"})
    t += fmt::format(
        R"(<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>)",
        h);
  t += "</table:table-row>";
  auto text = [](const std::string& s) {
    return fmt::format(
        R"(<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>)",
        xml_escape(s));
  };
  for (const auto& r : p.recommendations) {
    t +=
        "<table:table-row>" + text(r.id) + text(r.text.markdown) +
        fmt::format(
            R"(<table:table-cell office:value-type="float" office:value="{}"><text:p>{}</text:p></table:table-cell>)",
            r.priority, r.priority) +
        text(r.section) + text(r.management_response.markdown) + text(r.responsibility);
    if (r.due.due)
      t += fmt::format(
          R"(<table:table-cell office:value-type="date" office:date-value="{}"><text:p>x</text:p></table:table-cell>)",
          r.due.due->iso());
    else
      t += text(r.due.text);
    t += R"(<table:table-cell table:number-columns-repeated="1017"/></table:table-row>)";
  }
  t +=
      R"(<table:table-row table:number-rows-repeated="1038575"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>)";
  package::zip_package z;
  z.add("mimetype", "application/vnd.oasis.opendocument.spreadsheet", false);
  z.add(
      "content.xml",
      R"(<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:spreadsheet>)" +
          t + "</office:spreadsheet></office:body></office:document-content>");
  return z.bytes();
}

std::string csv_of(const model::paper& p) {
  std::string out =
      "Ref,Recommendation,Priority,Section,Management response,Responsibility,Timescale\r\n";
  auto q = [](const std::string& s) { return "\"" + s + "\""; };
  for (const auto& r : p.recommendations)
    out += fmt::format(
        "{},{},{},{},{},{},{}\r\n", r.id, q(r.text.markdown), r.priority, r.section,
        q(r.management_response.markdown), r.responsibility,
        r.due.due ? fmt::format("{:02}/{:02}/{}", r.due.due->day, r.due.due->month, r.due.due->year)
                  : r.due.text);
  return out;
}

const char* spec_yaml =
    "file: FILE\nheader-row: HEADER\ncolumns: {Ref: id, Recommendation: text, Priority: priority, "
    "Section: section, Management response: management-response, Responsibility: responsibility, "
    "Timescale: timescale}\nignore: IGNORE\nprose: [Recommendation, Management response]\n";

ingest::table_spec spec_for(const std::string& file, int header_row, const std::string& ignore) {
  std::string y = spec_yaml;
  y.replace(y.find("FILE"), 4, file);
  y.replace(y.find("HEADER"), 6, std::to_string(header_row));
  y.replace(y.find("IGNORE"), 6, ignore);
  diagnostics d;
  auto spec = ingest::read_table_spec(ingest::parse_yaml(y, "spec.yaml"), "recommendations", d);
  if (!spec) throw std::runtime_error(d.to_string());
  return *spec;
}

void time_format(const std::string& name, const std::string& bytes,
                 const ingest::table_spec& spec) {
  diagnostics notes;
  auto once = [&] { return ingest::read_table_file(bytes, name, "", notes); };
  ingest::sheet s = once();
  diagnostics d;
  ingest::value v = ingest::table_value(spec, s, d);
  if (d.has_errors() || v.items.size() != rows) throw std::runtime_error(d.to_string());
  double read = median_ms(15, [&] { (void)once(); });
  double map = median_ms(15, [&] {
    diagnostics dd;
    (void)ingest::table_value(spec, once(), dd);
  });
  double fields = median_ms(15, [&] {
    diagnostics dd;
    ingest::value list = ingest::table_value(spec, once(), dd);
    ingest::fields::read_context c{dd, {}};
    model::paper p;
    ingest::value root;
    root.type = ingest::value::kind::map;
    root.members.push_back({"recommendations", {}, std::move(list)});
    ingest::paper_type().read(root, "", c, p);
  });
  std::cout << fmt::format("{:<28} {:>9.1f} KB {:>9.1f} {:>10.1f} {:>14.1f}\n", name,
                           bytes.size() / 1024.0, read, map, fields);
}

// Prints the peak resident memory added by reading `bytes`, measured in a
// child so each case starts from the same process.
void peak(const std::string& label, const std::string& name, const std::string& bytes) {
  std::cout.flush();
  pid_t pid = fork();
  if (pid == 0) {
    struct rusage before, after;
    getrusage(RUSAGE_SELF, &before);
    diagnostics notes;
    std::string outcome;
    try {
      auto s = ingest::read_table_file(bytes, name, "", notes);
      std::size_t cells = 0;
      for (const auto& r : s.rows) cells += r.cells.size();
      outcome = fmt::format("{} rows, {} cells", s.rows.size(), cells);
    } catch (const std::exception& e) {
      outcome = e.what();
    }
    getrusage(RUSAGE_SELF, &after);
    std::cout << fmt::format("{:<58} {:>7.1f}  ({})\n", label,
                             std::max(0L, after.ru_maxrss - before.ru_maxrss) / 1024.0, outcome);
    std::cout.flush();
    _exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
}

std::string xlsx_with(const std::string& sheet) {
  package::zip_package z;
  z.add(
      "_rels/.rels",
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)");
  z.add(
      "xl/workbook.xml",
      R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="s"/></sheets></workbook>)");
  z.add(
      "xl/_rels/workbook.xml.rels",
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/s.xml"/></Relationships>)");
  z.add("xl/worksheets/s.xml",
        R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)" + sheet +
            "</worksheet>");
  return z.bytes();
}

}  // namespace

int main(int argc, char** argv) {
  model::paper p = many_recommendations();
  std::string xlsx = tracker::tracker_bytes(p);
  // bench_sheets profile xlsx|ods|csv N: N readings of the sheet, for perf
  // ("write" for N: the file on standard output).
  if (argc == 4 && std::string(argv[1]) == "profile") {
    std::string f = argv[2];
    std::string bytes = f == "xlsx" ? xlsx : f == "ods" ? ods_of(p) : csv_of(p);
    if (std::string(argv[3]) == "write") {  // the file itself, to look at
      std::cout << bytes;
      return 0;
    }
    bool map = std::getenv("BENCH_MAP") != nullptr;  // and map it as a table
    auto spec = spec_for("recommendations." + f, f == "xlsx" ? tracker::header_row : 1,
                         f == "xlsx" ? "[No., Status, Progress, Last updated]" : "[]");
    for (int i = 0; i < std::stoi(argv[3]); ++i) {
      diagnostics notes;
      auto s = ingest::read_table_file(bytes, "recommendations." + f, "", notes);
      if (map) (void)ingest::table_value(spec, s, notes);
    }
    return 0;
  }
  std::cout << fmt::format("reading a sheet of {} rows (median of 15, ms)\n", rows);
  std::cout << fmt::format("{:<28} {:>12} {:>9} {:>10} {:>14}\n", "file", "size", "sheet",
                           "+ table", "+ field readers");
  time_format("recommendations.xlsx", xlsx,
              spec_for("recommendations.xlsx", tracker::header_row,
                       "[No., Status, Progress, Last updated]"));
  time_format("recommendations.ods", ods_of(p), spec_for("recommendations.ods", 1, "[]"));
  time_format("recommendations.csv", csv_of(p), spec_for("recommendations.csv", 1, "[]"));

  std::cout << "\npeak memory added by sheets that claim a million rows (MB)\n";
  std::string claim = xlsx_with(
      R"(<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row>)"
      R"(<row r="1048576"><c r="XFD1048576"><v>2</v></c></row></sheetData>)"
      R"(<mergeCells><mergeCell ref="B2:XFD1048575"/></mergeCells>)");
  std::string empty_rows = "<sheetData>";
  for (int r = 1; r <= 1'048'576; ++r) empty_rows += fmt::format(R"(<row r="{}"/>)", r);
  empty_rows += "</sheetData>";
  std::string written = xlsx_with(empty_rows);
  package::zip_package z;
  z.add("mimetype", "application/vnd.oasis.opendocument.spreadsheet", false);
  z.add(
      "content.xml",
      R"(<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:spreadsheet><table:table table:name="S">)"
      R"(<table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>)"
      R"(<table:table-row><table:table-cell table:number-columns-repeated="16383"/><table:table-cell office:value-type="float" office:value="1"/></table:table-row>)"
      R"(</table:table></office:spreadsheet></office:body></office:document-content>)");
  std::string repeated = z.bytes();
  peak("XLSX: dimension, row 1048576 and a merge claimed", "claim.xlsx", claim);
  peak(fmt::format("XLSX: 1048576 empty rows written out ({:.1f} MB of XML)",
                   empty_rows.size() / 1048576.0),
       "written.xlsx", written);
  peak("ODS: 1048575 repeated rows of 16384 empty cells", "repeated.ods", repeated);
  return 0;
}
