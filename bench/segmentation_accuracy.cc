// Segmentation accuracy on the shared data (not a timed test). Usage:
//   segmentation_accuracy [DATA_DIR]      (default ../shared/data)
// Prints, for ICU's sentence iterator alone and for Galley's splitter:
//  - KSS nested.txt / wikipedia.txt: boundary F1 (whitespace-insensitive positions);
//  - KSS test_uoneway_news_no_split.txt: how many of its one-sentence lines get split;
//  - ko-en-news-dev, lines joined 20 at a time by one space: recall / precision / F1 of the line
//    boundaries in each language, counting only boundaries after lines that end in sentence-final
//    punctuation (. ? ! or a closing quote or bracket); boundaries after other lines are left out
//    of both counts (a headline joined to the next sentence by a space is invisible to anyone).
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "common/text/sentence_splitter.h"
#include "common/text/utf8.h"

namespace {

using galley::text::SentenceSplitter;
using galley::text::TextSpan;
using SplitFn = std::function<std::vector<TextSpan>(std::string_view)>;

std::vector<std::string> ReadLines(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "cannot read " << path << "\n";
    std::exit(2);
  }
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

// Count of non-space code points before byte offset `pos`.
size_t NonSpaceBefore(const std::vector<size_t>& prefix, size_t pos) { return prefix[pos]; }

std::vector<size_t> NonSpacePrefix(std::string_view text) {
  std::vector<size_t> prefix(text.size() + 1, 0);
  size_t count = 0;
  for (size_t pos = 0; pos < text.size();) {
    const size_t start = pos;
    const char32_t c = galley::text::DecodeUtf8(text, &pos);
    const bool space = galley::text::IsSpace(c);
    for (size_t k = start; k < pos; ++k) prefix[k] = count;
    if (!space) ++count;
  }
  prefix[text.size()] = count;
  return prefix;
}

struct Counts {
  size_t tp = 0, predicted = 0, gold = 0;
  double precision() const { return predicted ? double(tp) / predicted : 0; }
  double recall() const { return gold ? double(tp) / gold : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

// KSS format: one gold sentence a line, a blank line ends a document, input = lines joined by "".
Counts KssBoundaryF1(const std::string& path, const SplitFn& split) {
  const auto lines = ReadLines(path);
  Counts counts;
  std::vector<std::string> doc;
  auto score = [&] {
    if (doc.empty()) return;
    std::string text;
    std::set<size_t> gold;
    for (size_t i = 0; i < doc.size(); ++i) {
      text += doc[i];
      if (i + 1 < doc.size()) gold.insert(text.size());
    }
    const auto prefix = NonSpacePrefix(text);
    std::set<size_t> gold_ns, pred_ns;
    const size_t total = prefix[text.size()];
    for (size_t g : gold) gold_ns.insert(NonSpaceBefore(prefix, g));
    for (const TextSpan& s : split(text)) {
      const size_t at = NonSpaceBefore(prefix, s.end);
      if (at < total) pred_ns.insert(at);
    }
    gold_ns.erase(total);
    for (size_t p : pred_ns) counts.tp += gold_ns.count(p);
    counts.predicted += pred_ns.size();
    counts.gold += gold_ns.size();
    doc.clear();
  };
  for (const auto& line : lines) {
    if (line.find_first_not_of(" \t") == std::string::npos) {
      score();
    } else {
      doc.push_back(line);
    }
  }
  score();
  return counts;
}

int SplitLinesCount(const std::string& path, const SplitFn& split) {
  int split_count = 0;
  for (const auto& line : ReadLines(path)) {
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    if (split(line).size() > 1) ++split_count;
  }
  return split_count;
}

bool EndsSentence(std::string_view line) {
  size_t end = line.find_last_not_of(" \t");
  if (end == std::string_view::npos) return false;
  size_t start;
  const char32_t c = galley::text::DecodeUtf8Before(line, end + 1, &start);
  switch (c) {
    case '.': case '?': case '!': case '"': case '\'': case ')': case ']':
    case U'”': case U'’': case U'」': case U'』': case U'》': case U'〉': case U'）':
      return true;
    default:
      return false;
  }
}

Counts NewsLineBoundaries(const std::string& path, const SplitFn& split) {
  const auto lines = ReadLines(path);
  Counts counts;
  for (size_t g = 0; g < lines.size(); g += 20) {
    std::string text;
    std::set<size_t> gold, excluded;
    const size_t end = std::min(lines.size(), g + 20);
    for (size_t i = g; i < end; ++i) {
      text += lines[i];
      if (i + 1 < end) {
        (EndsSentence(lines[i]) ? gold : excluded).insert(text.size());
        text += " ";
      }
    }
    const auto prefix = NonSpacePrefix(text);
    const size_t total = prefix[text.size()];
    std::set<size_t> gold_ns, excluded_ns, pred_ns;
    for (size_t b : gold) gold_ns.insert(prefix[b]);
    for (size_t b : excluded) excluded_ns.insert(prefix[b]);
    for (const TextSpan& s : split(text)) {
      const size_t at = prefix[s.end];
      if (at < total && !excluded_ns.count(at)) pred_ns.insert(at);
    }
    for (size_t p : pred_ns) counts.tp += gold_ns.count(p);
    counts.predicted += pred_ns.size();
    counts.gold += gold_ns.size();
  }
  return counts;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string data = argc > 1 ? argv[1] : "../shared/data";
  auto ko = SentenceSplitter::Create("ko");
  auto en = SentenceSplitter::Create("en");
  if (!ko.ok() || !en.ok()) return 2;
  const SentenceSplitter& ko_splitter = **ko;
  const SentenceSplitter& en_splitter = **en;
  struct Variant {
    const char* name;
    SplitFn ko, en;
  };
  const Variant variants[] = {
      {"ICU alone", [&](std::string_view t) { return ko_splitter.SplitIcuOnly(t); },
       [&](std::string_view t) { return en_splitter.SplitIcuOnly(t); }},
      {"Galley", [&](std::string_view t) { return ko_splitter.Split(t); },
       [&](std::string_view t) { return en_splitter.Split(t); }},
  };
  const std::string kss = data + "/segmentation/kss/";
  const std::string news = data + "/ko-en-news-dev/";
  std::printf("%-10s %12s %12s %14s %20s %20s\n", "splitter", "nested F1", "wikipedia F1",
              "news split", "news ko R / F1", "news en R / F1");
  for (const Variant& v : variants) {
    const Counts nested = KssBoundaryF1(kss + "nested.txt", v.ko);
    const Counts wiki = KssBoundaryF1(kss + "wikipedia.txt", v.ko);
    const int split = SplitLinesCount(kss + "test_uoneway_news_no_split.txt", v.ko);
    const Counts news_ko = NewsLineBoundaries(news + "source.ko", v.ko);
    const Counts news_en = NewsLineBoundaries(news + "target.en", v.en);
    std::printf("%-10s %12.3f %12.3f %10d/377 %12.3f / %.3f %12.3f / %.3f\n", v.name, nested.f1(),
                wiki.f1(), split, news_ko.recall(), news_ko.f1(), news_en.recall(), news_en.f1());
  }
  return 0;
}
