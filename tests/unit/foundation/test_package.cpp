// SPDX-License-Identifier: MIT
// Deterministic ZIP packages and atomic file replacement.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include "package/atomic_file.hpp"
#include "package/zip_package.hpp"
#include "support/paths.hpp"
#include "util/error.hpp"

using namespace cp;

namespace {

package::zip_package sample() {
  package::zip_package p;
  p.add("mimetype", "application/vnd.oasis.opendocument.text", false);
  p.add("content.xml", std::string(5000, 'x'));
  p.add("dir/part.xml", "<a/>");
  return p;
}

std::uint16_t le16(const std::string& b, std::size_t i) {
  return static_cast<std::uint16_t>(std::uint8_t(b[i]) | (std::uint8_t(b[i + 1]) << 8));
}

}  // namespace

TEST_CASE("the same entries give the same bytes") {
  std::string a = sample().bytes();
  std::string b = sample().bytes();
  CHECK(a == b);
  CHECK(a.size() > 30);
}

TEST_CASE("the first entry is stored, named, without extra field, dated 1980-01-01") {
  std::string z = sample().bytes();
  REQUIRE(z.substr(0, 4) == "PK\x03\x04");
  CHECK(le16(z, 8) == 0);                           // method: stored
  CHECK(le16(z, 10) == 0);                          // time 00:00
  CHECK(le16(z, 12) == ((0 << 9) | (1 << 5) | 1));  // date 1980-01-01
  CHECK(le16(z, 26) == 8);                          // name length
  CHECK(le16(z, 28) == 0);                          // no extra field
  CHECK(z.substr(30, 8) == "mimetype");
  CHECK(z.substr(38, 39) == "application/vnd.oasis.opendocument.text");
}

TEST_CASE("unsafe and duplicate entry names are refused") {
  package::zip_package p;
  CHECK_THROWS_AS(p.add("../evil.xml", "x"), package_error);
  CHECK_THROWS_AS(p.add("/abs.xml", "x"), package_error);
  CHECK_THROWS_AS(p.add("a//b.xml", "x"), package_error);
  CHECK_THROWS_AS(p.add("a\\b.xml", "x"), package_error);
  p.add("a.xml", "x");
  CHECK_THROWS_AS(p.add("a.xml", "y"), package_error);
}

TEST_CASE("atomic write replaces a file whole and leaves no temporary behind") {
  auto dir = test::scratch_dir("atomic");
  auto target = dir / "paper.txt";
  package::write_file_atomically(target, "first");
  package::write_file_atomically(target, "second version");
  CHECK(test::read_file(target) == "second version");
  int files = 0;
  for (auto& e : std::filesystem::directory_iterator(dir)) (void)e, ++files;
  CHECK(files == 1);
}

TEST_CASE("a failed write leaves the previous file intact") {
  if (::geteuid() == 0) {
    // root ignores directory permissions; use a path whose parent is a file instead.
    auto dir = test::scratch_dir("atomic-fail");
    std::ofstream(dir / "not-a-dir") << "x";
    CHECK_THROWS_AS(package::write_file_atomically(dir / "not-a-dir" / "paper.txt", "x"), io_error);
    return;
  }
  auto dir = test::scratch_dir("atomic-ro");
  auto target = dir / "paper.txt";
  package::write_file_atomically(target, "previous");
  ::chmod(dir.c_str(), 0555);
  CHECK_THROWS_AS(package::write_file_atomically(target, "new"), io_error);
  ::chmod(dir.c_str(), 0755);
  CHECK(test::read_file(target) == "previous");
}

namespace {

int count_files(const std::filesystem::path& dir) {
  int n = 0;
  for (auto& e : std::filesystem::directory_iterator(dir)) (void)e, ++n;
  return n;
}

}  // namespace

TEST_CASE("staged files staged from many threads are put in place together, in slot order") {
  auto dir = test::scratch_dir("staged");
  std::ofstream(dir / "p3.txt") << "previous";
  package::staged_files staged;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = t; i < 40; i += 4)
        staged.stage(static_cast<std::size_t>(39 - i), dir / ("p" + std::to_string(i) + ".txt"),
                     "paper " + std::to_string(i));
    });
  for (auto& t : threads) t.join();
  // Staged, nothing in place yet: the earlier file is untouched.
  CHECK(test::read_file(dir / "p3.txt") == "previous");
  CHECK_FALSE(std::filesystem::exists(dir / "p0.txt"));
  auto targets = staged.targets();
  REQUIRE(targets.size() == 40);
  CHECK(targets.front() == dir / "p39.txt");  // slot 0
  CHECK(targets.back() == dir / "p0.txt");
  staged.commit();
  CHECK(count_files(dir) == 40);  // no temporary file left
  CHECK(test::read_file(dir / "p3.txt") == "paper 3");
  struct stat st {};
  REQUIRE(::stat((dir / "p7.txt").c_str(), &st) == 0);
  mode_t mask = ::umask(0);
  ::umask(mask);
  CHECK((st.st_mode & 0777) == (0666 & ~mask));
}

TEST_CASE("staged files never committed leave every target as it was and no temporary file") {
  auto dir = test::scratch_dir("staged-dropped");
  std::ofstream(dir / "kept.txt") << "previous";
  {
    package::staged_files staged;
    staged.stage(0, dir / "kept.txt", "new");
    staged.stage(1, dir / "new.txt", "new");
    CHECK(count_files(dir) == 3);  // the old file and two temporary ones
  }
  CHECK(count_files(dir) == 1);
  CHECK(test::read_file(dir / "kept.txt") == "previous");
}
