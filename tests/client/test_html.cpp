// SPDX-License-Identifier: MIT
// The HTML edition in real clients: every page of the example papers, the
// style sampler and the example meeting's packs validated as HTML5
// (html-validate), opened in Debian's Chromium (playwright-core), where
// axe-core finds no WCAG 2.1 A or AA violation and the page fetches
// nothing; a screenshot and a print of each page kept under
// build/test-artefacts/html/<paper or pack>/; the text read from the browser's DOM is
// LibreOffice's text of the DOCX of the same paper, paragraph by paragraph,
// numbers and table cells in order; the print has the house style's pages
// with the footer's "Page N of M".
#include <doctest/doctest.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include <fmt/format.h>

#include "support/external.hpp"
#include "support/paths.hpp"

using namespace cp;
namespace fs = std::filesystem;

namespace {

const char* meeting = "inputs/agenda/riverside-cabinet-2026-04-15-meeting.yaml";

fs::path browser_dir() {
  return test::source_dir() / "tests" / "browser";
}

// The browser tools installed by scripts/setup.sh (npm ci in tests/browser).
void require_tools() {
  REQUIRE_MESSAGE(fs::exists(browser_dir() / "node_modules" / "playwright-core"),
                  "tests/browser/node_modules is missing: run scripts/setup.sh");
  REQUIRE_MESSAGE(fs::exists("/usr/bin/chromium"),
                  "Debian's chromium is missing: run scripts/setup.sh");
}

test::run_result papers(std::vector<std::string> args) {
  std::string cmd = fmt::format("cd '{}' && '{}'", test::source_dir().string(), PAPERS_BIN);
  for (const auto& a : args) cmd += " '" + a + "'";
  return test::run({"sh", "-c", cmd + " 2>&1"});
}

// Each group of pages: its HTML pages in reading order and the DOCX of the same content.
struct group {
  std::string name;
  std::vector<fs::path> pages;
  fs::path docx;
};

int item_number(const fs::path& p) {
  std::string stem = p.stem().string();
  return stem.starts_with("item-") ? std::stoi(stem.substr(5)) : 0;
}

// The pages of a pack's folder: the index, then the items in order.
std::vector<fs::path> pack_pages(const fs::path& folder) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(folder)) out.push_back(e.path());
  std::sort(out.begin(), out.end(),
            [](const fs::path& a, const fs::path& b) { return item_number(a) < item_number(b); });
  return out;
}

// Every example, the sampler and the meeting, as HTML and as DOCX, built once.
const std::vector<group>& built() {
  static const std::vector<group> groups = [] {
    auto dir = test::scratch_dir("html-edition");
    std::vector<std::string> args{"build"};
    std::vector<fs::path> inputs;
    for (const auto& e : fs::directory_iterator(test::source_dir() / "inputs"))
      if (e.path().extension() == ".yaml") inputs.push_back(e.path());
    std::sort(inputs.begin(), inputs.end());
    for (const auto& i : inputs) args.push_back(i.string());
    args.insert(args.end(),
                {"--format", "html,docx", "--out", (dir / "papers").string(), "--quiet"});
    auto r = papers(args);
    INFO(r.output);
    REQUIRE(r.status == 0);
    r = papers({"sample", "--format", "html,docx", "--out", (dir / "papers").string(), "--quiet"});
    REQUIRE(r.status == 0);
    r = papers({"agenda", meeting, "--format", "html,docx", "--out", (dir / "agenda").string(),
                "--quiet"});
    INFO(r.output);
    REQUIRE(r.status == 0);
    std::vector<group> out;
    inputs.push_back("style-sampler-council-default.yaml");
    for (const auto& i : inputs) {
      std::string stem = i.stem().string();
      out.push_back({stem, {dir / "papers" / (stem + ".html")}, dir / "papers" / (stem + ".docx")});
    }
    for (const char* which : {"agenda", "exempt"}) {
      std::string stem = fmt::format("cabinet-2026-04-15-{}-pack", which);
      out.push_back({stem, pack_pages(dir / "agenda" / stem), dir / "agenda" / (stem + ".docx")});
    }
    return out;
  }();
  return groups;
}

// Where the screenshots, prints and axe results go in this process, a folder a group.
const fs::path& checked_root() {
  static const fs::path dir = test::scratch_dir("html-browser");
  return dir;
}
fs::path checked(const std::string& group) {
  return checked_root() / group;
}

// check_pages.mjs on every group, once per process: group -> its run.
const std::map<std::string, test::run_result>& browser_runs() {
  static const std::map<std::string, test::run_result> runs = [] {
    require_tools();
    std::map<std::string, test::run_result> out;
    for (const auto& g : built()) {
      std::vector<std::string> argv{"node", (browser_dir() / "check_pages.mjs").string(),
                                    checked(g.name).string()};
      for (const auto& p : g.pages) argv.push_back(p.string());
      out[g.name] = test::run(argv);
    }
    return out;
  }();
  return runs;
}

std::vector<std::string> lines_of(const fs::path& file) {
  std::ifstream in(file);
  std::vector<std::string> out;
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

// LibreOffice's text export writes nested bullets with bullets of its own
// ("◦" where the DOCX and LibreOffice's own rendering have "–"), so a
// bullet compares as a bullet; numbers compare exactly.
std::string any_bullet(std::string line) {
  for (const char* b : {"•", "◦", "▪", "–", "‣"})
    if (line.starts_with(std::string(b) + " ")) return "• " + line.substr(std::strlen(b) + 1);
  return line;
}

}  // namespace

TEST_CASE("HTML edition: every page is valid HTML5 (html-validate)") {
  require_tools();
  std::vector<std::string> argv{
      "node",
      (browser_dir() / "node_modules" / "html-validate" / "bin" / "html-validate.mjs").string(),
      "--config", (browser_dir() / ".htmlvalidate.json").string()};
  std::size_t pages = 0;
  for (const auto& g : built())
    for (const auto& p : g.pages) {
      argv.push_back(p.string());
      ++pages;
    }
  CHECK(pages == 13);  // 4 papers, the sampler, 5 public pages and 3 exempt ones
  auto r = test::run(argv);
  INFO(r.output);
  CHECK(r.status == 0);
  // The validator does refuse a broken page (the check can fail).
  auto bad = test::scratch_dir("html-invalid") / "bad.html";
  std::ofstream(bad) << "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body>"
                        "<p><div>no</div></p><td>stray</td></body></html>";
  argv.resize(4);
  argv.push_back(bad.string());
  CHECK(test::run(argv).status != 0);
}

TEST_CASE(
    "HTML edition: Chromium opens every page, which fetches nothing, and axe-core finds no WCAG "
    "2.1 AA violation") {
  for (const auto& g : built()) {
    const test::run_result& r = browser_runs().at(g.name);
    INFO(g.name, ": ", r.output);
    CHECK(r.status == 0);
    for (const auto& page : g.pages) {
      std::string stem = page.stem().string();
      INFO(page.string());
      auto shot = checked(g.name) / (stem + ".png");
      REQUIRE(fs::exists(shot));
      CHECK(fs::file_size(shot) > 10000);
      CHECK(test::read_file(shot).starts_with("\x89PNG"));
      CHECK(test::read_file(checked(g.name) / (stem + ".axe.txt")) == "");
      CHECK(test::read_file(checked(g.name) / (stem + ".requests.txt")) == "");
      CHECK(lines_of(checked(g.name) / (stem + ".text.txt")).size() > 10);
    }
  }
  // The screenshots and prints stay, as the test's artefacts.
  auto kept = fs::path(CP_BINARY_DIR) / "test-artefacts" / "html";
  fs::remove_all(kept);
  fs::create_directories(kept.parent_path());
  fs::copy(checked_root(), kept, fs::copy_options::recursive);
  CHECK(fs::exists(kept / "cabinet-2026-04-15-agenda-pack" / "index.png"));
}

TEST_CASE(
    "HTML edition: the text in Chromium's DOM is LibreOffice's text of the DOCX, paragraph by "
    "paragraph, numbers and cells in order") {
  auto txt_dir = test::scratch_dir("html-docx-text");
  std::vector<fs::path> docx;
  for (const auto& g : built()) docx.push_back(g.docx);
  auto texts = test::to_text(docx, txt_dir);
  for (std::size_t k = 0; k < built().size(); ++k) {
    const group& g = built()[k];
    INFO(g.name);
    std::vector<std::string> expected;
    for (std::string l : lines_of(texts[k])) {
      if (l.starts_with("\xEF\xBB\xBF")) l = l.substr(3);
      l = test::squash(l);
      if (!l.empty()) expected.push_back(any_bullet(l));
    }
    std::vector<std::string> shown;
    for (const auto& page : browser_runs().count(g.name) ? g.pages : std::vector<fs::path>{})
      for (const auto& l : lines_of(checked(g.name) / (page.stem().string() + ".text.txt")))
        if (!l.empty()) shown.push_back(any_bullet(l));
    REQUIRE(expected.size() > 40);
    CHECK(shown.size() == expected.size());
    for (std::size_t i = 0; i < shown.size() && i < expected.size(); ++i) {
      INFO("line ", i + 1);
      // A contents entry is the same but for the page number printed after it.
      if (shown[i].starts_with("toc: ")) {
        std::string entry = shown[i].substr(5);
        CHECK_MESSAGE(expected[i].starts_with(entry + " "), expected[i], " | ", entry);
        CHECK(std::regex_match(expected[i].substr(std::min(expected[i].size(), entry.size())),
                               std::regex(" [0-9]+")));
      } else {
        CHECK(shown[i] == expected[i]);
      }
    }
  }
}

TEST_CASE(
    "HTML edition: printed, a page has the house style's A4 pages and the footer's page "
    "numbers") {
  require_tools();
  const group& paper = built()[1];
  REQUIRE(paper.name == "lancaster-partnership-evaluation");
  REQUIRE(test::run({"node", (browser_dir() / "check_pages.mjs").string(),
                     checked(paper.name).string(), paper.pages.front().string()})
              .status == 0);
  auto pdf = checked("lancaster-partnership-evaluation") / "lancaster-partnership-evaluation.pdf";
  REQUIRE(fs::exists(pdf));
  int pages = test::pdf_pages(pdf);
  CHECK(pages > 3);
  CHECK(test::run({"pdfinfo", pdf.string()}).output.find("(A4)") != std::string::npos);
  for (int i = 1; i <= pages; ++i) {
    INFO("page ", i);
    CHECK(test::squash(test::pdf_text(pdf, i)).find(fmt::format("Page {} of {}", i, pages)) !=
          std::string::npos);
  }
  // The appendix table's header row repeats on each page the table runs onto.
  int with_header = 0;
  for (int i = 1; i <= pages; ++i)
    with_header += test::pdf_text(pdf, i).find("Issues identified") != std::string::npos;
  CHECK(with_header >= 3);
}

TEST_CASE(
    "HTML agenda pack: the index links every public item's page, each page leads back, exempt "
    "items by title and paragraph only") {
  const group& pub = built()[built().size() - 2];
  const group& ex = built().back();
  std::vector<std::string> names;
  for (const auto& p : pub.pages) names.push_back(p.filename().string());
  CHECK(names == std::vector<std::string>{"index.html", "item-5.html", "item-6.html", "item-7.html",
                                          "item-8.html"});
  std::string index = test::read_file(pub.pages.front());
  for (int item : {5, 6, 7, 8})
    CHECK(index.find(fmt::format("<a href=\"item-{}.html\">", item)) != std::string::npos);
  CHECK(index.find("item-10.html") == std::string::npos);
  CHECK(index.find("item-11.html") == std::string::npos);
  CHECK(index.find("Commercial property matter") != std::string::npos);
  CHECK(index.find("Exempt under paragraph 3 of Part 1 of Schedule 12A") != std::string::npos);
  for (std::size_t i = 1; i < pub.pages.size(); ++i) {
    std::string page = test::read_file(pub.pages[i]);
    CHECK(page.find("<nav class=\"pages\"") != std::string::npos);
    CHECK(page.find("<a href=\"index.html\">") != std::string::npos);
    CHECK(page.find(fmt::format("Agenda Item {}", item_number(pub.pages[i]))) != std::string::npos);
  }
  // The exempt edition is a folder of its own, every page marked.
  CHECK(ex.pages.size() == 3);
  for (const auto& p : ex.pages)
    CHECK(test::read_file(p).find("NOT FOR PUBLICATION: exempt information under paragraph") !=
          std::string::npos);
}

TEST_CASE("HTML agenda pack: a page left from an earlier run for an item now gone is removed") {
  auto out = test::scratch_dir("html-stale-pages");
  fs::create_directories(out / "cabinet-2026-04-15-agenda-pack");
  std::ofstream(out / "cabinet-2026-04-15-agenda-pack" / "item-10.html") << "an old report";
  std::ofstream(out / "cabinet-2026-04-15-agenda-pack" / "notes.txt") << "not ours";
  auto r = papers({"agenda", meeting, "--format", "html", "--out", out.string()});
  INFO(r.output);
  REQUIRE(r.status == 0);
  CHECK_FALSE(fs::exists(out / "cabinet-2026-04-15-agenda-pack" / "item-10.html"));
  CHECK(fs::exists(out / "cabinet-2026-04-15-agenda-pack" / "notes.txt"));
  CHECK(r.output.find("removed") != std::string::npos);
}
