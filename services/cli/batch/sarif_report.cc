// SARIF 2.1.0 (what GitHub code scanning and GitLab read): one run; rules are the finding codes;
// a result per finding, located in the English file (line and column in code points, plus the
// byte offset Galley works in) with the Korean span as a related location; partialFingerprints
// carry the finding's fingerprint, which does not change when the text around it moves.
// Results are streamed one article at a time; only input errors are kept until the end.
#include <nlohmann/json.hpp>

#include "common/base/str_cat.h"
#include "services/cli/batch/report_formats.h"

namespace galley::cli {
namespace {

using nlohmann::json;

// A file path as a URI reference: unreserved characters and '/' kept, everything else
// percent-encoded (spaces, Hangul, '#', '?').
std::string PathToUri(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  // Absolute paths become file URIs; relative ones stay relative (to the repository, for GitHub).
  std::string uri = !path.empty() && path[0] == '/' ? "file://" : "";
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      uri += static_cast<char>(c);
    } else {
      uri += '%';
      uri += kHex[c >> 4];
      uri += kHex[c & 15];
    }
  }
  return uri;
}

std::string_view Level(v1::Severity severity) {
  return severity == v1::SEVERITY_MINOR ? "warning" : "error";
}

json Region(const std::string& text, const v1::Span& span) {
  const LineColumn begin = LineColumnAt(text, span.begin());
  const LineColumn end = LineColumnAt(text, span.end());
  return json{{"startLine", begin.line},         {"startColumn", begin.column},
              {"endLine", end.line},             {"endColumn", end.column},
              {"byteOffset", span.begin()},      {"byteLength", span.end() - span.begin()},
              {"snippet", {{"text", span.text()}}}};
}

// A location in one side's file; for inline items (no file) a logical location named after the
// article and side.
json Location(const std::string& path, const std::string& text, const v1::Span& span,
              const std::string& article_id, std::string_view side) {
  if (path.empty()) {
    return json{{"logicalLocations",
                 json::array({{{"fullyQualifiedName", StrCat(article_id, "/", side)},
                               {"kind", "module"}}})},
                {"properties", {{"byteOffset", span.begin()}, {"byteLength", span.end() - span.begin()},
                                {"text", span.text()}}}};
  }
  return json{{"physicalLocation",
               {{"artifactLocation", {{"uri", PathToUri(path)}}}, {"region", Region(text, span)}}}};
}

class SarifWriter final : public BatchReportWriter {
 public:
  SarifWriter(std::ostream* out, const ReportOptions& options) : out_(out), options_(options) {}

  void Begin(size_t) override {
    json rules = json::array();
    for (std::string_view code : AllFindingCodes()) {
      if (CheckOfCode(code) == "glossary" && !options_.glossary) continue;
      rule_index_[std::string(code)] = rules.size();
      rules.push_back({{"id", code},
                       {"name", RuleName(code)},
                       {"shortDescription", {{"text", DescribeCode(code)}}},
                       {"fullDescription", {{"text", DescribeCode(code)}}},
                       {"defaultConfiguration", {{"level", "error"}}},
                       {"properties", {{"tags", json::array({"translation", CheckOfCode(code)})}}}});
    }
    json driver = {{"name", "galley"}, {"rules", rules}};
    if (!options_.tool_version.empty()) driver["version"] = options_.tool_version;
    // Opens the document by hand up to the results array, so results can stream.
    const std::string head = json{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                                  {"version", "2.1.0"}}
                                 .dump();
    *out_ << head.substr(0, head.size() - 1) << ",\"runs\":[{\"tool\":"
          << json{{"driver", driver}}.dump()
          << ",\"columnKind\":\"unicodeCodePoints\",\"results\":[";
  }

  void Add(const BatchResult& result) override {
    if (result.failed()) {
      json notification = {{"level", "error"},
                           {"message", {{"text", result.response.error_message()}}},
                           {"properties", {{"articleId", result.item.id}}}};
      // The file the message names (input errors start with the path), else the source.
      const std::string& message = result.response.error_message();
      const std::string& file =
          !result.item.target_path.empty() && message.rfind(result.item.target_path, 0) == 0
              ? result.item.target_path
              : result.item.source_path;
      if (!file.empty()) {
        notification["locations"] = json::array(
            {{{"physicalLocation", {{"artifactLocation", {{"uri", PathToUri(file)}}}}}}});
      }
      notifications_.push_back(std::move(notification));
      return;
    }
    const v1::CheckResponse& response = result.response.response();
    for (const v1::Finding& f : response.findings()) {
      json sarif = {{"ruleId", f.code()},
                    {"level", Level(f.severity())},
                    {"message", {{"text", f.message()}}},
                    {"partialFingerprints", {{"galleyFinding/v1", f.fingerprint()}}},
                    {"properties",
                     {{"articleId", result.item.id},
                      {"severity", SeverityWord(f.severity())},
                      {"pairIndex", f.pair_index()}}}};
      if (const auto it = rule_index_.find(f.code()); it != rule_index_.end()) {
        sarif["ruleIndex"] = it->second;
      }
      json locations = json::array();
      json related = json::array();
      for (const v1::Span& s : f.target_spans()) {
        locations.push_back(
            Location(result.item.target_path, result.target_text, s, result.item.id, "target"));
      }
      for (const v1::Span& s : f.source_spans()) {
        json location =
            Location(result.item.source_path, result.source_text, s, result.item.id, "source");
        location["id"] = related.size();
        location["message"] = {{"text", StrCat("Korean source: ", s.text())}};
        related.push_back(std::move(location));
      }
      // A finding with nothing in the English (an omission) is located in the Korean file.
      if (locations.empty() && !related.empty()) {
        json first = related[0];
        first.erase("id");
        first.erase("message");
        locations.push_back(std::move(first));
      }
      if (!locations.empty()) sarif["locations"] = std::move(locations);
      if (!related.empty()) sarif["relatedLocations"] = std::move(related);
      *out_ << (first_result_ ? "" : ",") << "\n" << sarif.dump();
      first_result_ = false;
    }
  }

  void Finish(const BatchTotals& totals) override {
    json invocation = {{"executionSuccessful", totals.failed == 0 && !totals.interrupted},
                       {"properties",
                        {{"articles", totals.articles},
                         {"expectedArticles", totals.expected},
                         {"interrupted", totals.interrupted},
                         {"inputErrors", totals.failed}}}};
    if (!notifications_.empty()) invocation["toolExecutionNotifications"] = notifications_;
    *out_ << "\n],\"invocations\":" << json::array({invocation}).dump() << "}]}\n";
    out_->flush();
  }

 private:
  // "NUMBER_MISMATCH" -> "NumberMismatch" (SARIF's rule name is a PascalCase identifier).
  static std::string RuleName(std::string_view code) {
    std::string name;
    bool upper = true;
    for (const char c : code) {
      if (c == '_') {
        upper = true;
        continue;
      }
      name += upper ? c : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      upper = false;
    }
    return name;
  }

  std::ostream* out_;
  ReportOptions options_;
  std::map<std::string, size_t> rule_index_;
  json notifications_ = json::array();
  bool first_result_ = true;
};

}  // namespace

std::unique_ptr<BatchReportWriter> MakeSarifWriter(std::ostream* out,
                                                   const ReportOptions& options) {
  return std::make_unique<SarifWriter>(out, options);
}

}  // namespace galley::cli
