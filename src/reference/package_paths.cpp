// SPDX-License-Identifier: MIT
#include "reference/package_paths.hpp"

#include <cctype>
#include <vector>

#include <fmt/format.h>

#include "reference/catalogue.hpp"

namespace cp::reference {

bool has_scheme(std::string_view target) {
  // scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
  std::size_t colon = target.find(':');
  if (colon == std::string_view::npos || colon < 2) return false;  // "C:" is a drive, not a scheme
  if (!std::isalpha(static_cast<unsigned char>(target[0]))) return false;
  for (std::size_t i = 1; i < colon; ++i) {
    auto c = static_cast<unsigned char>(target[i]);
    if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return false;
  }
  return true;
}

bool is_web_link(std::string_view target) {
  auto starts = [&](std::string_view p) {
    if (target.size() < p.size()) return false;
    for (std::size_t i = 0; i < p.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(target[i])) != p[i]) return false;
    return true;
  };
  return starts("http://") || starts("https://") || starts("mailto:");
}

std::optional<std::string> resolve_in_package(std::string_view base, std::string_view target) {
  if (target.empty() || has_scheme(target) || target.find('\\') != std::string_view::npos)
    return std::nullopt;
  std::string joined = target.front() == '/' ? std::string(target.substr(1))
                                             : std::string(base) + std::string(target);
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= joined.size()) {
    std::size_t end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    std::string seg = joined.substr(start, end - start);
    if (seg == "..") {
      if (parts.empty()) return std::nullopt;  // above the package root
      parts.pop_back();
    } else if (!seg.empty() && seg != ".") {
      parts.push_back(seg);
    }
    start = end + 1;
  }
  if (parts.empty()) return std::nullopt;
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

media::image_info check_picture(const package::entries& entries, const std::string& path,
                                const std::string& file, const std::string& used_by) {
  auto it = entries.find(path);
  if (it == entries.end())
    throw reference_error(fmt::format("{}: {} shows the picture {}, which is not in the package",
                                      file, used_by, path));
  try {
    return media::probe_image(it->second, path);
  } catch (const error& e) {
    throw reference_error(fmt::format(
        "{}: {} shows {}, which is not a PNG or JPEG picture; only those are taken from a "
        "reference document ({})",
        file, used_by, path, e.what()));
  }
}

}  // namespace cp::reference
