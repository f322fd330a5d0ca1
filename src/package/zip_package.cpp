// SPDX-License-Identifier: MIT
#include "package/zip_package.hpp"

#include <zip.h>

#include <algorithm>
#include <cstring>
#include <memory>

#include <fmt/format.h>

#include "package/deflate.hpp"
#include "util/error.hpp"

namespace cp::package {
namespace {

// MS-DOS date of 1980-01-01 and time 00:00: the earliest ZIP can express.
constexpr zip_uint16_t dos_date_1980 = (0 << 9) | (1 << 5) | 1;
constexpr zip_uint16_t dos_time_midnight = 0;

std::string zip_message(zip_error_t* err) {
  return zip_error_strerror(err);
}

std::string archive_message(zip_t* za) {
  return zip_error_strerror(zip_get_error(za));
}

bool safe_name(std::string_view name) {
  if (name.empty() || name.front() == '/' || name.back() == '/') return false;
  if (name.find('\\') != std::string_view::npos) return false;
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = name.find('/', start);
    if (end == std::string_view::npos) end = name.size();
    std::string_view seg = name.substr(start, end - start);
    if (seg.empty() || seg == "." || seg == "..") return false;
    start = end + 1;
  }
  return true;
}

struct source_deleter {
  void operator()(zip_source_t* s) const { zip_source_free(s); }
};
using source_ptr = std::unique_ptr<zip_source_t, source_deleter>;

// An entry deflated by us (package/deflate.hpp), handed to libzip as a
// source whose stat says DEFLATE with both sizes and the CRC: zip_close then
// copies the bytes as they are instead of compressing them again with zlib.
struct precompressed {
  deflated deflated_data;
  zip_uint64_t size = 0;  // uncompressed
  zip_uint64_t offset = 0;
  zip_error_t error{};
  ~precompressed() { zip_error_fini(&error); }
};

zip_int64_t precompressed_source(void* user, void* data, zip_uint64_t length,
                                 zip_source_cmd_t command) {
  auto* p = static_cast<precompressed*>(user);
  const std::string& bytes = p->deflated_data.data;
  switch (command) {
    case ZIP_SOURCE_OPEN:
      p->offset = 0;
      return 0;
    case ZIP_SOURCE_READ: {
      zip_uint64_t n = std::min<zip_uint64_t>(length, bytes.size() - p->offset);
      std::memcpy(data, bytes.data() + p->offset, n);
      p->offset += n;
      return static_cast<zip_int64_t>(n);
    }
    case ZIP_SOURCE_CLOSE:
    case ZIP_SOURCE_FREE:  // bytes() owns the entry
      return 0;
    case ZIP_SOURCE_STAT: {
      auto* st = static_cast<zip_stat_t*>(data);
      zip_stat_init(st);
      st->size = p->size;
      st->comp_size = bytes.size();
      st->crc = p->deflated_data.crc32;
      st->comp_method = ZIP_CM_DEFLATE;
      st->encryption_method = ZIP_EM_NONE;
      st->valid = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_CRC | ZIP_STAT_COMP_METHOD |
                  ZIP_STAT_ENCRYPTION_METHOD;
      return sizeof(*st);
    }
    case ZIP_SOURCE_ERROR:
      return zip_error_to_data(&p->error, data, length);
    case ZIP_SOURCE_SUPPORTS:
      return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                            ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
      zip_error_set(&p->error, ZIP_ER_OPNOTSUPP, 0);
      return -1;
  }
}

}  // namespace

void prepare_for_threads() {
  zip_package p;  // not empty: libzip writes no archive at all for that
  p.add("a", "");
  p.bytes();
}

void zip_package::add(std::string name, std::string data, bool compress) {
  if (!safe_name(name)) throw package_error(fmt::format("unsafe package entry name '{}'", name));
  if (contains(name)) throw package_error(fmt::format("duplicate package entry '{}'", name));
  entries_.push_back(entry{std::move(name), std::move(data), compress});
}

bool zip_package::contains(std::string_view name) const {
  return std::any_of(entries_.begin(), entries_.end(),
                     [&](const entry& e) { return e.name == name; });
}

std::string zip_package::bytes() const {
  zip_error_t err;
  zip_error_init(&err);
  source_ptr target(zip_source_buffer_create(nullptr, 0, 0, &err));
  if (!target) throw package_error("cannot create in-memory archive: " + zip_message(&err));
  zip_t* za = zip_open_from_source(target.get(), ZIP_TRUNCATE, &err);
  if (!za) {
    std::string msg = zip_message(&err);
    zip_error_fini(&err);
    throw package_error("cannot open in-memory archive: " + msg);
  }
  zip_error_fini(&err);
  zip_source_keep(target.get());  // the archive's zip_close() must not free our buffer source

  auto fail = [&](const std::string& what) {
    std::string msg = fmt::format("{}: {}", what, archive_message(za));
    zip_discard(za);
    throw package_error(msg);
  };

  // Deflated first, in a list that does not move: libzip keeps pointers to
  // the entries and reads them only in zip_close().
  std::vector<precompressed> deflated_entries(entries_.size());
  for (std::size_t k = 0; k < entries_.size(); ++k) {
    if (!entries_[k].compress) continue;
    deflated_entries[k].deflated_data = deflate_entry(entries_[k].data);
    deflated_entries[k].size = entries_[k].data.size();
  }
  for (std::size_t k = 0; k < entries_.size(); ++k) {
    const entry& e = entries_[k];
    zip_source_t* src = e.compress
                            ? zip_source_function(za, precompressed_source, &deflated_entries[k])
                            : zip_source_buffer(za, e.data.data(), e.data.size(), 0);
    if (!src) fail(fmt::format("cannot add '{}'", e.name));
    zip_int64_t idx = zip_file_add(za, e.name.c_str(), src, ZIP_FL_ENC_UTF_8);
    if (idx < 0) {
      zip_source_free(src);
      fail(fmt::format("cannot add '{}'", e.name));
    }
    auto i = static_cast<zip_uint64_t>(idx);
    if (zip_set_file_compression(za, i, e.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0) != 0)
      fail(fmt::format("cannot set compression of '{}'", e.name));
    if (zip_file_set_dostime(za, i, dos_time_midnight, dos_date_1980, 0) != 0)
      fail(fmt::format("cannot set time of '{}'", e.name));
  }
  if (zip_close(za) != 0) fail("cannot finish archive");

  if (zip_source_open(target.get()) != 0)
    throw package_error("cannot read in-memory archive: " +
                        std::string(zip_error_strerror(zip_source_error(target.get()))));
  std::string out;
  char buf[65536];
  zip_int64_t n;
  while ((n = zip_source_read(target.get(), buf, sizeof buf)) > 0)
    out.append(buf, static_cast<std::size_t>(n));
  bool read_failed = n < 0;
  zip_source_close(target.get());
  if (read_failed) throw package_error("cannot read in-memory archive");
  return out;
}

}  // namespace cp::package
