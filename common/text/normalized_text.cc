#include "common/text/normalized_text.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include "common/base/str_cat.h"

namespace galley::text {

namespace {

// Whether `text` is made only of code points that are NFC and NFKC whatever surrounds them:
// ASCII, precomposed Hangul syllables, and the quotation marks, dashes and middle dot of news
// text (none has a decomposition, none combines with a neighbour). Most Korean and English news
// sentences are, and they then skip ICU's check. Assumes well-formed UTF-8 (callers validate);
// anything else answers false.
bool OnlyStableCodePoints(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t i = 0; i < n;) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    if (s[i] == 0xC2 && i + 1 < n && s[i + 1] == 0xB7) {  // U+00B7 middle dot.
      i += 2;
      continue;
    }
    if (i + 2 >= n || s[i] < 0xE0 || s[i] > 0xEF || (s[i + 1] & 0xC0) != 0x80 ||
        (s[i + 2] & 0xC0) != 0x80) {
      return false;
    }
    const char32_t c = ((s[i] & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
    const bool stable = (c >= 0xAC00 && c <= 0xD7A3) || c == 0x2013 || c == 0x2014 ||
                        (c >= 0x2018 && c <= 0x2019) || (c >= 0x201C && c <= 0x201D);
    if (!stable) return false;
    i += 3;
  }
  return true;
}

}  // namespace

absl::StatusOr<NormalizedText> NormalizedText::Create(std::string_view original,
                                                      NormalizationForm form) {
  if (OnlyStableCodePoints(original)) {
    NormalizedText result;
    result.text_.assign(original);
    return result;
  }
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = form == NormalizationForm::kNfc
                                           ? icu::Normalizer2::getNFCInstance(error)
                                           : icu::Normalizer2::getNFKCInstance(error);
  if (U_FAILURE(error)) {
    return absl::InternalError(galley::StrCat("ICU normalizer: ", u_errorName(error)));
  }
  const icu::StringPiece piece(original.data(), static_cast<int32_t>(original.size()));
  NormalizedText result;
  // Most news text is already NFC (and NFKC apart from full-width forms): skip the map then.
  if (normalizer->isNormalizedUTF8(piece, error) && U_SUCCESS(error)) {
    result.text_.assign(original);
    return result;
  }
  error = U_ZERO_ERROR;
  icu::Edits edits;
  icu::StringByteSink<std::string> sink(&result.text_, static_cast<int32_t>(original.size()));
  normalizer->normalizeUTF8(0, piece, sink, &edits, error);
  if (U_FAILURE(error)) {
    return absl::InvalidArgumentError(galley::StrCat("cannot normalize text: ", u_errorName(error)));
  }
  result.identity_ = false;
  const size_t n = result.text_.size();
  result.begin_map_.resize(n + 1);
  result.end_map_.resize(n + 1);
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(error)) {
    const int32_t src = it.sourceIndex(), dst = it.destinationIndex();
    const int32_t old_len = it.oldLength(), new_len = it.newLength();
    if (!it.hasChange()) {
      for (int32_t k = 0; k < new_len; ++k) {
        result.begin_map_[dst + k] = src + k;
        result.end_map_[dst + k + 1] = src + k + 1;
      }
    } else {
      for (int32_t k = 0; k < new_len; ++k) {
        result.begin_map_[dst + k] = src;
        result.end_map_[dst + k + 1] = src + old_len;
      }
    }
  }
  result.begin_map_[n] = static_cast<uint32_t>(original.size());
  result.end_map_[0] = 0;
  return result;
}

}  // namespace galley::text
