// How well names::TransliterationSimilarity tells a Hangul name's original from other names, on
// the public name lists (see ../shared/data/README.md):
//   translit_ranking [DATA_DIR]          (default ../shared/data)
// For each Hangul form, its true original is ranked among 100 originals drawn at random from the
// same list (fixed seed); top-1 counts a strict win (a tie is a loss). Person and place names
// only: in names/ko_en_translit.tsv the rows whose original is capitalized and not an acronym
// (Gordon, Kingston Mines; not gahnite, GANEFO); in names/ko_foreign_translit_hangulize.tsv the
// rows in Latin script, diacritics folded (Şəmkir -> Semkir). Also reported: how often a true pair
// and a random pair reach names::kTransliterationMatch, the name check's threshold.
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "common/names/phonetic_match.h"

namespace {

struct Entry {
  std::string hangul_phonemes;
  std::string latin_phonemes;
  std::string hangul, original;  // For the examples printed.
};

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  size_t start = 0;
  for (size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
    fields.push_back(line.substr(start, tab - start));
  }
  fields.push_back(line.substr(start));
  return fields;
}

bool IsPersonOrPlace(const std::string& original) {
  if (original.empty() || !(original[0] >= 'A' && original[0] <= 'Z')) return false;
  return std::any_of(original.begin(), original.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::vector<Entry> Load(const std::string& path, bool hangulize, icu::Transliterator* fold) {
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "translit_ranking: cannot read %s\n", path.c_str());
    std::exit(2);
  }
  std::vector<Entry> entries;
  std::string line;
  std::getline(in, line);  // Header.
  while (std::getline(in, line)) {
    const std::vector<std::string> f = SplitTabs(line);
    if (f.size() < 2) continue;
    std::string original = f[1];
    if (hangulize) {
      if (f.size() < 5 || f[4] != "Latn") continue;
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(original);
      fold->transliterate(u);
      original.clear();
      u.toUTF8String(original);
    } else if (!IsPersonOrPlace(original)) {
      continue;
    }
    Entry e{galley::names::HangulPhonemes(f[0]), galley::names::LatinPhonemes(original), f[0],
            original};
    if (e.hangul_phonemes.empty() || e.latin_phonemes.empty()) continue;
    entries.push_back(std::move(e));
  }
  return entries;
}

void Rank(const char* name, const std::vector<Entry>& entries) {
  std::mt19937 rng(20261129);
  std::uniform_int_distribution<size_t> pick(0, entries.size() - 1);
  size_t top1 = 0, top5 = 0, true_above = 0, random_above = 0, random_pairs = 0, shown = 0;
  for (size_t i = 0; i < entries.size(); ++i) {
    const Entry& e = entries[i];
    const double truth = galley::names::PhonemeSimilarity(e.hangul_phonemes, e.latin_phonemes);
    true_above += galley::names::PhonemesMatch(e.hangul_phonemes, e.latin_phonemes,
                                               galley::names::kTransliterationMatch);

    int better = 0;
    std::string best;
    double best_score = -1;
    for (int k = 0; k < 100; ++k) {
      size_t j = pick(rng);
      while (j == i || entries[j].latin_phonemes == e.latin_phonemes) j = pick(rng);
      const double other =
          galley::names::PhonemeSimilarity(e.hangul_phonemes, entries[j].latin_phonemes);
      better += other >= truth;
      random_above += galley::names::PhonemesMatch(e.hangul_phonemes, entries[j].latin_phonemes,
                                                   galley::names::kTransliterationMatch);
      ++random_pairs;
      if (other > best_score) best_score = other, best = entries[j].original;
    }
    top1 += better == 0;
    top5 += better < 5;
    if (better > 0 && shown < 8 && std::getenv("TRANSLIT_SHOW")) {
      ++shown;
      std::printf("  miss: %s %s (%.2f) lost to %s (%.2f)\n", e.hangul.c_str(), e.original.c_str(),
                  truth, best.c_str(), best_score);
    }
  }
  const double n = static_cast<double>(entries.size());
  std::printf("%-40s names %6zu  top-1 %.4f  top-5 %.4f  true >= %.2f: %.4f  random >= %.2f: %.4f\n",
              name, entries.size(), top1 / n, top5 / n, galley::names::kTransliterationMatch,
              true_above / n, galley::names::kTransliterationMatch,
              static_cast<double>(random_above) / static_cast<double>(random_pairs));
}

}  // namespace

int main(int argc, char** argv) {
  const std::string data = argc > 1 ? argv[1] : "../shared/data";
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> fold(icu::Transliterator::createInstance(
      "Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "translit_ranking: ICU transliterator: %s\n", u_errorName(status));
    return 2;
  }
  Rank("names/ko_en_translit.tsv", Load(data + "/names/ko_en_translit.tsv", false, fold.get()));
  Rank("names/ko_foreign_translit_hangulize.tsv",
       Load(data + "/names/ko_foreign_translit_hangulize.tsv", true, fold.get()));
  return 0;
}
