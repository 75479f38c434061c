// galley: the command-line client. Offline by default (the engine runs in-process); with
// --server HOST:PORT the same requests go to a running galleyd. Both print identical output.
//
// Exit codes (design.md): 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage,
// input or I/O error, with a one-line message naming the file and the problem.
#include <grpcpp/grpcpp.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <thread>
#include <fstream>
#include <iostream>
#include <sstream>

#include "common/base/str_cat.h"
#include "common/checks/engine.h"
#include "common/text/utf8.h"
#include "galley/v1/alignment_service.grpc.pb.h"
#include "galley/v1/check_service.grpc.pb.h"
#include "services/api/handlers.h"
#include "services/api/json.h"
#include "services/api/xliff.h"
#include "services/cli/connection.h"
#include "services/cli/batch/batch_input.h"
#include "services/cli/batch/batch_report.h"
#include "services/cli/batch/batch_runner.h"
#include "services/cli/review_commands.h"
#include "services/cli/text_report.h"

namespace galley::cli {
namespace {

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;
constexpr int kExitInterrupted = 130;  // 128 + SIGINT, as shells report it.

// Raised for input and I/O problems; main prints the message and exits 2.
struct CliError {
  std::string message;
};

std::string ReadInput(const std::string& path, size_t max_bytes) {
  if (path != "-") {
    auto content = ReadTextFile(path, max_bytes);
    if (!content.ok()) throw CliError{std::string(content.status().message())};
    return std::move(content).value();
  }
  std::ostringstream buffer;
  buffer << std::cin.rdbuf();
  std::string content = buffer.str();
  // Checked here, with the stream's name, so offline and server modes give the same message.
  if (const absl::Status s = text::ValidateUtf8(content, "standard input"); !s.ok()) {
    throw CliError{std::string(s.message())};
  }
  if (content.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw CliError{"standard input: empty"};
  }
  return content;
}

// ConnectionOptions::server empty: offline (the engine runs in-process).
struct Options : ConnectionOptions {
  std::string format = "text";       // text | json (| junit | sarif | html for check)
  std::string segmented = "sentences";
  bool pre_aligned = false;
  std::string fail_on = "minor";
  std::string language;
  size_t max_bytes = checks::EngineOptions().max_text_bytes;
  size_t max_segment_bytes = checks::EngineOptions().max_segment_bytes;
  // check --batch
  std::string batch;   // Manifest or directory; empty: one pair.
  std::string xliff;   // A bilingual XLIFF file: its units are the pairs.
  int jobs = 0;        // 0: the number of cores.
  std::string output;  // Report file; empty: standard output.
  std::string glossary;  // TSV or TBX file; empty: none.
};

// The --glossary file as request terms (sent with every request, offline or to the server).
void AddGlossary(const Options& o, v1::CheckRequest* request) {
  if (o.glossary.empty()) return;
  auto glossary = checks::Glossary::Load(o.glossary);
  if (!glossary.ok()) throw CliError{std::string(glossary.status().message())};
  for (const checks::GlossaryTerm& term : glossary->terms()) {
    v1::GlossaryTerm* out = request->add_glossary();
    out->set_source(term.source);
    for (const std::string& t : term.targets) out->add_targets(t);
    out->set_note(term.note);
  }
}

v1::SegmentationMode Mode(const Options& o) {
  return o.segmented == "lines" ? v1::SEGMENTATION_MODE_LINES : v1::SEGMENTATION_MODE_SENTENCES;
}

TextStyle Style() {
  TextStyle style;
  const bool tty = isatty(STDOUT_FILENO);
  style.color = tty && std::getenv("NO_COLOR") == nullptr;
  winsize ws{};
  if (tty && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40) {
    style.width = ws.ws_col;
  } else if (const char* columns = std::getenv("COLUMNS")) {
    style.width = std::max(40, std::atoi(columns));
  }
  return style;
}

const checks::Engine& OfflineEngine(const Options& o) {
  static std::unique_ptr<checks::Engine> engine;
  if (!engine) {
    checks::EngineOptions options;
    options.max_text_bytes = o.max_bytes;
    options.max_segment_bytes = o.max_segment_bytes;
    auto created = checks::Engine::Create(options);
    if (!created.ok()) throw CliError{StrCat("cannot start engine: ", created.status().message())};
    engine = std::move(created).value();
  }
  return *engine;
}

std::shared_ptr<grpc::Channel> Channel(const Options& o) {
  auto channel = OpenChannel(o);
  if (!channel.ok()) throw CliError{std::string(channel.status().message())};
  return *channel;
}

void SetDeadline(grpc::ClientContext* context) {
  context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(120));
}

[[noreturn]] void ThrowRpcError(const Options& o, const grpc::Status& status) {
  throw CliError{StrCat("server ", o.server, ": ", status.error_message(), " (gRPC code ",
                        static_cast<int>(status.error_code()), ")", AuthHint(status))};
}

template <typename T>
T OrThrow(absl::StatusOr<T> result) {
  if (!result.ok()) throw CliError{std::string(result.status().message())};
  return std::move(result).value();
}

void PrintJson(const google::protobuf::Message& message) {
  std::cout << OrThrow(api::ToJson(message)) << "\n";
}

int RunSegment(const Options& o, const std::string& path) {
  v1::SegmentRequest request;
  request.set_text(ReadInput(path, o.max_bytes));
  request.set_language_code(o.language);
  request.set_segmentation(Mode(o));
  v1::SegmentResponse response;
  if (o.server.empty()) {
    response = OrThrow(api::Segment(OfflineEngine(o), request));
  } else {
    auto stub = v1::AlignmentService::NewStub(Channel(o));
    grpc::ClientContext context;
    SetDeadline(&context);
    const grpc::Status status = stub->Segment(&context, request, &response);
    if (!status.ok()) ThrowRpcError(o, status);
  }
  if (o.format == "json") {
    PrintJson(response);
  } else {
    std::cout << FormatSegments(response, Style());
  }
  return kExitClean;
}

int RunAlign(const Options& o, const std::string& source, const std::string& target) {
  v1::AlignRequest request;
  request.set_source_text(ReadInput(source, o.max_bytes));
  request.set_target_text(ReadInput(target, o.max_bytes));
  request.set_source_language_code("ko");
  request.set_target_language_code("en");
  request.set_segmentation(Mode(o));
  v1::AlignResponse response;
  if (o.server.empty()) {
    response = OrThrow(api::Align(OfflineEngine(o), request));
  } else {
    auto stub = v1::AlignmentService::NewStub(Channel(o));
    grpc::ClientContext context;
    SetDeadline(&context);
    const grpc::Status status = stub->Align(&context, request, &response);
    if (!status.ok()) ThrowRpcError(o, status);
  }
  if (o.format == "json") {
    PrintJson(response);
  } else {
    std::cout << FormatAlignment(response, Style());
  }
  return kExitClean;
}

v1::Severity FailOnSeverity(const Options& o) {
  return o.fail_on == "critical" ? v1::SEVERITY_CRITICAL
         : o.fail_on == "major"  ? v1::SEVERITY_MAJOR
                                 : v1::SEVERITY_MINOR;
}

int RunCheck(const Options& o, v1::CheckRequest request) {
  AddGlossary(o, &request);
  v1::CheckResponse response;
  if (o.server.empty()) {
    response = OrThrow(api::Check(OfflineEngine(o), request));
  } else {
    auto stub = v1::CheckService::NewStub(Channel(o));
    grpc::ClientContext context;
    SetDeadline(&context);
    const grpc::Status status = stub->Check(&context, request, &response);
    if (!status.ok()) ThrowRpcError(o, status);
  }
  if (o.format == "json") {
    PrintJson(response);
  } else {
    std::cout << FormatCheck(response, Style());
  }
  const v1::Severity threshold = FailOnSeverity(o);
  for (const v1::Finding& f : response.findings()) {
    if (f.severity() >= threshold) return kExitFindings;
  }
  return kExitClean;
}

class OfflineChecker final : public PairChecker {
 public:
  explicit OfflineChecker(const checks::Engine& engine) : engine_(engine) {}
  v1::CheckBatchResponse Check(const v1::CheckBatchRequest& request) override {
    return api::CheckBatchItem(engine_, request);
  }

 private:
  const checks::Engine& engine_;
};

// One CheckBatch stream per worker: galleyd answers a stream's items in order, one at a time,
// so parallelism comes from several streams.
class ServerChecker final : public PairChecker {
 public:
  ServerChecker(std::shared_ptr<grpc::Channel> channel, std::string server)
      : stub_(v1::CheckService::NewStub(std::move(channel))), server_(std::move(server)) {}
  ~ServerChecker() override {
    if (stream_) {
      stream_->WritesDone();
      stream_->Finish();
    }
  }

  v1::CheckBatchResponse Check(const v1::CheckBatchRequest& request) override {
    if (!stream_) {
      context_ = std::make_unique<grpc::ClientContext>();
      stream_ = stub_->CheckBatch(context_.get());
    }
    v1::CheckBatchResponse response;
    if (stream_->Write(request) && stream_->Read(&response)) return response;
    const grpc::Status status = stream_->Finish();
    stream_.reset();  // The next item opens a new stream.
    response.Clear();
    response.set_id(request.id());
    response.set_error_code(status.ok() ? grpc::StatusCode::UNAVAILABLE : status.error_code());
    response.set_error_message(StrCat("server ", server_, ": ",
                                      status.ok() ? "stream ended early" : status.error_message()));
    return response;
  }

 private:
  std::unique_ptr<v1::CheckService::Stub> stub_;
  std::string server_;
  std::unique_ptr<grpc::ClientContext> context_;
  std::unique_ptr<grpc::ClientReaderWriter<v1::CheckBatchRequest, v1::CheckBatchResponse>> stream_;
};

// Echoes each input error to stderr (CI logs show them whatever the report format) and passes
// every result on to the report.
class EchoErrors final : public BatchReportWriter {
 public:
  EchoErrors(BatchReportWriter* report, bool progress) : report_(report), progress_(progress) {}
  void Begin(size_t expected) override { report_->Begin(expected); }
  void Prepare(BatchResult* result) const override { report_->Prepare(result); }
  void Add(const BatchResult& result) override {
    if (result.failed()) {
      std::cerr << (progress_ ? "\r\x1b[K" : "") << "galley: " << result.item.id << ": "
                << result.response.error_message() << "\n";
    }
    report_->Add(result);
  }
  void Finish(const BatchTotals& totals) override { report_->Finish(totals); }

 private:
  BatchReportWriter* report_;
  bool progress_;
};

// check --batch, and check of one pair in a report format (junit, sarif, html).
int RunBatchCheck(const Options& o, std::unique_ptr<BatchInput> input) {
  BatchOptions options;
  options.jobs = o.jobs > 0 ? o.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  options.max_bytes = o.max_bytes;
  options.progress = isatty(STDERR_FILENO) != 0;
  v1::CheckRequest& request = options.request_template;
  request.set_source_language_code("ko");
  request.set_target_language_code("en");
  request.set_segmentation(Mode(o));
  request.set_pre_aligned(o.pre_aligned);
  AddGlossary(o, &request);

  std::function<std::unique_ptr<PairChecker>()> make_checker;
  if (o.server.empty()) {
    const checks::Engine& engine = OfflineEngine(o);
    make_checker = [&engine] { return std::make_unique<OfflineChecker>(engine); };
  } else {
    auto channel = Channel(o);
    make_checker = [channel, &o] { return std::make_unique<ServerChecker>(channel, o.server); };
  }

  // --output: written beside the file and renamed at the end, so a reader never sees half a report.
  std::ofstream file;
  const std::string partial = o.output.empty() ? "" : StrCat(o.output, ".partial");
  if (!o.output.empty()) {
    file.open(partial, std::ios::binary | std::ios::trunc);
    if (!file) throw CliError{StrCat(o.output, ": cannot write: ", std::strerror(errno))};
  }
  std::ostream& out = o.output.empty() ? std::cout : file;
  ReportOptions report_options;
  report_options.color = o.output.empty() && Style().color;
  report_options.glossary = !o.glossary.empty();
  auto report = MakeReportWriter(o.format, &out, report_options);
  EchoErrors writer(report.get(), options.progress);
  const BatchTotals totals = RunBatch(*input, options, make_checker, writer);
  if (!o.output.empty()) {
    file.close();
    if (!file || std::rename(partial.c_str(), o.output.c_str()) != 0) {
      throw CliError{StrCat(o.output, ": cannot write: ", std::strerror(errno))};
    }
  }
  if (totals.interrupted) {
    std::cerr << "galley: interrupted: " << totals.articles << " of " << totals.expected
              << " articles checked and reported\n";
    return kExitInterrupted;
  }
  if (totals.failed > 0) return kExitError;
  for (int s = FailOnSeverity(o); s <= v1::SEVERITY_CRITICAL; ++s) {
    if (totals.FindingsAtSeverity(s) > 0) return kExitFindings;
  }
  return kExitClean;
}

void AddCommonOptions(CLI::App* cmd, Options* o) {
  cmd->add_option("--segmented", o->segmented,
                  "lines: each non-empty line is one segment; sentences: news sentence splitting")
      ->capture_default_str()
      ->check(CLI::IsMember({"lines", "sentences"}));
  cmd->add_option("--server", o->server,
                  "HOST:PORT of a running galleyd; without it the engine runs in-process");
  AddConnectionOptions(cmd, o, /*with_user=*/false);
  cmd->add_option("--max-bytes", o->max_bytes, "largest input file accepted (offline mode)")
      ->capture_default_str()
      ->check(CLI::Range(size_t{1}, size_t{1} << 30));
  cmd->add_option("--max-segment-bytes", o->max_segment_bytes,
                  "longest sentence or line accepted, in bytes (offline mode)")
      ->capture_default_str()
      ->check(CLI::Range(size_t{1}, size_t{1} << 30));
}

}  // namespace
}  // namespace galley::cli

int main(int argc, char** argv) {
  using namespace galley::cli;
  Options o;
  CLI::App app{
      "galley: checks English AI translations of Korean news articles.\n"
      "Splits both texts into sentences, aligns them, and flags pairs whose numbers or names\n"
      "disagree, and omitted, added or untranslated sentences.\n\n"
      "Examples:\n"
      "  galley check examples/article.ko.txt examples/article.en.txt\n"
      "  galley check src.ko tgt.en --segmented=lines --pre-aligned --format=json\n"
      "  galley check --batch manifest.jsonl --format=junit --output report.xml --fail-on=major\n"
      "  galley align src.ko tgt.en --format=json\n"
      "  galley segment article.ko.txt --lang=ko\n"
      "  galley submit story.ko story.en --server localhost:50051 --external-id 2026-1129-001\n"
      "  galley claim --server localhost:50051 --severity major\n\n"
      "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it;\n"
      "2 usage, input or I/O error (in a batch: any pair that could not be read);\n"
      "130 batch interrupted (Ctrl-C; what was done is reported)."};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "help for every command");

  std::string file, source, target;
  auto* segment = app.add_subcommand("segment", "split one text into segments");
  segment->add_option("FILE", file, "UTF-8 text file ('-' for standard input)")->required();
  segment->add_option("--lang", o.language, "language of the text: ko or en (BCP 47)")
      ->required()
      ->check(CLI::IsMember({"ko", "en"}));
  segment->add_option("--format", o.format, "text or json")
      ->capture_default_str()
      ->check(CLI::IsMember({"text", "json"}));
  AddCommonOptions(segment, &o);

  auto* align = app.add_subcommand("align", "align a Korean text with its English translation");
  align->add_option("SOURCE", source, "Korean text file")->required();
  align->add_option("TARGET", target, "English text file")->required();
  align->add_option("--format", o.format, "text or json")
      ->capture_default_str()
      ->check(CLI::IsMember({"text", "json"}));
  AddCommonOptions(align, &o);

  auto* check = app.add_subcommand(
      "check",
      "check an English translation against its Korean source, or a batch of article pairs");
  check->add_option("SOURCE", source, "Korean text file");
  check->add_option("TARGET", target, "English text file");
  check->add_option("--xliff", o.xliff,
                    "check a bilingual XLIFF 1.2 or 2.0 file (from a CAT tool, or galley export): "
                    "each unit with a target is one pre-aligned pair");
  check->add_option("--batch", o.batch,
                    "check many pairs: a JSON Lines manifest (one {\"id\", \"source_path\", "
                    "\"target_path\"} or {\"id\", \"source\", \"target\"} a line; paths relative "
                    "to the manifest) or a directory of NAME.ko.txt + NAME.en.txt (or NAME.ko + "
                    "NAME.en) pairs");
  check->add_option("--jobs,-j", o.jobs, "pairs checked in parallel (default: the cores)")
      ->check(CLI::Range(1, 256));
  check->add_option("--output,-o", o.output,
                    "write the report to FILE (written whatever the exit status)");
  check->add_option("--glossary", o.glossary,
                    "house translations to enforce: TSV (source<TAB>target[<TAB>note] a line) or "
                    "TBX-Basic (.tbx); a Korean term whose English has none of its targets is "
                    "GLOSSARY_VIOLATION");
  check->add_flag("--pre-aligned", o.pre_aligned,
                  "segment i of SOURCE translates segment i of TARGET (no aligner); the counts "
                  "must match");
  check->add_option("--format", o.format,
                    "text; json (one object; JSON Lines in batch mode); junit (JUnit XML); sarif "
                    "(SARIF 2.1.0); html (one self-contained page)")
      ->capture_default_str()
      ->check(CLI::IsMember({"text", "json", "junit", "sarif", "html"}));
  check->add_option("--fail-on", o.fail_on, "exit 1 on findings of this severity or worse")
      ->capture_default_str()
      ->check(CLI::IsMember({"minor", "major", "critical"}));
  AddCommonOptions(check, &o);

  int review_exit = -1;  // Set by a review command's callback when one ran.
  const auto review_args = AddReviewCommands(&app, &review_exit);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitError;
  }
  if (review_exit >= 0) return review_exit;
  try {
    if (segment->parsed()) return RunSegment(o, file);
    if (align->parsed()) return RunAlign(o, source, target);
    if (check->parsed()) {
      if (!o.xliff.empty()) {
        if (!source.empty() || !o.batch.empty()) {
          throw CliError{"--xliff takes no SOURCE or TARGET files and no --batch"};
        }
        if (o.format != "text" && o.format != "json") {
          throw CliError{"--xliff prints --format text or json"};
        }
        const std::string content = ReadInput(o.xliff, o.max_bytes);
        auto document = galley::api::ParseXliff(content, o.xliff);
        if (!document.ok()) throw CliError{std::string(document.status().message())};
        galley::api::XliffCheck xliff = galley::api::CheckRequestFor(*document);
        for (const galley::api::XliffUnit* u : xliff.untranslated) {
          std::cerr << "galley: " << o.xliff << ":" << u->line << ": unit "
                    << (u->id.empty() ? "(no id)" : u->id)
                    << " has no target (not translated yet); not checked\n";
        }
        if (xliff.checked.empty()) throw CliError{o.xliff + ": no translated unit to check"};
        return RunCheck(o, std::move(xliff.request));
      }
      if (!o.batch.empty()) {
        if (!source.empty()) throw CliError{"--batch takes no SOURCE or TARGET files"};
        auto input = OpenBatch(o.batch);
        if (!input.ok()) throw CliError{std::string(input.status().message())};
        return RunBatchCheck(o, std::move(input).value());
      }
      if (source.empty() || target.empty()) {
        throw CliError{"check needs SOURCE and TARGET files, or --batch MANIFEST|DIR (see --help)"};
      }
      if (o.format == "junit" || o.format == "sarif" || o.format == "html") {
        return RunBatchCheck(
            o, SinglePair(std::filesystem::path(target).stem().string(), source, target));
      }
      if (o.jobs > 0 || !o.output.empty()) {
        throw CliError{"--jobs and --output go with --batch or a report format (junit, sarif, html)"};
      }
      galley::v1::CheckRequest request;
      request.set_source_text(ReadInput(source, o.max_bytes));
      request.set_target_text(ReadInput(target, o.max_bytes));
      request.set_source_language_code("ko");
      request.set_target_language_code("en");
      request.set_segmentation(Mode(o));
      request.set_pre_aligned(o.pre_aligned);
      return RunCheck(o, std::move(request));
    }
  } catch (const CliError& e) {
    std::cerr << "galley: " << e.message << "\n";
    return kExitError;
  }
  return kExitError;
}
