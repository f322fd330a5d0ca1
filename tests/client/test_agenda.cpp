// SPDX-License-Identifier: MIT
// Agenda packs end to end: the example meeting built by `papers agenda` in
// both formats; doccheck; LibreOffice's rendering, where every page number
// printed on the front sheet must be the page on which that item starts (and
// the DOCX's cached estimate must agree); and no trace of an exempt report in
// any part of a public pack's package.
#include <doctest/doctest.h>

#include <zlib.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>

#include <fmt/format.h>

#include "agenda/pack.hpp"
#include "compose/compose.hpp"
#include "document/build.hpp"
#include "layout/toc.hpp"
#include "odt/odt_writer.hpp"
#include "style/style_loader.hpp"
#include "support/external.hpp"
#include "support/fixtures.hpp"
#include "support/paths.hpp"
#include "xml/xml_writer.hpp"
#include "zip/zip_reader.hpp"

using namespace cp;
namespace fs = std::filesystem;

namespace {

const char* example = "inputs/agenda/riverside-cabinet-2026-04-15-meeting.yaml";

test::run_result papers(std::vector<std::string> args, const fs::path& cwd = test::source_dir()) {
  std::string cmd = fmt::format("cd '{}' && '{}'", cwd.string(), PAPERS_BIN);
  for (const auto& a : args) cmd += " '" + a + "'";
  return test::run({"sh", "-c", cmd + " 2>&1"});
}

std::string upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return s;
}

// The example's packs, built once for every test here.
const fs::path& built() {
  static const fs::path out = [] {
    auto dir = test::scratch_dir("agenda-example");
    auto r = papers({"agenda", example, "--format", "docx,odt,html", "--out", dir.string()});
    INFO(r.output);
    REQUIRE(r.status == 0);
    return dir;
  }();
  return out;
}

fs::path pack(const char* which, const char* ext) {
  return built() / fmt::format("cabinet-2026-04-15-{}-pack.{}", which, ext);
}

struct rendered {
  std::vector<std::string> pages;  // text of each page, layout kept
};

rendered render(const fs::path& file) {
  auto dir = file.parent_path() / ("pdf-" + file.extension().string().substr(1));
  fs::create_directories(dir);
  auto pdf = test::to_pdf(file, dir);
  rendered r;
  int n = test::pdf_pages(pdf);
  for (int i = 1; i <= n; ++i) r.pages.push_back(test::pdf_text(pdf, i));
  return r;
}

// Page numbers printed in the front sheet's tables: item number -> page.
std::map<int, int> printed_pages(const rendered& r, int front_pages) {
  std::map<int, int> out;
  static const std::regex row(R"(^\s*(\d+)\s{2,}\S.*?\s{2,}(\d+)\s*$)");
  for (int i = 0; i < front_pages && i < static_cast<int>(r.pages.size()); ++i) {
    std::istringstream lines(r.pages[static_cast<std::size_t>(i)]);
    for (std::string line; std::getline(lines, line);) {
      std::smatch m;
      if (std::regex_match(line, m, row)) out[std::stoi(m[1])] = std::stoi(m[2]);
    }
  }
  return out;
}

// The first page whose header says "Agenda Item N": item -> page.
std::map<int, int> item_pages(const rendered& r) {
  std::map<int, int> out;
  static const std::regex header(R"(Agenda Item (\d+))",
                                 std::regex::icase);  // the mark role may set capitals
  for (std::size_t i = 0; i < r.pages.size(); ++i)
    for (auto it = std::sregex_iterator(r.pages[i].begin(), r.pages[i].end(), header);
         it != std::sregex_iterator(); ++it)
      out.emplace(std::stoi((*it)[1]), static_cast<int>(i) + 1);
  return out;
}

// The cached results of the DOCX's PAGEREF fields to parts: part bookmark -> page.
std::map<std::string, int> cached_pages(const fs::path& docx) {
  auto parts = package::read_zip_file(docx.string());
  const std::string& xml = parts.at("word/document.xml");
  std::map<std::string, int> out;
  static const std::regex field(
      R"re(PAGEREF (_Part\d+) \\h </w:instrText></w:r><w:r>(?:<w:rPr>.*?</w:rPr>)?<w:fldChar w:fldCharType="separate"/></w:r><w:r>(?:<w:rPr>.*?</w:rPr>)?<w:t[^>]*>(\d+)</w:t>)re");
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), field); it != std::sregex_iterator();
       ++it)
    out.emplace((*it)[1], std::stoi((*it)[2]));
  return out;
}

// What the reports of the example are called inside the packs, by item.
const std::map<int, std::string>& report_titles() {
  static const std::map<int, std::string> t = {
      {5, "Corporate Performance: Quarter 3, 2025/26"},
      {6, "Leisure Centres Management Contract"},
      {7, "Annual Auditor's Report 2024/25"},
      {8, "Internal Audit Review of Partnership Governance"},
      {10, "Disposal of the Former Mill Lane Depot to Harbourside Homes Limited"},
      {11, "Revenues and Benefits Service Restructure and Redundancy Costs"}};
  return t;
}

void check_page_numbers(const fs::path& file, const std::vector<int>& items, bool docx) {
  INFO(file.filename().string());
  rendered r = render(file);
  REQUIRE(r.pages.size() > 3);
  auto starts = item_pages(r);
  int front = starts.empty() ? 1 : starts.begin()->second - 1;
  auto printed = printed_pages(r, front);
  std::map<std::string, int> cached = docx ? cached_pages(file) : std::map<std::string, int>{};
  int ordinal = 0;
  for (int item : items) {
    INFO("item ", item);
    REQUIRE(starts.count(item));
    REQUIRE(printed.count(item));
    CHECK(printed[item] == starts[item]);
    // The report's title is on the page it starts on.
    const std::string& title = report_titles().at(item);
    CHECK_MESSAGE(upper(test::squash(r.pages[static_cast<std::size_t>(starts[item] - 1)]))
                          .find(upper(title)) != std::string::npos,
                  title, " not on page ", starts[item]);
    // Nothing of the report comes before that page.
    CHECK(upper(test::squash(r.pages[static_cast<std::size_t>(starts[item] - 2)]))
              .find(upper(title)) == std::string::npos);
    // The DOCX's cached page (the writer's estimate, for readers that do not update fields) is
    // right too.
    if (docx)
      CHECK(cached.at(layout::part_bookmark(static_cast<std::size_t>(ordinal))) == starts[item]);
    ++ordinal;
  }
  // Page numbers run on through the pack: the last footer names the last page.
  std::string last = test::squash(r.pages.back());
  CHECK(last.find(fmt::format("Page {} of {}", r.pages.size(), r.pages.size())) !=
        std::string::npos);
}

// A small PNG of its own (2x2 pixels of one colour), so its bytes can be looked for.
std::string unique_png(unsigned char shade) {
  auto chunk = [](const std::string& type, const std::string& data) {
    std::string out;
    auto be32 = [&](std::uint32_t v) {
      for (int s = 24; s >= 0; s -= 8) out += static_cast<char>((v >> s) & 0xff);
    };
    be32(static_cast<std::uint32_t>(data.size()));
    std::string td = type + data;
    out += td;
    be32(static_cast<std::uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(td.data()), static_cast<uInt>(td.size()))));
    return out;
  };
  std::string raw;
  for (int y = 0; y < 2; ++y)
    raw += std::string("\0", 1) + std::string(6, static_cast<char>(shade));
  uLongf size = compressBound(static_cast<uLong>(raw.size()));
  std::string z(size, '\0');
  compress(reinterpret_cast<Bytef*>(z.data()), &size, reinterpret_cast<const Bytef*>(raw.data()),
           static_cast<uLong>(raw.size()));
  z.resize(size);
  std::string ihdr("\0\0\0\x02\0\0\0\x02\x08\x02\0\0\0", 13);
  return std::string("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) + chunk("IDAT", z) +
         chunk("IEND", "");
}

std::string xml_escaped(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '\'')
      out += "&apos;";
    else if (c == '"')
      out += "&quot;";
    else
      out += c;
  }
  return out;
}

// The text of an XML part with its markup taken out and entities decoded:
// a string split over several runs or spans is found whole.
std::string text_of_part(const std::string& xml) {
  std::string text = std::regex_replace(xml, std::regex("<[^>]*>"), "");
  for (auto [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"&lt;", "<"}, {"&gt;", ">"}, {"&apos;", "'"}, {"&quot;", "\""}, {"&amp;", "&"}}) {
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size()))
      text.replace(at, from.size(), to);
  }
  return text;
}

// Where `needle` occurs in any entry of the package (raw, escaped, or in the
// text of an XML part); empty when nowhere.
std::string found_in(const package::entries& parts, const std::string& needle) {
  for (const auto& [name, data] : parts) {
    if (data.find(needle) != std::string::npos ||
        data.find(xml_escaped(needle)) != std::string::npos)
      return name;
    bool xmlish = name.ends_with(".xml") || name.ends_with(".rels") || name.ends_with(".html");
    if (xmlish && test::squash(text_of_part(data)).find(test::squash(needle)) != std::string::npos)
      return name;
  }
  return "";
}

// The pages of an HTML edition (a folder), by file name, as the entries of a package.
package::entries html_edition(const fs::path& folder) {
  package::entries out;
  for (const auto& e : fs::directory_iterator(folder))
    out.emplace(e.path().filename().string(), test::read_file(e.path()));
  return out;
}

// Base64 as in a data: URI, to find a picture's bytes in a page.
std::string base64(const std::string& bytes) {
  static const char* digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    std::uint32_t v = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 2]);
    out += digits[(v >> 18) & 63];
    out += digits[(v >> 12) & 63];
    out += i + 1 < bytes.size() ? digits[(v >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? digits[v & 63] : '=';
  }
  return out;
}

}  // namespace

TEST_CASE("the example meeting builds both packs in both formats, and every file passes doccheck") {
  std::vector<fs::path> files;
  for (const char* which : {"agenda", "exempt"})
    for (const char* ext : {"docx", "odt"}) {
      files.push_back(pack(which, ext));
      CHECK(fs::exists(files.back()));
    }
  auto dc = test::doccheck(files);
  INFO(dc.output);
  CHECK(dc.status == 0);
  CHECK(dc.output.find("4 passed, 0 failed") != std::string::npos);
}

TEST_CASE(
    "DOCX agenda pack: the front sheet's page numbers are the pages where LibreOffice starts each "
    "item") {
  check_page_numbers(pack("agenda", "docx"), {5, 6, 7, 8}, true);
}

TEST_CASE(
    "ODT agenda pack: the front sheet's page numbers are the pages where LibreOffice starts each "
    "item") {
  check_page_numbers(pack("agenda", "odt"), {5, 6, 7, 8}, false);
}

TEST_CASE(
    "exempt packs: page numbers right, and every page marked not for publication with its "
    "paragraph") {
  for (const char* ext : {"docx", "odt"}) {
    auto file = pack("exempt", ext);
    check_page_numbers(file, {10, 11}, std::string(ext) == "docx");
    rendered r = render(file);
    for (std::size_t i = 0; i < r.pages.size(); ++i) {
      INFO(ext, " page ", i + 1);
      std::string page = upper(test::squash(r.pages[i]));
      CHECK(page.find("NOT FOR PUBLICATION: EXEMPT INFORMATION UNDER PARAGRAPH") !=
            std::string::npos);
      CHECK(page.find("OF PART 1 OF SCHEDULE 12A TO THE LOCAL GOVERNMENT ACT 1972") !=
            std::string::npos);
    }
  }
}

TEST_CASE(
    "with a council's reference documents every page still says Agenda Item N and, exempt, not for "
    "publication") {
  auto out = test::scratch_dir("agenda-reference");
  auto ref = [](const char* f) {
    return (test::source_dir() / "styles" / "reference" / f).string();
  };
  auto r = papers({"agenda", example, "--reference", ref("riverside.docx"), "--reference",
                   ref("riverside.odt"), "--out", out.string()});
  INFO(r.output);
  REQUIRE(r.status == 0);
  for (const char* ext : {"docx", "odt"}) {
    auto pub = out / fmt::format("cabinet-2026-04-15-agenda-pack.{}", ext);
    auto ex = out / fmt::format("cabinet-2026-04-15-exempt-pack.{}", ext);
    check_page_numbers(pub, {5, 6, 7, 8}, false);
    check_page_numbers(ex, {10, 11}, false);
    rendered e = render(ex);
    for (std::size_t i = 0; i < e.pages.size(); ++i) {
      INFO(ext, " exempt page ", i + 1);
      CHECK(upper(test::squash(e.pages[i]))
                .find("NOT FOR PUBLICATION: EXEMPT INFORMATION UNDER PARAGRAPH") !=
            std::string::npos);
      CHECK(test::squash(e.pages[i]).find("Riverside District Council · Committee papers") !=
            std::string::npos);
    }
  }
}

TEST_CASE("the placed DOCX's text, table and picture are in the rendered pack") {
  rendered r = render(pack("agenda", "docx"));
  std::string all;
  for (const auto& p : r.pages) all += test::squash(p) + "\n";
  for (std::string s :
       {"We issued an unqualified opinion", "its review of the risk register each quarter",
        "Financial sustainability", "£310,000", "ANNUAL AUDITOR'S REPORT 2024/25", "£156,480"})
    CHECK_MESSAGE(upper(all).find(upper(s)) != std::string::npos, s);
  auto parts = package::read_zip_file(pack("agenda", "docx").string());
  std::string chart =
      test::read_file(test::source_dir() / "inputs/agenda/documents/audit-opinions-chart.png");
  bool found = false;
  for (const auto& [name, data] : parts)
    found = found || (name.starts_with("word/media/") && data == chart);
  CHECK(found);
}

TEST_CASE(
    "no text of the example's exempt reports is in any part of the public packs, nor in any page "
    "of the public HTML edition") {
  auto hs = style::load_house_style(test::source_dir() / "styles" / "council.yaml");
  auto templates =
      compose::template_set::load({test::source_dir() / "templates"}, cp::agenda::template_views());
  struct cwd {
    fs::path before = fs::current_path();
    cwd() { fs::current_path(test::source_dir()); }
    ~cwd() { fs::current_path(before); }
  } here;
  diagnostics d;
  auto h = agenda::load_bank_holidays("data/bank-holidays-england-and-wales.yaml");
  auto a = agenda::load_agenda(example, hs, h, d);
  REQUIRE(a);
  std::string allowed;  // what the public reports and the front sheet say anyway
  for (const auto* it : a->public_items())
    if (it->paper) {
      auto tree = compose::compose_paper(*it->paper, templates, hs);
      for (const auto& [k, v] : tree.meta.custom)
        allowed += v + "\n";  // council, committee, meeting date
      for (const auto& s : tree.sections)
        for (const auto& b : s.body)
          if (const auto* p = std::get_if<doc::paragraph>(&b.node))
            allowed += layout::plain_text(p->content) + "\n";
          else if (const auto* hd = std::get_if<doc::heading>(&b.node))
            allowed += layout::plain_text(hd->content) + "\n";
    }
  std::vector<std::string> secrets;
  for (const auto* it : a->exempt_items()) {
    auto tree = compose::compose_paper(*it->paper, templates, hs);
    secrets.push_back(tree.meta.title);
    for (const auto& [k, v] : tree.meta.custom) secrets.push_back(v);
    for (const auto& s : tree.sections)
      for (const auto& b : s.body) {
        std::string t;
        if (const auto* p = std::get_if<doc::paragraph>(&b.node))
          t = layout::plain_text(p->content);
        if (const auto* hd = std::get_if<doc::heading>(&b.node))
          t = layout::plain_text(hd->content);
        if (t.size() >= 16 && allowed.find(t) == std::string::npos) secrets.push_back(t);
      }
    secrets.push_back(it->paper->author.name);
    secrets.push_back(it->paper->author.email.empty() ? it->paper->author.phone
                                                      : it->paper->author.email);
  }
  secrets.erase(std::remove_if(secrets.begin(), secrets.end(),
                               [&](const std::string& s) {
                                 return s.size() < 8 || allowed.find(s) != std::string::npos;
                               }),
                secrets.end());
  REQUIRE(secrets.size() > 15);
  for (const char* ext : {"docx", "odt", "html"}) {
    // HTML: the edition's folder of pages, each page searched as a package part is.
    bool html = std::string(ext) == "html";
    auto folder = [&](const char* which) {
      return built() / fmt::format("cabinet-2026-04-15-{}-pack", which);
    };
    auto pub = html ? html_edition(folder("agenda"))
                    : package::read_zip_file(pack("agenda", ext).string());
    auto ex = html ? html_edition(folder("exempt"))
                   : package::read_zip_file(pack("exempt", ext).string());
    REQUIRE(pub.size() > 1);
    for (const auto& s : secrets) {
      INFO(ext, ": ", s);
      CHECK(found_in(pub, s) == "");
    }
    // ...while the exempt pack has them (the search works).
    CHECK(found_in(ex, "Harbourside Homes Limited") != "");
    CHECK(found_in(ex, "Senior Benefits Assessor") != "");
  }
}

TEST_CASE(
    "canary: exempt text, properties, pictures and a placed exempt document never reach the public "
    "pack") {
  auto dir = test::scratch_dir("agenda-canary");
  fs::create_directories(dir / "reports");
  std::ofstream(dir / "canary.png", std::ios::binary) << unique_png(0x5a);
  std::ofstream(dir / "reports" / "secret.yaml")
      << "kind: committee-report\ncouncil: Canary Council\ncommittee: Cabinet\nmeeting-date: "
         "2026-04-15\n"
         "title: CANARY-TITLE Secret land deal\nreport-of: CANARY-DIRECTOR\nlogo: ../canary.png\n"
         "author: {name: CANARY-AUTHOR, email: canary.author@example.org, phone: 01632 999 999}\n"
         "access: {exempt-paragraph: 3, reason: CANARY-REASON}\n"
         "purpose: The CANARY-PURPOSE of this report.\n"
         "committee-recommendations: [CANARY-RECOMMENDATION]\n"
         "sections:\n  - title: CANARY-SECTION\n    body: \"CANARY-BODY text, Smith <&> Sons\"\n"
         "    table: {caption: CANARY-CAPTION, columns: [A, B], rows: [[CANARY-CELL, x]]}\n"
         "properties: {keywords: [CANARY-KEYWORD], version: CANARY-VERSION}\n";
  std::ofstream(dir / "reports" / "open.yaml")
      << "kind: committee-report\ncommittee: Cabinet\nmeeting-date: 2026-04-15\ntitle: An open "
         "report\n"
         "author: {name: Open Author}\n";
  // A placed exempt ODT with text and a picture of its own, written by our own ODT writer.
  {
    doc::document placed;
    placed.meta.title = "CANARY-PLACED-TITLE";
    placed.meta.custom.emplace_back("CANARY-PROPERTY", "CANARY-PROPERTY-VALUE");
    auto img = doc::add_image(placed, unique_png(0xa5), "placed.png");
    doc::section s;
    s.body.push_back(
        doc::blk(doc::para("body-text", doc::text("CANARY-PLACED-TEXT in a placed document"))));
    doc::paragraph pic = doc::para("body-text", {});
    pic.content.push_back(doc::picture{img, 20, 20, "CANARY-ALT"});
    s.body.push_back(doc::blk(pic));
    placed.sections.push_back(s);
    std::ofstream(dir / "placed.odt", std::ios::binary)
        << odt::build_odt(placed, test::council_style()).bytes();
  }
  std::ofstream(dir / "meeting.yaml")
      << "kind: meeting\ncouncil: Canary Council\ncommittee: Cabinet\ndate: 2026-04-15\ntime: "
         "\"10:00\"\n"
         "venue: Hall\npublished: 2026-04-07\ncontact: {name: Sam Okafor}\nitems:\n"
         "  - report: reports/open.yaml\n"
         "  - {report: reports/secret.yaml, title: Property matter}\n"
         "  - {document: placed.odt, title: Placed matter, access: {exempt-paragraph: 5}}\n";
  auto r = papers({"agenda", (dir / "meeting.yaml").string(), "--format", "docx,odt,html", "--out",
                   (dir / "out").string()},
                  dir);
  INFO(r.output);
  REQUIRE(r.status == 0);
  for (const char* ext : {"docx", "odt", "html"}) {
    INFO(ext);
    bool html = std::string(ext) == "html";
    auto edition = [&](const char* which) {
      auto name = dir / "out" / fmt::format("cabinet-2026-04-15-{}-pack", which);
      return html ? html_edition(name) : package::read_zip_file(name.string() + "." + ext);
    };
    auto pub = edition("agenda");
    auto ex = edition("exempt");
    REQUIRE(!pub.empty());
    if (html) {
      // The public edition is the front sheet and the open report only.
      std::vector<std::string> names;
      for (const auto& [name, data] : pub) names.push_back(name);
      CHECK(names == std::vector<std::string>{"index.html", "item-1.html"});
    }
    for (const auto& [name, data] : pub) {
      INFO(name);
      // Every byte of every entry: raw, as XML escapes it, and with the tags stripped.
      for (std::string secret : {"CANARY", "Smith <&> Sons"}) {
        CHECK(data.find(secret) == std::string::npos);
        CHECK(data.find(xml::escape_text(secret)) == std::string::npos);
        CHECK(test::squash(text_of_part(data)).find(secret) == std::string::npos);
      }
      CHECK(data.find("CANARY") == std::string::npos);
      CHECK(test::squash(text_of_part(data)).find("CANARY") == std::string::npos);
      CHECK(data.find("canary.author") == std::string::npos);
      CHECK(data.find("01632 999 999") == std::string::npos);
      CHECK(data != unique_png(0x5a));
      CHECK(data != unique_png(0xa5));
      // Nor the pictures as an HTML page embeds them.
      CHECK(data.find(base64(unique_png(0x5a))) == std::string::npos);
      CHECK(data.find(base64(unique_png(0xa5))) == std::string::npos);
    }
    CHECK(found_in(pub, "Property matter") !=
          "");  // the exempt item is on the public agenda by its public title
    // The exempt pack holds the report and the placed document, pictures included.
    CHECK(found_in(ex, "CANARY-BODY") != "");
    CHECK(found_in(ex, "CANARY-PLACED-TEXT") != "");
    int pictures = 0;
    for (const auto& [name, data] : ex)
      pictures += html ? (data.find(base64(unique_png(0x5a))) != std::string::npos) +
                             (data.find(base64(unique_png(0xa5))) != std::string::npos)
                       : (data == unique_png(0x5a)) + (data == unique_png(0xa5));
    CHECK(pictures == 2);
  }

  // The same placed document named by a public item too, and a copy of it
  // under another name: refused, and nothing is written.
  fs::copy_file(dir / "placed.odt", dir / "placed-copy.odt");
  for (const char* twice : {"placed.odt", "placed-copy.odt"}) {
    INFO(twice);
    std::ofstream(dir / "twice.yaml")
        << "kind: meeting\ncommittee: Cabinet\ndate: 2026-04-15\ntime: \"10:00\"\n"
           "venue: Hall\npublished: 2026-04-07\ncontact: {name: Sam Okafor}\nitems:\n"
           "  - {document: placed.odt, title: Placed matter, access: {exempt-paragraph: 5}}\n"
        << "  - {document: " << twice << ", title: Background}\n";
    auto twice_out = dir / fmt::format("out-{}", twice);
    auto refused =
        papers({"agenda", (dir / "twice.yaml").string(), "--out", twice_out.string()}, dir);
    CHECK(refused.status == 2);
    CHECK(refused.output.find("items[2].document") != std::string::npos);
    CHECK(refused.output.find("a file may belong to exempt items or to public items, not both") !=
          std::string::npos);
    CHECK_FALSE(fs::exists(twice_out));
  }
}

TEST_CASE("papers check and papers build take meeting files, and bad ones write nothing") {
  auto r = papers({"check", example});
  INFO(r.output);
  CHECK(r.status == 0);
  CHECK(r.output.find("1 meeting(s) checked") != std::string::npos);
  r = papers({"check", "--accessibility", example});
  INFO(r.output);
  CHECK(r.status == 0);
  CHECK(r.output.find("and the accessibility checks") != std::string::npos);
  auto out = test::scratch_dir("agenda-cli");
  r = papers({"build", example, "inputs/lancaster-partnership-evaluation.yaml", "--out",
              out.string(), "--format", "docx"});
  CHECK(r.status == 0);
  CHECK(fs::exists(out / "cabinet-2026-04-15-agenda-pack.docx"));
  CHECK(fs::exists(out / "cabinet-2026-04-15-exempt-pack.docx"));
  CHECK(fs::exists(out / "lancaster-partnership-evaluation.docx"));
  auto bad_out = test::scratch_dir("agenda-cli-bad");
  for (const char* cmd : {"agenda", "check", "build"}) {
    r = papers({cmd, "tests/bad-inputs/meetings/late-over-easter.yaml", "--out", bad_out.string()});
    INFO(cmd, ": ", r.output);
    CHECK(r.status == 2);
    CHECK(r.output.find("published: the agenda is late") != std::string::npos);
    CHECK(r.output.find("nothing written") != std::string::npos);
  }
  CHECK(fs::is_empty(bad_out));
  r = papers({"schema", "--meeting"});
  CHECK(r.status == 0);
  CHECK(r.output == test::read_file(test::source_dir() / "docs" / "meeting.schema.json"));
  CHECK(papers({"agenda"}).status == 2);
  CHECK(papers({"build", example, "--meeting"}).output.find("unknown option --meeting for build") !=
        std::string::npos);
}
