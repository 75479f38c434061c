#include "common/align/news_lexicon.h"

#include "common/base/str_cat.h"
#include "common/text/utf8.h"

namespace galley::align {

extern const char kNewsLexiconTsv[];  // Generated from data/news_lexicon.tsv by CMake.

namespace {

std::vector<std::string_view> SplitBy(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= s.size()) {
    const size_t end = std::min(s.find(sep, start), s.size());
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// Byte offsets after the first (up to) 4 Hangul syllables of `word` into `ends`; returns how many
// syllables `word` has, or 0 if it is not all Hangul.
// Korean stems are at most this long (아프가니스탄); longer ones are refused when parsing, since
// lookups try a word's prefixes only up to this length.
constexpr size_t kMaxStemSyllables = 6;

size_t SyllableEnds(std::string_view word, size_t (&ends)[kMaxStemSyllables]) {
  size_t count = 0;
  for (size_t pos = 0; pos < word.size();) {
    if (!text::IsHangulSyllable(text::DecodeUtf8(word, &pos))) return 0;
    if (count < kMaxStemSyllables) ends[count] = pos;
    ++count;
  }
  return count;
}

}  // namespace

const NewsLexicon& NewsLexicon::Default() {
  static const NewsLexicon* lexicon = [] {
    auto parsed = Parse(kNewsLexiconTsv);
    // The data is compiled in and covered by tests; a parse failure is a build defect.
    return new NewsLexicon(parsed.ok() ? std::move(parsed).value() : NewsLexicon());
  }();
  return *lexicon;
}

absl::StatusOr<NewsLexicon> NewsLexicon::Parse(std::string_view tsv) {
  NewsLexicon lexicon;
  size_t line_number = 0;
  for (std::string_view line : SplitBy(tsv, '\n')) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const auto columns = SplitBy(line, '\t');
    if (columns.size() != 2 && !(columns.size() == 3 && columns[2] == "name")) {
      return absl::InvalidArgumentError(StrCat("news lexicon line ", line_number,
                                               ": expected 2 tab-separated columns and an "
                                               "optional third, \"name\""));
    }
    const uint32_t concept_id = static_cast<uint32_t>(lexicon.concepts_++);
    lexicon.is_name_.push_back(columns.size() == 3);
    for (std::string_view stem : SplitBy(columns[0], '|')) {
      size_t ends[kMaxStemSyllables];
      const size_t syllables = SyllableEnds(stem, ends);
      if (syllables == 0) {
        return absl::InvalidArgumentError(
            StrCat("news lexicon line ", line_number, ": Korean stem is not Hangul: ", stem));
      }
      if (syllables > kMaxStemSyllables) {
        return absl::InvalidArgumentError(StrCat("news lexicon line ", line_number,
                                                 ": Korean stem longer than ", kMaxStemSyllables,
                                                 " syllables: ", stem));
      }
      (syllables == 1 ? lexicon.korean_exact_ : lexicon.korean_prefix_)[std::string(stem)]
          .push_back(concept_id);
      if (syllables >= 2) lexicon.korean_heads_.insert(std::string(stem.substr(0, ends[1])));
    }
    for (std::string_view stem : SplitBy(columns[1], '|')) {
      (stem.size() >= 4 ? lexicon.english_prefix_ : lexicon.english_exact_)[std::string(stem)]
          .push_back(concept_id);
      if (stem.size() >= 4) lexicon.english_heads_.insert(std::string(stem.substr(0, 4)));
    }
  }
  return lexicon;
}

void NewsLexicon::KoreanConcepts(std::string_view word, std::vector<uint32_t>* out) const {
  size_t ends[kMaxStemSyllables];
  const size_t syllables = SyllableEnds(word, ends);
  if (syllables == 0) return;
  if (syllables == 1) {
    if (const auto it = korean_exact_.find(word); it != korean_exact_.end()) {
      out->insert(out->end(), it->second.begin(), it->second.end());
    }
    return;
  }
  if (!korean_heads_.count(word.substr(0, ends[1]))) return;
  // Longest stem first (kMaxStemSyllables down to 2).
  for (size_t k = std::min(syllables, kMaxStemSyllables); k >= 2; --k) {
    const auto it = korean_prefix_.find(word.substr(0, ends[k - 1]));
    if (it != korean_prefix_.end()) {
      out->insert(out->end(), it->second.begin(), it->second.end());
      return;
    }
  }
}

void NewsLexicon::EnglishConcepts(std::string_view word, std::vector<uint32_t>* out) const {
  if (const auto it = english_exact_.find(word); it != english_exact_.end()) {
    out->insert(out->end(), it->second.begin(), it->second.end());
  }
  // Most words start like no stem: one lookup of their first four letters rules them out.
  if (word.size() < 4 || !english_heads_.count(word.substr(0, 4))) return;
  for (size_t k = std::min<size_t>(word.size(), 14); k >= 4; --k) {
    const auto it = english_prefix_.find(word.substr(0, k));
    if (it != english_prefix_.end()) {
      out->insert(out->end(), it->second.begin(), it->second.end());
      return;
    }
  }
}

}  // namespace galley::align
