#include "services/api/xliff.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>

#include "common/base/str_cat.h"

namespace galley::api {
namespace {

using Doc = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

bool Named(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && xmlStrcmp(node->name, BAD_CAST name) == 0;
}

std::string Attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, BAD_CAST name);
  if (value == nullptr) return "";
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

// The text of an element and its inline children, whitespace runs folded to one space.
std::string Text(const xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  std::string raw = content ? reinterpret_cast<const char*>(content) : "";
  xmlFree(content);
  std::string out;
  bool space = false;
  for (char c : raw) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

const xmlNode* Child(const xmlNode* node, const char* name) {
  for (const xmlNode* c = node->children; c; c = c->next) {
    if (Named(c, name)) return c;
  }
  return nullptr;
}

// XLIFF 1.2: <trans-unit> with <source> and <target> (<seg-source> is ignored: the whole unit is
// the pair). XLIFF 2.0: <unit> whose <segment>s (and <ignorable>s) each hold <source>/<target>;
// a unit's segments are joined with spaces.
void Collect(const xmlNode* node, bool v2, std::vector<XliffUnit>* units) {
  for (const xmlNode* c = node->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (!v2 && Named(c, "trans-unit")) {
      XliffUnit u{Attribute(c, "id"), static_cast<int>(xmlGetLineNo(c)), "", ""};
      if (const xmlNode* s = Child(c, "source")) u.source = Text(s);
      if (const xmlNode* t = Child(c, "target")) u.target = Text(t);
      units->push_back(std::move(u));
    } else if (v2 && Named(c, "unit")) {
      XliffUnit u{Attribute(c, "id"), static_cast<int>(xmlGetLineNo(c)), "", ""};
      for (const xmlNode* part = c->children; part; part = part->next) {
        if (!Named(part, "segment") && !Named(part, "ignorable")) continue;
        const auto append = [](std::string* to, const std::string& text) {
          if (text.empty()) return;
          if (!to->empty()) *to += ' ';
          *to += text;
        };
        if (const xmlNode* s = Child(part, "source")) append(&u.source, Text(s));
        if (const xmlNode* t = Child(part, "target")) append(&u.target, Text(t));
      }
      units->push_back(std::move(u));
    } else {
      Collect(c, v2, units);  // <file>, <body>, <group>.
    }
  }
}

}  // namespace

absl::StatusOr<XliffDocument> ParseXliff(std::string_view content, std::string_view file) {
  if (content.size() > static_cast<size_t>(INT32_MAX)) {
    return absl::InvalidArgumentError(StrCat(file, ": too large for an XLIFF file"));
  }
  // No network, no DTD loading, no entity expansion beyond the predefined ones.
  Doc doc(xmlReadMemory(content.data(), static_cast<int>(content.size()),
                        std::string(file).c_str(), nullptr,
                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
          &xmlFreeDoc);
  if (!doc) {
    const xmlError* error = xmlGetLastError();
    std::string message = error && error->message ? error->message : "parse error";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
      message.pop_back();
    }
    return absl::InvalidArgumentError(
        StrCat(file, ":", error ? error->line : 0, ": not well-formed XML: ", message));
  }
  if (doc->intSubset != nullptr) {
    return absl::InvalidArgumentError(
        StrCat(file, ": has a DTD (<!DOCTYPE>); XLIFF files have none, and Galley reads none"));
  }
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr || !Named(root, "xliff")) {
    return absl::InvalidArgumentError(StrCat(file, ": not XLIFF (the root element is not <xliff>)"));
  }
  XliffDocument out;
  out.version = Attribute(root, "version");
  const bool v2 = out.version.rfind("2.", 0) == 0;
  if (!v2 && out.version.rfind("1.", 0) != 0) {
    return absl::InvalidArgumentError(StrCat(file, ":", xmlGetLineNo(root),
                                             ": XLIFF version \"", out.version,
                                             "\"; Galley reads 1.2 and 2.x"));
  }
  if (v2) {
    out.source_language = Attribute(root, "srcLang");
    out.target_language = Attribute(root, "trgLang");
  } else if (const xmlNode* f = Child(root, "file")) {
    out.source_language = Attribute(f, "source-language");
    out.target_language = Attribute(f, "target-language");
  }
  Collect(root, v2, &out.units);
  if (out.units.empty()) {
    return absl::InvalidArgumentError(
        StrCat(file, ": no ", v2 ? "<unit>" : "<trans-unit>", " elements"));
  }
  return out;
}

XliffCheck CheckRequestFor(const XliffDocument& document) {
  XliffCheck out;
  v1::CheckRequest& request = out.request;
  std::string source, target;
  for (const XliffUnit& u : document.units) {
    if (u.source.empty()) continue;
    if (u.target.empty()) {
      out.untranslated.push_back(&u);
      continue;
    }
    out.checked.push_back(&u);
    source += u.source;
    source += '\n';
    target += u.target;
    target += '\n';
  }
  request.set_source_text(source);
  request.set_target_text(target);
  request.set_source_language_code("ko");
  request.set_target_language_code("en");
  request.set_segmentation(v1::SEGMENTATION_MODE_LINES);
  request.set_pre_aligned(true);
  return out;
}

}  // namespace galley::api
