// Data test: the shared number vectors (../shared/data/numbers/{ko,en}_numbers.tsv), each row an
// expression and its value. Reports the share read right per kind and requires 97% over the kinds
// that news copy uses. Label "data"; skipped when the data is not there.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "common/numbers/number_expression.h"
#include "common/text/normalized_text.h"

namespace galley::numbers {
namespace {

struct Row {
  std::string text, value, kind;
};

std::vector<Row> ReadVectors(const std::string& path) {
  std::vector<Row> rows;
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);  // Header.
  while (std::getline(in, line)) {
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string col;
    while (std::getline(ss, col, '\t')) cols.push_back(col);
    if (cols.size() >= 4) rows.push_back({cols[0], cols[1], cols[3]});
  }
  return rows;
}

// The stated value as a Decimal: "12000", "-5%", "29.99", "1e3" forms.
std::optional<Decimal> StatedValue(std::string v) {
  if (!v.empty() && v.back() == '%') v.pop_back();
  bool negative = !v.empty() && v[0] == '-';
  if (negative) v.erase(0, 1);
  auto d = Decimal::Parse(v);
  if (!d) return std::nullopt;
  return negative ? d->Times(Decimal::FromInt(-1)) : d;
}

const std::set<std::string> kTargetKinds = {"cardinal", "mixed_digits", "currency",
                                            "currency_mixed_digits", "decimal", "percent",
                                            "ordinal", "year", "native_cardinal"};

void Score(const std::string& file, bool korean) {
  const std::string path = std::string(GALLEY_DATA_DIR) + "/numbers/" + file;
  std::ifstream probe(path);
  if (!probe) GTEST_SKIP() << "no data at " << path;
  const auto rows = ReadVectors(path);
  ASSERT_FALSE(rows.empty());
  std::map<std::string, std::pair<int, int>> by_kind;  // kind -> {right, total}
  int target_right = 0, target_total = 0;
  std::vector<std::string> misses;
  for (const Row& row : rows) {
    const auto expected = StatedValue(row.value);
    if (!expected) continue;
    auto normalized = text::NormalizedText::Create(row.text, text::NormalizationForm::kNfkc);
    ASSERT_TRUE(normalized.ok());
    const auto got = korean ? ReadKoreanNumberExpression(normalized->text())
                            : ReadEnglishNumberExpression(normalized->text());
    const bool right = got.has_value() && *got == *expected;
    auto& [r, t] = by_kind[row.kind];
    r += right;
    ++t;
    if (kTargetKinds.count(row.kind)) {
      target_right += right;
      ++target_total;
      if (!right && misses.size() < 40) {
        misses.push_back(row.kind + ": " + row.text + " => " + row.value + " (read " +
                         (got ? got->ToString() : "nothing") + ")");
      }
    }
  }
  std::printf("%s: rows read to the stated value, per kind\n", file.c_str());
  for (const auto& [kind, counts] : by_kind) {
    std::printf("  %-24s %4d / %4d  %5.1f%%%s\n", kind.c_str(), counts.first, counts.second,
                100.0 * counts.first / counts.second, kTargetKinds.count(kind) ? "  (target)" : "");
  }
  const double share = static_cast<double>(target_right) / target_total;
  std::printf("  target kinds: %d / %d = %.1f%%\n", target_right, target_total, 100 * share);
  for (const auto& m : misses) std::printf("  miss  %s\n", m.c_str());
  EXPECT_GE(share, 0.97) << file;
}

TEST(NumberVectorsTest, KoreanVectors) { Score("ko_numbers.tsv", /*korean=*/true); }
TEST(NumberVectorsTest, EnglishVectors) { Score("en_numbers.tsv", /*korean=*/false); }

}  // namespace
}  // namespace galley::numbers
