// The galley command line: the contract in design.md (exit codes, JSON shape, messages), and
// byte-identical JSON offline and through galleyd.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "galley/v1/check_service.pb.h"
#include "services/api/json.h"
#include "tests/integration/subprocess.h"

namespace galley {
namespace {

using ::testing::HasSubstr;
using RunResult = testing::RunResult;
RunResult RunCli(const std::vector<std::string>& argv) { return testing::Run(argv); }

const std::string kGalley = std::string(GALLEY_BIN_DIR) + "/galley";
const std::string kExampleKo = std::string(GALLEY_SOURCE_DIR) + "/examples/article.ko.txt";
const std::string kExampleEn = std::string(GALLEY_SOURCE_DIR) + "/examples/article.en.txt";

class TempFiles {
 public:
  TempFiles() {
    dir_ = std::filesystem::temp_directory_path() / ("galley-cli-test-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir_);
  }
  ~TempFiles() { std::filesystem::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& content) {
    const auto path = dir_ / name;
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }

 private:
  std::filesystem::path dir_;
};

TEST(CliTest, ExampleShowsItsNumberAndNameErrors) {
  const auto r = RunCli({kGalley, "check", kExampleKo, kExampleEn});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.out, HasSubstr("NUMBER_MISMATCH"));
  EXPECT_THAT(r.out, HasSubstr("Korean says 12,000 (1만2천 명); English says 1,200"));
  EXPECT_THAT(r.out, HasSubstr("NAME_MISMATCH"));
  EXPECT_THAT(r.out, HasSubstr("English says Kim Min-young"));
  EXPECT_THAT(r.out, HasSubstr("⟦김민정⟧"));
}

// A CAT tool's XLIFF: units are the pairs; the untranslated one is named, not checked.
TEST(CliTest, ChecksBilingualXliff) {
  const std::string xlf = std::string(GALLEY_SOURCE_DIR) + "/tests/fixtures/xliff/budget.xlf";
  const auto r = RunCli({kGalley, "check", "--xliff", xlf, "--format=json"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.out, HasSubstr("\"pair_index\":0,\"code\":\"NUMBER_"));
  EXPECT_THAT(r.err, HasSubstr("budget.xlf:17: unit 3 has no target"));
  TempFiles files;
  const auto bad = RunCli({kGalley, "check", "--xliff", files.Write("b.xlf", "<xliff>")});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_THAT(bad.err, HasSubstr("b.xlf:1: not well-formed XML"));
}

TEST(CliTest, FailOnSetsTheExitCode) {
  // The example's findings are major: --fail-on=critical passes.
  EXPECT_EQ(RunCli({kGalley, "check", kExampleKo, kExampleEn, "--fail-on=critical"}).exit_code, 0);
  EXPECT_EQ(RunCli({kGalley, "check", kExampleKo, kExampleEn, "--fail-on=major"}).exit_code, 1);
}

TEST(CliTest, JsonFollowsTheContract) {
  const auto r = RunCli({kGalley, "check", kExampleKo, kExampleEn, "--format=json"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  v1::CheckResponse response;
  ASSERT_TRUE(api::FromJson(r.out, &response).ok()) << r.out;
  EXPECT_GT(response.source_segments_size(), 5);
  // Every segment in exactly one pair.
  std::vector<int> source_seen(response.source_segments_size()),
      target_seen(response.target_segments_size());
  for (const auto& pair : response.pairs()) {
    for (uint32_t i : pair.source_indexes()) ++source_seen.at(i);
    for (uint32_t i : pair.target_indexes()) ++target_seen.at(i);
  }
  for (int n : source_seen) EXPECT_EQ(n, 1);
  for (int n : target_seen) EXPECT_EQ(n, 1);
  // Offsets are bytes into the files as given.
  std::ifstream in(kExampleKo, std::ios::binary);
  const std::string ko((std::istreambuf_iterator<char>(in)), {});
  for (const auto& s : response.source_segments()) {
    EXPECT_EQ(ko.substr(s.begin(), s.end() - s.begin()), s.text());
  }
}

TEST(CliTest, SegmentPrintsSegments) {
  TempFiles files;
  const std::string path = files.Write("a.ko", "첫 문장이다. 둘째 문장이다.\n");
  const auto r = RunCli({kGalley, "segment", path, "--lang=ko", "--format=json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr(R"("segments":[{"begin":0,"end":17,"text":"첫 문장이다."})"));
}

TEST(CliTest, InputErrorsExitTwoNamingTheFile) {
  TempFiles files;
  const std::string bad = files.Write("bad.ko", "좋은\xFF문장");
  const std::string empty = files.Write("empty.en", "");
  const std::string two = files.Write("two.ko", "하나.\n둘.\n");
  const std::string one = files.Write("one.en", "One.\n");

  auto r = RunCli({kGalley, "check", bad, kExampleEn});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "galley: " + bad + ": invalid UTF-8 at byte offset 6 (byte 0xff)\n");

  r = RunCli({kGalley, "check", kExampleKo, empty});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "galley: " + empty + ": file is empty\n");

  const std::string blank = files.Write("blank.en", " \t\n");
  r = RunCli({kGalley, "check", kExampleKo, blank});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "galley: " + blank + ": file has only whitespace\n");

  r = RunCli({kGalley, "check", "/nonexistent/x.ko", kExampleEn});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("/nonexistent/x.ko: cannot open"));

  r = RunCli({kGalley, "check", two, one, "--segmented=lines", "--pre-aligned"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("the source has 2 segments and the target 1"));

  r = RunCli({kGalley, "check", kExampleKo, kExampleEn, "--format=yaml"});
  EXPECT_EQ(r.exit_code, 2);
  r = RunCli({kGalley, "frobnicate"});
  EXPECT_EQ(r.exit_code, 2);
}

TEST(CliTest, HelpExitsZero) {
  const auto r = RunCli({kGalley, "--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_THAT(r.out, HasSubstr("Exit codes"));
}

TEST(CliTest, OfflineAndServerGiveByteIdenticalJson) {
  testing::Galleyd server;
  ASSERT_GT(server.port(), 0) << server.log();
  // The token from the environment (a token file is the other way, see batch_cli_test.cc).
  ASSERT_FALSE(server.admin_token().empty());
  setenv("GALLEY_TOKEN", server.admin_token().c_str(), 1);
  struct Unset {
    ~Unset() { unsetenv("GALLEY_TOKEN"); }
  } unset;
  TempFiles files;
  const std::string lines_ko = files.Write("l.ko", "시는 1만2천 명을 지원한다.\n이하경 주필이 말했다.\n");
  const std::string lines_en = files.Write("l.en", "The city supports 1,200 people.\nEditor Lee said.\n");
  const std::vector<std::vector<std::string>> commands = {
      {"check", kExampleKo, kExampleEn, "--format=json"},
      {"check", lines_ko, lines_en, "--segmented=lines", "--pre-aligned", "--format=json"},
      {"align", kExampleKo, kExampleEn, "--format=json"},
      {"segment", kExampleEn, "--lang=en", "--format=json"},
      {"check", kExampleKo, kExampleEn, "--format=text"}};
  for (auto command : commands) {
    command.insert(command.begin(), kGalley);
    const auto offline = RunCli(command);
    command.push_back("--server=" + server.address());
    const auto online = RunCli(command);
    EXPECT_EQ(offline.exit_code, online.exit_code) << online.err;
    EXPECT_FALSE(offline.out.empty());
    EXPECT_EQ(offline.out, online.out) << command[1];
  }
  // A server error is exit 2 with the server named.
  const auto r = RunCli({kGalley, "check", kExampleKo, kExampleEn, "--server=127.0.0.1:1"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("server 127.0.0.1:1"));
}

}  // namespace
}  // namespace galley
