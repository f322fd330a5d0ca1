// SPDX-License-Identifier: MIT
#include "sheet_fixtures.hpp"

#include <fmt/format.h>

#include "package/zip_package.hpp"

namespace cp::test {

std::string xlsx(const xlsx_parts& p) {
  package::zip_package z;
  std::string types =
      R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
      R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
      R"(<Default Extension="xml" ContentType="application/xml"/></Types>)";
  z.add("[Content_Types].xml", types);
  z.add(
      "_rels/.rels",
      R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)");
  std::string sheets, rels;
  for (std::size_t i = 0; i < p.sheets.size(); ++i) {
    const auto& s = p.sheets[i];
    sheets += fmt::format(R"(<sheet name="{}" sheetId="{}"{} r:id="rId{}"/>)", s.name, i + 1,
                          s.state.empty() ? "" : fmt::format(R"( state="{}")", s.state), i + 1);
    rels += fmt::format(
        R"(<Relationship Id="rId{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{}.xml"/>)",
        i + 1, i + 1);
  }
  if (!p.shared_strings.empty())
    rels +=
        R"(<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)";
  if (!p.styles.empty())
    rels +=
        R"(<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml"/>)";
  z.add(
      "xl/workbook.xml",
      fmt::format(
          R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{}<sheets>{}</sheets></workbook>)",
          p.workbook_pr, sheets));
  z.add(
      "xl/_rels/workbook.xml.rels",
      R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)" +
          rels + "</Relationships>");
  for (std::size_t i = 0; i < p.sheets.size(); ++i)
    z.add(
        fmt::format("xl/worksheets/sheet{}.xml", i + 1),
        R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)" +
            p.sheets[i].xml + "</worksheet>");
  if (!p.shared_strings.empty())
    z.add(
        "xl/sharedStrings.xml",
        p.shared_strings.starts_with("<?xml") || p.shared_strings.starts_with("<!")
            ? p.shared_strings
            : R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)" +
                  p.shared_strings + "</sst>");
  if (!p.styles.empty())
    z.add(
        "xl/styles.xml",
        R"(<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)" +
            p.styles + "</styleSheet>");
  for (const auto& [name, data] : p.extra) z.add(name, data);
  return z.bytes();
}

std::string xlsx_of(const std::string& sheet_data, const std::string& shared_strings,
                    const std::string& styles) {
  xlsx_parts p;
  p.sheets.push_back({"Sheet1", "<sheetData>" + sheet_data + "</sheetData>", ""});
  p.shared_strings = shared_strings;
  p.styles = styles;
  return xlsx(p);
}

std::string ods(const std::string& tables, const std::string& automatic_styles) {
  package::zip_package z;
  z.add("mimetype", "application/vnd.oasis.opendocument.spreadsheet", false);
  z.add(
      "META-INF/manifest.xml",
      R"(<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">)"
      R"(<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>)"
      R"(<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>)");
  z.add(
      "content.xml",
      R"(<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
      R"(xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )"
      R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" )"
      R"(xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3">)"
      R"(<office:automatic-styles>)" +
          automatic_styles + R"(</office:automatic-styles><office:body><office:spreadsheet>)" +
          tables + R"(</office:spreadsheet></office:body></office:document-content>)");
  return z.bytes();
}

std::string dump(const ingest::sheet& s) {
  std::string out;
  for (const auto& r : s.rows)
    for (const auto& c : r.cells) {
      std::string v;
      switch (c.type) {
        case ingest::cell_type::text:
          v = "text:" + c.text;
          for (const auto& run : c.runs)
            v += fmt::format("|{}{}{}", run.bold ? "b" : "", run.italic ? "i" : "", run.text);
          break;
        case ingest::cell_type::number:
          v = fmt::format("number:{}", c.number);
          break;
        case ingest::cell_type::boolean:
          v = c.boolean ? "boolean:true" : "boolean:false";
          break;
        case ingest::cell_type::date:
          v = "date:" + ingest::iso_date_time(c.date, c.seconds);
          break;
        case ingest::cell_type::error:
          v = "error:" + c.text;
          break;
        case ingest::cell_type::empty:
          v = "empty";
          break;
      }
      out += fmt::format("{}={}\n", cell_reference(r.number, c.column), v);
    }
  return out;
}

}  // namespace cp::test
