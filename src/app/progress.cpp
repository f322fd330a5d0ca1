// SPDX-License-Identifier: MIT
#include "app/progress.hpp"

#include <unistd.h>

#include <fmt/format.h>

namespace cp::app {
namespace {

constexpr std::size_t bar_cells = 30;

}  // namespace

bool stderr_is_terminal() {
  return ::isatty(STDERR_FILENO) == 1;
}

progress_bar::progress_bar(std::ostream& out, std::string what, std::size_t total, bool shown)
    : out_(out), what_(std::move(what)), total_(total), shown_(shown && total > 1) {
  std::lock_guard lock(mutex_);
  if (shown_) draw();
}

progress_bar::~progress_bar() {
  finish();
}

void progress_bar::advance() {
  std::lock_guard lock(mutex_);
  ++done_;
  // Redraw only when a cell fills or at the end: a thousand papers should
  // not mean a thousand terminal writes.
  if (shown_ && (done_ * bar_cells / total_ != drawn_width_ || done_ == total_)) draw();
}

void progress_bar::finish() {
  std::lock_guard lock(mutex_);
  if (!visible_) return;
  out_ << "\r\033[K" << std::flush;  // back to the line's start, erase it
  visible_ = false;
}

void progress_bar::draw() {
  drawn_width_ = done_ * bar_cells / total_;
  out_ << fmt::format("\rpapers: {} [{:#<{}}{:<{}}] {}/{}", what_, "", drawn_width_, "",
                      bar_cells - drawn_width_, done_, total_)
       << std::flush;
  visible_ = true;
}

}  // namespace cp::app
