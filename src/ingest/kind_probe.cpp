// SPDX-License-Identifier: MIT
#include "ingest/kind_probe.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <fstream>

namespace cp::ingest {
namespace {

// Thrown to stop the parser as soon as the answer is known.
struct answered {};

class kind_finder : public YAML::EventHandler {
 public:
  std::optional<std::string> kind;

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override { throw answered{}; }
  void OnNull(const YAML::Mark&, YAML::anchor_t) override { value_seen(); }
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {
    if (depth_ == 1 && !expecting_key_ && key_is_kind_) throw answered{};  // kind: *alias
    value_seen();
  }
  void OnScalar(const YAML::Mark&, const std::string& tag, YAML::anchor_t,
                const std::string& text) override {
    if (depth_ != 1) return;
    if (expecting_key_) {
      if (text == "<<") throw answered{};  // a merge key could bring kind in
      key_is_kind_ = text == "kind";
      expecting_key_ = false;
      return;
    }
    if (key_is_kind_) {
      if (tag == "?" || tag == "!") kind = text;  // plain or quoted, no explicit tag
      throw answered{};
    }
    expecting_key_ = true;
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    if (depth_ == 0) throw answered{};  // not a mapping
    open();
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    if (depth_ == 0) {
      depth_ = 1;
      expecting_key_ = true;
      return;
    }
    open();
  }
  void OnMapEnd() override {
    if (depth_ == 1) throw answered{};
    close();
  }

 private:
  // A value (or a key) that is a collection: nothing below the top level matters.
  void open() {
    if (depth_ == 1 && !expecting_key_ && key_is_kind_) throw answered{};  // kind: [..] or {..}
    if (depth_ == 1 && expecting_key_) throw answered{};  // a complex key: leave it to the loader
    ++depth_;
  }
  void close() {
    if (--depth_ == 1) value_seen();
  }
  void value_seen() {
    if (depth_ != 1) return;
    if (expecting_key_) throw answered{};  // a null key: leave it to the loader
    if (key_is_kind_) throw answered{};
    expecting_key_ = true;
  }

  int depth_ = 0;
  bool expecting_key_ = false;
  bool key_is_kind_ = false;
};

}  // namespace

std::optional<std::string> probe_kind(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  kind_finder finder;
  try {
    YAML::Parser parser(in);
    parser.HandleNextDocument(finder);
  } catch (const answered&) {
  } catch (const YAML::Exception&) {
  }
  return finder.kind;
}

}  // namespace cp::ingest
