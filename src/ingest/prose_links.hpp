// SPDX-License-Identifier: MIT
// Checks the links an author wrote in CommonMark prose, while the input's
// positions are still at hand.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cp::ingest {

// The target of every link in `markdown`, in order.
std::vector<std::string> link_targets(std::string_view markdown);

// What is wrong with a link target for a paper: "" when it is a valid web
// (http, https) or e-mail (mailto) address; else a sentence saying why.
// `fatal` is set when the document could not hold it (it is not a valid URI);
// other targets (a file name, an intranet path) are kept as plain text.
std::string link_problem(const std::string& target, bool& fatal);

// "" when `address` can stand in a mailto: link; else why not.
std::string email_problem(const std::string& address);

}  // namespace cp::ingest
