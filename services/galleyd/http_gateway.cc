#include "services/galleyd/http_gateway.h"

#include <httplib.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <nlohmann/json.hpp>

#include "common/base/call_deadline.h"
#include "common/base/str_cat.h"
#include "services/api/handlers.h"
#include "services/api/json.h"
#include "services/galleyd/http_request.h"
#include "services/galleyd/web_assets.h"

namespace galley::server {
namespace {

using Clock = std::chrono::steady_clock;
using Json = nlohmann::json;

// Every route, in the order they are matched. {id} is a decimal id; {fp} a fingerprint.
const std::vector<HttpRoute> kRoutes = {
    {"GET", "/healthz", ""},
    {"GET", "/metrics", "HttpGateway/Metrics"},
    {"GET", "/v1/me", "HttpGateway/WhoAmI"},
    {"POST", "/v1:segment", "AlignmentService/Segment"},
    {"POST", "/v1:align", "AlignmentService/Align"},
    {"POST", "/v1:check", "CheckService/Check"},
    {"POST", "/v1/articles", "ReviewService/SubmitArticle"},
    {"GET", "/v1/articles", "ReviewService/ListArticles"},
    {"GET", "/v1/articles/1", "ReviewService/GetArticle"},
    {"GET", "/v1/articles/1:export", "ReviewService/ExportArticle"},
    {"GET", "/v1/articles/1/auditEntries", "ReviewService/ListAuditEntries"},
    {"GET", "/v1/tasks", "ReviewService/ListTasks"},
    {"POST", "/v1/tasks:claimNext", "ReviewService/ClaimNextTask"},
    {"POST", "/v1/tasks/1:renew", "ReviewService/RenewTask"},
    {"POST", "/v1/tasks/1:release", "ReviewService/ReleaseTask"},
    {"POST", "/v1/tasks/1:resolve", "ReviewService/ResolveTask"},
    {"GET", "/v1/suppressions", "ReviewService/ListSuppressions"},
    {"DELETE", "/v1/suppressions/0123abcd", "ReviewService/DeleteSuppression"},
    {"GET", "/v1/queue:watch", "ReviewService/WatchQueue"},
    {"GET", "/v1/tokens", "AdminService/ListTokens"},
    {"POST", "/v1/tokens", "AdminService/CreateToken"},
    {"POST", "/v1/tokens/tok_0123456789ab:revoke", "AdminService/RevokeToken"},
    {"GET", "/", ""},
};

std::optional<std::string_view> Header(const httplib::Request& req, const char* name) {
  if (!req.has_header(name)) return std::nullopt;
  const auto it = req.headers.find(name);
  return std::string_view(it->second);
}

// HttpStatusOf, but a RESOURCE_EXHAUSTED without a retry delay is a request too large (413: a
// text, a segment, a glossary over its limit), which sending again will not mend; with one it is
// a rate limit (429).
int HttpStatusOfError(const absl::Status& status) {
  if (status.code() == absl::StatusCode::kResourceExhausted && !auth::RetryAfterMs(status)) {
    return 413;
  }
  return HttpStatusOf(static_cast<int>(status.code()));
}

Json ErrorBody(const absl::Status& status) {
  const int code = static_cast<int>(status.code());
  Json details = Json::array();
  if (const std::string reason = store::Reason(status); !reason.empty()) {
    details.push_back({{"@type", "type.googleapis.com/google.rpc.ErrorInfo"},
                       {"reason", reason},
                       {"domain", "galley.dev"}});
  }
  if (const auto ms = auth::RetryAfterMs(status)) {
    details.push_back({{"@type", "type.googleapis.com/google.rpc.RetryInfo"},
                       {"retryDelay", StrCat(*ms / 1000, ".", (*ms % 1000) / 100, "s")}});
  }
  return {{"error",
           {{"code", HttpStatusOfError(status)},
            {"message", std::string(status.message())},
            {"status", std::string(CodeName(code))},
            {"details", details}}}};
}

void WriteError(httplib::Response& res, const absl::Status& status) {
  res.status = HttpStatusOfError(status);
  if (const auto ms = auth::RetryAfterMs(status)) {
    res.set_header("Retry-After", std::to_string((*ms + 999) / 1000));
  }
  res.set_content(ErrorBody(status).dump(), "application/json");
}

template <typename Message>
absl::StatusOr<Message> ParseBody(const httplib::Request& req) {
  return ParseJsonBody<Message>(req.body);
}

template <typename Message>
absl::StatusOr<Message> ParseQuery(const httplib::Request& req) {
  return ParseQueryParams<Message>(req.params);
}

template <typename Message>
absl::StatusOr<std::string> Print(absl::StatusOr<Message> message) {
  if (!message.ok()) return message.status();
  return api::ToJson(*message);
}

}  // namespace

const std::vector<HttpRoute>& HttpRoutes() { return kRoutes; }

int HttpStatusOf(int code) {
  switch (static_cast<absl::StatusCode>(code)) {
    case absl::StatusCode::kOk:
      return 200;
    case absl::StatusCode::kCancelled:
      return 499;
    case absl::StatusCode::kInvalidArgument:
    case absl::StatusCode::kFailedPrecondition:
    case absl::StatusCode::kOutOfRange:
      return 400;
    case absl::StatusCode::kDeadlineExceeded:
      return 504;
    case absl::StatusCode::kNotFound:
      return 404;
    case absl::StatusCode::kAlreadyExists:
    case absl::StatusCode::kAborted:
      return 409;
    case absl::StatusCode::kPermissionDenied:
      return 403;
    case absl::StatusCode::kUnauthenticated:
      return 401;
    case absl::StatusCode::kResourceExhausted:
      return 429;
    case absl::StatusCode::kUnimplemented:
      return 501;
    case absl::StatusCode::kUnavailable:
      return 503;
    default:
      return 500;
  }
}

absl::StatusOr<std::unique_ptr<HttpGateway>> HttpGateway::Start(const HttpOptions& options,
                                                                const GatewayBackends& backends) {
  std::unique_ptr<HttpGateway> gateway(new HttpGateway());
  gateway->backends_ = backends;
  if (options.tls_cert.empty()) {
    gateway->server_ = std::make_unique<httplib::Server>();
  } else {
    auto ssl = std::make_unique<httplib::SSLServer>(
        options.tls_cert.c_str(), options.tls_key.c_str(),
        options.tls_client_ca.empty() ? nullptr : options.tls_client_ca.c_str());
    if (!ssl->is_valid()) {
      return absl::InvalidArgumentError(
          "HTTP: cannot use --tls-cert / --tls-key / --tls-client-ca (unreadable or mismatched)");
    }
    gateway->server_ = std::move(ssl);
  }
  httplib::Server& server = *gateway->server_;
  const int threads = options.threads;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_payload_max_length(options.max_body_bytes);
  server.set_read_timeout(std::chrono::seconds(30));
  gateway->AddRoutes();

  const auto colon = options.listen.rfind(':');
  if (colon == std::string::npos) {
    return absl::InvalidArgumentError(
        StrCat("--http-listen: expected host:port, got \"", options.listen, "\""));
  }
  const std::string host = options.listen.substr(0, colon);
  int port = 0;
  try {
    port = std::stoi(options.listen.substr(colon + 1));
  } catch (...) {
    return absl::InvalidArgumentError(
        StrCat("--http-listen: bad port in \"", options.listen, "\""));
  }
  gateway->port_ = port == 0 ? server.bind_to_any_port(host) : (server.bind_to_port(host, port) ? port : -1);
  if (gateway->port_ <= 0) {
    return absl::UnavailableError(StrCat("HTTP: cannot listen on ", options.listen,
                                         " (address in use, or not an address of this machine?)"));
  }
  gateway->thread_ = std::thread([gw = gateway.get()] {
    gw->server_->listen_after_bind();
    gw->listen_returned_ = true;
  });
  // cpp-httplib 0.11's stop() does nothing until the listening thread has marked the server
  // running (yhirose/cpp-httplib#1645), so a galleyd told to stop just after it started would
  // wait for that thread forever. Returning only once it runs makes Stop() always reach it.
  while (!gateway->server_->is_running() && !gateway->listen_returned_) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return gateway;
}

HttpGateway::~HttpGateway() { Stop(); }

void HttpGateway::Stop() {
  if (server_) server_->stop();
  if (thread_.joinable()) thread_.join();
}

void HttpGateway::AddRoutes() {
  httplib::Server& s = *server_;
  GatewayBackends& b = backends_;

  // A route under the policy: admits the caller, runs `call`, answers JSON, logs, counts.
  using Call =
      std::function<absl::StatusOr<std::string>(const httplib::Request&, const auth::Principal&)>;
  const auto guarded = [this](std::string method, Call call) {
    return [this, method, call](const httplib::Request& req, httplib::Response& res) {
      const auto start = Clock::now();
      absl::StatusOr<auth::Principal> who = backends_.gate->Admit(
          Header(req, "Authorization"), Header(req, "X-Galley-User"), method);
      absl::Status status = who.status();
      if (who.ok()) {
        absl::StatusOr<std::string> body = call(req, *who);
        status = body.status();
        if (body.ok()) res.set_content(*body, "application/json");
      }
      if (!status.ok()) WriteError(res, status);
      const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
      backends_.metrics->RecordCall("http", method, CodeName(static_cast<int>(status.code())),
                                    seconds);
      if (status.ok()) {
        spdlog::info("http method={} user={} peer={} path={} status=OK latency_ms={:.3f}", method,
                     who->name, req.remote_addr, req.path, seconds * 1000);
      } else {
        spdlog::warn("http method={} user={} peer={} path={} status={} latency_ms={:.3f} "
                     "error=\"{}\"",
                     method, who.ok() ? who->name : "-", req.remote_addr, req.path,
                     static_cast<int>(status.code()), seconds * 1000,
                     std::string(status.message()));
      }
    };
  };
  const auto id_name = [](const char* collection, const httplib::Request& req) {
    return StrCat(collection, "/", req.matches[1].str());
  };

  s.Get("/healthz", [this](const httplib::Request&, httplib::Response& res) {
    const bool serving = !backends_.notifier->closed();
    res.status = serving ? 200 : 503;
    res.set_content(serving ? R"({"status":"SERVING"})" : R"({"status":"NOT_SERVING"})",
                    "application/json");
  });
  s.Get("/metrics", guarded("HttpGateway/Metrics", [&b](const httplib::Request&,
                                                         const auth::Principal&)
                                                          -> absl::StatusOr<std::string> {
          auto counts = b.store->CountTasks();
          if (!counts.ok()) return counts.status();
          return b.metrics->Render(*counts);
        }));
  // /metrics is text, not JSON: fix the content type after the guarded handler.
  s.set_post_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    if (req.path == "/metrics" && res.status == 200) {
      res.headers.erase("Content-Type");
      res.set_header("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
    }
    res.set_header("X-Content-Type-Options", "nosniff");
  });
  s.Get("/v1/me", guarded("HttpGateway/WhoAmI",
                          [](const httplib::Request&, const auth::Principal& who)
                              -> absl::StatusOr<std::string> {
                            return Json{{"name", who.name},
                                        {"role", std::string(auth::RoleName(who.role))}}
                                .dump();
                          }));
  s.Post("/v1:segment", guarded("AlignmentService/Segment",
                                [&b](const httplib::Request& req, const auth::Principal&) {
                                  auto r = ParseBody<v1::SegmentRequest>(req);
                                  if (!r.ok()) return absl::StatusOr<std::string>(r.status());
                                  return Print(api::Segment(*b.engine, *r));
                                }));
  s.Post("/v1:align", guarded("AlignmentService/Align",
                              [&b](const httplib::Request& req, const auth::Principal&) {
                                auto r = ParseBody<v1::AlignRequest>(req);
                                if (!r.ok()) return absl::StatusOr<std::string>(r.status());
                                return Print(api::Align(*b.engine, *r));
                              }));
  s.Post("/v1:check", guarded("CheckService/Check",
                              [&b](const httplib::Request& req, const auth::Principal&) {
                                auto r = ParseBody<v1::CheckRequest>(req);
                                if (!r.ok()) return absl::StatusOr<std::string>(r.status());
                                const auto start = Clock::now();
                                auto checked = api::Check(*b.engine, *r);
                                b.metrics->RecordCheck(
                                    std::chrono::duration<double>(Clock::now() - start).count());
                                return Print(std::move(checked));
                              }));
  s.Post("/v1/articles",
         guarded("ReviewService/SubmitArticle",
                 [&b](const httplib::Request& req, const auth::Principal& who) {
                   auto r = ParseBody<v1::SubmitArticleRequest>(req);
                   if (!r.ok()) return absl::StatusOr<std::string>(r.status());
                   auto submitted = b.review->SubmitArticle(*r, who.name);
                   if (submitted.ok()) b.notifier->Notify();
                   return Print(std::move(submitted));
                 }));
  s.Get("/v1/articles", guarded("ReviewService/ListArticles",
                                [&b](const httplib::Request& req, const auth::Principal& who) {
                                  auto r = ParseQuery<v1::ListArticlesRequest>(req);
                                  if (!r.ok()) return absl::StatusOr<std::string>(r.status());
                                  return Print(b.review->ListArticles(*r, who.articles_of));
                                }));
  s.Get(R"(/v1/articles/(\d+))",
        guarded("ReviewService/GetArticle",
                [&b, id_name](const httplib::Request& req, const auth::Principal& who) {
                  v1::GetArticleRequest r;
                  r.set_name(id_name("articles", req));
                  return Print(b.review->GetArticle(r, who.articles_of));
                }));
  s.Get(R"(/v1/articles/(\d+):export)",
        guarded("ReviewService/ExportArticle",
                [&b, id_name](const httplib::Request& req, const auth::Principal& who) {
                  auto r = ParseQuery<v1::ExportArticleRequest>(req);
                  if (!r.ok()) return absl::StatusOr<std::string>(r.status());
                  r->set_name(id_name("articles", req));
                  return Print(b.review->ExportArticle(*r, who.articles_of));
                }));
  s.Get(R"(/v1/articles/(\d+)/auditEntries)",
        guarded("ReviewService/ListAuditEntries",
                [&b, id_name](const httplib::Request& req, const auth::Principal&) {
                  v1::ListAuditEntriesRequest r;
                  r.set_article(id_name("articles", req));
                  return Print(b.review->ListAuditEntries(r));
                }));
  s.Get("/v1/tasks", guarded("ReviewService/ListTasks",
                             [&b](const httplib::Request& req, const auth::Principal&) {
                               auto r = ParseQuery<v1::ListTasksRequest>(req);
                               if (!r.ok()) return absl::StatusOr<std::string>(r.status());
                               return Print(b.review->ListTasks(*r));
                             }));
  s.Get("/v1/tokens", guarded("AdminService/ListTokens",
                              [&b](const httplib::Request&, const auth::Principal&) {
                                return Print(b.admin->ListTokens());
                              }));
  s.Post("/v1/tokens", guarded("AdminService/CreateToken",
                               [&b](const httplib::Request& req, const auth::Principal&) {
                                 auto r = ParseBody<v1::CreateTokenRequest>(req);
                                 if (!r.ok()) return absl::StatusOr<std::string>(r.status());
                                 return Print(b.admin->CreateToken(*r));
                               }));
  s.Post(R"(/v1/tokens/(tok_[0-9a-f]+):revoke)",
         guarded("AdminService/RevokeToken",
                 [&b, id_name](const httplib::Request& req, const auth::Principal&) {
                   v1::RevokeTokenRequest r;
                   r.set_name(id_name("tokens", req));
                   return Print(b.admin->RevokeToken(r));
                 }));
  s.Post("/v1/tasks:claimNext",
         guarded("ReviewService/ClaimNextTask",
                 [&b](const httplib::Request& req, const auth::Principal& who) {
                   auto r = ParseBody<v1::ClaimNextTaskRequest>(req);
                   if (!r.ok()) return absl::StatusOr<std::string>(r.status());
                   auto task = b.review->ClaimNextTask(*r, who.name);
                   if (task.ok()) b.notifier->Notify();
                   return Print(std::move(task));
                 }));
  s.Post(R"(/v1/tasks/(\d+):renew)",
         guarded("ReviewService/RenewTask",
                 [&b, id_name](const httplib::Request& req, const auth::Principal& who) {
                   auto r = ParseBody<v1::RenewTaskRequest>(req);
                   if (!r.ok()) return absl::StatusOr<std::string>(r.status());
                   r->set_name(id_name("tasks", req));
                   return Print(b.review->RenewTask(*r, who.name));
                 }));
  s.Post(R"(/v1/tasks/(\d+):release)",
         guarded("ReviewService/ReleaseTask",
                 [&b, id_name](const httplib::Request& req, const auth::Principal& who) {
                   auto r = ParseBody<v1::ReleaseTaskRequest>(req);
                   if (!r.ok()) return absl::StatusOr<std::string>(r.status());
                   r->set_name(id_name("tasks", req));
                   auto task = b.review->ReleaseTask(*r, who.name);
                   if (task.ok()) b.notifier->Notify();
                   return Print(std::move(task));
                 }));
  s.Post(R"(/v1/tasks/(\d+):resolve)",
         guarded("ReviewService/ResolveTask",
                 [&b, id_name](const httplib::Request& req, const auth::Principal& who) {
                   auto r = ParseBody<v1::ResolveTaskRequest>(req);
                   if (!r.ok()) return absl::StatusOr<std::string>(r.status());
                   r->set_name(id_name("tasks", req));
                   auto task = b.review->ResolveTask(*r, who.name);
                   // A refused resolve may have queued an expired task again: notify either way.
                   b.notifier->Notify();
                   return Print(std::move(task));
                 }));
  s.Get("/v1/suppressions", guarded("ReviewService/ListSuppressions",
                                    [&b](const httplib::Request&, const auth::Principal&) {
                                      return Print(b.review->ListSuppressions());
                                    }));
  s.Delete(R"(/v1/suppressions/([0-9a-f]+))",
           guarded("ReviewService/DeleteSuppression",
                   [&b, id_name](const httplib::Request& req, const auth::Principal&) {
                     v1::DeleteSuppressionRequest r;
                     r.set_name(id_name("suppressions", req));
                     return Print(b.review->DeleteSuppression(r));
                   }));

  // Live queue changes as server-sent events: "id: <sequence>", "event: queue", "data: <the
  // QueueEvent as JSON>". ?after_sequence=N resumes after N (the Last-Event-ID header too);
  // without it, from now. A comment line every 15 s keeps proxies from closing the stream.
  s.Get("/v1/queue:watch", [this](const httplib::Request& req, httplib::Response& res) {
    const std::string method = "ReviewService/WatchQueue";
    auto who = backends_.gate->Admit(Header(req, "Authorization"), Header(req, "X-Galley-User"),
                                      method);
    int64_t after = 0;
    absl::Status status = who.status();
    if (status.ok()) {
      std::string from = req.get_param_value("after_sequence");
      if (from.empty()) from = req.get_header_value("Last-Event-ID");
      if (!from.empty()) {
        try {
          after = std::stoll(from);
        } catch (...) {
          after = -1;
        }
        if (after < 0) status = absl::InvalidArgumentError("after_sequence: a number >= 0");
      } else if (auto latest = backends_.review->LatestSequence(); latest.ok()) {
        after = *latest;
      } else {
        status = latest.status();
      }
    }
    backends_.metrics->RecordCall("http", method, CodeName(static_cast<int>(status.code())), 0);
    if (!status.ok()) {
      spdlog::warn("http method={} peer={} status={} error=\"{}\"", method, req.remote_addr,
                   static_cast<int>(status.code()), std::string(status.message()));
      WriteError(res, status);
      return;
    }
    spdlog::info("http method={} user={} peer={} after_sequence={}", method, who->name,
                 req.remote_addr, after);
    struct Stream {
      int64_t after;
      bool greeted = false;
    };
    auto stream = std::make_shared<Stream>(Stream{after});
    res.set_header("Cache-Control", "no-store");
    res.set_chunked_content_provider(
        "text/event-stream", [this, stream](size_t, httplib::DataSink& sink) {
          if (!stream->greeted) {
            stream->greeted = true;
            const std::string hello = ": watching the review queue\n\n";
            return sink.write(hello.data(), hello.size());
          }
          QueueNotifier& notifier = *backends_.notifier;
          for (int idle_seconds = 0; !notifier.closed() && sink.is_writable();) {
            const uint64_t seen = notifier.version();
            auto events = backends_.review->EventsAfter(stream->after, 100);
            if (!events.ok()) break;
            if (!events->empty()) {
              std::string out;
              for (const v1::QueueEvent& e : *events) {
                auto json = api::ToJson(e);
                if (!json.ok()) continue;
                out += StrCat("id: ", e.sequence(), "\nevent: queue\ndata: ", *json, "\n\n");
                stream->after = e.sequence();
              }
              return sink.write(out.data(), out.size());
            }
            // Woken by this process's changes; other replicas' arrive by polling.
            if (notifier.WaitAfter(seen, std::chrono::seconds(1)) == seen && ++idle_seconds >= 15) {
              const std::string ping = ": keep-alive\n\n";
              return sink.write(ping.data(), ping.size());
            }
          }
          sink.done();
          return true;
        });
  });

  // The editors' page, compiled in (web/). Public: it holds no data; it asks for a token.
  for (const WebAsset& asset : WebAssets()) {
    const auto serve = [&asset](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string(asset.body), std::string(asset.mime_type));
      res.set_header("Cache-Control", "no-cache");
      res.set_header("Content-Security-Policy",
                     "default-src 'self'; style-src 'self'; script-src 'self'; "
                     "connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
    };
    s.Get(std::string(asset.path), serve);
    if (asset.path == "/index.html") s.Get("/", serve);
  }

  s.set_error_handler(httplib::Server::HandlerWithResponse(
      [](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    const absl::Status status =
        res.status == 404 ? absl::NotFoundError(StrCat("no route ", req.method, " ", req.path))
        : res.status == 413
            ? absl::ResourceExhaustedError("request body larger than the server accepts")
            : absl::InvalidArgumentError(StrCat(
                  "malformed HTTP request (HTTP ", res.status,
                  "); a POST with no body still needs Content-Length: 0"));
    const int http = res.status;
    WriteError(res, status);
    res.status = http;
    return httplib::Server::HandlerResponse::Handled;
  }));
  s.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    WriteError(res, absl::InternalError("internal error"));
  });
}

}  // namespace galley::server
