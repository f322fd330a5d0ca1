// SPDX-License-Identifier: MIT
// Small builders shared by the views of papers and of agendas, so that both
// follow the same conventions for templates.
#pragma once

#include <string>
#include <vector>

#include "compose/view.hpp"
#include "model/paper.hpp"

namespace cp::compose {

// Every key is set, empty or not: a key missing from an object would make
// Mustache look it up in the enclosing objects (an issue without a target
// would show its evaluation's). Empty text is false in a section, so
// templates can write {{#purpose}}...{{/purpose}} around optional parts.
void put(view& obj, const std::string& key, const std::string& text);
void put_flag(view& obj, const std::string& key, bool b);
// Sets `key` to the list and `has_<key>` to whether it has items.
void put_list(view& obj, const std::string& key, view list);
// A list of objects each with one key, `text`.
view text_list(const std::vector<std::string>& items);
// A person's name, role, phone and e-mail, and `line`: the first three
// joined ("Karen Curtin, Chief Accountant, 01295 221551").
view person_view(const model::person& p);

}  // namespace cp::compose
