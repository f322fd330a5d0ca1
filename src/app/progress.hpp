// SPDX-License-Identifier: MIT
// A progress bar for long builds, drawn on one terminal line and rubbed out
// when done, so a build's messages read the same with or without it.
#pragma once

#include <cstddef>
#include <mutex>
#include <ostream>
#include <string>

namespace cp::app {

// Whether the process's standard error is a terminal: only then is a bar drawn.
bool stderr_is_terminal();

class progress_bar {
 public:
  // Draws nothing unless `shown`; `what` names the work ("building").
  progress_bar(std::ostream& out, std::string what, std::size_t total, bool shown);
  ~progress_bar();
  progress_bar(const progress_bar&) = delete;
  progress_bar& operator=(const progress_bar&) = delete;

  // One more step done; safe to call from several threads.
  void advance();
  // Rubs the bar out (also done by the destructor).
  void finish();

 private:
  void draw();

  std::ostream& out_;
  std::string what_;
  std::size_t total_;
  std::size_t done_ = 0;
  std::size_t drawn_width_ = 0;  // cells filled when last drawn, to redraw only on change
  bool shown_;
  bool visible_ = false;
  std::mutex mutex_;
};

}  // namespace cp::app
