// UNTRANSLATED: Hangul left in the English.
#include "common/base/str_cat.h"
#include "common/checks/pair_context.h"
#include "common/text/utf8.h"

namespace galley::checks {
namespace {

class UntranslatedCheck final : public PairCheck {
 public:
  std::string_view name() const override { return "untranslated"; }

  void Run(const PairContext& pair, std::vector<Finding>* findings) const override {
    const std::string_view en = pair.target->text();
    size_t pos = 0;
    while (pos < en.size()) {
      size_t next = pos;
      const char32_t c = text::DecodeUtf8(en, &next);
      if (!text::IsHangul(c)) {
        pos = next;
        continue;
      }
      // A run of Hangul, with the spaces inside it.
      size_t end = next;
      for (size_t probe = next; probe < en.size();) {
        const char32_t d = text::DecodeUtf8(en, &probe);
        if (text::IsHangul(d)) {
          end = probe;
        } else if (d != ' ') {
          break;
        }
      }
      const text::TextSpan span{static_cast<uint32_t>(pos), static_cast<uint32_t>(end)};
      Finding f;
      f.pair_index = pair.pair_index;
      f.code = codes::kUntranslated;
      f.severity = Severity::kMajor;
      f.category = MqmCategory::kUntranslated;
      f.message = galley::StrCat("Korean left untranslated in the English: ", Quote(en, span));
      f.target_spans.push_back(pair.target->ToDocument(span));
      findings->push_back(std::move(f));
      pos = end;
    }
  }
};

}  // namespace

std::unique_ptr<PairCheck> MakeUntranslatedCheck() { return std::make_unique<UntranslatedCheck>(); }

}  // namespace galley::checks
