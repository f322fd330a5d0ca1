// SPDX-License-Identifier: MIT
#include "zip/zip_reader.hpp"

#include <zip.h>

#include <memory>

#include <fmt/format.h>

#include "util/bounded_read.hpp"
#include "util/error.hpp"

namespace cp::package {
namespace {

struct archive_closer {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct file_closer {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

// Entry names must stay inside the package when anyone unpacks it.
bool safe_entry_name(std::string_view n) {
  if (n.empty() || n.front() == '/' || n.front() == '\\') return false;
  if (n.size() > 1 && n[1] == ':') return false;  // "C:..."
  std::size_t start = 0;
  while (start <= n.size()) {
    std::size_t end = n.find_first_of("/\\", start);
    if (end == std::string_view::npos) end = n.size();
    if (n.substr(start, end - start) == "..") return false;
    start = end + 1;
  }
  return true;
}

}  // namespace

entries read_zip(std::string_view bytes, const std::string& name, const read_limits& limits) {
  auto fail = [&](const std::string& what) -> void {
    throw package_error(fmt::format("{}: {}", name, what));
  };
  if (bytes.size() > limits.max_package_bytes)
    fail(fmt::format("the file is {} bytes, more than the limit of {}", bytes.size(),
                     limits.max_package_bytes));
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  if (!src) fail("cannot read: out of memory");
  std::unique_ptr<zip_t, archive_closer> za(
      zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err));
  if (!za) {
    zip_source_free(src);
    int code = zip_error_code_zip(&err);
    std::string msg = zip_error_strerror(&err);
    zip_error_fini(&err);
    if (code == ZIP_ER_EXISTS)
      fail("two entries have the same name; the package is damaged or tampered with");
    if (code == ZIP_ER_INCONS)
      fail("the ZIP directory does not match its entries; the package is damaged or tampered with");
    fail(fmt::format("not a readable {} ({})", limits.kind, msg));
  }
  zip_error_fini(&err);

  zip_int64_t count = zip_get_num_entries(za.get(), 0);
  if (count < 0 || static_cast<std::uint64_t>(count) > limits.max_entries)
    fail(fmt::format("{} entries, more than the limit of {}", count, limits.max_entries));
  entries out;
  std::uint64_t total = 0;
  for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(count); ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(za.get(), i, ZIP_FL_ENC_RAW, &st) != 0)
      fail(fmt::format("entry {} is damaged", i + 1));
    std::string entry = st.name ? st.name : "";
    if (!safe_entry_name(entry))
      fail(fmt::format("entry \"{}\" would be written outside the package", entry));
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
      fail(fmt::format("entry \"{}\" is encrypted; save the document without a password", entry));
    if (out.count(entry)) fail(fmt::format("entry \"{}\" appears twice", entry));
    if (!entry.empty() && entry.back() == '/') {  // a folder
      out.emplace(entry, std::string());
      continue;
    }
    if (st.size > limits.max_entry_bytes)
      fail(fmt::format("entry \"{}\" is {} bytes uncompressed, more than the limit of {}", entry,
                       st.size, limits.max_entry_bytes));
    constexpr std::uint64_t ratio_floor = 1ull << 20;
    if (st.size > ratio_floor && st.comp_size > 0 && st.size / st.comp_size > limits.max_ratio)
      fail(fmt::format("entry \"{}\" expands {} times, more than the limit of {} (a zip bomb?)",
                       entry, st.size / st.comp_size, limits.max_ratio));
    std::unique_ptr<zip_file_t, file_closer> f(zip_fopen_index(za.get(), i, 0));
    if (!f)
      fail(fmt::format("entry \"{}\" cannot be read ({})", entry,
                       zip_error_strerror(zip_get_error(za.get()))));
    std::string data;
    char buf[65536];
    zip_int64_t n;
    // Count what really comes out: the directory's sizes can lie.
    while ((n = zip_fread(f.get(), buf, sizeof buf)) > 0) {
      data.append(buf, static_cast<std::size_t>(n));
      total += static_cast<std::uint64_t>(n);
      if (data.size() > limits.max_entry_bytes || total > limits.max_total_bytes)
        fail(fmt::format("entry \"{}\" inflates past the size limit (a zip bomb?)", entry));
    }
    if (n < 0) fail(fmt::format("entry \"{}\" is damaged ({})", entry, zip_file_strerror(f.get())));
    out.emplace(entry, std::move(data));
  }
  return out;
}

entries read_zip_file(const std::string& path, const read_limits& limits) {
  std::string bytes;
  try {
    bytes = util::read_bounded(path, {.max_bytes = limits.max_package_bytes});
  } catch (const util::read_refused& e) {
    throw package_error(fmt::format("{}: the file {}", path, e.what()));
  }
  return read_zip(bytes, path, limits);
}

}  // namespace cp::package
