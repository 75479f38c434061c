#include "services/cli/text_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "common/text/utf8.h"

namespace galley::cli {
namespace {

constexpr std::string_view kOpenMark = "⟦";
constexpr std::string_view kCloseMark = "⟧";

int CodePointWidth(char32_t c) {
  if (c == 0) return 0;
  if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
      (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
      (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
      (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD)) {
    return 2;
  }
  return 1;
}

struct Mark {
  uint32_t begin, end;
};

// `text` (a segment starting at document offset `base`) with the marks that fall inside it
// wrapped in ⟦…⟧; line breaks inside a segment become spaces.
std::string MarkSpans(std::string_view text, uint32_t base, const std::vector<Mark>& marks) {
  std::string out;
  for (size_t i = 0; i <= text.size(); ++i) {
    const uint32_t at = base + static_cast<uint32_t>(i);
    for (const Mark& m : marks) {
      if (m.end == at && m.end > m.begin) out += kCloseMark;
    }
    for (const Mark& m : marks) {
      if (m.begin == at) out += kOpenMark;
    }
    if (i < text.size()) out.push_back(text[i] == '\n' || text[i] == '\r' ? ' ' : text[i]);
  }
  return out;
}

// Wraps `text` into lines of at most `width` display columns (breaking at spaces when it can).
std::vector<std::string> Wrap(std::string_view text, int width) {
  std::vector<std::string> lines;
  std::string line;
  int line_width = 0;
  size_t last_space = std::string::npos;
  int width_at_space = 0;
  for (size_t pos = 0; pos < text.size();) {
    const size_t start = pos;
    const char32_t c = text::DecodeUtf8(text, &pos);
    const int w = CodePointWidth(c);
    if (line_width + w > width && !line.empty()) {
      if (last_space != std::string::npos && last_space > 0) {
        std::string rest = line.substr(last_space + 1);
        line.resize(last_space);
        lines.push_back(line);
        line = rest;
        line_width -= width_at_space + 1;
      } else {
        lines.push_back(line);
        line.clear();
        line_width = 0;
      }
      last_space = std::string::npos;
    }
    if (c == ' ') {
      last_space = line.size();
      width_at_space = line_width;
    }
    line.append(text.substr(start, pos - start));
    line_width += w;
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

std::string Pad(const std::string& s, int width) {
  const int w = DisplayWidth(s);
  return w >= width ? s : s + std::string(static_cast<size_t>(width - w), ' ');
}

std::string Colorize(const std::string& s, bool color) {
  if (!color) return s;
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (s.compare(i, kOpenMark.size(), kOpenMark) == 0) {
      out += "\x1b[1;31m";
      out += kOpenMark;
      i += kOpenMark.size();
    } else if (s.compare(i, kCloseMark.size(), kCloseMark) == 0) {
      out += kCloseMark;
      out += "\x1b[0m";
      i += kCloseMark.size();
    } else {
      out.push_back(s[i++]);
    }
  }
  return out;
}

std::string SideText(const google::protobuf::RepeatedPtrField<v1::Segment>& segments,
                     const google::protobuf::RepeatedField<uint32_t>& indexes,
                     const std::vector<Mark>& marks) {
  std::string out;
  for (uint32_t k : indexes) {
    if (!out.empty()) out += " ";
    const v1::Segment& s = segments.Get(static_cast<int>(k));
    out += MarkSpans(s.text(), s.begin(), marks);
  }
  return out.empty() ? "—" : out;
}

std::string_view SeverityLabel(v1::Severity s) {
  switch (s) {
    case v1::SEVERITY_CRITICAL: return "critical";
    case v1::SEVERITY_MAJOR: return "major";
    case v1::SEVERITY_MINOR: return "minor";
    default: return "unspecified";
  }
}

std::string PairHeader(int index, const v1::Pair& pair) {
  return fmt::format("── pair {} ({}-{}, confidence {:.2f}) ", index, pair.source_indexes_size(),
                     pair.target_indexes_size(), pair.confidence());
}

void AppendPair(const google::protobuf::RepeatedPtrField<v1::Segment>& source,
                const google::protobuf::RepeatedPtrField<v1::Segment>& target, int index,
                const v1::Pair& pair, const std::vector<Mark>& source_marks,
                const std::vector<Mark>& target_marks, const TextStyle& style, std::string* out) {
  const int column = std::max(20, (style.width - 3) / 2);
  const std::string header = PairHeader(index, pair);
  *out += header;
  for (int w = DisplayWidth(header); w < style.width; ++w) *out += "─";
  *out += "\n";
  const auto left = Wrap(SideText(source, pair.source_indexes(), source_marks), column);
  const auto right = Wrap(SideText(target, pair.target_indexes(), target_marks), column);
  for (size_t row = 0; row < std::max(left.size(), right.size()); ++row) {
    const std::string l = row < left.size() ? left[row] : "";
    const std::string r = row < right.size() ? right[row] : "";
    *out += Colorize(Pad(l, column), style.color) + " │ " + Colorize(r, style.color) + "\n";
  }
}

}  // namespace

int DisplayWidth(std::string_view text) {
  int width = 0;
  for (size_t pos = 0; pos < text.size();) width += CodePointWidth(text::DecodeUtf8(text, &pos));
  return width;
}

std::string FormatSegments(const v1::SegmentResponse& response, const TextStyle& style) {
  std::string out;
  int index = 0;
  for (const v1::Segment& s : response.segments()) {
    std::string text = s.text();
    std::replace(text.begin(), text.end(), '\n', ' ');
    out += fmt::format("{:>4}  [{}, {})  {}\n", index++, s.begin(), s.end(), text);
  }
  out += fmt::format("{} segments\n", response.segments_size());
  (void)style;
  return out;
}

std::string FormatAlignment(const v1::AlignResponse& response, const TextStyle& style) {
  std::string out;
  for (int p = 0; p < response.pairs_size(); ++p) {
    AppendPair(response.source_segments(), response.target_segments(), p, response.pairs(p), {}, {},
               style, &out);
  }
  int omitted = 0, added = 0;
  for (const auto& pair : response.pairs()) {
    omitted += pair.target_indexes_size() == 0;
    added += pair.source_indexes_size() == 0;
  }
  out += fmt::format("{} pairs; {} Korean and {} English segments; {} unpaired Korean, {} unpaired "
                     "English\n",
                     response.pairs_size(), response.source_segments_size(),
                     response.target_segments_size(), omitted, added);
  return out;
}

std::string FormatCheck(const v1::CheckResponse& response, const TextStyle& style) {
  std::vector<std::vector<const v1::Finding*>> by_pair(static_cast<size_t>(response.pairs_size()));
  for (const v1::Finding& f : response.findings()) {
    if (f.pair_index() < by_pair.size()) by_pair[f.pair_index()].push_back(&f);
  }
  std::string out;
  for (int p = 0; p < response.pairs_size(); ++p) {
    std::vector<Mark> source_marks, target_marks;
    for (const v1::Finding* f : by_pair[static_cast<size_t>(p)]) {
      for (const auto& s : f->source_spans()) source_marks.push_back({s.begin(), s.end()});
      for (const auto& s : f->target_spans()) target_marks.push_back({s.begin(), s.end()});
    }
    AppendPair(response.source_segments(), response.target_segments(), p, response.pairs(p),
               source_marks, target_marks, style, &out);
    for (const v1::Finding* f : by_pair[static_cast<size_t>(p)]) {
      const std::string label =
          fmt::format("  ▲ {} {}: ", SeverityLabel(f->severity()), f->code());
      const std::string painted =
          style.color ? (f->severity() >= v1::SEVERITY_MAJOR ? "\x1b[1;31m" : "\x1b[1;33m") +
                            label + "\x1b[0m"
                      : label;
      out += painted + f->message() + "\n";
    }
  }
  const v1::Summary& s = response.summary();
  out += fmt::format(
      "{} findings ({} critical, {} major, {} minor) in {} of {} pairs; MQM score {:.1f}\n",
      response.findings_size(), s.critical(), s.major(), s.minor(), s.flagged_pairs(),
      response.pairs_size(), s.mqm_score());
  return out;
}

}  // namespace galley::cli
