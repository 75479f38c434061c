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
#include "services/cli/text_report.h"

namespace galley::cli {
namespace {

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

// Raised for input and I/O problems; main prints the message and exits 2.
struct CliError {
  std::string message;
};

std::string ReadInput(const std::string& path) {
  std::string content;
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    content = buffer.str();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw CliError{StrCat(path, ": cannot open: ", std::strerror(errno))};
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) throw CliError{StrCat(path, ": read error: ", std::strerror(errno))};
    content = buffer.str();
  }
  // Checked here, with the file's name, so offline and server modes give the same message.
  if (const absl::Status s = text::ValidateUtf8(content, path); !s.ok()) {
    throw CliError{std::string(s.message())};
  }
  if (content.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw CliError{StrCat(path, content.empty() ? ": file is empty" : ": file has only whitespace")};
  }
  return content;
}

struct Options {
  std::string server;                // Empty: offline.
  std::string format = "text";       // text | json
  std::string segmented = "sentences";
  bool pre_aligned = false;
  std::string fail_on = "minor";
  std::string language;
  size_t max_bytes = checks::EngineOptions().max_text_bytes;
};

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
    auto created = checks::Engine::Create(options);
    if (!created.ok()) throw CliError{StrCat("cannot start engine: ", created.status().message())};
    engine = std::move(created).value();
  }
  return *engine;
}

std::shared_ptr<grpc::Channel> Channel(const Options& o) {
  grpc::ChannelArguments args;
  args.SetMaxReceiveMessageSize(64 << 20);
  args.SetMaxSendMessageSize(64 << 20);
  return grpc::CreateCustomChannel(o.server, grpc::InsecureChannelCredentials(), args);
}

void SetDeadline(grpc::ClientContext* context) {
  context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(120));
}

[[noreturn]] void ThrowRpcError(const Options& o, const grpc::Status& status) {
  throw CliError{StrCat("server ", o.server, ": ", status.error_message(), " (gRPC code ",
                        static_cast<int>(status.error_code()), ")")};
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
  request.set_text(ReadInput(path));
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
  request.set_source_text(ReadInput(source));
  request.set_target_text(ReadInput(target));
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

int RunCheck(const Options& o, const std::string& source, const std::string& target) {
  v1::CheckRequest request;
  request.set_source_text(ReadInput(source));
  request.set_target_text(ReadInput(target));
  request.set_source_language_code("ko");
  request.set_target_language_code("en");
  request.set_segmentation(Mode(o));
  request.set_pre_aligned(o.pre_aligned);
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
  const v1::Severity threshold = o.fail_on == "critical" ? v1::SEVERITY_CRITICAL
                                 : o.fail_on == "major"  ? v1::SEVERITY_MAJOR
                                                         : v1::SEVERITY_MINOR;
  for (const v1::Finding& f : response.findings()) {
    if (f.severity() >= threshold) return kExitFindings;
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
  cmd->add_option("--max-bytes", o->max_bytes, "largest input file accepted (offline mode)")
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
      "  galley align src.ko tgt.en --format=json\n"
      "  galley segment article.ko.txt --lang=ko\n\n"
      "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it;\n"
      "2 usage, input or I/O error."};
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

  auto* check = app.add_subcommand("check", "check an English translation against its Korean source");
  check->add_option("SOURCE", source, "Korean text file")->required();
  check->add_option("TARGET", target, "English text file")->required();
  check->add_flag("--pre-aligned", o.pre_aligned,
                  "segment i of SOURCE translates segment i of TARGET (no aligner); the counts "
                  "must match");
  check->add_option("--format", o.format, "text or json")
      ->capture_default_str()
      ->check(CLI::IsMember({"text", "json"}));
  check->add_option("--fail-on", o.fail_on, "exit 1 on findings of this severity or worse")
      ->capture_default_str()
      ->check(CLI::IsMember({"minor", "major", "critical"}));
  AddCommonOptions(check, &o);

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
  try {
    if (segment->parsed()) return RunSegment(o, file);
    if (align->parsed()) return RunAlign(o, source, target);
    if (check->parsed()) return RunCheck(o, source, target);
  } catch (const CliError& e) {
    std::cerr << "galley: " << e.message << "\n";
    return kExitError;
  }
  return kExitError;
}
