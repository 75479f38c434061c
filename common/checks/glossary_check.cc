// GLOSSARY_VIOLATION: a glossary term in the Korean of a pair whose English has none of the
// term's accepted renderings.
#include "common/base/str_cat.h"
#include "common/checks/glossary.h"
#include "common/checks/pair_context.h"
#include "common/names/korean_words.h"
#include "common/text/utf8.h"

namespace galley::checks {
namespace {

// The code point before byte `at` of `text` (0 at the start).
char32_t Before(std::string_view text, size_t at) {
  if (at == 0) return 0;
  size_t begin = at - 1;
  while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) --begin;
  size_t pos = begin;
  return text::DecodeUtf8(text, &pos);
}

char32_t After(std::string_view text, size_t at) {
  if (at >= text.size()) return 0;
  return text::DecodeUtf8(text, &at);
}

bool IsWordChar(char32_t c) {
  return c != 0 && (text::IsAsciiAlpha(c) || text::IsAsciiDigit(c) || text::IsHangul(c) ||
                    (c >= 0xC0 && c <= 0x24F));
}

// Whether `term` occurs in `text` as whole words; the first letter's case may differ
// (sentence-initial "The Bank of Korea" for "the Bank of Korea").
bool ContainsWords(std::string_view text, std::string_view term) {
  if (term.empty()) return false;
  const auto first_matches = [&](char c) {
    return c == term[0] || (text::IsAsciiAlpha(static_cast<unsigned char>(c)) &&
                            (c | 0x20) == (term[0] | 0x20));
  };
  for (size_t at = 0; at + term.size() <= text.size(); ++at) {
    if (!first_matches(text[at]) || text.substr(at + 1, term.size() - 1) != term.substr(1)) continue;
    if (!IsWordChar(Before(text, at)) && !IsWordChar(After(text, at + term.size()))) return true;
  }
  return false;
}

// Whether `term` stands at byte `at` of the Korean `text` as a word of its own: nothing of a word
// before it, and after it nothing, or only a particle or a name suffix (이재명은, 텍사스주에서), but
// not more of a compound (서울시 in 서울시장 is 서울 + 시장, "Seoul mayor").
bool IsKoreanTermAt(std::string_view text, size_t at, std::string_view term) {
  if (IsWordChar(Before(text, at))) return false;
  const size_t end = at + term.size();
  if (!text::IsHangul(After(text, end)) || !text::IsHangul(Before(text, end))) return true;
  // The whole Hangul word the term's last word is part of.
  size_t word_begin = term.rfind(' ');
  word_begin = word_begin == std::string_view::npos ? at : at + word_begin + 1;
  size_t word_end = end;
  while (word_end < text.size()) {
    size_t next = word_end;
    if (!text::IsHangul(text::DecodeUtf8(text, &next))) break;
    word_end = next;
  }
  const std::string_view word = text.substr(word_begin, word_end - word_begin);
  const std::string_view last = text.substr(word_begin, end - word_begin);
  const std::string_view stem = names::StripKoreanParticle(word);
  return stem == last || names::StripNameSuffix(stem) == last;
}

class GlossaryCheck final : public PairCheck {
 public:
  std::string_view name() const override { return "glossary"; }

  void Run(const PairContext& pair, std::vector<Finding>* findings) const override {
    if (pair.glossary == nullptr || pair.source->empty() || pair.target->empty()) return;
    const std::string_view ko = pair.source->text();
    const std::string_view en = pair.target->text();
    for (const GlossaryTerm& term : pair.glossary->terms()) {
      // The term at the start of a word; what follows may be a particle (이재명은, 이재명 대표).
      size_t at = ko.find(term.source);
      while (at != std::string_view::npos && !IsKoreanTermAt(ko, at, term.source)) {
        at = ko.find(term.source, at + 1);
      }
      if (at == std::string_view::npos) continue;
      bool rendered = false;
      for (const std::string& target : term.targets) rendered = rendered || ContainsWords(en, target);
      if (rendered) continue;
      Finding f;
      f.pair_index = pair.pair_index;
      f.code = codes::kGlossaryViolation;
      f.severity = Severity::kMajor;
      f.category = MqmCategory::kTerminology;
      std::string accepted;
      for (const std::string& target : term.targets) {
        accepted += StrCat(accepted.empty() ? "" : " or ", "\"", target, "\"");
      }
      f.message = StrCat("Glossary: ", term.source, " is translated as ", accepted,
                         "; the English has none of it");
      if (!term.note.empty()) f.message += StrCat(" (", term.note, ")");
      const text::TextSpan span{static_cast<uint32_t>(at),
                                static_cast<uint32_t>(at + term.source.size())};
      f.source_spans.push_back(pair.source->ToDocument(span));
      findings->push_back(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<PairCheck> MakeGlossaryCheck() { return std::make_unique<GlossaryCheck>(); }

}  // namespace galley::checks
