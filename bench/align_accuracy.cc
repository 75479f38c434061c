// Alignment accuracy on tasks made by ../shared/eval/galley_eval.py prepare, in-process (no CLI
// start-up per article), scored as the harness scores `align --segmented=lines`. For tuning:
//   align_accuracy TASKS_DIR [--raw] [param=value ...]
// Parameters are the fields of AlignerParams (common/align/aligner_params.h), e.g.
// anchor_match_bonus=2. With --raw the running-text files are aligned (links mapped back to lines
// as the harness does).
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "common/checks/engine.h"

namespace {

using Bead = std::pair<std::vector<int>, std::vector<int>>;

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool SetParam(galley::align::AlignerParams* p, const std::string& key, double v) {
  static const std::map<std::string, double galley::align::AlignerParams::*> kDoubles = {
      {"length_ratio", &galley::align::AlignerParams::length_ratio},
      {"length_variance", &galley::align::AlignerParams::length_variance},
      {"cost_1_1", &galley::align::AlignerParams::cost_1_1},
      {"cost_1_0", &galley::align::AlignerParams::cost_1_0},
      {"cost_2_1", &galley::align::AlignerParams::cost_2_1},
      {"cost_2_2", &galley::align::AlignerParams::cost_2_2},
      {"cost_3_1", &galley::align::AlignerParams::cost_3_1},
      {"anchor_match_bonus", &galley::align::AlignerParams::anchor_match_bonus},
      {"anchor_miss_penalty", &galley::align::AlignerParams::anchor_miss_penalty},
      {"translit_bonus", &galley::align::AlignerParams::translit_bonus},
      {"length_huber_z", &galley::align::AlignerParams::length_huber_z},
      {"name_miss_penalty", &galley::align::AlignerParams::name_miss_penalty},
      {"concept_bonus", &galley::align::AlignerParams::concept_bonus},
      {"concept_miss_penalty", &galley::align::AlignerParams::concept_miss_penalty},
  };
  const auto it = kDoubles.find(key);
  if (it == kDoubles.end()) return false;
  p->*(it->second) = v;
  return true;
}

// Line spans of a file whose lines were joined by one space into the running-text file.
std::vector<std::pair<size_t, size_t>> JoinedLineSpans(const std::string& lines) {
  std::vector<std::pair<size_t, size_t>> spans;
  size_t pos = 0;
  std::istringstream in(lines);
  std::string line;
  while (std::getline(in, line)) {
    spans.push_back({pos, pos + line.size()});
    pos += line.size() + 1;
  }
  return spans;
}

std::vector<int> MapToLines(size_t b, size_t e, const std::vector<std::pair<size_t, size_t>>& lines) {
  std::vector<int> out;
  for (size_t k = 0; k < lines.size(); ++k) {
    const auto [lb, le] = lines[k];
    const long overlap = static_cast<long>(std::min(e, le)) - static_cast<long>(std::max(b, lb));
    if (overlap > 0.5 * static_cast<double>(std::min(e - b, le - lb))) out.push_back(static_cast<int>(k));
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: align_accuracy TASKS_DIR [--raw] [param=value ...]\n";
    return 2;
  }
  const std::filesystem::path dir = std::filesystem::path(argv[1]) / "align";
  bool raw = false;
  galley::checks::EngineOptions options;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--raw") {
      raw = true;
      continue;
    }
    const size_t eq = arg.find('=');
    if (eq == std::string::npos || !SetParam(&options.aligner, arg.substr(0, eq), std::stod(arg.substr(eq + 1)))) {
      std::cerr << "unknown parameter: " << arg << "\n";
      return 2;
    }
  }
  auto engine = galley::checks::Engine::Create(options);
  if (!engine.ok()) return 2;
  std::vector<std::string> ids;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > 10 && name.substr(name.size() - 10) == ".gold.json") ids.push_back(name.substr(0, name.size() - 10));
  }
  std::sort(ids.begin(), ids.end());
  size_t tp = 0, gold_links = 0, pred_links = 0, bead_hit = 0, bead_gold = 0, drop_hit = 0, drop_gold = 0;
  for (const std::string& id : ids) {
    std::vector<Bead> gold;
    for (const auto& b : nlohmann::json::parse(ReadFile(dir / (id + ".gold.json")))) {
      gold.push_back({b[0].get<std::vector<int>>(), b[1].get<std::vector<int>>()});
    }
    const std::string ko_lines = ReadFile(dir / (id + ".ko")), en_lines = ReadFile(dir / (id + ".en"));
    const std::string ko = raw ? ReadFile(dir / (id + ".ko.txt")) : ko_lines;
    const std::string en = raw ? ReadFile(dir / (id + ".en.txt")) : en_lines;
    galley::checks::PairInput input;
    input.source_text = ko;
    input.target_text = en;
    input.segmentation = raw ? galley::checks::Segmentation::kSentences : galley::checks::Segmentation::kLines;
    auto alignment = (*engine)->Align(input);
    if (!alignment.ok()) {
      std::cerr << id << ": " << alignment.status() << "\n";
      return 1;
    }
    const auto ko_spans = JoinedLineSpans(ko_lines), en_spans = JoinedLineSpans(en_lines);
    std::vector<Bead> pred;
    for (const auto& b : alignment->beads) {
      Bead p;
      for (uint32_t k = 0; k < b.source_count; ++k) {
        const auto& s = alignment->source_segments[b.source_begin + k];
        if (raw) {
          for (int l : MapToLines(s.begin, s.end, ko_spans)) p.first.push_back(l);
        } else {
          p.first.push_back(static_cast<int>(b.source_begin + k));
        }
      }
      for (uint32_t k = 0; k < b.target_count; ++k) {
        const auto& s = alignment->target_segments[b.target_begin + k];
        if (raw) {
          for (int l : MapToLines(s.begin, s.end, en_spans)) p.second.push_back(l);
        } else {
          p.second.push_back(static_cast<int>(b.target_begin + k));
        }
      }
      std::sort(p.first.begin(), p.first.end());
      p.first.erase(std::unique(p.first.begin(), p.first.end()), p.first.end());
      std::sort(p.second.begin(), p.second.end());
      p.second.erase(std::unique(p.second.begin(), p.second.end()), p.second.end());
      pred.push_back(p);
    }
    std::set<std::pair<int, int>> gl, pl;
    for (const auto& [s, t] : gold) for (int a : s) for (int b : t) gl.insert({a, b});
    for (const auto& [s, t] : pred) for (int a : s) for (int b : t) pl.insert({a, b});
    for (const auto& l : pl) tp += gl.count(l);
    gold_links += gl.size();
    pred_links += pl.size();
    const std::set<Bead> ps(pred.begin(), pred.end());
    const std::set<Bead> gs(gold.begin(), gold.end());
    bead_gold += gs.size();
    for (const auto& g : gs) bead_hit += ps.count(g);
    for (const auto& g : gold) {
      if (g.first.empty() || g.second.empty()) {
        ++drop_gold;
        drop_hit += ps.count(g);
      }
    }
  }
  const double p = pred_links ? double(tp) / pred_links : 0, r = gold_links ? double(tp) / gold_links : 0;
  std::printf("link_f1 %.4f  precision %.4f  recall %.4f  bead_accuracy %.4f  dropped_or_added %zu/%zu\n",
              p + r > 0 ? 2 * p * r / (p + r) : 0, p, r, double(bead_hit) / bead_gold, drop_hit, drop_gold);
  return 0;
}
