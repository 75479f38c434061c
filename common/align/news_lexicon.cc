#include "common/align/news_lexicon.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

#include "common/base/str_cat.h"
#include "common/text/utf8.h"

namespace galley::align {

extern const char kNewsLexiconTsv[];  // Generated from data/news_lexicon.tsv by CMake.

namespace {

// The longest English stem: EnglishConcepts tries a word's prefixes up to this length.
constexpr size_t kLongestEnglishPrefix = 14;

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

// Whether `key` is the first key.size() bytes of `stored`: a loop the compiler keeps inline, as
// the keys are short (a memcmp call costs more than it compares).
bool SameBytes(const char* stored, std::string_view key) {
  for (size_t i = 0; i < key.size(); ++i) {
    if (stored[i] != key[i]) return false;
  }
  return true;
}

// Marks a stem of `length` letters or syllables in a head's mask of lengths (its one id).
void AddLength(std::vector<uint32_t>* mask, size_t length) {
  if (mask->empty()) mask->push_back(0);
  mask->front() |= uint32_t{1} << length;
}

}  // namespace

NewsLexicon::StemIndex::StemIndex(
    std::vector<std::pair<std::string, std::vector<uint32_t>>> entries) {
  size_t size = 16;
  while (size < 2 * entries.size()) size <<= 1;
  slots_.assign(size, Slot{});
  for (const auto& [key, ids] : entries) {
    // Stems come from the compiled-in lexicon, whose parser bounds their length; more ids than a
    // slot counts would be a malformed lexicon, a build defect.
    if (key.empty() || key.size() > kMaxKeyBytes || ids.size() > 255) {
      std::fprintf(stderr, "galley: news lexicon stem \"%s\" is empty, too long or has too many ids\n",
                   key.c_str());
      std::abort();
    }
    const uint64_t hash = Hash(key);
    size_t slot = hash & (size - 1);
    while (slots_[slot].key_size != 0) slot = (slot + 1) & (size - 1);
    Slot& s = slots_[slot];
    s.tag = static_cast<uint32_t>(hash >> 32);
    s.first_id = static_cast<uint32_t>(ids_.size());
    s.key_size = static_cast<uint8_t>(key.size());
    s.id_count = static_cast<uint8_t>(ids.size());
    std::memcpy(s.key, key.data(), key.size());
    ids_.insert(ids_.end(), ids.begin(), ids.end());
  }
}

uint64_t NewsLexicon::StemIndex::Hash(std::string_view key) {
  uint64_t hash = Start();
  for (char c : key) hash = Next(hash, c);
  return hash;
}

std::optional<std::span<const uint32_t>> NewsLexicon::StemIndex::Find(std::string_view key,
                                                                      uint64_t hash) const {
  const size_t mask = slots_.size() - 1;
  const auto tag = static_cast<uint32_t>(hash >> 32);
  for (size_t slot = hash & mask; slots_[slot].key_size != 0; slot = (slot + 1) & mask) {
    const Slot& s = slots_[slot];
    if (s.tag == tag && s.key_size == key.size() && SameBytes(s.key, key)) {
      return std::span<const uint32_t>(ids_.data() + s.first_id, s.id_count);
    }
  }
  return std::nullopt;
}

const NewsLexicon& NewsLexicon::Default() {
  static const NewsLexicon* lexicon = [] {
    auto parsed = Parse(kNewsLexiconTsv);
    // The data is compiled in and covered by tests; a parse failure is a build defect, and
    // running on without the lexicon would quietly cost most of the alignment and the checks.
    if (!parsed.ok()) {
      std::fprintf(stderr, "galley: the compiled-in news lexicon is malformed: %s\n",
                   std::string(parsed.status().message()).c_str());
      std::abort();
    }
    return new NewsLexicon(std::move(parsed).value());
  }();
  return *lexicon;
}

absl::StatusOr<NewsLexicon> NewsLexicon::Parse(std::string_view tsv) {
  NewsLexicon lexicon;
  // Collected first (ids in line order), then frozen into the indexes.
  using Collected = std::unordered_map<std::string, std::vector<uint32_t>>;
  Collected korean_prefix, korean_exact, english_prefix, english_exact, korean_heads, english_heads,
      english_first_words;
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
      (syllables == 1 ? korean_exact : korean_prefix)[std::string(stem)].push_back(concept_id);
      if (syllables >= 2) AddLength(&korean_heads[std::string(stem.substr(0, ends[1]))], syllables);
    }
    for (std::string_view stem : SplitBy(columns[1], '|')) {
      // EnglishConcepts compares a word's prefixes of kLongestEnglishPrefix letters at most.
      if (stem.size() > kLongestEnglishPrefix) {
        return absl::InvalidArgumentError(StrCat("news lexicon line ", line_number,
                                                 ": English stem longer than ",
                                                 kLongestEnglishPrefix, " letters: ", stem));
      }
      if (const size_t space = stem.find(' '); space != std::string_view::npos) {
        english_first_words[std::string(stem.substr(0, space))];
      }
      (stem.size() >= 4 ? english_prefix : english_exact)[std::string(stem)].push_back(concept_id);
      if (stem.size() >= 4) AddLength(&english_heads[std::string(stem.substr(0, 4))], stem.size());
    }
  }
  const auto freeze = [](Collected& c) {
    std::vector<std::pair<std::string, std::vector<uint32_t>>> entries;
    entries.reserve(c.size());
    for (auto& [stem, ids] : c) entries.emplace_back(stem, std::move(ids));
    return StemIndex(std::move(entries));
  };
  lexicon.korean_prefix_ = freeze(korean_prefix);
  lexicon.korean_exact_ = freeze(korean_exact);
  lexicon.english_prefix_ = freeze(english_prefix);
  lexicon.english_exact_ = freeze(english_exact);
  lexicon.korean_heads_ = freeze(korean_heads);
  lexicon.english_heads_ = freeze(english_heads);
  lexicon.english_first_words_ = freeze(english_first_words);
  return lexicon;
}

void NewsLexicon::KoreanConcepts(std::string_view word, std::vector<uint32_t>* out) const {
  size_t ends[kMaxStemSyllables];
  const size_t syllables = SyllableEnds(word, ends);
  if (syllables == 0) return;
  if (syllables == 1) {
    if (const auto ids = korean_exact_.Find(word)) out->insert(out->end(), ids->begin(), ids->end());
    return;
  }
  // The hashes of the word's prefixes of 2 to kMaxStemSyllables syllables, in one pass; the
  // longer ones only when the first two syllables begin some stem.
  const size_t longest = std::min(syllables, kMaxStemSyllables);
  uint64_t hashes[kMaxStemSyllables];
  uint64_t hash = StemIndex::Start();
  size_t byte = 0;
  for (; byte < ends[1]; ++byte) hash = StemIndex::Next(hash, word[byte]);
  hashes[1] = hash;
  const auto head = korean_heads_.Find(word.substr(0, ends[1]), hash);
  if (!head) return;
  const uint32_t lengths = head->front();
  for (size_t k = 2; k < longest; ++k) {
    for (; byte < ends[k]; ++byte) hash = StemIndex::Next(hash, word[byte]);
    hashes[k] = hash;
  }
  // Longest stem first (kMaxStemSyllables down to 2).
  for (size_t k = longest; k >= 2; --k) {
    if ((lengths >> k & 1) == 0) continue;
    if (const auto ids = korean_prefix_.Find(word.substr(0, ends[k - 1]), hashes[k - 1])) {
      out->insert(out->end(), ids->begin(), ids->end());
      return;
    }
  }
}

void NewsLexicon::KoreanWholeWordConcepts(std::string_view word, std::vector<uint32_t>* out) const {
  size_t ends[kMaxStemSyllables];
  const size_t syllables = SyllableEnds(word, ends);
  if (syllables == 0 || syllables > kMaxStemSyllables) return;
  const StemIndex& index = syllables == 1 ? korean_exact_ : korean_prefix_;
  if (const auto ids = index.Find(word)) out->insert(out->end(), ids->begin(), ids->end());
}

void NewsLexicon::EnglishConcepts(std::string_view word, std::vector<uint32_t>* out) const {
  const size_t found_before = out->size();
  EnglishStemConcepts(word, out);
  // A plural in -ies of a stem that ends in y (libraries: library, countries: country).
  constexpr std::string_view kIes = "ies";
  if (out->size() == found_before && word.size() > kIes.size() + 2 &&
      word.substr(word.size() - kIes.size()) == kIes) {
    std::string singular(word.substr(0, word.size() - kIes.size()));
    singular += 'y';
    EnglishStemConcepts(singular, out);
  }
}

void NewsLexicon::EnglishStemConcepts(std::string_view word, std::vector<uint32_t>* out) const {
  constexpr size_t kLongestPrefix = kLongestEnglishPrefix;
  // The hashes of the word's prefixes up to kLongestPrefix letters, and of the whole word.
  uint64_t hashes[kLongestPrefix + 1];
  uint64_t hash = StemIndex::Start();
  for (size_t k = 0; k < word.size(); ++k) {
    hash = StemIndex::Next(hash, word[k]);
    if (k < kLongestPrefix) hashes[k + 1] = hash;
  }
  // Stems under four letters match whole words only, and the longer ones prefixes.
  if (word.size() < 4) {
    if (const auto ids = english_exact_.Find(word, hash)) {
      out->insert(out->end(), ids->begin(), ids->end());
    }
    return;
  }
  // Most words start like no stem: one lookup of their first four letters rules them out.
  const auto head = english_heads_.Find(word.substr(0, 4), hashes[4]);
  if (!head) return;
  const uint32_t lengths = head->front();
  for (size_t k = std::min(word.size(), kLongestPrefix); k >= 4; --k) {
    if ((lengths >> k & 1) == 0) continue;
    if (const auto ids = english_prefix_.Find(word.substr(0, k), hashes[k])) {
      out->insert(out->end(), ids->begin(), ids->end());
      return;
    }
  }
}

}  // namespace galley::align
