// SPDX-License-Identifier: MIT
#include "ingest/named_file.hpp"

#include <sys/stat.h>

#include <algorithm>

#include <fmt/format.h>

namespace cp::ingest {
namespace {

[[noreturn]] void refuse(std::string why) {
  throw util::read_refused(std::move(why));
}

// The root as the user knows it: from the current folder when it lies
// below it (as messages name the inputs), else in full.
std::string root_note(const std::filesystem::path& root) {
  std::error_code ec;
  auto here = std::filesystem::canonical(std::filesystem::current_path(ec), ec);
  if (!ec && is_within(root, here)) {
    auto rel = root.lexically_relative(here);
    return fmt::format("the include root {}", rel == "." ? "./" : rel.string());
  }
  return fmt::format("the include root {}", root.string());
}

}  // namespace

bool is_within(const std::filesystem::path& path, const std::filesystem::path& root) {
  auto p = path.begin();
  for (auto r = root.begin(); r != root.end(); ++r, ++p) {
    if (r->empty()) continue;  // a trailing separator
    if (p == path.end() || *p != *r) return false;
  }
  return true;
}

std::filesystem::path default_include_root(const std::filesystem::path& input) {
  std::error_code ec;
  struct stat st {};
  bool regular = ::stat(input.c_str(), &st) == 0 && S_ISREG(st.st_mode);
  std::filesystem::path dir = regular ? std::filesystem::absolute(input, ec).parent_path()
                                      : std::filesystem::current_path(ec);
  auto canonical = std::filesystem::canonical(dir, ec);
  return ec ? dir.lexically_normal() : canonical;
}

named_file resolve_named_file(std::string_view name, const std::filesystem::path& naming_file,
                              const std::filesystem::path& root) {
  std::filesystem::path given(name);
  if (given.is_absolute())
    refuse(fmt::format("{} is an absolute path; name files relative to the file that names them",
                       given.string()));
  named_file f;
  f.path = (naming_file.parent_path() / given).lexically_normal();
  std::string shown = f.path.string();
  std::error_code ec;
  auto absolute = std::filesystem::absolute(f.path, ec).lexically_normal();
  // The naming file's own folder is reached through links it may hold; what
  // counts is where the name leads once they are resolved.
  auto folder = std::filesystem::canonical(
      naming_file.parent_path().empty() ? std::filesystem::path(".") : naming_file.parent_path(),
      ec);
  auto lexical = ec ? absolute : (folder / given).lexically_normal();
  if (!is_within(lexical, root))
    refuse(
        fmt::format("{} is outside {} (the top-level input's folder; --include-root DIR widens "
                    "it)",
                    shown, root_note(root)));
  auto status = std::filesystem::symlink_status(f.path, ec);
  if (ec || !std::filesystem::exists(status)) refuse(fmt::format("there is no file {}", shown));
  f.canonical = std::filesystem::canonical(f.path, ec);
  if (ec) refuse(fmt::format("there is no file {} (a link to nowhere)", shown));
  if (!is_within(f.canonical, root))
    refuse(fmt::format("{} is a link to {}, outside {}", shown, f.canonical.string(),
                       root_note(root)));
  if (auto type = util::describe_file_type(f.canonical); !type.empty())
    refuse(fmt::format("{} is {}, not a file", shown, type));
  return f;
}

std::string read_named_file(const named_file& f, std::size_t max_bytes) {
  try {
    return util::read_bounded(f.canonical, {.max_bytes = max_bytes, .regular_only = true});
  } catch (const util::read_refused& e) {
    refuse(fmt::format("{} {}", f.path.string(), e.what()));
  }
}

}  // namespace cp::ingest
