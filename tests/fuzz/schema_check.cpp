// SPDX-License-Identifier: MIT
#include "schema_check.hpp"

#include <libxml/relaxng.h>
#include <libxml/xmlschemas.h>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "util/error.hpp"
#include "xml/xml_reader.hpp"

namespace cp::fuzz {
namespace {

std::filesystem::path schema_dir() {
  if (const char* env = std::getenv("CP_SCHEMA_DIR"); env && *env) return env;
  return std::filesystem::path(CP_SOURCE_DIR).parent_path() / "shared" / "schemas";
}

void collect(void* ctx, const char* msg, ...) {
  auto* out = static_cast<std::string*>(ctx);
  if (!out->empty()) return;
  char buf[1024];
  va_list args;
  va_start(args, msg);
  std::vsnprintf(buf, sizeof buf, msg, args);
  va_end(args);
  *out = buf;
}

struct validators {
  xmlSchemaPtr ooxml = nullptr;
  xmlRelaxNGPtr odf = nullptr;
  xmlRelaxNGPtr manifest = nullptr;

  validators() {
    auto dir = schema_dir();
    auto xsd = dir / "ooxml" / "drivers" / "all.xsd";
    if (std::filesystem::exists(xsd)) {
      std::string ignored;
      xmlSchemaParserCtxtPtr p = xmlSchemaNewParserCtxt(xsd.c_str());
      xmlSchemaSetParserErrors(p, collect, collect, &ignored);
      ooxml = xmlSchemaParse(p);
      xmlSchemaFreeParserCtxt(p);
    }
    auto load_rng = [](const std::filesystem::path& path) -> xmlRelaxNGPtr {
      if (!std::filesystem::exists(path)) return nullptr;
      std::string ignored;
      xmlRelaxNGParserCtxtPtr p = xmlRelaxNGNewParserCtxt(path.c_str());
      xmlRelaxNGSetParserErrors(p, collect, collect, &ignored);
      xmlRelaxNGPtr s = xmlRelaxNGParse(p);
      xmlRelaxNGFreeParserCtxt(p);
      return s;
    };
    odf = load_rng(dir / "odf" / "OpenDocument-v1.3-schema.rng");
    manifest = load_rng(dir / "odf" / "OpenDocument-v1.3-manifest-schema.rng");
  }
};

const validators& get() {
  static validators v;
  return v;
}

std::string parse_all(const package::entries& parts,
                      std::vector<std::pair<std::string, xml::doc_ptr>>& docs) {
  for (const auto& [name, data] : parts) {
    if (!(name.ends_with(".xml") || name.ends_with(".rels"))) continue;
    try {
      docs.emplace_back(name, xml::parse(data, name));
    } catch (const error& e) {
      return std::string("not well-formed: ") + e.what();
    }
  }
  return "";
}

}  // namespace

std::string check_docx(const package::entries& parts) {
  std::vector<std::pair<std::string, xml::doc_ptr>> docs;
  if (auto bad = parse_all(parts, docs); !bad.empty()) return bad;
  if (!get().ooxml) return "";
  for (auto& [name, d] : docs) {
    std::string why;
    xmlSchemaValidCtxtPtr v = xmlSchemaNewValidCtxt(get().ooxml);
    xmlSchemaSetValidErrors(v, collect, collect, &why);
    int rc = xmlSchemaValidateDoc(v, d.get());
    xmlSchemaFreeValidCtxt(v);
    if (rc != 0) return name + ": " + (why.empty() ? "not valid" : why);
  }
  return "";
}

std::string check_odt(const package::entries& parts) {
  std::vector<std::pair<std::string, xml::doc_ptr>> docs;
  if (auto bad = parse_all(parts, docs); !bad.empty()) return bad;
  for (auto& [name, d] : docs) {
    xmlRelaxNGPtr schema = name == "META-INF/manifest.xml" ? get().manifest : get().odf;
    if (!schema) continue;
    std::string why;
    xmlRelaxNGValidCtxtPtr v = xmlRelaxNGNewValidCtxt(schema);
    xmlRelaxNGSetValidErrors(v, collect, collect, &why);
    int rc = xmlRelaxNGValidateDoc(v, d.get());
    xmlRelaxNGFreeValidCtxt(v);
    if (rc != 0) return name + ": " + (why.empty() ? "not valid" : why);
  }
  return "";
}

}  // namespace cp::fuzz
