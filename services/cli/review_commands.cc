#include "services/cli/review_commands.h"

#include <grpcpp/grpcpp.h>
#include <xxhash.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "common/base/str_cat.h"
#include "common/checks/glossary.h"
#include "galley/v1/review_service.grpc.pb.h"
#include "google/rpc/error_details_subset.pb.h"
#include "services/api/json.h"
#include "services/cli/batch/batch_runner.h"
#include "services/cli/connection.h"

namespace galley::cli {
namespace {

struct ReviewOptions : ConnectionOptions {
  std::string format = "text";
};

struct CommandError {
  std::string message;
};

std::unique_ptr<v1::ReviewService::Stub> Stub(const ReviewOptions& o) {
  if (o.server.empty()) throw CommandError{"--server HOST:PORT is required (a running galleyd)"};
  ConnectionOptions connection = o;
  if (connection.user.empty()) {
    const char* env = std::getenv("USER");
    connection.user = env && *env ? env : "";
  }
  auto channel = OpenChannel(connection);
  if (!channel.ok()) throw CommandError{std::string(channel.status().message())};
  return v1::ReviewService::NewStub(*channel);
}

void Prepare(const ReviewOptions&, grpc::ClientContext* context, int seconds = 60) {
  context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(seconds));
}

// The server's message, with the ErrorInfo reason when there is one.
[[noreturn]] void Fail(const ReviewOptions& o, const grpc::Status& status) {
  std::string reason;
  google::rpc::Status details;
  if (!status.error_details().empty() && details.ParseFromString(status.error_details())) {
    for (const auto& any : details.details()) {
      google::rpc::ErrorInfo info;
      if (any.UnpackTo(&info)) reason = info.reason();
    }
  }
  throw CommandError{StrCat("server ", o.server, ": ", status.error_message(),
                            reason.empty() ? "" : StrCat(" [", reason, "]"), AuthHint(status))};
}

template <typename Message>
void PrintJson(const Message& m) {
  auto json = api::ToJson(m);
  std::cout << (json.ok() ? *json : "{}") << "\n";
}

std::string_view StateWord(v1::ArticleState s) {
  switch (s) {
    case v1::ARTICLE_STATE_CLEAN: return "clean";
    case v1::ARTICLE_STATE_NEEDS_REVIEW: return "needs review";
    case v1::ARTICLE_STATE_IN_REVIEW: return "in review";
    case v1::ARTICLE_STATE_APPROVED: return "approved";
    default: return "-";
  }
}

std::string When(int64_t ms) {
  const std::time_t t = static_cast<std::time_t>(ms / 1000);
  char buffer[32];
  std::strftime(buffer, sizeof(buffer), "%Y-%m-%d %H:%M:%S", std::localtime(&t));
  return buffer;
}

void PrintTask(const v1::Task& t) {
  std::cout << t.name() << "  (" << t.article() << ", pair " << t.pair_index() << ")  "
            << SeverityWord(t.severity());
  for (const std::string& c : t.codes()) std::cout << " " << c;
  std::cout << "\n  Korean:  " << t.source_text() << "\n  English: " << t.target_text() << "\n";
  if (t.state() == v1::TASK_STATE_CLAIMED) {
    std::cout << "  held by " << t.holder() << " until " << When(t.lease_expire_time_ms()) << "\n";
  } else if (t.state() == v1::TASK_STATE_RESOLVED) {
    static constexpr const char* kDecisions[] = {"-", "accepted", "corrected", "dismissed"};
    std::cout << "  " << kDecisions[std::clamp(static_cast<int>(t.decision()), 0, 3)] << " by "
              << t.resolved_by() << " at " << When(t.resolve_time_ms());
    if (!t.corrected_text().empty()) std::cout << ": " << t.corrected_text();
    if (!t.comment().empty()) std::cout << " (" << t.comment() << ")";
    std::cout << "\n";
  }
}

std::string ReadFile(const std::string& path) {
  auto content = ReadTextFile(path, 8 << 20);
  if (!content.ok()) throw CommandError{std::string(content.status().message())};
  return *content;
}

void AddCommon(CLI::App* cmd, ReviewOptions* o, bool format = true) {
  cmd->add_option("--server", o->server, "HOST:PORT of the galleyd holding the queue")->required();
  AddConnectionOptions(cmd, o, /*with_user=*/true);
  if (format) {
    cmd->add_option("--format", o->format, "text or json")
        ->capture_default_str()
        ->check(CLI::IsMember({"text", "json"}));
  }
}

// Wraps a command so that errors become a message and exit code 2.
std::function<void()> Guard(int* exit_code, std::function<void()> body) {
  return [exit_code, body] {
    try {
      body();
      *exit_code = 0;
    } catch (const CommandError& e) {
      std::cerr << "galley: " << e.message << "\n";
      *exit_code = 2;
    }
  };
}

}  // namespace

// Where the review commands' options land; owned by main for the life of the process.
struct ReviewArgs {
  ReviewOptions o;
  std::string source;
  std::string target;
  std::string request_id;
  std::string external_id;
  std::string desk;
  std::string glossary;
  std::string state;
  int page_size = 20;
  std::string page_token;
  bool watch = false;
  std::string severity;
  std::string check;
  std::string task_name;
  bool accept = false;
  bool dismiss = false;
  std::string correct;
  std::string comment;
  std::string article;
  std::string as = "text";
  std::string output;
};

void ReviewArgsDeleter::operator()(ReviewArgs* args) const { delete args; }

ReviewArgsPtr AddReviewCommands(CLI::App* app, int* exit_code) {
  ReviewArgsPtr owned(new ReviewArgs);
  ReviewArgs* args = owned.get();
  auto* o = &args->o;

  // submit
  auto* submit = app->add_subcommand("submit", "submit an article pair to the review queue");
  auto* source = &args->source;
  auto* target = &args->target;
  auto* request_id = &args->request_id;
  auto* external_id = &args->external_id;
  auto* desk = &args->desk;
  auto* glossary = &args->glossary;
  submit->add_option("SOURCE", *source, "Korean text file")->required();
  submit->add_option("TARGET", *target, "English text file")->required();
  submit->add_option("--external-id", *external_id, "the newsroom's id of the article");
  submit->add_option("--desk", *desk, "desk (politics, economy, ...)");
  submit->add_option("--request-id", *request_id,
                     "idempotency key (default: a hash of the texts and external id, so running "
                     "the same command twice stores the article once)");
  submit->add_option("--glossary", *glossary, "TSV or TBX glossary to enforce");
  AddCommon(submit, o);
  submit->callback(Guard(exit_code, [=] {
    v1::SubmitArticleRequest request;
    request.set_source_text(ReadFile(*source));
    request.set_target_text(ReadFile(*target));
    request.set_external_id(*external_id);
    request.set_desk(*desk);
    std::string id = *request_id;
    if (id.empty()) {
      const std::string key = StrCat(request.source_text(), '\0', request.target_text(), '\0',
                                     *external_id);
      const XXH128_hash_t h = XXH3_128bits(key.data(), key.size());
      char hex[48];
      std::snprintf(hex, sizeof(hex), "xxh128-%016llx%016llx",
                    static_cast<unsigned long long>(h.high64),
                    static_cast<unsigned long long>(h.low64));
      id = hex;
    }
    request.set_request_id(id);
    if (!glossary->empty()) {
      auto g = checks::Glossary::Load(*glossary);
      if (!g.ok()) throw CommandError{std::string(g.status().message())};
      for (const auto& term : g->terms()) {
        auto* t = request.add_glossary();
        t->set_source(term.source);
        for (const auto& e : term.targets) t->add_targets(e);
        t->set_note(term.note);
      }
    }
    grpc::ClientContext context;
    Prepare(*o, &context);
    v1::SubmitArticleResponse response;
    if (auto s = Stub(*o)->SubmitArticle(&context, request, &response); !s.ok()) Fail(*o, s);
    if (o->format == "json") return PrintJson(response);
    const v1::Article& a = response.article();
    std::cout << a.name() << (response.created() ? " submitted" : " (submitted before)") << ": "
              << StateWord(a.state()) << ", " << response.tasks_size() << " task"
              << (response.tasks_size() == 1 ? "" : "s");
    if (response.suppressed_findings()) {
      std::cout << " (" << response.suppressed_findings() << " finding(s) dismissed before left out)";
    }
    std::cout << "\n";
    for (const v1::Task& t : response.tasks()) PrintTask(t);
  }));

  // articles
  auto* articles = app->add_subcommand("articles", "list submitted articles, newest first");
  auto* state = &args->state;
  auto* page_size = &args->page_size;
  auto* page_token = &args->page_token;
  articles->add_option("--state", *state, "clean, needs-review, in-review or approved")
      ->check(CLI::IsMember({"clean", "needs-review", "in-review", "approved"}));
  articles->add_option("--external-id", *external_id, "only this newsroom id");
  articles->add_option("--page-size", *page_size, "articles per page")->capture_default_str();
  articles->add_option("--page-token", *page_token, "the next page (printed after a page)");
  AddCommon(articles, o);
  articles->callback(Guard(exit_code, [=] {
    v1::ListArticlesRequest request;
    request.set_page_size(*page_size);
    request.set_page_token(*page_token);
    request.set_external_id(*external_id);
    if (*state == "clean") request.set_state(v1::ARTICLE_STATE_CLEAN);
    if (*state == "needs-review") request.set_state(v1::ARTICLE_STATE_NEEDS_REVIEW);
    if (*state == "in-review") request.set_state(v1::ARTICLE_STATE_IN_REVIEW);
    if (*state == "approved") request.set_state(v1::ARTICLE_STATE_APPROVED);
    grpc::ClientContext context;
    Prepare(*o, &context);
    v1::ListArticlesResponse response;
    if (auto s = Stub(*o)->ListArticles(&context, request, &response); !s.ok()) Fail(*o, s);
    if (o->format == "json") return PrintJson(response);
    for (const v1::Article& a : response.articles()) {
      std::printf("%-14s %-13s %3d/%-3d tasks  %s  %s %s\n", a.name().c_str(),
                  std::string(StateWord(a.state())).c_str(), a.resolved_task_count(),
                  a.task_count(), When(a.create_time_ms()).c_str(), a.external_id().c_str(),
                  a.desk().empty() ? "" : ("[" + a.desk() + "]").c_str());
    }
    if (!response.next_page_token().empty()) {
      std::cout << "more: --page-token " << response.next_page_token() << "\n";
    }
  }));

  // queue
  auto* queue = app->add_subcommand("queue", "what waits for review; --watch follows the queue");
  auto* watch = &args->watch;
  queue->add_flag("--watch", *watch, "print queue events as they happen (Ctrl-C stops)");
  AddCommon(queue, o);
  queue->callback(Guard(exit_code, [=] {
    if (*watch) {
      grpc::ClientContext context;
      Prepare(*o, &context, 365 * 24 * 3600);
      v1::WatchQueueRequest request;
      auto reader = Stub(*o)->WatchQueue(&context, request);
      v1::QueueEvent event;
      while (reader->Read(&event)) {
        if (o->format == "json") {
          PrintJson(event);
        } else {
          std::cout << When(event.time_ms()) << "  " << event.kind() << "  " << event.article()
                    << (event.task().empty() ? "" : "  " + event.task()) << std::endl;
        }
      }
      if (auto s = reader->Finish(); !s.ok()) Fail(*o, s);
      return;
    }
    for (const auto wanted : {v1::ARTICLE_STATE_NEEDS_REVIEW, v1::ARTICLE_STATE_IN_REVIEW}) {
      v1::ListArticlesRequest request;
      request.set_state(wanted);
      request.set_page_size(100);
      grpc::ClientContext context;
      Prepare(*o, &context);
      v1::ListArticlesResponse response;
      if (auto s = Stub(*o)->ListArticles(&context, request, &response); !s.ok()) Fail(*o, s);
      if (o->format == "json") {
        PrintJson(response);
        continue;
      }
      for (const v1::Article& a : response.articles()) {
        std::cout << a.name() << "  " << StateWord(a.state()) << "  "
                  << a.task_count() - a.resolved_task_count() << " open task(s)  "
                  << a.external_id() << "\n";
      }
    }
  }));

  // claim
  auto* claim = app->add_subcommand("claim", "take the next task (most severe first) on a lease");
  auto* severity = &args->severity;
  auto* check = &args->check;
  claim->add_option("--severity", *severity, "only tasks at least this severe")
      ->check(CLI::IsMember({"minor", "major", "critical"}));
  claim->add_option("--check", *check, "only tasks with this kind of finding (NUMBER, NAME, ...)");
  claim->add_option("--desk", *desk, "only this desk's tasks");
  AddCommon(claim, o);
  claim->callback(Guard(exit_code, [=] {
    v1::ClaimNextTaskRequest request;
    if (*severity == "minor") request.set_min_severity(v1::SEVERITY_MINOR);
    if (*severity == "major") request.set_min_severity(v1::SEVERITY_MAJOR);
    if (*severity == "critical") request.set_min_severity(v1::SEVERITY_CRITICAL);
    std::string prefix = *check;
    for (char& c : prefix) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    request.set_code_prefix(prefix);
    request.set_desk(*desk);
    grpc::ClientContext context;
    Prepare(*o, &context);
    v1::Task task;
    const grpc::Status s = Stub(*o)->ClaimNextTask(&context, request, &task);
    if (s.error_code() == grpc::StatusCode::NOT_FOUND) {
      std::cout << "nothing to review" << (request.code_prefix().empty() && request.desk().empty() &&
                                                   !request.min_severity()
                                               ? ""
                                               : " matching the filters")
                << "\n";
      return;
    }
    if (!s.ok()) Fail(*o, s);
    if (o->format == "json") return PrintJson(task);
    PrintTask(task);
    std::cout << "resolve with: galley resolve " << task.name()
              << " --accept | --correct TEXT | --dismiss --comment WHY\n";
  }));

  // renew / release
  auto* task_name = &args->task_name;
  auto* renew = app->add_subcommand("renew", "extend your lease on a task");
  renew->add_option("TASK", *task_name, "tasks/{id}")->required();
  AddCommon(renew, o);
  renew->callback(Guard(exit_code, [=] {
    v1::RenewTaskRequest request;
    request.set_name(*task_name);
    grpc::ClientContext context;
    Prepare(*o, &context);
    v1::Task task;
    if (auto s = Stub(*o)->RenewTask(&context, request, &task); !s.ok()) Fail(*o, s);
    if (o->format == "json") return PrintJson(task);
    std::cout << task.name() << " held until " << When(task.lease_expire_time_ms()) << "\n";
  }));
  auto* release = app->add_subcommand("release", "give a task back to the queue");
  release->add_option("TASK", *task_name, "tasks/{id}")->required();
  AddCommon(release, o);
  release->callback(Guard(exit_code, [=] {
    v1::ReleaseTaskRequest request;
    request.set_name(*task_name);
    grpc::ClientContext context;
    Prepare(*o, &context);
    v1::Task task;
    if (auto s = Stub(*o)->ReleaseTask(&context, request, &task); !s.ok()) Fail(*o, s);
    if (o->format == "json") return PrintJson(task);
    std::cout << task.name() << " is back in the queue\n";
  }));

  // resolve
  auto* resolve = app->add_subcommand("resolve", "decide a task you hold");
  auto* accept = &args->accept;
  auto* dismiss = &args->dismiss;
  auto* correct = &args->correct;
  auto* comment = &args->comment;
  resolve->add_option("TASK", *task_name, "tasks/{id}")->required();
  auto* accept_flag = resolve->add_flag("--accept", *accept, "the translation is right");
  auto* correct_option =
      resolve->add_option("--correct", *correct, "replace the pair's English with TEXT");
  auto* dismiss_flag = resolve->add_flag(
      "--dismiss", *dismiss, "the finding is a false alarm (not raised again on this text)");
  accept_flag->excludes(correct_option)->excludes(dismiss_flag);
  correct_option->excludes(dismiss_flag);
  resolve->add_option("--comment", *comment, "why (required with --dismiss)");
  AddCommon(resolve, o);
  resolve->callback(Guard(exit_code, [=] {
    v1::ResolveTaskRequest request;
    request.set_name(*task_name);
    if (*accept) {
      request.set_decision(v1::DECISION_ACCEPT);
    } else if (!correct->empty()) {
      request.set_decision(v1::DECISION_CORRECT);
      request.set_corrected_text(*correct);
    } else if (*dismiss) {
      request.set_decision(v1::DECISION_DISMISS);
    } else {
      throw CommandError{"resolve needs --accept, --correct TEXT or --dismiss --comment WHY"};
    }
    request.set_comment(*comment);
    grpc::ClientContext context;
    Prepare(*o, &context);
    v1::Task task;
    if (auto s = Stub(*o)->ResolveTask(&context, request, &task); !s.ok()) Fail(*o, s);
    if (o->format == "json") return PrintJson(task);
    PrintTask(task);
  }));

  // export
  auto* exporter = app->add_subcommand("export", "an article after review: text, XLIFF 2.0 or TMX");
  auto* article = &args->article;
  auto* as = &args->as;
  auto* output = &args->output;
  exporter->add_option("ARTICLE", *article, "articles/{id}")->required();
  exporter->add_option("--as-format", *as, "text (corrected English), xliff or tmx")
      ->capture_default_str()
      ->check(CLI::IsMember({"text", "xliff", "tmx"}));
  exporter->add_option("--output,-o", *output, "write to FILE instead of standard output");
  AddCommon(exporter, o, false);
  exporter->callback(Guard(exit_code, [=] {
    v1::ExportArticleRequest request;
    request.set_name(*article);
    request.set_format(*as == "xliff" ? v1::EXPORT_FORMAT_XLIFF
                       : *as == "tmx" ? v1::EXPORT_FORMAT_TMX
                                      : v1::EXPORT_FORMAT_TEXT);
    grpc::ClientContext context;
    Prepare(*o, &context);
    v1::ExportArticleResponse response;
    if (auto s = Stub(*o)->ExportArticle(&context, request, &response); !s.ok()) Fail(*o, s);
    if (output->empty()) {
      std::cout << response.content();
    } else {
      std::ofstream out(*output, std::ios::binary);
      out << response.content();
      if (!out) throw CommandError{StrCat(*output, ": cannot write")};
    }
  }));
  return owned;
}

}  // namespace galley::cli
