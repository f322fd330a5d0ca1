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

// Room for the compressed bytes at the bound's size, uncleared, kept per
// thread: sizing the result string to the bound would clear it first, a
// 2 MB memset for a long report's document part that compresses to a
// fortieth of that. The result is copied out at its real size. Only room
// for ordinary parts is kept between calls.
constexpr std::size_t kept_scratch = std::size_t{16} << 20;

char* thread_scratch(std::size_t n) {
  thread_local std::unique_ptr<char[]> scratch;
  thread_local std::size_t capacity = 0;
  if (capacity < n) {
    scratch.reset(new char[n]);
    capacity = n;
  }
  return scratch.get();
}

}  // namespace

deflated deflate_entry(std::string_view bytes) {
  libdeflate_compressor& c = thread_compressor();
  deflated out;
  out.crc32 = static_cast<std::uint32_t>(libdeflate_crc32(0, bytes.data(), bytes.size()));
  std::size_t bound = libdeflate_deflate_compress_bound(&c, bytes.size());
  std::unique_ptr<char[]> large;  // for a part beyond what is kept
  if (bound > kept_scratch) large.reset(new char[bound]);
  char* room = large ? large.get() : thread_scratch(bound);
  std::size_t n = libdeflate_deflate_compress(&c, bytes.data(), bytes.size(), room, bound);
  if (n == 0) throw package_error("DEFLATE compression failed");  // cannot happen within the bound
  out.data.assign(room, n);
  return out;
}

}  // namespace cp::package
