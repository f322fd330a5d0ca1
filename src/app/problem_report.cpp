// SPDX-License-Identifier: MIT
#include "app/problem_report.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

namespace cp::app {

bool refuses(const diagnostics& d, bool strict) {
  return d.has_errors() || (strict && d.items().size() > d.error_count());
}

bool report_and_refuse(const diagnostics& d, bool strict, std::string_view outcome,
                       std::ostream& err, bool quiet) {
  bool refused = refuses(d, strict);
  if (!d.items().empty() && (refused || !quiet)) fmt::print(err, "{}\n", d.to_string());
  if (!refused) return false;
  bool warnings = d.items().size() > d.error_count();
  fmt::print(err, "papers: {} error(s){}; {}\n", d.error_count(),
             strict && warnings ? " (warnings count as errors with --strict)" : "", outcome);
  return true;
}

}  // namespace cp::app
