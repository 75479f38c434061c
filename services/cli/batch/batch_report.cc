// The common part of the batch reports (finding codes, totals, line/column) and the two plain
// formats: JSON Lines and the text summary. JUnit, SARIF and HTML live in their own files.
#include "services/cli/batch/batch_report.h"

#include <algorithm>
#include <cstdio>
#include <iomanip>
#include <set>

#include "common/base/str_cat.h"
#include "services/api/json.h"
#include "services/cli/batch/report_formats.h"

namespace galley::cli {
namespace {

struct CodeInfo {
  std::string_view code;
  std::string_view check;
  std::string_view description;
};

constexpr CodeInfo kCodes[] = {
    {"NUMBER_MISMATCH", "number",
     "A number in the English differs in value or unit from the Korean (1만2천 read as 1,200, "
     "조 as billion)."},
    {"NUMBER_MISSING", "number", "A number in the Korean has no counterpart in the English."},
    {"NUMBER_EXTRA", "number", "A number in the English has no counterpart in the Korean."},
    {"NAME_MISMATCH", "name",
     "A name in the English is not a rendering of the Korean name in the same sentence."},
    {"NAME_MISSING", "name", "A name in the Korean has no counterpart in the English."},
    {"NAME_INCONSISTENT", "name", "One person or place is spelled differently within the article."},
    {"OMISSION", "omission", "A Korean sentence has no English translation."},
    {"OMISSION_PARTIAL", "omission",
     "An English sentence is much shorter than its Korean source: part of it is likely missing."},
    {"ADDITION", "addition", "An English sentence has no Korean source."},
    {"UNTRANSLATED", "untranslated", "Hangul or other foreign script is left in the English."},
    {"GLOSSARY_VIOLATION", "glossary",
     "A glossary term in the Korean is not translated as the glossary requires."},
};

}  // namespace

std::string_view CheckOfCode(std::string_view code) {
  for (const CodeInfo& info : kCodes) {
    if (info.code == code) return info.check;
  }
  for (std::string_view check : kCheckNames) {
    std::string upper(check);
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (code.substr(0, upper.size()) == upper) return check;
  }
  return "other";
}

std::string_view DescribeCode(std::string_view code) {
  for (const CodeInfo& info : kCodes) {
    if (info.code == code) return info.description;
  }
  return "A translation problem found by Galley.";
}

const std::vector<std::string_view>& AllFindingCodes() {
  static const std::vector<std::string_view> codes = [] {
    std::vector<std::string_view> all;
    for (const CodeInfo& info : kCodes) all.push_back(info.code);
    return all;
  }();
  return codes;
}

void BatchTotals::Add(const BatchResult& result) {
  ++articles;
  if (result.failed()) {
    ++failed;
    return;
  }
  const v1::CheckResponse& response = result.response.response();
  pairs += static_cast<size_t>(response.pairs_size());
  flagged_pairs += response.summary().flagged_pairs();
  if (response.findings_size() > 0) ++flagged_articles;
  for (const v1::Finding& f : response.findings()) {
    const int severity = std::clamp(static_cast<int>(f.severity()), 1, 3);
    ++findings[std::string(CheckOfCode(f.code()))][static_cast<size_t>(severity)];
  }
}

size_t BatchTotals::FindingsAtSeverity(int severity) const {
  size_t n = 0;
  for (const auto& [check, counts] : findings) n += counts[static_cast<size_t>(severity)];
  return n;
}

LineColumn LineColumnAt(std::string_view text, size_t byte_offset) {
  LineColumn at;
  byte_offset = std::min(byte_offset, text.size());
  for (size_t i = 0; i < byte_offset; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++at.line;
      at.column = 1;
    } else if ((c & 0xC0) != 0x80) {  // Count code points: skip continuation bytes.
      ++at.column;
    }
  }
  return at;
}

namespace {

// One CheckBatchResponse a line: the proto3 JSON of design.md's contract plus the item's id.
class JsonLinesWriter final : public BatchReportWriter {
 public:
  explicit JsonLinesWriter(std::ostream* out) : out_(out) {}
  void Prepare(BatchResult* result) const override {
    auto json = api::ToJson(result->response);
    // ToJson only fails on invalid UTF-8, which the reader rejected before checking.
    result->prepared = json.ok() ? std::move(json).value() : std::string("{}");
    result->prepared += '\n';
  }
  void Add(const BatchResult& result) override { *out_ << result.prepared; }
  void Finish(const BatchTotals&) override { out_->flush(); }

 private:
  std::ostream* out_;
};

// For people: counts by check and severity, the worst articles, the input errors.
class TextSummaryWriter final : public BatchReportWriter {
 public:
  TextSummaryWriter(std::ostream* out, const ReportOptions& options)
      : out_(out), options_(options) {}

  void Add(const BatchResult& result) override {
    if (result.failed()) {
      if (errors_.size() < kMaxErrorsShown) {
        errors_.push_back(StrCat(result.item.id, ": ", result.response.error_message()));
      }
      return;
    }
    const v1::Summary& s = result.response.response().summary();
    if (s.minor() + s.major() + s.critical() == 0) return;
    Worst worst{s.mqm_score(), s.critical(), s.major(), s.minor(), result.item.id,
                result.item.target_path};
    worst_.insert(worst);
    if (worst_.size() > kWorstShown) worst_.erase(std::prev(worst_.end()));
  }

  void Finish(const BatchTotals& t) override {
    std::ostream& o = *out_;
    o << "Galley batch: " << t.articles << " article" << (t.articles == 1 ? "" : "s");
    if (t.interrupted) o << " of " << t.expected << " (interrupted)";
    o << ", " << t.pairs << " aligned pairs, " << t.flagged_pairs << " flagged in "
      << t.flagged_articles << " article" << (t.flagged_articles == 1 ? "" : "s");
    if (t.failed) o << ", " << t.failed << " input error" << (t.failed == 1 ? "" : "s");
    char rate[64];
    std::snprintf(rate, sizeof(rate), " (%.1f s, %.0f articles/s)\n\n", t.elapsed.count(),
                  t.elapsed.count() > 0 ? static_cast<double>(t.articles) / t.elapsed.count() : 0);
    o << rate;

    o << Bold("Findings") << "            minor     major  critical     total\n";
    std::array<size_t, 4> column_totals{};
    for (std::string_view check : kCheckNames) {
      if (check == "glossary" && !options_.glossary) continue;
      const auto it = t.findings.find(check);
      const std::array<size_t, 4> counts = it == t.findings.end() ? std::array<size_t, 4>{}
                                                                  : it->second;
      o << "  " << std::left << std::setw(14) << check << std::right;
      size_t row = 0;
      for (int s = 1; s <= 3; ++s) {
        o << std::setw(10) << counts[static_cast<size_t>(s)];
        row += counts[static_cast<size_t>(s)];
        column_totals[static_cast<size_t>(s)] += counts[static_cast<size_t>(s)];
      }
      o << std::setw(10) << row << "\n";
    }
    o << "  " << std::left << std::setw(14) << "total" << std::right;
    for (int s = 1; s <= 3; ++s) o << std::setw(10) << column_totals[static_cast<size_t>(s)];
    o << std::setw(10) << column_totals[1] + column_totals[2] + column_totals[3] << "\n";

    if (!worst_.empty()) {
      o << "\n" << Bold("Worst articles") << " (lowest MQM score first)\n";
      o << "  score  critical  major  minor  article\n";
      for (const Worst& w : worst_) {
        char line[64];
        std::snprintf(line, sizeof(line), "  %5.1f  %8u  %5u  %5u  ", w.score, w.critical, w.major,
                      w.minor);
        o << line << w.id;
        if (!w.path.empty()) o << "  (" << w.path << ")";
        o << "\n";
      }
    }
    if (t.failed) {
      o << "\n" << Bold("Input errors") << " (" << t.failed << ")\n";
      for (const std::string& e : errors_) o << "  " << e << "\n";
      if (t.failed > errors_.size()) o << "  ... and " << t.failed - errors_.size() << " more\n";
    }
    o.flush();
  }

 private:
  static constexpr size_t kWorstShown = 10;
  static constexpr size_t kMaxErrorsShown = 20;
  struct Worst {
    double score;
    uint32_t critical, major, minor;
    std::string id, path;
    bool operator<(const Worst& other) const {
      return std::tie(score, other.critical, other.major, other.minor, id) <
             std::tie(other.score, critical, major, minor, other.id);
    }
  };
  std::string Bold(std::string_view text) const {
    return options_.color ? StrCat("\x1b[1m", text, "\x1b[0m") : std::string(text);
  }

  std::ostream* out_;
  ReportOptions options_;
  std::set<Worst> worst_;  // At most kWorstShown, best-ranked first.
  std::vector<std::string> errors_;
};

}  // namespace

std::unique_ptr<BatchReportWriter> MakeReportWriter(std::string_view format, std::ostream* out,
                                                    const ReportOptions& options) {
  if (format == "json") return std::make_unique<JsonLinesWriter>(out);
  if (format == "junit") return MakeJunitWriter(out, options);
  if (format == "sarif") return MakeSarifWriter(out, options);
  if (format == "html") return MakeHtmlWriter(out, options);
  return std::make_unique<TextSummaryWriter>(out, options);
}

}  // namespace galley::cli
