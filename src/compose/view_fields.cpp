// SPDX-License-Identifier: MIT
#include "compose/view_fields.hpp"

namespace cp::compose {

void put(view& obj, const std::string& key, const std::string& text) {
  obj.set(key, view(text));
}

void put_flag(view& obj, const std::string& key, bool b) {
  obj.set(key, view::flag(b));
}

void put_list(view& obj, const std::string& key, view list) {
  bool any = !list.items().empty();
  obj.set(key, std::move(list));
  put_flag(obj, "has_" + key, any);
}

view text_list(const std::vector<std::string>& items) {
  view l = view::list();
  for (const auto& i : items) {
    view o = view::object();
    o.set("text", view(i));
    l.push(std::move(o));
  }
  return l;
}

view person_view(const model::person& p) {
  view o = view::object();
  put(o, "name", p.name);
  put(o, "role", p.role);
  put(o, "phone", p.phone);
  put(o, "email", p.email);
  std::string line;
  for (const auto* s : {&p.name, &p.role, &p.phone})
    if (!s->empty()) line += (line.empty() ? "" : ", ") + *s;
  put(o, "line", line);
  return o;
}

}  // namespace cp::compose
