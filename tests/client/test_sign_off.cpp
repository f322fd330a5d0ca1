// SPDX-License-Identifier: MIT
// Status and sign-off as readers see them: a draft says DRAFT in the header
// of every page (with the house style or a council's reference document,
// DOCX and ODT, as LibreOffice lays them out), a signed-off paper nowhere;
// status, version, sign-off and clearances are in the document properties.
#include <doctest/doctest.h>

#include <fmt/format.h>

#include "support/example_copy.hpp"
#include "support/external.hpp"
#include "support/paths.hpp"
#include "xml/xml_reader.hpp"
#include "zip/zip_reader.hpp"

using namespace cp;
namespace fs = std::filesystem;

namespace {

const fs::path leeds = test::source_dir() / "inputs/leeds-partnership-review.yaml";  // signed off

// The Lancaster evaluation as a draft: every example is signed off, so the
// draft is a copy with its sign-off taken out.
fs::path draft_of_lancaster(const fs::path& root) {
  auto input = test::copy_example("lancaster-partnership-evaluation.yaml", root / "draft");
  test::make_draft(input);
  return input;
}

fs::path build(const fs::path& input, const fs::path& out, std::vector<std::string> extra = {}) {
  std::vector<std::string> args{PAPERS_BIN, "build", input.string(), "--out", out.string()};
  args.insert(args.end(), extra.begin(), extra.end());
  auto r = test::run(args);
  INFO(r.output);
  REQUIRE(r.status == 0);
  return out / input.stem();
}

// How many pages of the rendered document show DRAFT, of how many.
std::pair<int, int> pages_with_draft(const fs::path& document, const fs::path& pdf_dir) {
  fs::path pdf = test::to_pdf(document, pdf_dir);
  int pages = test::pdf_pages(pdf);
  int marked = 0;
  for (int page = 1; page <= pages; ++page)
    if (test::pdf_text(pdf, page).find("DRAFT") != std::string::npos) ++marked;
  return {marked, pages};
}

std::string xpath(const std::string& package, const std::string& part,
                  const std::string& expression) {
  auto entries = package::read_zip_file(package);
  auto d = xml::parse(entries.at(part), part);
  return xml::evaluate(d.get(), expression);
}

std::string docx_custom(const std::string& docx, const std::string& name) {
  return xpath(docx, "docProps/custom.xml",
               fmt::format("string(//op:property[@name='{}']/vt:lpwstr)", name));
}

std::string odt_custom(const std::string& odt, const std::string& name) {
  return xpath(odt, "meta.xml", fmt::format("string(//meta:user-defined[@meta:name='{}'])", name));
}

}  // namespace

TEST_CASE(
    "sign-off: a draft says DRAFT in the header of every page, a signed-off paper on none, DOCX "
    "and ODT") {
  auto out = test::scratch_dir("sign-off-pages");
  fs::path draft = build(draft_of_lancaster(out), out), agreed = build(leeds, out);
  for (const char* ext : {".docx", ".odt"}) {
    CAPTURE(ext);
    auto [marked, pages] = pages_with_draft(draft.string() + ext, out / "pdf-draft");
    CHECK(pages > 5);
    CHECK(marked == pages);
    auto [agreed_marked, agreed_pages] =
        pages_with_draft(agreed.string() + ext, out / "pdf-agreed");
    CHECK(agreed_pages > 5);
    CHECK(agreed_marked == 0);
  }
}

TEST_CASE("sign-off: with a council's reference document a draft still says DRAFT on every page") {
  auto refs = test::source_dir() / "styles/reference";
  for (const char* council : {"riverside", "northgate"}) {
    CAPTURE(council);
    auto out = test::scratch_dir(std::string("sign-off-reference-") + council);
    fs::path draft = build(draft_of_lancaster(out), out,
                           {"--reference", (refs / (std::string(council) + ".docx")).string(),
                            "--reference", (refs / (std::string(council) + ".odt")).string()});
    for (const char* ext : {".docx", ".odt"}) {
      CAPTURE(ext);
      auto [marked, pages] = pages_with_draft(draft.string() + ext, out / "pdf");
      CHECK(pages > 5);
      CHECK(marked == pages);
    }
  }
}

TEST_CASE("sign-off: status, version, sign-off and each clearance are document properties") {
  auto out = test::scratch_dir("sign-off-properties");
  std::string draft = build(draft_of_lancaster(out), out).string();
  std::string agreed = build(leeds, out).string();

  CHECK(xpath(draft + ".docx", "docProps/core.xml", "string(//cp:contentStatus)") == "draft");
  CHECK(docx_custom(draft + ".docx", "Status") == "draft");
  CHECK(odt_custom(draft + ".odt", "Status") == "draft");
  CHECK(docx_custom(draft + ".docx", "Signed off by").empty());

  CHECK(xpath(agreed + ".docx", "docProps/core.xml", "string(//cp:contentStatus)") == "signed-off");
  for (const auto& package : {agreed + ".docx", agreed + ".odt"}) {
    CAPTURE(package);
    auto custom = package.ends_with(".docx") ? docx_custom : odt_custom;
    CHECK(custom(package, "Status") == "signed-off");
    CHECK(custom(package, "Version") == "1.0");
    CHECK(custom(package, "Signed off by") == "Simon Reed");
    CHECK(custom(package, "Signed off by (job title)") == "Chief Executive");
    CHECK(custom(package, "Signed off on") == "2005-10-03");
    CHECK(custom(package, "Clearance 3 role") == "section-151");
    CHECK(custom(package, "Clearance 3 name") == "Priya Shah");
    CHECK(custom(package, "Clearance 3 job title") == "Director of Resources");
    CHECK(custom(package, "Clearance 3 date") == "2005-09-29");
    CHECK(custom(package, "Clearance 3 outcome") == "cleared");
    CHECK(custom(package, "Clearance 4 outcome") == "cleared-with-comments");
    CHECK(custom(package, "Clearance 5 role") == "monitoring-officer");
    CHECK(custom(package, "Clearance 6 role").empty());
  }
  // The headers hold no mark once signed off.
  for (const auto& [name, bytes] : package::read_zip_file(agreed + ".docx"))
    if (name.starts_with("word/header")) CHECK(bytes.find("DRAFT") == std::string::npos);
  CHECK(package::read_zip_file(agreed + ".odt").at("styles.xml").find("DRAFT") ==
        std::string::npos);
}
