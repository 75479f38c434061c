#include "common/names/transliteration.h"

#include <algorithm>

#include "common/names/romanizer.h"
#include "common/text/utf8.h"

namespace galley::names {

std::string HangulSkeletonRaw(std::string_view hangul);
std::string LatinSkeletonRaw(std::string_view latin);

namespace {

// Initial consonants in jamo order: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ.
constexpr char kInitialClass[19] = {'K', 'K', 'N', 'T', 'T', 'L', 'M', 'P', 'P', 'S',
                                    'S', 0,   'J', 'J', 'J', 'K', 'T', 'P', 'H'};
// Final consonants: none ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ.
constexpr char kFinalClass[28] = {0,   'K', 'K', 'K', 'N', 'N', 'N', 'T', 'L', 'L',
                                  'L', 'L', 'L', 'L', 'L', 'L', 'M', 'P', 'P', 'T',
                                  'T', 'N', 'T', 'T', 'K', 'T', 'P', 'T'};

void Push(char c, std::string* out) {
  if (c != 0 && (out->empty() || out->back() != c)) out->push_back(c);
}

// Korean writes English s between vowels, z, j and ch alike with ㅅ, ㅈ or ㅊ (Disney 디즈니, resort
// 리조트): one class, S.
std::string MergeSibilants(std::string s) {
  for (char& c : s) {
    if (c == 'J') c = 'S';
  }
  s.erase(std::unique(s.begin(), s.end()), s.end());
  return s;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// The skeleton of the Hangul syllables of `hangul` (other characters skipped), with J read as S
// when `merge_sibilants`: done as each class is pushed, Push's collapsing of repeats then does
// what MergeSibilants' does, in the one pass (HangulSkeleton is asked for every word).
std::string BuildHangulSkeleton(std::string_view hangul, bool merge_sibilants) {
  std::string out;
  auto push = [&](char c) { Push(merge_sibilants && c == 'J' ? 'S' : c, &out); };
  for (size_t pos = 0; pos < hangul.size();) {
    const char32_t c = text::DecodeUtf8(hangul, &pos);
    if (!text::IsHangulSyllable(c)) continue;
    const text::HangulJamo jamo = text::DecomposeHangul(c);
    const char ic = kInitialClass[jamo.initial];
    // ㅎ counts only at the start of the word, as h does in English.
    if (ic != 'H' || out.empty()) push(ic);
    push(kFinalClass[jamo.final_consonant]);
  }
  return out;
}

}  // namespace

std::string HangulSkeleton(std::string_view hangul) {
  return BuildHangulSkeleton(hangul, /*merge_sibilants=*/true);
}

std::string HangulSkeletonRaw(std::string_view hangul) {
  return BuildHangulSkeleton(hangul, /*merge_sibilants=*/false);
}

std::string LatinSkeleton(std::string_view latin) { return MergeSibilants(LatinSkeletonRaw(latin)); }

std::string LatinSkeletonRaw(std::string_view latin) {
  std::string w;
  for (char c : latin) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c >= 'a' && c <= 'z') w.push_back(c);
  }
  std::string out;
  const size_t n = w.size();
  auto at = [&](size_t i) { return i < n ? w[i] : '\0'; };
  for (size_t i = 0; i < n; ++i) {
    const char c = w[i], next = at(i + 1);
    switch (c) {
      case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': case 'w':
        break;
      case 'h':
        if (i == 0) Push('H', &out);
        break;
      case 'c':
        if (next == 'h') {
          // Greek ch is k before r and l and in -chael (Christopher 크리스토퍼, Chrysler
          // 크라이슬러, Michael 마이클); elsewhere it is ㅊ (Churchill 처칠).
          const char after = at(i + 2);
          const bool greek = after == 'r' || after == 'l' ||
                             (after == 'a' && at(i + 3) == 'e' && at(i + 4) == 'l');
          Push(greek ? 'K' : 'J', &out);
          ++i;
        } else if (next == 'k') {
          Push('K', &out);
          ++i;
        } else {
          Push(next == 'e' || next == 'i' || next == 'y' ? 'S' : 'K', &out);
        }
        break;
      case 'g':
        if (next == 'h') {
          // Silent after i, ou, au (Knight, Vaughan, Hugh); a hard g elsewhere (Baghdad).
          const char before = i > 0 ? w[i - 1] : '\0';
          if (before != 'i' && before != 'u' && before != 'a') Push('K', &out);
          if (before == 'a' && i >= 2 && w[i - 2] != 'u' && w[i - 2] != 'e') Push('K', &out);
          ++i;
        } else {
          Push(next == 'e' || next == 'i' ? 'J' : 'K', &out);
        }
        break;
      case 'k':
        if (i == 0 && next == 'n') break;  // Knight.
        Push('K', &out);
        break;
      case 'q':
        Push('K', &out);
        break;
      case 'x':
        // Initial x is s in Chinese names (Xinhua 신화, Xi 시); elsewhere ks (Texas).
        if (i != 0) Push('K', &out);
        Push('S', &out);
        break;
      case 't':
        if (next == 's' && i == 0) {  // Tsvangirai 창기라이, Tsinghua: ts is ㅊ.
          Push('J', &out);
          ++i;
          break;
        }
        if (next == 'h') ++i;
        if (next == 'c' && at(i + 2) == 'h') {
          Push('J', &out);
          i += 2;
        } else {
          Push('T', &out);
        }
        break;
      case 'd':
        Push('T', &out);
        break;
      case 'p':
        if (next == 'h') ++i;
        Push('P', &out);
        break;
      case 'b': case 'f': case 'v':
        Push('P', &out);
        break;
      case 's':
        if (next == 'h') ++i;
        Push('S', &out);
        break;
      case 'j': case 'z':
        Push('J', &out);
        break;
      case 'l':
        Push('L', &out);
        break;
      case 'r':
        // Korean drops an r that closes a syllable (Gordon 고든, Livermore 리버모어).
        if (IsVowel(next) && !(next == 'e' && i + 2 == n)) Push('L', &out);
        break;
      case 'm':
        Push('M', &out);
        break;
      case 'n':
        Push('N', &out);
        if (next == 'g') {
          // ng is ㅇ at the end (Kunming 쿤밍) and ㅇ+ㄱ before more letters (England 잉글랜드).
          ++i;
          if (i + 1 < n) Push('K', &out);
        }
        break;
      default:
        break;
    }
  }
  return out;
}

bool SkeletonsMatch(std::string_view a, std::string_view b) {
  if (a.size() < 2 || b.size() < 2) return false;
  if (a == b) return true;
  if (std::min(a.size(), b.size()) < 4) return false;
  const size_t diff = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  return diff <= 1 && EditDistance(a, b) <= 1;
}

}  // namespace galley::names
