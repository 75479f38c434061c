// galley check --batch: inputs (manifest, directory), per-item errors that do not stop the batch,
// input order, exit codes, offline == server, Ctrl-C, and the report formats' contents. The
// reports are also read back by independent parsers in tests/reports (Node).
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <pty.h>
#include <signal.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "galley/v1/check_service.pb.h"
#include "services/api/json.h"
#include "tests/integration/subprocess.h"

namespace galley {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::StartsWith;

const std::string kGalley = std::string(GALLEY_BIN_DIR) + "/galley";
const std::string kSource = GALLEY_SOURCE_DIR;
const std::string kManifest = kSource + "/tests/fixtures/batch/manifest.jsonl";
const std::string kGlossary = kSource + "/tests/fixtures/batch/glossary.tsv";

class BatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("galley-batch-test-" + std::to_string(getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content) {
    const fs::path path = dir_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }
  static std::string Read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  static std::vector<v1::CheckBatchResponse> ParseLines(const std::string& out) {
    std::vector<v1::CheckBatchResponse> responses;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) {
      v1::CheckBatchResponse r;
      EXPECT_TRUE(api::FromJson(line, &r).ok()) << line;
      responses.push_back(r);
    }
    return responses;
  }
  static std::vector<std::string> Codes(const v1::CheckBatchResponse& r) {
    std::vector<std::string> codes;
    for (const auto& f : r.response().findings()) codes.push_back(f.code());
    return codes;
  }

  fs::path dir_;
};

TEST_F(BatchTest, ManifestRunsEveryItemInOrderAndReportsBadOnesInPlace) {
  const std::string ko = kSource + "/examples/article.ko.txt";
  Write("bad.en", "Broken \xC3 text.");
  const std::string manifest = Write(
      "m/manifest.jsonl",
      "{\"id\": \"first\", \"source_path\": \"" + ko + "\", \"target_path\": \"" + kSource +
          "/examples/article.en.txt\"}\n"
          "\n"
          "{\"id\": \"missing\", \"source_path\": \"nope.ko\", \"target_path\": \"nope.en\"}\n"
          "this is not json\n"
          "{\"id\": \"badutf8\", \"source_path\": \"" + ko + "\", \"target_path\": \"../bad.en\"}\n"
          "{\"id\": \"inline\", \"source\": \"인구는 1만2천 명이다.\", \"target\": \"The population is 12,000.\"}\n"
          "{\"id\": \"inline\", \"source\": \"또.\", \"target\": \"Again.\"}\n"
          "{\"id\": \"half\", \"source\": \"하나.\"}\n");
  const auto r = testing::Run({kGalley, "check", "--batch", manifest, "--format=json", "-j", "2"});
  EXPECT_EQ(r.exit_code, 2) << r.err;  // Input errors win over findings.
  const auto lines = ParseLines(r.out);
  ASSERT_EQ(lines.size(), 7u) << r.out;
  EXPECT_EQ(lines[0].id(), "first");
  EXPECT_EQ(lines[0].error_code(), 0);
  EXPECT_THAT(Codes(lines[0]), ::testing::Contains("NUMBER_MISMATCH"));

  EXPECT_EQ(lines[1].id(), "missing");
  EXPECT_EQ(lines[1].error_code(), 5);  // NOT_FOUND
  EXPECT_THAT(lines[1].error_message(), HasSubstr("/m/nope.ko: cannot open"));  // Manifest-relative.

  EXPECT_EQ(lines[2].id(), "line-4");
  EXPECT_EQ(lines[2].error_code(), 3);  // INVALID_ARGUMENT
  EXPECT_THAT(lines[2].error_message(), HasSubstr("manifest.jsonl:4: not a JSON object"));

  EXPECT_EQ(lines[3].id(), "badutf8");
  EXPECT_THAT(lines[3].error_message(), HasSubstr("bad.en: invalid UTF-8 at byte offset 7"));

  EXPECT_EQ(lines[4].id(), "inline");
  EXPECT_EQ(lines[4].error_code(), 0);
  EXPECT_TRUE(Codes(lines[4]).empty());

  EXPECT_THAT(lines[5].error_message(), HasSubstr("manifest.jsonl:7: id \"inline\" appears twice"));
  EXPECT_THAT(lines[6].error_message(), HasSubstr("manifest.jsonl:8: needs string fields"));
  // Each input error is also on stderr, for CI logs.
  EXPECT_THAT(r.err, HasSubstr("galley: missing: "));
}

// Workers finish items out of order (a long article beside short sentences) and write them in
// turns: with four jobs the report is the one job's, line for line, every item once.
TEST_F(BatchTest, ManyJobsWriteTheSameReportInInputOrder) {
  const std::string ko = kSource + "/examples/article.ko.txt";
  const std::string en = kSource + "/examples/article.en.txt";
  std::string manifest;
  constexpr int kItems = 60;
  for (int k = 0; k < kItems; ++k) {
    const std::string id = "item-" + std::to_string(k);
    if (k % 3 == 0) {
      manifest += "{\"id\": \"" + id + "\", \"source_path\": \"" + ko + "\", \"target_path\": \"" +
                  en + "\"}\n";
    } else {
      manifest += "{\"id\": \"" + id + "\", \"source\": \"인구는 " + std::to_string(k) +
                  "만 명이다.\", \"target\": \"The population is " + std::to_string(k) +
                  "0,000.\"}\n";
    }
  }
  const std::string path = Write("manifest.jsonl", manifest);
  const auto one = testing::Run({kGalley, "check", "--batch", path, "--format=json", "-j", "1"});
  const auto four = testing::Run({kGalley, "check", "--batch", path, "--format=json", "-j", "4"});
  ASSERT_EQ(one.exit_code, four.exit_code) << four.err;
  EXPECT_EQ(one.out, four.out);
  const std::vector<v1::CheckBatchResponse> lines = ParseLines(four.out);
  ASSERT_EQ(lines.size(), static_cast<size_t>(kItems));
  for (int k = 0; k < kItems; ++k) EXPECT_EQ(lines[k].id(), "item-" + std::to_string(k));
}

TEST_F(BatchTest, DirectoryPairsByStemAndReportsOrphans) {
  const std::string ko = Read(kSource + "/examples/article.ko.txt");
  const std::string en = Read(kSource + "/examples/article.en.txt");
  Write("d/b-article.ko.txt", ko);
  Write("d/b-article.en.txt", en);
  Write("d/a-clean.ko", "인구는 1만2천 명이다.\n");
  Write("d/a-clean.en", "The population is 12,000.\n");
  Write("d/c-orphan.ko.txt", ko);
  Write("d/notes.md", "ignored\n");
  const auto r =
      testing::Run({kGalley, "check", "--batch", (dir_ / "d").string(), "--format=json"});
  EXPECT_EQ(r.exit_code, 2);
  const auto lines = ParseLines(r.out);
  ASSERT_EQ(lines.size(), 3u) << r.out;
  EXPECT_EQ(lines[0].id(), "a-clean");
  EXPECT_EQ(lines[1].id(), "b-article");
  EXPECT_EQ(lines[2].id(), "c-orphan");
  EXPECT_THAT(lines[2].error_message(), HasSubstr("c-orphan.ko.txt: no English partner"));

  // Without the orphan: exit follows --fail-on.
  fs::remove(dir_ / "d/c-orphan.ko.txt");
  EXPECT_EQ(testing::Run({kGalley, "check", "--batch", (dir_ / "d").string()}).exit_code, 1);
  EXPECT_EQ(testing::Run({kGalley, "check", "--batch", (dir_ / "d").string(), "--fail-on=critical"})
                .exit_code,
            0);
}

TEST_F(BatchTest, BatchErrorsThatStopEverythingExitTwo) {
  auto r = testing::Run({kGalley, "check", "--batch", (dir_ / "nothing-here").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("nothing-here: no such manifest file or directory"));
  r = testing::Run({kGalley, "check", "--batch", dir_.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("no article pairs"));
  r = testing::Run({kGalley, "check", "--batch", kManifest, "--glossary", "/nonexistent.tsv"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("/nonexistent.tsv: cannot open glossary"));
  r = testing::Run({kGalley, "check", "--batch", kManifest, "a.ko", "a.en"});
  EXPECT_EQ(r.exit_code, 2);
  r = testing::Run({kGalley, "check"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("check needs SOURCE and TARGET files, or --batch"));
}

TEST_F(BatchTest, ServerStreamsGiveTheSameLinesAsOffline) {
  testing::Galleyd server;
  ASSERT_GT(server.port(), 0) << server.log();
  const std::vector<std::string> base = {kGalley,      "check",         "--batch", kManifest,
                                         "--glossary", kGlossary,       "--format=json"};
  const auto offline = testing::Run(base);
  auto with_server = base;
  with_server.push_back("--server=" + server.address());
  with_server.push_back("--token-file=" + (server.data_dir() / "admin.token").string());
  with_server.push_back("--jobs=3");
  const auto online = testing::Run(with_server);
  EXPECT_EQ(offline.exit_code, 1) << offline.err;
  EXPECT_EQ(online.exit_code, offline.exit_code) << online.err;
  EXPECT_EQ(ParseLines(offline.out).size(), 3u);
  EXPECT_EQ(online.out, offline.out);
  // Every report format, too.
  for (const std::string format : {"text", "junit", "sarif", "html"}) {
    auto o = base;
    o.back() = "--format=" + format;
    auto s = with_server;
    s[6] = "--format=" + format;
    const auto a = testing::Run(o), b = testing::Run(s);
    if (format == "text") {  // The first line has the elapsed time and rate.
      EXPECT_EQ(a.out.substr(a.out.find('\n')), b.out.substr(b.out.find('\n')));
    } else if (format != "junit") {  // JUnit carries per-article times.
      EXPECT_EQ(a.out, b.out) << format;
    }
  }
}

TEST_F(BatchTest, ReportsCarryTheFindings) {
  const std::string junit = (dir_ / "r.xml").string();
  auto r = testing::Run({kGalley, "check", "--batch", kManifest, "--glossary", kGlossary,
                         "--format=junit", "--output", junit});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(r.out.empty());
  EXPECT_FALSE(fs::exists(junit + ".partial"));
  const std::string xml = Read(junit);
  EXPECT_THAT(xml, HasSubstr("<testsuite name=\"budget\" tests=\"6\" failures=\"2\""));
  EXPECT_THAT(xml, HasSubstr("<testcase classname=\"galley.budget\" name=\"number\""));
  EXPECT_THAT(xml, HasSubstr("type=\"NUMBER_MISMATCH\" message=\"NUMBER_MISMATCH (critical): Korean "
                             "says 677 trillion won"));
  EXPECT_THAT(xml, HasSubstr("[Korean «677조 원» | English «677 billion won»]"));

  const std::string html = (dir_ / "r.html").string();
  r = testing::Run({kGalley, "check", "--batch", kManifest, "--format=html", "-o", html});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const std::string page = Read(html);
  EXPECT_THAT(page, StartsWith("<!DOCTYPE html>"));
  EXPECT_THAT(page, HasSubstr("data-code=\"NUMBER_MISMATCH\""));
  EXPECT_THAT(page, HasSubstr(">677 billion won</mark>"));
  EXPECT_THAT(page, HasSubstr("<svg id=\"chart\""));

  // One pair in a report format goes through the same writers.
  r = testing::Run({kGalley, "check", kSource + "/examples/article.ko.txt",
                    kSource + "/examples/article.en.txt", "--format=sarif"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.out, HasSubstr("\"ruleId\":\"NUMBER_MISMATCH\""));
  EXPECT_THAT(r.out, HasSubstr("\"startLine\":5"));
}

// Runs the CLI with stdout to a file, sends SIGINT after `delay`, and returns the exit code.
int RunAndInterrupt(const std::vector<std::string>& argv, const std::string& out_path,
                    std::chrono::milliseconds delay) {
  const pid_t pid = fork();
  if (pid == 0) {
    const int fd = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(fd, STDOUT_FILENO);
    const int null = open("/dev/null", O_WRONLY);
    dup2(null, STDERR_FILENO);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  std::this_thread::sleep_for(delay);
  kill(pid, SIGINT);
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// Runs argv with stderr (and stdin) on a pseudo-terminal, stdout to a file; returns what the
// terminal showed.
std::string RunOnTerminal(const std::vector<std::string>& argv, const std::string& out_path) {
  int master = -1;
  const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
  if (pid == 0) {
    const int fd = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(fd, STDOUT_FILENO);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  std::string shown;
  char buffer[4096];
  ssize_t n;
  while ((n = read(master, buffer, sizeof(buffer))) > 0) shown.append(buffer, static_cast<size_t>(n));
  int status = 0;
  waitpid(pid, &status, 0);
  close(master);
  return shown;
}

TEST_F(BatchTest, ProgressBarOnATerminalOnly) {
  std::string manifest;
  for (int i = 0; i < 400; ++i) {
    manifest += "{\"id\": \"p" + std::to_string(i) + "\", \"source_path\": \"" + kSource +
                "/examples/article.ko.txt\", \"target_path\": \"" + kSource + "/examples/article.en.txt\"}\n";
  }
  const std::string path = Write("progress.jsonl", manifest);
  const std::string shown =
      RunOnTerminal({kGalley, "check", "--batch", path, "--format=json", "-j", "1"},
                    (dir_ / "out.jsonl").string());
  EXPECT_THAT(shown, HasSubstr("/400 articles"));
  EXPECT_THAT(shown, HasSubstr("/s  ETA "));
  EXPECT_THAT(shown, HasSubstr("400/400 articles"));
  EXPECT_EQ(ParseLines(Read((dir_ / "out.jsonl").string())).size(), 400u);  // Not on stdout.
  // Not a terminal: nothing but errors on stderr.
  const auto quiet = testing::Run({kGalley, "check", "--batch", path, "--format=json"});
  EXPECT_EQ(quiet.err, "");
}

std::string ItemId(int i) {
  std::string id = "a";  // Not "a" + to_string(i): g++ 12 warns falsely (-Wrestrict) on that.
  id += std::to_string(i);
  return id;
}

TEST_F(BatchTest, CtrlCStopsCleanlyAndWritesWhatIsDone) {
  // Enough work that the interrupt lands mid-batch on any machine: 20,000 articles of the example
  // run together a hundred times, about 30 ms of work each here (20,000 copies of the example
  // itself took under 1.5 s on two cores, and a machine with more would finish before the
  // interrupt), yet short enough that some are written before it, under the sanitizers too.
  std::string ko_text, en_text;
  const std::string example_ko = Read(kSource + "/examples/article.ko.txt");
  const std::string example_en = Read(kSource + "/examples/article.en.txt");
  for (int copy = 0; copy < 100; ++copy) {
    ko_text += example_ko;
    en_text += example_en;
  }
  const std::string ko = Write("article.ko.txt", ko_text);
  const std::string en = Write("article.en.txt", en_text);
  std::string manifest;
  for (int i = 0; i < 20000; ++i) {
    manifest += "{\"id\": \"" + ItemId(i) + "\", \"source_path\": \"" + ko +
                "\", \"target_path\": \"" + en + "\"}\n";
  }
  const std::string path = Write("big.jsonl", manifest);
  const std::string json_out = (dir_ / "out.jsonl").string();
  const int code = RunAndInterrupt({kGalley, "check", "--batch", path, "--format=json", "-j", "2"},
                                   json_out, std::chrono::milliseconds(1500));
  EXPECT_EQ(code, 130);
  const auto lines = ParseLines(Read(json_out));
  EXPECT_GT(lines.size(), 0u);
  EXPECT_LT(lines.size(), 20000u);
  for (size_t i = 0; i < lines.size(); ++i) {
    ASSERT_EQ(lines[i].id(), ItemId(static_cast<int>(i)));  // In order, no gaps, none half-written.
  }
  // A report file is complete, and says it was interrupted.
  const std::string xml = (dir_ / "out.xml").string();
  EXPECT_EQ(RunAndInterrupt({kGalley, "check", "--batch", path, "--format=junit", "-o", xml},
                            (dir_ / "stdout").string(), std::chrono::milliseconds(1500)),
            130);
  const std::string report = Read(xml);
  EXPECT_THAT(report, HasSubstr("type=\"INTERRUPTED\""));
  EXPECT_THAT(report, HasSubstr("</testsuites>"));
}

}  // namespace
}  // namespace galley
