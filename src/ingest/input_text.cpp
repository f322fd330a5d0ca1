// SPDX-License-Identifier: MIT
#include "ingest/input_text.hpp"

#include <sys/stat.h>

#include <map>
#include <mutex>

#include "util/bounded_read.hpp"

namespace cp::ingest {

std::string read_input_text(const std::filesystem::path& given, std::size_t max_bytes) {
  const std::filesystem::path input = given == "-" ? "/dev/stdin" : given;
  struct stat st {};
  bool regular = ::stat(input.c_str(), &st) != 0 || S_ISREG(st.st_mode) || S_ISDIR(st.st_mode);
  util::read_limits limits{.max_bytes = max_bytes, .regular_only = false};
  if (regular) return util::read_bounded(input, limits);
  struct held {
    std::string text;
    std::string refused;  // why it could not be read, given again too
  };
  static std::mutex mutex;
  static std::map<std::string, held> streams;
  std::lock_guard lock(mutex);
  auto [it, fresh] = streams.try_emplace(input.string());
  if (fresh) {
    try {
      it->second.text = util::read_bounded(input, limits);
    } catch (const util::read_refused& e) {
      it->second.refused = e.what();
    }
  }
  if (!it->second.refused.empty()) throw util::read_refused(it->second.refused);
  return it->second.text;
}

}  // namespace cp::ingest
