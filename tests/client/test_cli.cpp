// SPDX-License-Identifier: MIT
// The `papers` command line as a user meets it: exit statuses, messages, and
// that bad input never leaves a file behind.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <thread>

#include <fmt/format.h>

#include "app/allocator.hpp"
#include "support/external.hpp"
#include "support/paths.hpp"
#include "xml/xml_reader.hpp"
#include "zip/zip_reader.hpp"

using namespace cp;
namespace fs = std::filesystem;

namespace {

test::run_result papers(std::vector<std::string> args) {
  args.insert(args.begin(), PAPERS_BIN);
  return test::run(args);
}

std::vector<fs::path> files_in(const fs::path& dir) {
  std::vector<fs::path> out;
  if (!fs::exists(dir)) return out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// "ulimit -v 1048576 && " (1 GiB) where the build allows one.
std::string memory_limit() {
#if defined(__SANITIZE_ADDRESS__)
  return "";
#else
  return "ulimit -v 1048576 && ";
#endif
}

std::vector<std::string> example_inputs() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(test::source_dir() / "inputs"))
    if (e.path().extension() == ".yaml") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("usage: help, version, and bad usage exits 2") {
  auto help = papers({"--help"});
  CHECK(help.status == 0);
  CHECK(help.output.find("usage: papers COMMAND") != std::string::npos);
  CHECK(papers({"--version"}).output.find("Committee Papers") != std::string::npos);
#if defined(CP_WITH_MIMALLOC)
  // Linked is not enough: mimalloc must be the malloc that papers calls.
  CHECK(papers({"--version"}).output.find("allocator: mimalloc") != std::string::npos);
  CHECK(cp::app::allocator_in_use() == "mimalloc");
#else
  CHECK(cp::app::allocator_in_use() == "system malloc");
#endif
  auto bad = papers({"frobnicate"});
  CHECK(bad.status == 2);
  CHECK(bad.output.find("unknown command \"frobnicate\"") != std::string::npos);
  CHECK(papers({"build"}).status == 2);
  CHECK(papers({"build", "x.yaml", "--format", "rtf"}).output.find("unknown format \"rtf\"") !=
        std::string::npos);
}

TEST_CASE("every bad input gives its expected message, exit status 2, and no file") {
  auto corpus = test::source_dir() / "tests" / "bad-inputs";
  REQUIRE(fs::is_directory(corpus));
  int cases = 0;
  for (const auto& e : fs::directory_iterator(corpus)) {
    if (e.path().extension() != ".yaml" && e.path().extension() != ".json") continue;
    auto expected_file = fs::path(e.path()).replace_extension(".expected");
    if (!fs::exists(expected_file)) continue;  // an included helper file, not a case
    ++cases;
    auto out = test::scratch_dir("cli-bad-" + e.path().stem().string());
    // Run from the corpus folder so messages name the file as the .expected files do.
    fs::path rel = fs::relative(e.path(), test::source_dir());
    // Under a memory limit, so that a blow-up fails the case, not the machine
    // (not under AddressSanitizer, whose shadow memory needs the address space).
    auto r = test::run(
        {"sh", "-c",
         fmt::format("{}cd '{}' && '{}' build '{}' --out '{}'", memory_limit(),
                     test::source_dir().string(), PAPERS_BIN, rel.string(), out.string())});
    std::string expected = test::read_file(expected_file);
    while (!expected.empty() && expected.back() == '\n') expected.pop_back();
    INFO("case: ", e.path().filename().string());
    CHECK(r.status == 2);
    CHECK_MESSAGE(r.output.find(expected) != std::string::npos, "output was:\n", r.output);
    CHECK(r.output.find("nothing written") != std::string::npos);
    CHECK(files_in(out).empty());
  }
  CHECK(cases >= 20);
}

TEST_CASE("the example papers build in both formats, pass doccheck, and build identically twice") {
  auto inputs = example_inputs();
  REQUIRE(inputs.size() >= 4);
  auto first = test::scratch_dir("cli-examples-1");
  auto second = test::scratch_dir("cli-examples-2");
  for (const auto& out : {first, second}) {
    std::vector<std::string> args{"build"};
    args.insert(args.end(), inputs.begin(), inputs.end());
    args.insert(args.end(), {"--out", out.string()});
    auto r = papers(args);
    INFO(r.output);
    REQUIRE(r.status == 0);
  }
  auto files = files_in(first);
  CHECK(files.size() == inputs.size() * 2);
  auto dc = test::doccheck(files);
  INFO(dc.output);
  CHECK(dc.status == 0);
  for (const auto& f : files)
    CHECK_MESSAGE(test::read_file(f) == test::read_file(second / f.filename()),
                  "not byte-identical: ", f.string());
}

TEST_CASE(
    "a template mistake is bad input: it names the template file and line, exits 2 and writes "
    "nothing") {
  auto council = test::scratch_dir("cli-council-templates");
  fs::create_directories(council / "partials");
  std::ofstream(council / "partials" / "purpose.mustache")
      << "{{#purpose}}\n<h2>Purpose</h2>\n<prose>{{purpose}}</prose>\n";
  auto out = test::scratch_dir("cli-template-error");
  std::string meeting =
      (test::source_dir() / "inputs" / "agenda" / "riverside-cabinet-2026-04-15-meeting.yaml")
          .string();
  for (std::vector<std::string> command :
       {std::vector<std::string>{"build", example_inputs().front(), "--out", out.string()},
        std::vector<std::string>{"check", example_inputs().front()},
        std::vector<std::string>{"agenda", meeting, "--out", out.string()}}) {
    command.insert(command.end(), {"--templates", council.string()});
    auto r = papers(command);
    INFO(command.front(), ": ", r.output);
    CHECK(r.status == 2);
    CHECK(r.output.find((council / "partials" / "purpose.mustache").string() +
                        ":1: Unclosed section \"purpose\"") != std::string::npos);
    CHECK(r.output.find("papers: nothing written") != std::string::npos);
    CHECK(files_in(out).empty());
  }
}

TEST_CASE("the style sampler builds with each shipped house style") {
  for (const char* style : {"council.yaml", "modern.yaml"}) {
    auto out = test::scratch_dir(std::string("cli-sample-") + style);
    auto r = papers({"sample", "--style", (test::source_dir() / "styles" / style).string(), "--out",
                     out.string()});
    INFO(r.output);
    CHECK(r.status == 0);
    auto files = files_in(out);
    CHECK(files.size() == 2);
    auto dc = test::doccheck(files);
    INFO(dc.output);
    CHECK(dc.status == 0);
  }
}

namespace {

// A minimal valid paper input, with `extra` appended.
fs::path write_input(const fs::path& dir, const std::string& name, const std::string& extra,
                     const std::string& kind = "audit-review") {
  fs::path p = dir / name;
  std::ofstream(p) << "kind: " << kind
                   << "\ncommittee: Audit Committee\nmeeting-date: 2009-07-14\n"
                      "title: Review of Partnership Working\n"
                   << extra;
  return p;
}

}  // namespace

TEST_CASE("an id that climbs out of the output folder still writes inside it") {
  auto dir = test::scratch_dir("cli-id-traversal");
  auto input = write_input(dir, "in.yaml", "id: \"../../../../tmp/evil\\\\..\\\\con\"\n");
  auto out = dir / "out";
  auto r = papers({"build", input.string(), "--out", out.string()});
  INFO(r.output);
  REQUIRE(r.status == 0);
  auto files = files_in(out);
  REQUIRE(files.size() == 2);
  for (const auto& f : files) CHECK(f.parent_path() == out);
  CHECK(files[0].filename() == "tmp-evil-con.docx");
}

TEST_CASE("a write that fails (disk full) leaves the previous file intact and says why") {
  auto dir = test::scratch_dir("cli-disk-full");
  auto input = write_input(dir, "in.yaml", "id: paper\n");
  auto out = dir / "out";
  fs::create_directories(out);
  std::ofstream(out / "paper.docx") << "previous version";
  // A file size limit makes every write past 4 KiB fail as a full disk would.
  auto r = test::run({"sh", "-c",
                      fmt::format("trap '' XFSZ; ulimit -f 8; exec '{}' build '{}' --out '{}'",
                                  PAPERS_BIN, input.string(), out.string())});
  INFO(r.output);
  CHECK(r.status == 1);
  CHECK(r.output.find("paper.docx: cannot write: File too large") != std::string::npos);
  CHECK(test::read_file(out / "paper.docx") == "previous version");
  CHECK(files_in(out).size() == 1);  // no temporary file left behind
}

TEST_CASE("a run writing more files than the process may hold open still writes them all") {
  auto dir = test::scratch_dir("cli-many-files");
  std::string inputs;
  for (int i = 1; i <= 60; ++i)
    inputs +=
        " '" +
        write_input(dir, fmt::format("in{}.yaml", i), fmt::format("id: paper-{}\n", i)).string() +
        "'";
  auto out = dir / "out";
  // 120 files against a limit of 64 descriptors: each file is written and
  // closed in turn, not held open until the run commits.
  auto r = test::run({"sh", "-c",
                      fmt::format("ulimit -n 64; exec '{}' build{} --out '{}' --quiet", PAPERS_BIN,
                                  inputs, out.string())});
  INFO(r.output);
  CHECK(r.status == 0);
  CHECK(files_in(out).size() == 120);
}

TEST_CASE("an output folder that cannot be made is a clear error") {
  auto dir = test::scratch_dir("cli-bad-out");
  auto input = write_input(dir, "in.yaml", "");
  std::ofstream(dir / "a-file") << "x";
  auto r = papers({"build", input.string(), "--out", (dir / "a-file" / "out").string()});
  CHECK(r.status == 1);
  CHECK(r.output.find("cannot create folder") != std::string::npos);
}

TEST_CASE("size: a 17 MB input is refused but 10,000 recommendations and a 1 MB paragraph build") {
  auto dir = test::scratch_dir("cli-size");
  {
    auto big = write_input(dir, "big.yaml", "purpose: |\n  " + std::string(17 << 20, 'x') + "\n");
    auto r = papers({"build", big.string(), "--out", (dir / "out-big").string()});
    CHECK(r.status == 2);
    CHECK(r.output.find("more than the limit of 16777216") != std::string::npos);
    CHECK(files_in(dir / "out-big").empty());
  }
  auto recommendations = [](int n) {
    std::string recs = "sections:\n  - {id: s1, title: Findings, body: Text.}\nrecommendations:\n";
    for (int i = 1; i <= n; ++i)
      recs += fmt::format(
          "  - {{text: Recommendation number {} of many., priority: {}, section: s1, "
          "management-response: Agreed., responsibility: Officer {}, timescale: ongoing}}\n",
          i, i % 3 + 1, i);
    return recs;
  };
  {
    // 10,000: built in well under a second; every part is well-formed XML.
    auto many = write_input(dir, "many.yaml", recommendations(10000));
    auto r = papers({"build", many.string(), "--out", (dir / "out-many").string()});
    INFO(r.output.substr(0, 2000));
    CHECK(r.status == 0);
    auto files = files_in(dir / "out-many");
    REQUIRE(files.size() == 2);
    for (const auto& f : files)
      for (const auto& [name, data] : package::read_zip_file(f.string()))
        if (name.ends_with(".xml") || name.ends_with(".rels"))
          CHECK_NOTHROW(xml::parse(data, name));
    // doccheck's schema validation of 10,000 rows takes minutes: 1,000 show the same markup.
    auto some = write_input(dir, "some.yaml", recommendations(1000));
    REQUIRE(papers({"build", some.string(), "--out", (dir / "out-some").string()}).status == 0);
    auto dc = test::doccheck(files_in(dir / "out-some"));
    INFO(dc.output);
    CHECK(dc.status == 0);
  }
  {
    std::string para;
    while (para.size() < (1 << 20))
      para += "A long paragraph about partnership working and its governance. ";
    auto huge = write_input(dir, "para.yaml", "purpose: \"" + para + "\"\n", "committee-report");
    auto r = papers({"build", huge.string(), "--out", (dir / "out-para").string()});
    INFO(r.output.substr(0, 2000));
    CHECK(r.status == 0);
    auto files = files_in(dir / "out-para");
    REQUIRE(files.size() == 2);
    CHECK(package::read_zip_file(files[0].string()).at("word/document.xml").size() > (1u << 20));
    CHECK(package::read_zip_file(files[1].string()).at("content.xml").size() > (1u << 20));
  }
}

TEST_CASE("check --accessibility passes the examples and names the input field of a failure") {
  auto inputs = example_inputs();
  std::vector<std::string> args{"check", "--accessibility"};
  args.insert(args.end(), inputs.begin(), inputs.end());
  auto ok = papers(args);
  INFO(ok.output);
  CHECK(ok.status == 0);
  CHECK(ok.output.find("pass the accessibility checks") != std::string::npos);

  auto dir = test::scratch_dir("cli-accessibility");
  auto input = write_input(
      dir, "in.yaml",
      "sections:\n  - title: Findings\n    body: |\n      See [here](https://example.gov.uk).\n",
      "committee-report");
  auto bad = papers({"check", "--accessibility", input.string()});
  CHECK(bad.status == 2);
  CHECK(bad.output.find(
            "in.yaml:7:11: sections[1].body: accessibility (link-text): the link text \"here\"") !=
        std::string::npos);
}

TEST_CASE("PDF output is tagged for assistive technology") {
  auto out = test::scratch_dir("cli-pdf");
  auto r = papers({"build",
                   (test::source_dir() / "inputs" / "leeds-recommendations-appendix.yaml").string(),
                   "--format", "pdf", "--out", out.string()});
  INFO(r.output);
  REQUIRE(r.status == 0);
  auto files = files_in(out);
  REQUIRE(files.size() == 1);
  auto info = test::run({"pdfinfo", files[0].string()});
  CHECK(info.output.find("Tagged:          yes") != std::string::npos);
  CHECK(info.output.find("Title:           Review of Partnership Working") != std::string::npos);
}

TEST_CASE("an input that never ends, or never comes, is refused in bounded memory and time") {
  // /dev/zero and a pipe that is always written to: cut off at the limit.
  auto zero = papers({"check", "/dev/zero"});
  CHECK(zero.status == 2);
  CHECK(zero.output.find("/dev/zero: the file is more than the limit of 16777216 bytes") !=
        std::string::npos);
  auto yes = test::run({"sh", "-c", fmt::format("yes | '{}' check /dev/stdin", PAPERS_BIN)});
  CHECK(yes.status == 2);
  CHECK(yes.output.find("more than the limit of 16777216 bytes") != std::string::npos);
  // A FIFO nobody writes to: given up on after a while, with a message.
  auto dir = test::scratch_dir("cli-fifo");
  auto fifo = dir / "paper.yaml";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  auto silent = papers({"check", fifo.string()});
  CHECK(silent.status == 2);
  CHECK(silent.output.find("the file sent nothing for 10 seconds") != std::string::npos);
  // A FIFO that is written to is read like a file.
  auto written = test::run(
      {"sh", "-c",
       fmt::format(
           "cat '{}' > '{}' & '{}' build '{}' --out '{}'",
           (test::source_dir() / "tests/bad-inputs/must-load/byte-order-mark.yaml").string(),
           fifo.string(), PAPERS_BIN, fifo.string(), (dir / "out").string())});
  INFO(written.output);
  CHECK(written.status == 0);
  CHECK(files_in(dir / "out").size() == 2);
}

TEST_CASE("--include-root widens where includes may be, and an empty --out is named") {
  auto dir = test::scratch_dir("cli-include-root");
  fs::create_directories(dir / "papers" / "2026");
  fs::create_directories(dir / "shared");
  std::ofstream(dir / "shared" / "purpose.md") << "Shared purpose text.\n";
  auto input = dir / "papers" / "2026" / "report.yaml";
  std::ofstream(input) << "kind: committee-report\ncommittee: Executive\nmeeting-date: "
                          "2026-03-16\ntitle: Shared\npurpose: !include ../../shared/purpose.md\n";
  auto refused = papers({"check", input.string()});
  CHECK(refused.status == 2);
  CHECK(refused.output.find("is outside the include root") != std::string::npos);
  CHECK(papers({"check", input.string(), "--include-root", dir.string()}).status == 0);
  auto outside = papers({"check", input.string(), "--include-root", (dir / "shared").string()});
  CHECK(outside.status == 2);
  CHECK(outside.output.find("the input is outside the include root") != std::string::npos);
  auto empty = papers({"build", input.string(), "--out", ""});
  CHECK(empty.status == 2);
  CHECK(empty.output.find("--out was given an empty folder name") != std::string::npos);
}

TEST_CASE("a build removes the temporary files a killed build of the same papers left behind") {
  auto out = test::scratch_dir("cli-stale-temporaries");
  auto input = (test::source_dir() / "tests/bad-inputs/must-load/byte-order-mark.yaml").string();
  REQUIRE(papers({"build", input, "--out", out.string()}).status == 0);
  auto names = files_in(out);
  REQUIRE(names.size() == 2);
  std::string target = names[0].filename().string();
  // One left by a process that has ended, one by this (live) test process,
  // and one of a file this build does not write: only the first goes.
  pid_t ended = 0;
  if ((ended = ::fork()) == 0) ::_exit(0);
  ::waitpid(ended, nullptr, 0);
  auto stale = out / fmt::format(".{}.papers-tmp-{}-AbC123", target, ended);
  auto live = out / fmt::format(".{}.papers-tmp-{}-AbC123", target, ::getpid());
  auto other = out / fmt::format(".other.docx.papers-tmp-{}-AbC123", ended);
  for (const auto& f : {stale, live, other}) std::ofstream(f) << "half a package";
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  REQUIRE(papers({"build", input, "--out", out.string()}).status == 0);
  CHECK_FALSE(fs::exists(stale));
  CHECK(fs::exists(live));
  CHECK(fs::exists(other));
}
