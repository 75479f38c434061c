#include "common/checks/finding.h"

#include <xxhash.h>

#include <cstdio>

namespace galley::checks {

std::string_view SeverityName(Severity s) {
  switch (s) {
    case Severity::kMinor: return "minor";
    case Severity::kMajor: return "major";
    case Severity::kCritical: return "critical";
  }
  return "unknown";
}

namespace {

void AppendFolded(std::string_view text, const std::vector<text::TextSpan>& spans,
                  std::string* out) {
  for (const auto& span : spans) {
    bool space = false;
    for (size_t i = span.begin; i < span.end && i < text.size(); ++i) {
      const char c = text[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        space = true;
        continue;
      }
      if (space && !out->empty()) out->push_back(' ');
      space = false;
      out->push_back(c);
    }
    out->push_back('\x1f');
  }
}

}  // namespace

std::string Fingerprint(std::string_view code, std::string_view source_text,
                        const std::vector<text::TextSpan>& source_spans,
                        std::string_view target_text,
                        const std::vector<text::TextSpan>& target_spans) {
  std::string key(code);
  key.push_back('\x1e');
  AppendFolded(source_text, source_spans, &key);
  key.push_back('\x1e');
  AppendFolded(target_text, target_spans, &key);
  const XXH64_hash_t h = XXH3_64bits(key.data(), key.size());
  char hex[17];
  std::snprintf(hex, sizeof(hex), "%016llx", static_cast<unsigned long long>(h));
  return hex;
}

}  // namespace galley::checks
