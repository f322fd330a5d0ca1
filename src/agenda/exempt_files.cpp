// SPDX-License-Identifier: MIT
// No file an exempt item shows may be shown by a public item too: its text
// would be in the public pack.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "agenda/agenda.hpp"
#include "util/bounded_read.hpp"

namespace cp::agenda {
namespace {

struct shown_file {
  std::string path;  // as the input named it
  std::filesystem::path canonical;
  std::string field;  // "items[2].report"
  std::string via;    // the report that includes it; empty: the item names it
  const item* owner = nullptr;
};

std::vector<shown_file> files_of(const agenda& a, const item& it) {
  std::vector<shown_file> out;
  auto add = [&](const std::string& path, const std::string& field, const std::string& via) {
    std::error_code ec;
    auto canonical = std::filesystem::canonical(path, ec);
    out.push_back({path, ec ? std::filesystem::path(path) : canonical, field, via, &it});
  };
  const model::agenda_item& in = a.meeting.items[it.input_index];
  if (it.paper) {
    const model::paper& p = *it.paper;
    std::string logo =
        p.logo.empty() ? "" : (std::filesystem::path(p.file).parent_path() / p.logo).string();
    for (const auto& f : p.sources)
      if (f != logo) add(f, it.path() + ".report", f == p.file ? "" : p.file);
  }
  if (it.placed) add(in.document, it.path() + ".document", "");
  return out;
}

// Bytes of files, read once each; nothing for a file that cannot be read
// (it was read a moment ago; then it cannot be compared either).
class contents {
 public:
  const std::optional<std::string>& of(const std::filesystem::path& canonical) {
    auto [it, fresh] = held_.try_emplace(canonical.string());
    if (fresh) try {
        it->second = util::read_bounded(canonical, {.max_bytes = 64u << 20});
      } catch (const util::read_refused&) {
      }
    return it->second;
  }
  bool same(const shown_file& x, const shown_file& y) {
    std::error_code ec1, ec2;
    if (std::filesystem::file_size(x.canonical, ec1) !=
            std::filesystem::file_size(y.canonical, ec2) ||
        ec1 || ec2)
      return false;
    const auto& a = of(x.canonical);
    const auto& b = of(y.canonical);
    return a && b && *a == *b;
  }

 private:
  std::map<std::string, std::optional<std::string>> held_;
};

std::string describe(const shown_file& f) {
  return f.via.empty() ? f.path : fmt::format("{} (which {} includes)", f.path, f.via);
}

}  // namespace

void check_exempt_files(const agenda& a, diagnostics& d) {
  std::vector<shown_file> exempt, open;
  for (const auto& it : a.items)
    for (auto& f : files_of(a, it)) (it.exempt() ? exempt : open).push_back(std::move(f));
  contents bytes;
  for (const auto& p : open)
    for (const auto& e : exempt) {
      bool same_file = p.canonical == e.canonical;
      if (!same_file && !bytes.same(p, e)) continue;
      auto pos = a.meeting.positions.find(p.field);
      source_position at =
          pos == a.meeting.positions.end() ? source_position{a.meeting.file, 0, 0} : pos->second;
      std::string what =
          same_file ? fmt::format("{} is also shown by exempt item {} ({})", describe(p),
                                  e.owner->number, e.owner->path())
                    : fmt::format("{} holds the same bytes as {}, shown by exempt item {} ({})",
                                  describe(p), describe(e), e.owner->number, e.owner->path());
      d.error(at, p.field,
              fmt::format("{}, so its exempt text would be in the public pack; a file may belong "
                          "to exempt items or to public items, not both",
                          what));
      break;  // one message for each file of a public item
    }
}

}  // namespace cp::agenda
