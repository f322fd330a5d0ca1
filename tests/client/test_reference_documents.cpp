// SPDX-License-Identifier: MIT
// The council's own Word/LibreOffice document as the reference (`--reference`,
// `reference:` in a style file), as a user meets it: the example papers built
// with each shipped reference pass doccheck and build identically twice; they
// use its style names, header and logo; LibreOffice renders them with its
// fonts and logo on every page; hostile references write nothing.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "support/external.hpp"
#include "support/paths.hpp"
#include "support/reference_packages.hpp"
#include "xml/xml_reader.hpp"
#include "zip/zip_reader.hpp"

using namespace cp;
namespace fs = std::filesystem;

namespace {

test::run_result papers(std::vector<std::string> args) {
  args.insert(args.begin(), PAPERS_BIN);
  return test::run(args);
}

fs::path reference_file(const std::string& name) {
  return test::source_dir() / "styles" / "reference" / name;
}

std::vector<std::string> example_inputs() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(test::source_dir() / "inputs"))
    if (e.path().extension() == ".yaml") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<fs::path> files_in(const fs::path& dir) {
  std::vector<fs::path> out;
  if (!fs::exists(dir)) return out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// Builds every example paper with the council's DOCX and ODT into `out`.
test::run_result build_examples(const std::string& council, const fs::path& out) {
  std::vector<std::string> args{"build"};
  auto inputs = example_inputs();
  args.insert(args.end(), inputs.begin(), inputs.end());
  args.insert(args.end(), {"--reference", reference_file(council + ".docx").string(), "--reference",
                           reference_file(council + ".odt").string(), "--out", out.string()});
  return papers(args);
}

std::size_t occurrences(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

bool contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE(
    "reference documents: the example papers build with each, pass doccheck, and build identically "
    "twice") {
  for (const char* council : {"riverside", "northgate"}) {
    CAPTURE(council);
    auto first = test::scratch_dir(fmt::format("client-reference-{}-1", council));
    auto second = test::scratch_dir(fmt::format("client-reference-{}-2", council));
    for (const auto& out : {first, second}) {
      auto r = build_examples(council, out);
      INFO(r.output);
      REQUIRE(r.status == 0);
      CHECK_FALSE(contains(r.output, "note:"));  // both formats have a reference
    }
    auto files = files_in(first);
    CHECK(files.size() == example_inputs().size() * 2);
    auto dc = test::doccheck(files);
    INFO(dc.output);
    CHECK(dc.status == 0);
    CHECK(contains(dc.output, fmt::format("doccheck: {} passed, 0 failed", files.size())));
    for (const auto& f : files)
      CHECK_MESSAGE(test::read_file(f) == test::read_file(second / f.filename()),
                    "not byte-identical: ", f.string());

    // The style sampler too.
    auto sample = test::scratch_dir(fmt::format("client-reference-{}-sample", council));
    auto s =
        papers({"sample", "--reference", reference_file(fmt::format("{}.docx", council)).string(),
                "--reference", reference_file(fmt::format("{}.odt", council)).string(), "--out",
                sample.string()});
    INFO(s.output);
    CHECK(s.status == 0);
    auto sdc = test::doccheck(files_in(sample));
    INFO(sdc.output);
    CHECK(sdc.status == 0);
  }
}

TEST_CASE("reference documents: the papers use its style names and header, with its logo") {
  auto out = test::scratch_dir("client-reference-names");
  REQUIRE(build_examples("riverside", out).status == 0);
  auto docx = package::read_zip_file((out / "leeds-partnership-review.docx").string());
  auto ref = package::read_zip_file(reference_file("riverside.docx").string());

  // DOCX: its Heading 1 (id Heading1, name "Heading 1") in the styles part and on our headings.
  auto styles = xml::parse(docx.at("word/styles.xml"), "styles.xml");
  CHECK(xml::evaluate(styles.get(), "string(//w:style[@w:styleId='Heading1']/w:name/@w:val)") ==
        "Heading 1");
  CHECK(xml::evaluate(styles.get(), "string(//w:style[@w:styleId='TextBody']/w:name/@w:val)") ==
        "Body Text");
  auto body = xml::parse(docx.at("word/document.xml"), "document.xml");
  CHECK(xml::select(body.get(),
                    "//w:p[w:pPr/w:pStyle/@w:val='Heading1'][contains(., 'Executive Summary')]")
            .size() == 1);
  CHECK(xml::select(body.get(), "//w:p[w:pPr/w:pStyle/@w:val='TextBody']").size() > 10);
  // Its header text and logo.
  auto header = xml::parse(docx.at("word/header1.xml"), "header1.xml");
  CHECK(contains(xml::evaluate(header.get(), "string(/w:hdr)"),
                 "Riverside District Council · Committee papers"));
  CHECK(docx.at("word/media/reference1.png") == ref.at("word/media/image1.png"));

  // ODT: its Heading_20_1 ("Heading 1") and its header with the logo on each master page.
  auto odt = package::read_zip_file((out / "leeds-partnership-review.odt").string());
  auto odt_ref = package::read_zip_file(reference_file("riverside.odt").string());
  auto ostyles = xml::parse(odt.at("styles.xml"), "styles.xml");
  CHECK(
      xml::evaluate(
          ostyles.get(),
          "string(//office:styles/style:style[@style:name='Heading_20_1']/@style:display-name)") ==
      "Heading 1");
  auto content = xml::parse(odt.at("content.xml"), "content.xml");
  CHECK(xml::select(
            content.get(),
            "//text:h[contains(., 'Executive Summary')][@text:style-name='Heading_20_1' or "
            "@text:style-name=//style:style[@style:parent-style-name='Heading_20_1']/@style:name]")
            .size() == 1);
  auto masters =
      xml::select(ostyles.get(), "//style:master-page[starts-with(@style:name, 'Section_20_')]");
  REQUIRE(masters.size() >= 2);
  CHECK(xml::select(
            ostyles.get(),
            "//style:master-page[starts-with(@style:name, 'Section_20_')]/style:header[contains(., "
            "'Riverside District Council')]//draw:image[@xlink:href='Pictures/reference1.png']")
            .size() == masters.size());
  std::string logo_in_ref;
  for (const auto& [name, data] : odt_ref)
    if (name.starts_with("Pictures/")) logo_in_ref = data;
  CHECK(odt.at("Pictures/reference1.png") == logo_in_ref);
}

TEST_CASE(
    "reference documents: a hostile one is refused with its message, exit status 2, and nothing "
    "written") {
  auto dir = test::scratch_dir("client-reference-hostile");
  struct hostile {
    std::string file;
    std::string bytes;
    std::string message;
  };
  std::vector<hostile> cases = {
      {"bomb.docx", test::docx_zip_bomb(), "(a zip bomb?)"},
      {"climb.docx", test::docx_with_traversal(),
       "entry \"../evil.xml\" would be written outside the package"},
      {"no-styles.docx", test::docx_without_styles(), "the part word/styles.xml is missing"},
      {"entity.docx", test::docx_with_entity_doctype(),
       "part word/styles.xml: a DOCTYPE is not allowed here"},
  };
  for (const auto& h : cases) {
    CAPTURE(h.file);
    auto file = dir / h.file;
    std::ofstream(file, std::ios::binary) << h.bytes;
    for (const char* command : {"build", "sample"}) {
      auto out = test::scratch_dir("client-reference-hostile-out");
      std::vector<std::string> args{command};
      if (std::string(command) == "build") args.push_back(example_inputs().front());
      args.insert(args.end(), {"--reference", file.string(), "--out", out.string()});
      auto r = papers(args);
      INFO(r.output);
      CHECK(r.status == 2);
      CHECK(contains(r.output, "reference document refused: " + file.string()));
      CHECK(contains(r.output, h.message));
      CHECK(contains(r.output, "papers: nothing written"));
      CHECK(files_in(out).empty());
    }
  }
}

TEST_CASE(
    "reference documents: with a DOCX reference only, ODT keeps the house style and one note says "
    "so") {
  auto with = test::scratch_dir("client-reference-docx-only");
  auto without = test::scratch_dir("client-reference-none");
  std::vector<std::string> args{"build"};
  auto inputs = example_inputs();
  args.insert(args.end(), inputs.begin(), inputs.end());
  auto plain = args;
  args.insert(args.end(),
              {"--reference", reference_file("riverside.docx").string(), "--out", with.string()});
  plain.insert(plain.end(), {"--out", without.string()});
  auto r = papers(args);
  INFO(r.output);
  REQUIRE(r.status == 0);
  REQUIRE(papers(plain).status == 0);
  CHECK(
      occurrences(
          r.output,
          "papers: note: no ODT reference document given, so the ODT files use the house style") ==
      1);
  for (const auto& f : files_in(without)) {
    bool odt = f.extension() == ".odt";
    CAPTURE(f.string());
    CHECK((test::read_file(f) == test::read_file(with / f.filename())) == odt);
  }
}

TEST_CASE(
    "reference documents: a style file names them relative to itself, maps roles, and --reference "
    "wins") {
  auto dir = test::scratch_dir("client-reference-style-file");
  fs::create_directories(dir / "templates");
  fs::copy_file(reference_file("riverside.docx"), dir / "templates" / "council.docx");
  fs::copy_file(reference_file("riverside.odt"), dir / "templates" / "council.odt");
  fs::copy(test::source_dir() / "styles" / "assets", dir / "assets");
  std::ofstream(dir / "house.yaml")
      << test::read_file(test::source_dir() / "styles" / "council.yaml")
      << "\nreference: [templates/council.docx, templates/council.odt]\n"
      << "reference-styles:\n  cover-committee: [Heading 3, Heading_20_3]\n"
      << "  toc-3: No Such Style\n";
  auto out = test::scratch_dir("client-reference-style-file-out");
  auto input = (test::source_dir() / "inputs" / "leeds-partnership-review.yaml").string();
  auto r =
      papers({"build", input, "--style", (dir / "house.yaml").string(), "--out", out.string()});
  INFO(r.output);
  REQUIRE(r.status == 0);
  // A mapping the reference cannot honour is said once per reference.
  CHECK(occurrences(r.output, "has no paragraph style \"No Such Style\" for role toc-3") == 2);
  auto docx = package::read_zip_file((out / "leeds-partnership-review.docx").string());
  auto body = xml::parse(docx.at("word/document.xml"), "document.xml");
  CHECK(xml::select(body.get(),
                    "//w:p[w:pPr/w:pStyle/@w:val='Heading3'][contains(., 'LEEDS CITY COUNCIL') or "
                    "contains(., 'Leeds City Council')]")
            .size() == 1);
  auto odt = package::read_zip_file((out / "leeds-partnership-review.odt").string());
  CHECK(contains(odt.at("styles.xml"), "Riverside District Council · Committee papers"));

  // The command line's reference replaces the style file's for its format only.
  auto over = test::scratch_dir("client-reference-style-file-override");
  r = papers({"build", input, "--style", (dir / "house.yaml").string(), "--reference",
              reference_file("northgate.odt").string(), "--out", over.string()});
  INFO(r.output);
  REQUIRE(r.status == 0);
  auto odt2 = package::read_zip_file((over / "leeds-partnership-review.odt").string());
  CHECK(contains(odt2.at("styles.xml"), "Northgate City Council · Civic Centre"));
  CHECK_FALSE(contains(odt2.at("styles.xml"), "Riverside District Council"));
  auto docx2 = package::read_zip_file((over / "leeds-partnership-review.docx").string());
  CHECK(contains(docx2.at("word/header1.xml"), "Riverside District Council"));
  // Our Contents 3, kept because the mapping names a style Northgate lacks,
  // does not clash with Northgate's own Contents 3.
  auto dc = test::doccheck(files_in(over));
  INFO(dc.output);
  CHECK(dc.status == 0);
}

TEST_CASE(
    "reference documents: rendered by LibreOffice, every page shows its fonts, header and logo") {
  struct expectation {
    const char* council;
    std::vector<std::string> fonts;
    std::string header;  // text on every page after the first
  };
  std::vector<expectation> councils = {
      {"riverside", {"Carlito", "Caladea"}, "Riverside District Council · Committee papers"},
      {"northgate", {"DejaVuSerif", "DejaVuSans"}, "Northgate City Council"},
  };
  for (const auto& c : councils) {
    auto out = test::scratch_dir(fmt::format("client-reference-render-{}", c.council));
    REQUIRE(build_examples(c.council, out).status == 0);
    for (const char* ext : {"docx", "odt"}) {
      CAPTURE(c.council);
      CAPTURE(ext);
      auto file = out / fmt::format("leeds-partnership-review.{}", ext);
      auto pdf_dir = out / fmt::format("pdf-{}", ext);
      fs::create_directories(pdf_dir);
      auto pdf = test::to_pdf(file, pdf_dir);
      int pages = test::pdf_pages(pdf);
      CHECK(pages > 5);
      auto fonts = test::run({"pdffonts", pdf.string()}).output;
      for (const auto& f : c.fonts)
        CHECK_MESSAGE(contains(fonts, f), "font ", f, " not in\n", fonts);
      CHECK_FALSE(contains(fonts, "LiberationSans"));  // the house style's Arial stand-in
      for (int p = 2; p <= pages; ++p)
        CHECK_MESSAGE(contains(test::squash(test::pdf_text(pdf, p)), c.header),
                      "no header on page ", p);
      // The logo: a picture on every page (Northgate's first page shows its crest instead).
      auto images = test::run({"pdfimages", "-list", pdf.string()}).output;
      std::regex row(R"(^\s*(\d+)\s+\d+\s+image\s)");
      std::set<int> with_picture;
      std::istringstream lines(images);
      for (std::string line; std::getline(lines, line);) {
        std::smatch m;
        if (std::regex_search(line, m, row)) with_picture.insert(std::stoi(m[1]));
      }
      CHECK_MESSAGE(with_picture.size() == static_cast<std::size_t>(pages), images);
    }
  }
}
