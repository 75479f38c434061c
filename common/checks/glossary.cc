#include "common/checks/glossary.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "absl/status/status.h"
#include "common/base/str_cat.h"
#include "common/text/normalized_text.h"
#include "common/text/utf8.h"

namespace galley::checks {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// NFKC, as PairSide normalizes what the checks read; collapses runs of spaces.
std::string Normalize(std::string_view text) {
  auto normalized = text::NormalizedText::Create(text, text::NormalizationForm::kNfkc);
  std::string in = normalized.ok() ? normalized->text() : std::string(text);
  std::string out;
  for (const char c : in) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string Content(const xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  std::string text = content ? reinterpret_cast<const char*>(content) : "";
  xmlFree(content);
  return std::string(Trim(text));
}

bool Named(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && xmlStrcmp(node->name, BAD_CAST name) == 0;
}

// The language of a <langSet>/<langSec>: xml:lang, lower-cased, region dropped ("en-US" -> "en").
std::string Language(const xmlNode* node) {
  xmlChar* lang = xmlGetNsProp(node, BAD_CAST "lang", XML_XML_NAMESPACE);
  if (lang == nullptr) lang = xmlGetProp(node, BAD_CAST "lang");
  std::string code = lang ? reinterpret_cast<const char*>(lang) : "";
  xmlFree(lang);
  code = code.substr(0, code.find_first_of("-_"));
  for (char& c : code) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return code;
}

// Every <term> under `node`, at any depth (tig, ntig/termGrp, termSec).
void CollectTerms(const xmlNode* node, std::vector<std::string>* terms) {
  for (const xmlNode* child = node->children; child; child = child->next) {
    if (Named(child, "term")) {
      if (std::string term = Content(child); !term.empty()) terms->push_back(term);
    } else if (child->type == XML_ELEMENT_NODE) {
      CollectTerms(child, terms);
    }
  }
}

// The first <note> or <descrip> under `node`, at any depth.
std::string FindNote(const xmlNode* node) {
  for (const xmlNode* child = node->children; child; child = child->next) {
    if (Named(child, "note") || Named(child, "descrip")) return Content(child);
    if (child->type == XML_ELEMENT_NODE && !Named(child, "term")) {
      if (std::string note = FindNote(child); !note.empty()) return note;
    }
  }
  return "";
}

void CollectEntries(const xmlNode* node, std::vector<const xmlNode*>* entries) {
  for (const xmlNode* child = node->children; child; child = child->next) {
    if (Named(child, "termEntry") || Named(child, "conceptEntry")) {
      entries->push_back(child);
    } else if (child->type == XML_ELEMENT_NODE) {
      CollectEntries(child, entries);
    }
  }
}

}  // namespace

absl::Status Glossary::Add(std::string_view source, const std::vector<std::string>& targets,
                           std::string_view note) {
  std::string key = Normalize(source);
  if (key.empty()) return absl::InvalidArgumentError("glossary term has an empty source");
  std::vector<std::string> accepted;
  for (const std::string& t : targets) {
    if (std::string n = Normalize(t); !n.empty()) accepted.push_back(std::move(n));
  }
  if (accepted.empty()) {
    return absl::InvalidArgumentError(StrCat("glossary term \"", source, "\" has no target"));
  }
  for (GlossaryTerm& term : terms_) {
    if (term.source != key) continue;
    for (std::string& t : accepted) {
      if (std::find(term.targets.begin(), term.targets.end(), t) == term.targets.end()) {
        term.targets.push_back(std::move(t));
      }
    }
    if (term.note.empty()) term.note = std::string(note);
    return absl::OkStatus();
  }
  terms_.push_back({std::move(key), std::move(accepted), std::string(note)});
  return absl::OkStatus();
}

absl::StatusOr<Glossary> Glossary::FromTsv(std::string_view content, std::string_view file) {
  if (absl::Status s = text::ValidateUtf8(content, file); !s.ok()) return s;
  Glossary glossary;
  size_t line_number = 0;
  for (size_t start = 0; start < content.size();) {
    size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (line_number == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);  // BOM
    if (Trim(line).empty() || Trim(line).front() == '#') continue;
    std::vector<std::string_view> fields;
    for (size_t at = 0;;) {
      const size_t tab = line.find('\t', at);
      fields.push_back(Trim(line.substr(at, tab == std::string_view::npos ? tab : tab - at)));
      if (tab == std::string_view::npos) break;
      at = tab + 1;
    }
    if (line_number == 1 && fields.size() >= 2 && fields[0] == "source" && fields[1] == "target") {
      continue;
    }
    if (fields.size() < 2 || fields[0].empty() || fields[1].empty()) {
      return absl::InvalidArgumentError(
          StrCat(file, ":", line_number, ": expected source<TAB>target[<TAB>note]"));
    }
    const absl::Status added = glossary.Add(fields[0], {std::string(fields[1])},
                                            fields.size() > 2 ? fields[2] : "");
    if (!added.ok()) return absl::InvalidArgumentError(StrCat(file, ":", line_number, ": ", added.message()));
  }
  if (glossary.empty()) return absl::InvalidArgumentError(StrCat(file, ": glossary has no terms"));
  return glossary;
}

absl::StatusOr<Glossary> Glossary::FromTbx(std::string_view content, std::string_view file) {
  // No network, no entity expansion beyond the predefined ones, no DTD loading.
  xmlDocPtr doc = xmlReadMemory(content.data(), static_cast<int>(content.size()),
                                std::string(file).c_str(), nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == nullptr) {
    const xmlError* error = xmlGetLastError();
    return absl::InvalidArgumentError(
        StrCat(file, ":", error ? error->line : 0, ": not well-formed XML: ",
               error && error->message ? Trim(error->message) : "parse error"));
  }
  std::vector<const xmlNode*> entries;
  CollectEntries(xmlDocGetRootElement(doc), &entries);
  Glossary glossary;
  absl::Status status;
  for (const xmlNode* entry : entries) {
    std::vector<std::string> korean, english;
    for (const xmlNode* child = entry->children; child; child = child->next) {
      if (!Named(child, "langSet") && !Named(child, "langSec")) continue;
      const std::string lang = Language(child);
      if (lang == "ko") CollectTerms(child, &korean);
      if (lang == "en") CollectTerms(child, &english);
    }
    if (korean.empty() || english.empty()) continue;  // Entries for other languages.
    const std::string note = FindNote(entry);
    for (const std::string& source : korean) {
      status.Update(glossary.Add(source, english, note));
    }
  }
  xmlFreeDoc(doc);
  if (!status.ok()) return absl::InvalidArgumentError(StrCat(file, ": ", status.message()));
  if (glossary.empty()) {
    return absl::InvalidArgumentError(
        StrCat(file, ": no TBX entry with both a Korean (ko) and an English (en) term"));
  }
  return glossary;
}

absl::StatusOr<Glossary> Glossary::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(StrCat(path, ": cannot open glossary: ", std::strerror(errno)));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string content = buffer.str();
  const auto ends_with = [&](std::string_view suffix) {
    return path.size() >= suffix.size() &&
           path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  const size_t first = content.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (ends_with(".tbx") || ends_with(".xml") ||
      (first != std::string::npos && content[first] == '<')) {
    return FromTbx(content, path);
  }
  return FromTsv(content, path);
}

}  // namespace galley::checks
