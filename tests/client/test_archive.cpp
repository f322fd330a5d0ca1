// SPDX-License-Identifier: MIT
// The archive of signed-off papers through the `papers` binary: versions,
// "already archived", verify proving byte-identical rebuilds and naming
// every changed, missing or extra file, runs interrupted at every step,
// PDF/A with LibreOffice and a clear message without it.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include <fmt/format.h>

#include "archive/manifest.hpp"
#include "archive/sha256.hpp"
#include "archive/store.hpp"
#include "support/example_copy.hpp"
#include "support/external.hpp"
#include "support/paths.hpp"

using namespace cp;
namespace fs = std::filesystem;

namespace {

// A PATH without LibreOffice on it: soffice is "not installed".
const std::string no_libreoffice = "PATH=/nonexistent-archive-test";

test::run_result papers(std::vector<std::string> args, std::vector<std::string> env = {}) {
  std::vector<std::string> argv{"/usr/bin/env"};
  argv.insert(argv.end(), env.begin(), env.end());
  argv.push_back(PAPERS_BIN);
  argv.insert(argv.end(), args.begin(), args.end());
  return test::run(argv);
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// A copy of the signed-off Leeds review, with the files it includes and its
// logo in the same places relative to it, so the test may change it.
struct workspace {
  fs::path root;
  fs::path input;
  explicit workspace(const std::string& name)
      : root(test::scratch_dir(name)),
        input(test::copy_example("leeds-partnership-review.yaml", root)) {}
  void replace(const std::string& from, const std::string& to) const {
    std::string text = test::read_file(input);
    auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    std::ofstream(input, std::ios::binary | std::ios::trunc) << text;
  }
  fs::path archive() const { return root / "archive"; }
  fs::path paper() const { return archive() / "leeds-partnership-review"; }
};

archive::manifest read_manifest(const fs::path& version) {
  return archive::manifest::parse(test::read_file(version / "manifest.json"),
                                  (version / "manifest.json").string());
}

// Every file of a folder with its SHA-256, to show it did not change.
std::map<std::string, std::string> fingerprint(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& f : archive::relative_files(dir)) out[f] = archive::sha256_file(dir / f);
  return out;
}

void make_writable(const fs::path& file) {
  fs::permissions(file, fs::perms::owner_write, fs::perm_options::add);
}

void append(const fs::path& file, const std::string& text) {
  make_writable(file);
  std::ofstream(file, std::ios::binary | std::ios::app) << text;
}

// The 1-based number of the first line of `file` that is `text`.
int line_of(const fs::path& file, const std::string& text) {
  std::istringstream in(test::read_file(file));
  int n = 0;
  for (std::string line; std::getline(in, line);)
    if (++n, line == text) return n;
  FAIL("no line '" << text << "' in " << file);
  return 0;
}

}  // namespace

TEST_CASE(
    "archive: v1 holds DOCX, ODT, PDF/A, the exact inputs, templates and style, and a manifest of "
    "them all") {
  workspace ws("archive-v1");
  auto r = papers({"archive", ws.input.string(), "--to", ws.archive().string()});
  INFO(r.output);
  REQUIRE(r.status == 0);
  CHECK(has(r.output, "archived leeds-partnership-review as v1"));
  CHECK(has(r.output, "signed off 3 October 2005 by Simon Reed"));
  fs::path v1 = ws.paper() / "v1";
  auto m = read_manifest(v1);
  CHECK(m.paper == "leeds-partnership-review");
  CHECK(m.version == 1);
  CHECK(m.status == "signed-off");
  CHECK(m.signed_off_date == "2005-10-03");
  CHECK(m.meeting_date == "2005-10-09");
  CHECK(m.created == "2005-09-19");
  CHECK(m.clearances.size() == 5);
  CHECK(
      has(test::run({PAPERS_BIN, "--version"}).output, "Committee Papers) " + m.generator_version));
  CHECK(m.template_name == "audit-review");
  CHECK(m.template_set_version.size() == 64);

  // The exact bytes of the input and what it includes, laid out as they were,
  // and the house style with the logo it names.
  CHECK(m.input == "input/leeds-partnership-review.yaml");
  CHECK(test::read_file(v1 / m.input) == test::read_file(ws.input));
  CHECK(test::read_file(v1 / "input/shared/leeds-recommendations.yaml") ==
        test::read_file(ws.root / "inputs/shared/leeds-recommendations.yaml"));
  CHECK(test::read_file(v1 / "style/assets/council-logo.png") ==
        test::read_file(test::source_dir() / "styles/assets/council-logo.png"));
  CHECK(test::read_file(v1 / m.style) ==
        test::read_file(test::source_dir() / "styles/council.yaml"));
  CHECK(test::read_file(v1 / "templates/audit-review.mustache") ==
        test::read_file(test::source_dir() / "templates/audit-review.mustache"));
  CHECK(test::read_file(v1 / "templates/partials/page-furniture.mustache") ==
        test::read_file(test::source_dir() / "templates/partials/page-furniture.mustache"));

  // The outputs are what `papers build` makes.
  auto out = test::scratch_dir("archive-v1-build");
  REQUIRE(papers({"build", ws.input.string(), "--out", out.string()}).status == 0);
  CHECK(test::read_file(v1 / "output/leeds-partnership-review.docx") ==
        test::read_file(out / "leeds-partnership-review.docx"));
  CHECK(test::read_file(v1 / "output/leeds-partnership-review.odt") ==
        test::read_file(out / "leeds-partnership-review.odt"));

  // PDF/A-2b from LibreOffice.
  REQUIRE(m.pdf == "output/leeds-partnership-review.pdf");
  auto meta = test::run({"pdfinfo", "-meta", (v1 / m.pdf).string()});
  CHECK(has(meta.output, "<pdfaid:part>2</pdfaid:part>"));
  CHECK(has(meta.output, "<pdfaid:conformance>B</pdfaid:conformance>"));
  CHECK(has(test::run({"pdfinfo", (v1 / m.pdf).string()}).output, "Producer:        LibreOffice"));
  CHECK(test::pdf_pages(v1 / m.pdf) > 5);

  // The manifest lists every file but itself, each with its true SHA-256.
  auto files = archive::relative_files(v1);
  CHECK(files.size() == m.files.size() + 1);
  for (const auto& f : m.files) {
    CAPTURE(f.path);
    CHECK(archive::sha256_file(v1 / f.path) == f.sha256);
    CHECK(fs::file_size(v1 / f.path) == f.bytes);
  }
  CHECK(archive::check_files(v1, m).empty());

  auto v = papers({"verify", ws.archive().string()});
  INFO(v.output);
  CHECK(v.status == 0);
  CHECK(has(v.output, "ok   leeds-partnership-review/v1"));
  CHECK(has(v.output, "DOCX and ODT rebuilt byte-identical from the archived inputs"));
  CHECK(has(v.output, "PDF/A checksum verified, not rebuilt"));
}

TEST_CASE(
    "archive: an unchanged paper is already archived, a changed one becomes v2, and v1 never "
    "changes") {
  workspace ws("archive-versions");
  REQUIRE(papers({"archive", ws.input.string(), "--to", ws.archive().string()}, {no_libreoffice})
              .status == 0);
  auto v1 = fingerprint(ws.paper() / "v1");

  auto again =
      papers({"archive", ws.input.string(), "--to", ws.archive().string()}, {no_libreoffice});
  INFO(again.output);
  CHECK(again.status == 0);
  CHECK(has(again.output, "leeds-partnership-review: already archived as v1"));
  CHECK(has(again.output, "nothing written"));
  CHECK_FALSE(fs::exists(ws.paper() / "v2"));

  // A change in an included file is a change of the paper.
  append(ws.root / "inputs/shared/leeds-recommendations.yaml", "# reviewed again\n");
  auto changed =
      papers({"archive", ws.input.string(), "--to", ws.archive().string()}, {no_libreoffice});
  CHECK(changed.status == 0);
  CHECK(has(changed.output, "archived leeds-partnership-review as v2"));
  ws.replace("title: Review of Partnership Working",
             "title: Review of Partnership Working (revised)");
  auto retitled =
      papers({"archive", ws.input.string(), "--to", ws.archive().string()}, {no_libreoffice});
  CHECK(has(retitled.output, "archived leeds-partnership-review as v3"));
  CHECK(fingerprint(ws.paper() / "v1") == v1);
  CHECK(read_manifest(ws.paper() / "v3").title == "Review of Partnership Working (revised)");

  // A different template set is a change too, though the paper is not.
  auto council = test::scratch_dir("archive-versions-templates");
  fs::create_directories(council / "partials");
  std::string furniture =
      test::read_file(test::source_dir() / "templates/partials/page-furniture.mustache");
  std::ofstream(council / "partials/page-furniture.mustache") << "{{! Riverside's own }}\n"
                                                              << furniture;
  auto templated = papers({"archive", ws.input.string(), "--to", ws.archive().string(),
                           "--templates", council.string()},
                          {no_libreoffice});
  CHECK(has(templated.output, "archived leeds-partnership-review as v4"));
  CHECK(read_manifest(ws.paper() / "v4").template_set_version !=
        read_manifest(ws.paper() / "v3").template_set_version);
  CHECK(test::read_file(ws.paper() / "v4/templates/partials/page-furniture.mustache")
            .rfind("{{! Riverside's own }}", 0) == 0);

  auto list = papers({"archive", "--list", ws.archive().string()});
  INFO(list.output);
  CHECK(list.status == 0);
  CHECK(has(list.output, "PAPER"));
  CHECK(has(list.output, "SIGNED OFF"));
  for (int n = 1; n <= 3; ++n)
    CHECK(has(list.output, fmt::format("leeds-partnership-review  v{}       signed-off, superseded "
                                       "by v4  2005-10-03  Simon Reed",
                                       n)));
  CHECK(has(list.output, "leeds-partnership-review  v4       signed-off, current"));
  CHECK(has(list.output, "1 paper(s), 4 version(s)"));

  auto v = papers({"verify", ws.archive().string(), "leeds-partnership-review"});
  INFO(v.output);
  CHECK(v.status == 0);
  CHECK(has(v.output, "verified 4 version(s) of 1 paper(s)"));
}

TEST_CASE(
    "archive: every example paper is signed off, archived and verified, and a changed one becomes "
    "v2 and verifies again") {
  auto root = test::scratch_dir("archive-examples");
  std::vector<std::string> inputs;
  for (const auto& e : fs::directory_iterator(test::source_dir() / "inputs"))
    if (e.path().extension() == ".yaml")
      inputs.push_back(test::copy_example(e.path().filename().string(), root).string());
  std::sort(inputs.begin(), inputs.end());
  REQUIRE(inputs.size() >= 4);
  auto store = root / "archive";
  auto args = std::vector<std::string>{"archive"};
  args.insert(args.end(), inputs.begin(), inputs.end());
  args.insert(args.end(), {"--to", store.string()});

  auto first = papers(args, {no_libreoffice});
  INFO(first.output);
  REQUIRE(first.status == 0);
  for (const auto& input : inputs)
    CHECK(has(first.output, "archived " + fs::path(input).stem().string() + " as v1"));
  auto verified = papers({"verify", store.string()});
  INFO(verified.output);
  CHECK(verified.status == 0);
  CHECK(
      has(verified.output, fmt::format("verified {0} version(s) of {0} paper(s)", inputs.size())));

  // The Cherwell report is revised after its sign-off and signed off again.
  auto cherwell = root / "inputs/cherwell-partnerships-annual-report.yaml";
  std::string text = test::read_file(cherwell);
  for (auto [from, to] :
       {std::pair<std::string, std::string>{"version: \"1.0\"", "version: \"1.1\""},
        {"    date: 2009-03-04", "    date: 2009-03-05"},
        {"  modified: 2009-03-04", "  modified: 2009-03-05"}}) {
    auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
  }
  std::ofstream(cherwell, std::ios::binary | std::ios::trunc) << text;
  auto second = papers(args, {no_libreoffice});
  INFO(second.output);
  CHECK(second.status == 0);
  CHECK(has(second.output, "archived cherwell-partnerships-annual-report as v2"));
  CHECK(has(second.output, "leeds-partnership-review: already archived as v1"));
  auto list = papers({"archive", "--list", store.string()});
  CHECK(has(list.output, "cherwell-partnerships-annual-report  v2"));
  auto again = papers({"verify", store.string()});
  INFO(again.output);
  CHECK(again.status == 0);
  CHECK(has(again.output, fmt::format("verified {} version(s) of {} paper(s)", inputs.size() + 1,
                                      inputs.size())));
  CHECK(has(again.output, "ok   cherwell-partnerships-annual-report/v2"));
}

TEST_CASE(
    "archive: a paper that is not signed off is refused at its status, and nothing is written") {
  auto out = test::scratch_dir("archive-draft");
  auto input = test::copy_example("lancaster-partnership-evaluation.yaml", out);
  test::make_draft(input);
  auto r =
      papers({"archive", input.string(), "--to", (out / "archive").string()}, {no_libreoffice});
  CHECK(r.status == 2);
  CHECK(has(r.output,
            fmt::format("lancaster-partnership-evaluation.yaml:{}:11: properties.status: only a "
                        "signed-off paper can be archived; this one is draft",
                        line_of(input, "  status: draft"))));
  CHECK(has(r.output, "nothing archived"));
  CHECK_FALSE(fs::exists(out / "archive"));
  // And bad usage.
  CHECK(papers({"archive", "x.yaml"}).status == 2);
  CHECK(has(papers({"archive", "x.yaml"}).output, "archive needs --to ARCHIVE_DIR"));
  CHECK(papers({"verify"}).status == 2);
  CHECK(papers({"archive", "--list"}).status == 2);
}

TEST_CASE("verify: a changed, a missing and an extra file are each named, with exit status 1") {
  workspace ws("archive-tamper");
  REQUIRE(papers({"archive", ws.input.string(), "--to", ws.archive().string()}, {no_libreoffice})
              .status == 0);
  fs::path v1 = ws.paper() / "v1";
  auto archive_copy = [&](const std::string& name) {
    auto copy = test::scratch_dir("archive-tamper-" + name);
    fs::copy(ws.archive(), copy, fs::copy_options::recursive);
    return copy;
  };

  SUBCASE("a changed output") {
    auto a = archive_copy("docx");
    append(a / "leeds-partnership-review/v1/output/leeds-partnership-review.docx", "x");
    auto r = papers({"verify", a.string()});
    CHECK(r.status == 1);
    CHECK(has(r.output,
              "leeds-partnership-review/v1/output/leeds-partnership-review.docx: changed: its "
              "SHA-256 is"));
    CHECK(has(r.output,
              "leeds-partnership-review/v1/output/leeds-partnership-review.docx: rebuilt from the "
              "archived "
              "inputs, it is not byte-identical"));
    CHECK(has(r.output, "FAIL leeds-partnership-review/v1"));
  }
  SUBCASE("a changed input") {
    auto a = archive_copy("input");
    append(a / "leeds-partnership-review/v1/input/shared/leeds-recommendations.yaml", "# edited\n");
    auto r = papers({"verify", a.string()});
    CHECK(r.status == 1);
    CHECK(has(r.output, "v1/input/shared/leeds-recommendations.yaml: changed: its SHA-256 is"));
  }
  SUBCASE("a missing template and an extra file") {
    auto a = archive_copy("missing");
    fs::remove(a / "leeds-partnership-review/v1/templates/partials/cover.mustache");
    std::ofstream(a / "leeds-partnership-review/v1/output/notes.txt") << "not archived\n";
    std::ofstream(a / "leeds-partnership-review/stray.txt") << "not a version\n";
    std::ofstream(a / "README") << "not a paper\n";
    auto r = papers({"verify", a.string()});
    CHECK(r.status == 1);
    CHECK(has(r.output, "v1/templates/partials/cover.mustache: missing: the manifest lists it"));
    CHECK(has(r.output,
              "v1/output/notes.txt: extra: the folder holds it but the manifest does not list it"));
    CHECK(has(r.output, "leeds-partnership-review/stray.txt: extra: not a version folder"));
    CHECK(has(r.output, "README: extra: not a paper folder"));
  }
  SUBCASE("a missing manifest, and a missing version") {
    auto a = archive_copy("manifest");
    fs::copy(a / "leeds-partnership-review/v1", a / "leeds-partnership-review/v3",
             fs::copy_options::recursive);
    fs::remove(a / "leeds-partnership-review/v1/manifest.json");
    auto r = papers({"verify", a.string()});
    CHECK(r.status == 1);
    CHECK(has(r.output, "v1/manifest.json: missing"));
    CHECK(has(r.output, "leeds-partnership-review/v2: missing: the versions run to v3"));
    CHECK(has(r.output, "v3/manifest.json: says version 1, but the folder is v3"));
  }
  SUBCASE("a template changed along with its checksum: only the rebuild can tell") {
    auto a = archive_copy("rebuild");
    fs::path va = a / "leeds-partnership-review/v1";
    fs::path partial = va / "templates/partials/page-furniture.mustache";
    std::string text = test::read_file(partial);
    auto at = text.find("Page <field name=\"page\"/>");
    REQUIRE(at != std::string::npos);
    text.replace(at, 4, "Sheet");
    make_writable(partial);
    std::ofstream(partial, std::ios::binary | std::ios::trunc) << text;
    auto m = read_manifest(va);
    for (auto& f : m.files)
      if (f.path == "templates/partials/page-furniture.mustache") {
        f.sha256 = archive::sha256_hex(text);
        f.bytes = text.size();
      }
    make_writable(va / "manifest.json");
    std::ofstream(va / "manifest.json", std::ios::binary | std::ios::trunc) << m.to_json();
    auto r = papers({"verify", a.string()});
    INFO(r.output);
    CHECK(r.status == 1);
    CHECK_FALSE(has(r.output, "changed: its SHA-256"));
    CHECK(has(r.output, "template-set.version does not match the archived templates"));
    CHECK(
        has(r.output,
            "v1/output/leeds-partnership-review.docx: rebuilt from the archived inputs, it is not "
            "byte-identical: first difference in part word/footer"));
    CHECK(has(r.output,
              "v1/output/leeds-partnership-review.odt: rebuilt from the archived inputs, it is not "
              "byte-identical: first difference in part styles.xml"));
  }
  SUBCASE("an unknown paper id") {
    auto r = papers({"verify", ws.archive().string(), "leeds-partnership-reveiw"});
    CHECK(r.status == 2);
    CHECK(has(r.output,
              "the archive holds no paper \"leeds-partnership-reveiw\"; did you mean "
              "\"leeds-partnership-review\"?"));
  }
  CHECK(papers({"verify", ws.archive().string()}).status == 0);  // the original stays good
}

TEST_CASE(
    "archive: a run interrupted at any step leaves a valid archive, and the next run cleans up and "
    "carries on") {
  workspace ws("archive-crash");
  REQUIRE(papers({"archive", ws.input.string(), "--to", ws.archive().string()}, {no_libreoffice})
              .status == 0);
  int expected_versions = 1;
  for (std::string point : {"temp-created", "first-file", "before-manifest", "after-manifest",
                            "before-rename", "after-rename"}) {
    CAPTURE(point);
    ws.replace("title: Review of Partnership Working",
               "title: Review of Partnership Working (" + point + ")");
    auto crashed = papers({"archive", ws.input.string(), "--to", ws.archive().string()},
                          {no_libreoffice, "PAPERS_TEST_CRASH_AT=" + point});
    CHECK(crashed.status == 75);  // stopped there, as by a power cut
    bool committed = point == "after-rename";
    auto folder = archive::read_paper_folder(ws.paper());
    CHECK(folder.versions.size() ==
          static_cast<std::size_t>(expected_versions + (committed ? 1 : 0)));
    CHECK(folder.temporaries.size() == (committed ? 0u : 1u));

    auto v = papers({"verify", ws.archive().string()});
    INFO(v.output);
    CHECK(v.status == 0);
    if (!committed)
      CHECK(has(v.output,
                "is left by an interrupted archive run and is not a version; it is ignored"));
    auto list = papers({"archive", "--list", ws.archive().string()});
    INFO(list.output);
    CHECK(list.status == 0);
    CHECK(has(list.output, fmt::format("1 paper(s), {} version(s)", folder.versions.size())));
    if (!committed)
      CHECK(has(list.output, "is left by an interrupted archive run; it is not listed"));

    auto resumed =
        papers({"archive", ws.input.string(), "--to", ws.archive().string()}, {no_libreoffice});
    INFO(resumed.output);
    CHECK(resumed.status == 0);
    ++expected_versions;
    if (committed) {
      CHECK(has(resumed.output, fmt::format("already archived as v{}", expected_versions)));
    } else {
      CHECK(has(resumed.output, "left by an interrupted archive run"));
      CHECK(has(resumed.output,
                fmt::format("archived leeds-partnership-review as v{}", expected_versions)));
    }
    folder = archive::read_paper_folder(ws.paper());
    CHECK(folder.versions.size() == static_cast<std::size_t>(expected_versions));
    CHECK(folder.temporaries.empty());
  }
  CHECK(papers({"verify", ws.archive().string()}).status == 0);
}

TEST_CASE("archive: killed at random moments, the archive stays valid") {
  workspace ws("archive-kill");
  for (int delay_ms : {1, 5, 15, 40, 80, 150, 300}) {
    CAPTURE(delay_ms);
    ws.replace("title: Review of Partnership Working",
               fmt::format("title: Review of Partnership Working ({} ms)", delay_ms));
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      int null = ::open("/dev/null", O_WRONLY);
      ::dup2(null, 1);
      ::dup2(null, 2);
      ::setenv("PATH", "/nonexistent-archive-test", 1);
      std::string bin = PAPERS_BIN, input = ws.input.string(), to = ws.archive().string();
      char* args[] = {bin.data(),   const_cast<char*>("archive"),
                      input.data(), const_cast<char*>("--to"),
                      to.data(),    nullptr};
      ::execv(args[0], args);
      ::_exit(127);
    }
    ::usleep(static_cast<useconds_t>(delay_ms) * 1000);
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (!fs::exists(ws.paper())) continue;  // killed before the paper's folder existed
    auto v = papers({"verify", ws.archive().string()});
    INFO(v.output);
    CHECK(v.status == (archive::read_paper_folder(ws.paper()).versions.empty() ? 1 : 0));
  }
  auto last =
      papers({"archive", ws.input.string(), "--to", ws.archive().string()}, {no_libreoffice});
  CHECK(last.status == 0);
  CHECK(archive::read_paper_folder(ws.paper()).temporaries.empty());
  CHECK(papers({"verify", ws.archive().string()}).status == 0);
}

TEST_CASE(
    "archive: without LibreOffice it says so clearly, records it, and --require-pdf refuses") {
  workspace ws("archive-no-pdf");
  auto refused =
      papers({"archive", ws.input.string(), "--to", ws.archive().string(), "--require-pdf"},
             {no_libreoffice});
  CHECK(refused.status == 1);
  CHECK(has(refused.output, "--require-pdf: LibreOffice (soffice) was not found on PATH"));
  CHECK(has(refused.output, "Nothing archived"));
  CHECK_FALSE(fs::exists(ws.archive()));

  auto r = papers({"archive", ws.input.string(), "--to", ws.archive().string()}, {no_libreoffice});
  INFO(r.output);
  CHECK(r.status == 0);
  CHECK(has(r.output,
            "papers: warning: LibreOffice (soffice) was not found on PATH, so "
            "leeds-partnership-review v1 "
            "has no PDF/A rendering"));
  auto m = read_manifest(ws.paper() / "v1");
  CHECK(m.pdf.empty());
  CHECK(has(m.pdf_note, "not made: LibreOffice (soffice) was not found on PATH"));
  CHECK_FALSE(fs::exists(ws.paper() / "v1/output/leeds-partnership-review.pdf"));
  auto v = papers({"verify", ws.archive().string()}, {no_libreoffice});
  CHECK(v.status == 0);
  CHECK(has(v.output, "no PDF/A (not made: LibreOffice (soffice) was not found on PATH"));
  CHECK(has(papers({"archive", "--list", ws.archive().string()}).output, "PDF/A"));
}

TEST_CASE(
    "archive: reference documents and council templates are archived and used by the rebuild") {
  workspace ws("archive-reference");
  auto refs = test::source_dir() / "styles/reference";
  auto council = test::scratch_dir("archive-reference-templates");
  fs::create_directories(council / "partials");
  std::ofstream(council / "partials/contact-officer.mustache") << "{{! none }}\n";
  auto r = papers({"archive", ws.input.string(), "--to", ws.archive().string(), "--reference",
                   (refs / "riverside.docx").string(), "--reference",
                   (refs / "northgate.odt").string(), "--templates", council.string(), "--style",
                   (test::source_dir() / "styles/modern.yaml").string()},
                  {no_libreoffice});
  INFO(r.output);
  REQUIRE(r.status == 0);
  fs::path v1 = ws.paper() / "v1";
  auto m = read_manifest(v1);
  CHECK(m.references ==
        std::vector<std::string>{"reference/riverside.docx", "reference/northgate.odt"});
  CHECK(m.style == "style/modern.yaml");
  CHECK(test::read_file(v1 / "reference/riverside.docx") ==
        test::read_file(refs / "riverside.docx"));
  CHECK(test::read_file(v1 / "templates/partials/contact-officer.mustache") == "{{! none }}\n");
  auto v = papers({"verify", ws.archive().string()});
  INFO(v.output);
  CHECK(v.status == 0);
  // The rebuild uses the archived reference, not the original: take the original away.
  auto moved = test::scratch_dir("archive-reference-moved");
  fs::copy(ws.archive(), moved / "archive", fs::copy_options::recursive);
  fs::remove_all(ws.root);
  CHECK(papers({"verify", (moved / "archive").string()}).status == 0);
}
