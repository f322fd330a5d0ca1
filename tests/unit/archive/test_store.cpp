// SPDX-License-Identifier: MIT
// Version folders: written whole or not at all, never replacing one, and
// checked file by file against their manifest.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>

#include "archive/sha256.hpp"
#include "archive/store.hpp"
#include "support/paths.hpp"

using namespace cp;
namespace fs = std::filesystem;

namespace {

archive::manifest manifest_of(const std::vector<std::pair<std::string, std::string>>& files) {
  archive::manifest m;
  for (const auto& [path, bytes] : files)
    m.files.push_back({path, "input", bytes.size(), archive::sha256_hex(bytes)});
  return m;
}

void write(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  if (fs::exists(file)) fs::permissions(file, fs::perms::owner_write, fs::perm_options::add);
  std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
}

}  // namespace

TEST_CASE("store: version folder names") {
  CHECK(archive::version_number("v1") == 1);
  CHECK(archive::version_number("v12") == 12);
  CHECK_FALSE(archive::version_number("v0"));
  CHECK_FALSE(archive::version_number("v01"));
  CHECK_FALSE(archive::version_number("v"));
  CHECK_FALSE(archive::version_number("V1"));
  CHECK_FALSE(archive::version_number("v1.tmp"));
  CHECK(archive::is_temporary(".v3.tmp-AbC123"));
  CHECK_FALSE(archive::is_temporary("v3.tmp-AbC123"));
  CHECK_FALSE(archive::is_temporary(".vx.tmp-AbC123"));
  CHECK_FALSE(archive::is_temporary(".v3"));
}

TEST_CASE("store: a version appears whole on commit, read-only, and the temporary folder is gone") {
  auto paper = test::scratch_dir("store-commit") / "paper";
  archive::make_folders(paper);
  fs::path temp;
  {
    archive::version_writer w(paper, 1);
    temp = w.folder();
    CHECK(archive::is_temporary(temp.filename().string()));
    w.write("input/a.yaml", "kind: x\n");
    w.write("output/a.docx", "PK");
    CHECK_THROWS(w.write("input/a.yaml", "again"));  // never over a file
    CHECK_THROWS(w.write("../escape.txt", "no"));
    CHECK_FALSE(fs::exists(paper / "v1"));  // not before the commit
    CHECK(archive::read_paper_folder(paper).versions.empty());
    CHECK(w.commit() == paper / "v1");
  }
  CHECK_FALSE(fs::exists(temp));
  CHECK(test::read_file(paper / "v1/input/a.yaml") == "kind: x\n");
  auto perms = fs::status(paper / "v1/output/a.docx").permissions();
  CHECK((perms & fs::perms::owner_write) == fs::perms::none);
  auto folder = archive::read_paper_folder(paper);
  CHECK(folder.versions == std::vector<int>{1});
  CHECK(folder.temporaries.empty());
}

TEST_CASE("store: a writer dropped before its commit leaves nothing") {
  auto paper = test::scratch_dir("store-abandon") / "paper";
  archive::make_folders(paper);
  {
    archive::version_writer w(paper, 1);
    w.write("input/a.yaml", "kind: x\n");
  }
  CHECK(fs::is_empty(paper));
}

TEST_CASE("store: an existing version is never replaced") {
  auto paper = test::scratch_dir("store-no-replace") / "paper";
  archive::make_folders(paper / "v1");
  write(paper / "v1/keep.txt", "the first version");
  for (bool empty_folder : {false, true}) {
    if (empty_folder) {  // rename(2) would replace an empty folder: refused all the same
      fs::remove_all(paper / "v1");
      archive::make_folders(paper / "v1");
    }
    archive::version_writer w(paper, 1);
    w.write("other.txt", "a second version");
    CHECK_THROWS_AS(w.commit(), archive::archive_error);
  }
  CHECK(fs::is_empty(paper / "v1"));
  CHECK(archive::read_paper_folder(paper).temporaries.empty());
}

TEST_CASE("store: leftovers of interrupted runs are told apart and removed") {
  auto paper = test::scratch_dir("store-leftovers") / "paper";
  archive::make_folders(paper / "v1");
  archive::make_folders(paper / ".v2.tmp-abcdef");
  write(paper / ".v2.tmp-abcdef/input/a.yaml", "half");
  write(paper / "notes.txt", "not ours");
  auto folder = archive::read_paper_folder(paper);
  CHECK(folder.versions == std::vector<int>{1});
  CHECK(folder.temporaries == std::vector<std::string>{".v2.tmp-abcdef"});
  CHECK(folder.others == std::vector<std::string>{"notes.txt"});
  CHECK(archive::remove_temporaries(paper) == std::vector<std::string>{".v2.tmp-abcdef"});
  CHECK_FALSE(fs::exists(paper / ".v2.tmp-abcdef"));
  CHECK(fs::exists(paper / "notes.txt"));
}

TEST_CASE("store: check_files names every missing, extra and changed file") {
  auto dir = test::scratch_dir("store-check") / "v1";
  write(dir / "input/a.yaml", "a");
  write(dir / "input/b.yaml", "b");
  write(dir / "manifest.json", "{}");
  auto m = manifest_of({{"input/a.yaml", "a"}, {"input/b.yaml", "b"}});
  CHECK(archive::check_files(dir, m).empty());

  write(dir / "input/b.yaml", "B");
  write(dir / "output/extra.pdf", "x");
  fs::remove(dir / "input/a.yaml");
  fs::create_symlink("b.yaml", dir / "input/c.yaml");
  m.files.push_back({"input/c.yaml", "input", 1, archive::sha256_hex("B")});
  auto problems = archive::check_files(dir, m);
  REQUIRE(problems.size() == 4);
  CHECK(problems[0].path == "input/a.yaml");
  CHECK(problems[0].message.rfind("missing", 0) == 0);
  CHECK(problems[1].path == "input/b.yaml");
  CHECK(problems[1].message.rfind("changed: its SHA-256 is " + archive::sha256_hex("B"), 0) == 0);
  CHECK(problems[2].path == "input/c.yaml");
  CHECK(problems[2].message.find("not a regular file") != std::string::npos);
  CHECK(problems[3].path == "output/extra.pdf");
  CHECK(problems[3].message.rfind("extra", 0) == 0);
}

TEST_CASE("store: the crash hook ends the process at the named point only") {
  auto status_at = [](const char* env, const char* point) {
    pid_t pid = ::fork();
    if (pid == 0) {
      ::setenv("PAPERS_TEST_CRASH_AT", env, 1);
      archive::crash_point(point);
      ::_exit(0);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  };
  CHECK(status_at("before-rename", "before-rename") == 75);
  CHECK(status_at("before-rename", "first-file") == 0);
}
