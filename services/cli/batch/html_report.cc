// One self-contained HTML page for editors opening a CI artifact: a chart of findings by check
// and severity, then each flagged article side by side (Korean left, English right) with the
// finding spans highlighted, and the input errors. No scripts, fonts or images from elsewhere.
//
// The chart needs the totals, which are known only at the end, so article sections are spooled
// to a temporary file and copied after the chart: memory stays bounded.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <set>

#include "common/base/str_cat.h"
#include "services/cli/batch/report_formats.h"

namespace galley::cli {
namespace {

std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

struct Mark {
  uint32_t begin, end;  // Bytes of the submitted text.
  const v1::Finding* finding;
};

// A segment's text with the marks that fall inside it wrapped in <mark>. Overlapping marks are
// merged into the first (an editor sees one highlighted stretch, its title lists the first code).
std::string Highlight(const v1::Segment& segment, std::vector<Mark> marks) {
  std::sort(marks.begin(), marks.end(),
            [](const Mark& a, const Mark& b) { return a.begin < b.begin; });
  std::string html;
  uint32_t at = segment.begin();
  const std::string& text = segment.text();
  auto piece = [&](uint32_t from, uint32_t to) {
    return std::string_view(text).substr(from - segment.begin(), to - from);
  };
  for (const Mark& m : marks) {
    const uint32_t begin = std::max(m.begin, at);
    const uint32_t end = std::min(m.end, segment.end());
    if (begin >= end) continue;
    html += Escape(piece(at, begin));
    html += StrCat("<mark class=\"sev-", SeverityWord(m.finding->severity()), "\" data-code=\"",
                   m.finding->code(), "\" title=\"", Escape(m.finding->code()), ": ",
                   Escape(m.finding->message()), "\">", Escape(piece(begin, end)), "</mark>");
    at = end;
  }
  html += Escape(piece(at, segment.end()));
  return html;
}

std::string SideHtml(const google::protobuf::RepeatedPtrField<v1::Segment>& segments,
                     const google::protobuf::RepeatedField<uint32_t>& indexes,
                     const std::vector<const v1::Finding*>& findings, bool source) {
  std::string html;
  for (const uint32_t index : indexes) {
    if (index >= static_cast<uint32_t>(segments.size())) continue;
    const v1::Segment& segment = segments[static_cast<int>(index)];
    std::vector<Mark> marks;
    for (const v1::Finding* f : findings) {
      for (const v1::Span& s : source ? f->source_spans() : f->target_spans()) {
        if (s.begin() < segment.end() && s.end() > segment.begin()) {
          marks.push_back({s.begin(), s.end(), f});
        }
      }
    }
    if (!html.empty()) html += " ";
    html += Highlight(segment, std::move(marks));
  }
  return html.empty() ? "<span class=\"none\">(nothing)</span>" : html;
}

constexpr std::string_view kStyle = R"css(
body{font:15px/1.5 system-ui,-apple-system,"Noto Sans KR","Malgun Gothic",sans-serif;margin:0 auto;max-width:1200px;padding:1rem 2rem;color:#1d1d1f}
h1{font-size:1.5rem;margin-bottom:.2rem} h2{font-size:1.15rem;margin:2rem 0 .3rem;border-bottom:1px solid #ddd}
.meta{color:#555;margin:.2rem 0 .8rem} table{border-collapse:collapse;width:100%}
td,th{vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #eee;text-align:left}
td.ko,td.en{width:50%} tr.context td{color:#777} tr.gap td{text-align:center;color:#aaa}
ul.findings{margin:.2rem 0 .2rem 1rem;padding:0} ul.findings li{margin:.1rem 0}
mark{border-radius:3px;padding:0 2px} mark.sev-minor{background:#fff3b0} mark.sev-major{background:#ffd0a8}
mark.sev-critical{background:#ffb3b3;outline:1px solid #d33}
.badge{display:inline-block;border-radius:3px;padding:0 .4em;font-size:.8em;font-weight:600;color:#fff}
.badge.minor{background:#b08d00}.badge.major{background:#d9730d}.badge.critical{background:#c62828}
code{font-size:.85em} .errors li{color:#a00} .none{color:#aaa}
svg text{font:13px system-ui,sans-serif}
)css";

class HtmlWriter final : public BatchReportWriter {
 public:
  HtmlWriter(std::ostream* out, const ReportOptions& options)
      : out_(out), options_(options), spool_(std::tmpfile(), &std::fclose) {}

  void Add(const BatchResult& result) override {
    if (result.failed()) {
      errors_ += StrCat("<li><b>", Escape(result.item.id), "</b>: ",
                        Escape(result.response.error_message()), "</li>\n");
      return;
    }
    const v1::CheckResponse& r = result.response.response();
    if (r.findings_size() == 0) return;
    ++sections_;
    std::string html = StrCat("<section class=\"article\" id=\"article-", result.item.index,
                              "\">\n<h2>", Escape(result.item.id), "</h2>\n<p class=\"meta\">");
    if (!result.item.source_path.empty()) {
      html += StrCat(Escape(result.item.source_path), " → ", Escape(result.item.target_path),
                     " · ");
    }
    char score[32];
    std::snprintf(score, sizeof(score), "%.1f", r.summary().mqm_score());
    html += StrCat(r.findings_size(), " finding", r.findings_size() == 1 ? "" : "s", " in ",
                   r.summary().flagged_pairs(), " of ", r.pairs_size(), " pairs · MQM score ",
                   score, "</p>\n<table class=\"pairs\">\n<tr><th>Korean</th><th>English</th></tr>\n");

    std::vector<std::vector<const v1::Finding*>> by_pair(static_cast<size_t>(r.pairs_size()));
    for (const v1::Finding& f : r.findings()) {
      if (f.pair_index() < by_pair.size()) by_pair[f.pair_index()].push_back(&f);
    }
    // Flagged pairs with one pair of context on each side; a gap row where pairs are skipped.
    std::set<size_t> shown;
    for (size_t i = 0; i < by_pair.size(); ++i) {
      if (by_pair[i].empty()) continue;
      for (size_t j = i > 0 ? i - 1 : 0; j <= std::min(i + 1, by_pair.size() - 1); ++j) {
        shown.insert(j);
      }
    }
    size_t previous = SIZE_MAX;
    for (const size_t i : shown) {
      if (previous != SIZE_MAX && i != previous + 1) {
        html += "<tr class=\"gap\"><td colspan=\"2\">⋯</td></tr>\n";
      }
      previous = i;
      const v1::Pair& pair = r.pairs(static_cast<int>(i));
      const auto& findings = by_pair[i];
      html += StrCat("<tr class=\"", findings.empty() ? "context" : "flagged", "\" data-pair=\"", i,
                     "\"><td class=\"ko\" lang=\"ko\">",
                     SideHtml(r.source_segments(), pair.source_indexes(), findings, true),
                     "</td><td class=\"en\" lang=\"en\">",
                     SideHtml(r.target_segments(), pair.target_indexes(), findings, false),
                     "</td></tr>\n");
      if (!findings.empty()) {
        html += "<tr class=\"findings\"><td colspan=\"2\"><ul class=\"findings\">";
        for (const v1::Finding* f : findings) {
          const std::string_view severity = SeverityWord(f->severity());
          html += StrCat("<li><span class=\"badge ", severity, "\">", severity, "</span> <code>",
                         Escape(f->code()), "</code> ", Escape(f->message()), "</li>");
        }
        html += "</ul></td></tr>\n";
      }
    }
    html += "</table>\n</section>\n";
    if (spool_) std::fwrite(html.data(), 1, html.size(), spool_.get());
  }

  void Finish(const BatchTotals& t) override {
    std::ostream& o = *out_;
    o << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<title>Galley report: "
      << t.articles << " articles</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n";
    o << "<h1>Galley translation check</h1>\n<p class=\"meta\">" << t.articles << " article"
      << (t.articles == 1 ? "" : "s");
    if (t.interrupted) o << " of " << t.expected << " (interrupted)";
    o << " · " << t.pairs << " aligned pairs · " << t.flagged_pairs << " flagged in "
      << t.flagged_articles << " article" << (t.flagged_articles == 1 ? "" : "s");
    if (t.failed) o << " · " << t.failed << " input error" << (t.failed == 1 ? "" : "s");
    o << "</p>\n" << Chart(t);
    if (!errors_.empty()) o << "<h2>Input errors</h2>\n<ul class=\"errors\">\n" << errors_ << "</ul>\n";
    if (sections_ == 0) o << "<p>No article has findings.</p>\n";
    if (spool_) {
      std::fflush(spool_.get());
      std::rewind(spool_.get());
      char buffer[1 << 16];
      size_t n;
      while ((n = std::fread(buffer, 1, sizeof(buffer), spool_.get())) > 0) {
        o.write(buffer, static_cast<std::streamsize>(n));
      }
    }
    o << "</body>\n</html>\n";
    o.flush();
  }

 private:
  // Horizontal stacked bars, one per check: minor, major, critical.
  std::string Chart(const BatchTotals& t) const {
    std::vector<std::string_view> checks;
    for (std::string_view c : kCheckNames) {
      if (c != "glossary" || options_.glossary) checks.push_back(c);
    }
    size_t max_total = 1;
    for (std::string_view c : checks) {
      const auto it = t.findings.find(c);
      if (it != t.findings.end()) max_total = std::max(max_total, it->second[1] + it->second[2] + it->second[3]);
    }
    constexpr int kLabel = 110, kBar = 520, kRow = 26;
    const int height = static_cast<int>(checks.size()) * kRow + 34;
    std::string svg = StrCat("<figure><svg id=\"chart\" role=\"img\" width=\"", kLabel + kBar + 80,
                             "\" height=\"", height,
                             "\" aria-label=\"Findings by check and severity\">\n");
    static constexpr const char* kColors[] = {"", "#e0b400", "#d9730d", "#c62828"};
    int y = 4;
    for (std::string_view check : checks) {
      const auto it = t.findings.find(check);
      const std::array<size_t, 4> counts = it == t.findings.end() ? std::array<size_t, 4>{} : it->second;
      svg += StrCat("<text x=\"0\" y=\"", y + 15, "\">", check, "</text>");
      double x = kLabel;
      for (int s = 1; s <= 3; ++s) {
        const double w = kBar * static_cast<double>(counts[static_cast<size_t>(s)]) /
                         static_cast<double>(max_total);
        if (w > 0) {
          char rect[200];
          std::snprintf(rect, sizeof(rect),
                        "<rect class=\"bar\" data-check=\"%.*s\" data-severity=\"%d\" x=\"%.1f\" "
                        "y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"%s\"><title>",
                        static_cast<int>(check.size()), check.data(), s, x, y, w, kColors[s]);
          svg += StrCat(rect, counts[static_cast<size_t>(s)], " ",
                        SeverityWord(static_cast<v1::Severity>(s)), "</title></rect>");
        }
        x += w;
      }
      svg += StrCat("<text x=\"", static_cast<int>(x) + 6, "\" y=\"", y + 15, "\">",
                    counts[1] + counts[2] + counts[3], "</text>\n");
      y += kRow;
    }
    int lx = kLabel;
    for (int s = 1; s <= 3; ++s) {
      svg += StrCat("<rect x=\"", lx, "\" y=\"", y + 6, "\" width=\"12\" height=\"12\" fill=\"",
                    kColors[s], "\"></rect><text x=\"", lx + 16, "\" y=\"", y + 17, "\">",
                    SeverityWord(static_cast<v1::Severity>(s)), "</text>");
      lx += 90;
    }
    svg += "</svg><figcaption>Findings by check and severity</figcaption></figure>\n";
    return svg;
  }

  std::ostream* out_;
  ReportOptions options_;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> spool_;  // Article sections, in order.
  size_t sections_ = 0;
  std::string errors_;  // <li> items.
};

}  // namespace

std::unique_ptr<BatchReportWriter> MakeHtmlWriter(std::ostream* out,
                                                  const ReportOptions& options) {
  return std::make_unique<HtmlWriter>(out, options);
}

}  // namespace galley::cli
