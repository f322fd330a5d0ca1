// SPDX-License-Identifier: MIT
#include "support/golden.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

#include <fmt/format.h>

#include "support/paths.hpp"
#include "xml/xml_reader.hpp"

namespace cp::test {
namespace {

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

}  // namespace

std::string compare_golden(const std::string& xml, const std::string& relative) {
  if (relative.find("..") != std::string::npos || relative.empty() || relative.front() == '/')
    return fmt::format("golden path '{}' must stay inside tests/golden/", relative);
  auto doc = xml::parse(xml, relative);
  return compare_golden_text(xml::pretty(doc.get()), relative);
}

std::string compare_golden_text(const std::string& actual, const std::string& relative) {
  if (relative.find("..") != std::string::npos || relative.empty() || relative.front() == '/')
    return fmt::format("golden path '{}' must stay inside tests/golden/", relative);
  auto path = source_dir() / "tests" / "golden" / relative;
  const char* update = std::getenv("UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << actual;
    return "";
  }
  if (!std::filesystem::exists(path))
    return fmt::format("no golden file {} (run with UPDATE_GOLDEN=1 to create it)", path.string());
  std::string expected = read_file(path);
  if (expected == actual) return "";
  auto a = lines(actual), e = lines(expected);
  std::size_t i = 0;
  while (i < a.size() && i < e.size() && a[i] == e[i]) ++i;
  std::string msg = fmt::format("{} differs from its golden file at line {}:\n", relative, i + 1);
  for (std::size_t k = i; k < e.size() && k < i + 5; ++k) msg += fmt::format("  - {}\n", e[k]);
  for (std::size_t k = i; k < a.size() && k < i + 5; ++k) msg += fmt::format("  + {}\n", a[k]);
  msg += "(UPDATE_GOLDEN=1 accepts the new output after review)";
  return msg;
}

}  // namespace cp::test
