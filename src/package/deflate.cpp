// SPDX-License-Identifier: MIT
#include "package/deflate.hpp"

#include <libdeflate.h>

#include <memory>

#include "util/error.hpp"

namespace cp::package {
namespace {

// Level 1 of libdeflate compresses our XML a little better than zlib's level
// 1 did, at about twice its speed. The level is part of every package's
// bytes: changing it changes them all (not one part's XML).
constexpr int deflate_level = 1;

struct compressor_deleter {
  void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

libdeflate_compressor& thread_compressor() {
  thread_local std::unique_ptr<libdeflate_compressor, compressor_deleter> c(
      libdeflate_alloc_compressor(deflate_level));
  if (!c) throw package_error("cannot make a DEFLATE compressor: out of memory");
  return *c;
}

}  // namespace

deflated deflate_entry(std::string_view bytes) {
  libdeflate_compressor& c = thread_compressor();
  deflated out;
  out.crc32 = static_cast<std::uint32_t>(libdeflate_crc32(0, bytes.data(), bytes.size()));
  out.data.resize(libdeflate_deflate_compress_bound(&c, bytes.size()));
  std::size_t n =
      libdeflate_deflate_compress(&c, bytes.data(), bytes.size(), out.data.data(), out.data.size());
  if (n == 0) throw package_error("DEFLATE compression failed");  // cannot happen within the bound
  out.data.resize(n);
  return out;
}

}  // namespace cp::package
