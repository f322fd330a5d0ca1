// SPDX-License-Identifier: MIT
// Files an input names stay inside the include root.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <fstream>

#include "ingest/named_file.hpp"
#include "support/paths.hpp"

using namespace cp;
namespace fs = std::filesystem;

namespace {

std::string refusal(std::string_view name, const fs::path& naming, const fs::path& root) {
  try {
    ingest::resolve_named_file(name, naming, root);
  } catch (const util::read_refused& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("names inside the root resolve, with .. that stays inside") {
  auto root = fs::canonical(test::scratch_dir("named-inside"));
  fs::create_directories(root / "papers" / "2026");
  fs::create_directories(root / "shared");
  std::ofstream(root / "shared" / "register.yaml") << "- a\n";
  auto paper = root / "papers" / "2026" / "report.yaml";
  auto f = ingest::resolve_named_file("../../shared/register.yaml", paper, root);
  CHECK(f.path == root / "shared" / "register.yaml");
  CHECK(f.canonical == root / "shared" / "register.yaml");
  CHECK(ingest::read_named_file(f, 100) == "- a\n");
  // The same name from a root that is only the paper's folder climbs out.
  CHECK(refusal("../../shared/register.yaml", paper, root / "papers" / "2026")
            .find("is outside the include root") != std::string::npos);
}

TEST_CASE("absolute names, links out, folders, FIFOs and missing files are refused") {
  auto root = fs::canonical(test::scratch_dir("named-refused"));
  auto paper = root / "paper.yaml";
  CHECK(refusal("/etc/passwd", paper, root).find("/etc/passwd is an absolute path") == 0);
  CHECK(
      refusal("../../../../../../../etc/passwd", paper, root).find("is outside the include root") !=
      std::string::npos);
  fs::create_symlink("/etc/passwd", root / "passwd.txt");
  CHECK(refusal("passwd.txt", paper, root).find("is a link to /etc/passwd, outside") !=
        std::string::npos);
  fs::create_symlink(root / "nowhere", root / "dangling.txt");
  CHECK(refusal("dangling.txt", paper, root).find("a link to nowhere") != std::string::npos);
  fs::create_directories(root / "folder");
  CHECK(refusal("folder", paper, root).find("is a folder, not a file") != std::string::npos);
  REQUIRE(::mkfifo((root / "fifo.txt").c_str(), 0600) == 0);
  CHECK(refusal("fifo.txt", paper, root).find("is a FIFO (named pipe), not a file") !=
        std::string::npos);
  CHECK(refusal("none.yaml", paper, root).find("there is no file") == 0);
  // A link inside the root to a file inside it is followed.
  std::ofstream(root / "real.txt") << "text";
  fs::create_symlink(root / "real.txt", root / "alias.txt");
  CHECK(ingest::resolve_named_file("alias.txt", paper, root).canonical == root / "real.txt");
}

TEST_CASE("a /proc file inside a widened root is refused as it is read") {
  auto f = ingest::resolve_named_file("self/status", "/proc/x.yaml", "/proc");
  CHECK_THROWS_WITH_AS(ingest::read_named_file(f, 1 << 20),
                       doctest::Contains("says it is empty but is not"), util::read_refused);
}
