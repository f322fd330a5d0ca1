// SPDX-License-Identifier: MIT
// Inputs the benchmark makes for itself: an annual report of any size, a
// batch of many papers, and an agenda meeting of 50 reports.
#pragma once

#include <filesystem>
#include <vector>

namespace cp::bench {

// An annual partnerships report `scale` times the size of the 1x one
// (3 partnerships, 9 recommendations, 3 numbered sections); 10x is the
// "large annual report" of 30 partnerships and 90 recommendations.
std::filesystem::path write_annual_report(const std::filesystem::path& dir, int scale);

// `count` paper inputs, copies of the examples under their own ids (with
// the shared files and logo they refer to laid out beside them).
std::vector<std::filesystem::path> write_batch(const std::filesystem::path& root,
                                               const std::filesystem::path& dir, int count);

// A meeting of 50 report items cycling through the example papers, and 5
// placed copies of the example auditor's report.
std::filesystem::path write_meeting(const std::filesystem::path& root,
                                    const std::filesystem::path& dir);

}  // namespace cp::bench
