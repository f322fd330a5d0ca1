// SPDX-License-Identifier: MIT
// Fuzz target: any name as an include (or logo, report, document) names it.
// Whatever the name, what resolves lies inside the include root and is a
// regular file; everything else is refused with a reason, never a crash.
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "fuzz_target.hpp"
#include "ingest/named_file.hpp"

namespace fs = std::filesystem;

namespace {

// root/paper.yaml names files; beside it lie a file, a folder, links in and
// out of the root, a dangling link and a FIFO; outside it, a file of its own.
struct sandbox {
  fs::path top = fs::temp_directory_path() / ("cp-fuzz-include-" + std::to_string(::getpid()));
  fs::path root = top / "root";
  sandbox() {
    fs::create_directories(root / "sub" / "deeper");
    std::ofstream(root / "paper.yaml") << "kind: committee-report\n";
    std::ofstream(root / "sub" / "part.yaml") << "- a\n";
    std::ofstream(top / "outside.yaml") << "secret\n";
    std::error_code ec;
    fs::create_symlink(root / "sub" / "part.yaml", root / "in-link", ec);
    fs::create_symlink(top / "outside.yaml", root / "out-link", ec);
    fs::create_symlink(top, root / "sub" / "up-link", ec);
    fs::create_symlink(root / "nowhere", root / "dangling", ec);
    ::mkfifo((root / "fifo").c_str(), 0600);
    root = fs::canonical(root);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const sandbox box;
  std::string name(reinterpret_cast<const char*>(data), size);
  // The first byte picks which file names it: the paper, or one below it.
  fs::path naming = (size > 0 && (data[0] & 1)) ? box.root / "sub" / "deeper" / "x.yaml"
                                                : box.root / "paper.yaml";
  try {
    auto f = cp::ingest::resolve_named_file(name, naming, box.root);
    struct stat st {};
    if (!cp::ingest::is_within(f.canonical, box.root) || ::stat(f.canonical.c_str(), &st) != 0 ||
        !S_ISREG(st.st_mode))
      std::abort();  // a name resolved to somewhere it must not
    std::string text = cp::ingest::read_named_file(f, 1 << 16);
    if (text == "secret\n") std::abort();
  } catch (const cp::util::read_refused&) {
    // A refusal with its reason is a correct answer.
  }
  return 0;
}
