// SPDX-License-Identifier: MIT
// Streaming XML writer: escapes text, filters characters XML 1.0 forbids, checks nesting.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cp::xml {

// A place in a written part left for text known only later (writer::gap).
struct gap {
  std::size_t at;      // byte offset in the finished part
  std::uint64_t what;  // what goes there, numbered by the caller
};

// Append-only bytes whose appends are inline. Every byte of every part is
// appended here, and most appends are element names the compiler knows the
// length of: copied inline they are a few moves, where std::string's append
// is a call (and another to memcpy) that also writes a terminator each time.
class out_buffer {
 public:
  // `n` bytes at the end, for the caller to fill.
  char* room(std::size_t n) {
    if (capacity_ - used_ < n) grow(n);
    char* p = bytes_.get() + used_;
    used_ += n;
    return p;
  }
  void append(std::string_view s) {
    if (!s.empty()) std::memcpy(room(s.size()), s.data(), s.size());
  }
  void push(char c) { *room(1) = c; }
  // Appends bytes already written here (an end tag's name).
  void append_own(std::size_t pos, std::size_t n) {
    char* p = room(n);
    std::memcpy(p, bytes_.get() + pos, n);
  }
  std::size_t size() const { return used_; }
  std::string_view view(std::size_t pos, std::size_t n) const {
    return std::string_view(bytes_.get(), used_).substr(pos, n);
  }
  // The bytes written, leaving the buffer empty.
  std::string take();
  // Makes room for `n` more bytes in one allocation.
  void reserve(std::size_t n) {
    if (capacity_ - used_ < n) grow(n);
  }

 private:
  void grow(std::size_t n);
  // [0, used_) written, [used_, capacity_) room. Not a std::string: its
  // resize() would zero the room first, and small writers are many.
  std::unique_ptr<char[]> bytes_;
  std::size_t used_ = 0;
  std::size_t capacity_ = 0;
};

// Builds one XML part in memory. Element and attribute names are trusted
// (they come from code); text and attribute values are escaped and passed
// through utf8::to_xml_safe, so no input can break the markup.
class writer {
 public:
  // Starts the part with the standard declaration (standalone="yes" as Office writes it).
  explicit writer(bool declaration = true);

  // Opens <name; attributes may follow until content or close().
  writer& open(std::string_view name) {
    end_start_tag();
    char* p = out_.room(name.size() + 1);
    *p = '<';
    std::memcpy(p + 1, name.data(), name.size());
    stack_.push_back({out_.size() - name.size(), name.size()});
    in_start_tag_ = true;
    return *this;
  }
  writer& attr(std::string_view name, std::string_view value) {
    attr_start(name);
    escape_value(value);
    out_.push('"');
    return *this;
  }
  writer& attr(std::string_view name, const char* value) {
    return attr(name, std::string_view(value));
  }
  writer& attr(std::string_view name, const std::string& value) {
    return attr(name, std::string_view(value));
  }
  writer& attr(std::string_view name, long long value);
  writer& attr(std::string_view name, long value) {
    return attr(name, static_cast<long long>(value));
  }
  writer& attr(std::string_view name, int value) {
    return attr(name, static_cast<long long>(value));
  }
  writer& attr(std::string_view name, std::size_t value) {
    return attr(name, static_cast<long long>(value));
  }
  writer& text(std::string_view value);
  // Closes the innermost open element (as <x/> when it has no content).
  writer& close() {
    if (stack_.empty()) close_without_open();
    if (in_start_tag_) {
      char* p = out_.room(2);
      p[0] = '/';
      p[1] = '>';
      in_start_tag_ = false;
    } else {
      const open_element e = stack_.back();
      char* p = out_.room(2);
      p[0] = '<';
      p[1] = '/';
      out_.append_own(e.name_pos, e.name_size);
      out_.push('>');
    }
    stack_.pop_back();
    return *this;
  }
  // <name/> with no attributes.
  writer& empty(std::string_view name) { return open(name).close(); }
  // <name>text</name>.
  writer& element(std::string_view name, std::string_view text_value) {
    return open(name).text(text_value).close();
  }
  // Leaves a gap in the content here for text known only once the part is
  // written (a DOCX page number waits for the page estimate, which runs
  // beside the writing). gaps() says where; fill_gaps() writes the text in.
  writer& gap(std::uint64_t what) {
    end_start_tag();
    gaps_.push_back({out_.size(), what});
    return *this;
  }
  const std::vector<xml::gap>& gaps() const { return gaps_; }
  // The part so far, once every element is closed (throws otherwise): for
  // raw() into another writer without finishing this one first.
  std::string_view written() const;

  // Inserts a well-formed fragment produced by another writer (writer(false)).
  writer& raw(std::string_view fragment);

  // Depth of open elements; 0 when the part is complete.
  std::size_t depth() const { return stack_.size(); }
  // Returns the finished part; throws document_error if elements are still open.
  std::string finish();

 private:
  void end_start_tag() {
    if (in_start_tag_) {
      out_.push('>');
      in_start_tag_ = false;
    }
  }
  // ` name="`, after checking that a start tag is open.
  void attr_start(std::string_view name) {
    if (!in_start_tag_) attr_outside_start_tag(name);
    char* p = out_.room(name.size() + 3);
    p[0] = ' ';
    std::memcpy(p + 1, name.data(), name.size());
    p[name.size() + 1] = '=';
    p[name.size() + 2] = '"';
  }
  void escape_value(std::string_view value);
  [[noreturn]] static void attr_outside_start_tag(std::string_view name);
  [[noreturn]] static void close_without_open();

  // Where each open element's name sits in out_ (just after its '<'): the
  // end tag copies it from there, so no string is kept per element.
  struct open_element {
    std::size_t name_pos;
    std::size_t name_size;
  };

  out_buffer out_;
  std::vector<open_element> stack_;
  std::vector<xml::gap> gaps_;
  bool in_start_tag_ = false;
};

// `part` (as writer::finish returned it) with each of its gaps filled by
// text_of(gap.what), escaped as writer::text escapes text.
std::string fill_gaps(std::string_view part, const std::vector<gap>& gaps,
                      const std::function<std::string(std::uint64_t)>& text_of);

// Appends `s` escaped as writer::text escapes it (`attribute`: as writer::attr
// escapes a value), for writers of other markup on an out_buffer (HTML).
void append_escaped(out_buffer& out, std::string_view s, bool attribute);

// Escapes text for element content (&, <, >) after filtering forbidden characters.
std::string escape_text(std::string_view s);
// Escapes text for a double-quoted attribute value (also ", tab, newline).
std::string escape_attribute(std::string_view s);
// What an XML parser reads back from escape_attribute(s): `s` itself, or,
// when it holds sequences XML cannot, `s` repaired from the first of them on
// (in `scratch`, which the result then refers to).
std::string_view read_back(std::string_view s, std::string& scratch);

}  // namespace cp::xml
