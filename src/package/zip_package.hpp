// SPDX-License-Identifier: MIT
// Deterministic ZIP packages (DOCX, ODT) assembled in memory with libzip.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cp::package {

// One entry of a package, written in the order added.
struct entry {
  std::string name;  // path inside the archive, '/' separated
  std::string data;
  bool compress = true;  // false: stored (ODF requires this for "mimetype")
};

// libzip 1.7 fills two static tables on its first zip_open_from_source,
// without a lock; this makes that first time happen before threads start
// (papers build --jobs). Call once from the main thread.
void prepare_for_threads();

// Collects the parts of a package and turns them into ZIP bytes.
// The same entries always give the same bytes: entry order is the order of
// add(), every timestamp is 1980-01-01 00:00, and no extra fields are written.
class zip_package {
 public:
  // Adds an entry; throws package_error on a duplicate or unsafe name.
  void add(std::string name, std::string data, bool compress = true);
  bool contains(std::string_view name) const;
  const std::vector<entry>& entries() const { return entries_; }

  // Returns the finished archive.
  std::string bytes() const;

 private:
  std::vector<entry> entries_;
};

}  // namespace cp::package
