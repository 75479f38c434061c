#include "services/api/review.h"

#include <libxml/xmlwriter.h>

#include <algorithm>
#include <chrono>
#include <map>

#include "common/base/status_macros.h"
#include "common/base/str_cat.h"
#include "common/text/utf8.h"
#include "services/api/handlers.h"

namespace galley::api {
namespace {

constexpr int kMaxIdLength = 128;

absl::Status CheckShortField(std::string_view value, std::string_view field) {
  RETURN_IF_ERROR(text::ValidateUtf8(value, field));
  if (value.size() > kMaxIdLength) {
    return absl::InvalidArgumentError(StrCat(field, ": longer than ", kMaxIdLength, " bytes"));
  }
  for (const char c : value) {
    if (static_cast<unsigned char>(c) < 0x20) {
      return absl::InvalidArgumentError(StrCat(field, ": control characters are not allowed"));
    }
  }
  return absl::OkStatus();
}

v1::Task TaskProto(const store::Task& t) {
  v1::Task out;
  out.set_name(StrCat("tasks/", t.id));
  out.set_article(StrCat("articles/", t.article_id));
  out.set_pair_index(t.pair_index);
  out.set_source_text(t.source_text);
  out.set_target_text(t.target_text);
  out.set_severity(static_cast<v1::Severity>(t.severity));
  for (const std::string& c : t.codes) out.add_codes(c);
  out.set_desk(t.desk);
  out.set_state(static_cast<v1::TaskState>(t.state));
  out.set_holder(t.holder);
  out.set_lease_expire_time_ms(t.state == store::TaskState::kClaimed ? t.lease_expires_ms : 0);
  if (t.decision) out.set_decision(static_cast<v1::Decision>(*t.decision));
  out.set_corrected_text(t.corrected_text);
  out.set_comment(t.comment);
  out.set_resolved_by(t.resolved_by);
  out.set_resolve_time_ms(t.resolved_ms);
  return out;
}

void FillArticle(const store::Article& a, v1::Article* out) {
  out->set_name(StrCat("articles/", a.id));
  out->set_external_id(a.external_id);
  out->set_desk(a.desk);
  out->set_state(static_cast<v1::ArticleState>(a.state));
  out->set_create_time_ms(a.created_ms);
  out->set_update_time_ms(a.updated_ms);
  out->set_submitter(a.submitter);
  out->set_task_count(a.task_count);
  out->set_resolved_task_count(a.resolved_count);
}

// The text of a pair's segments on one side, joined by a space.
std::string PairText(const google::protobuf::RepeatedPtrField<v1::Segment>& segments,
                     const google::protobuf::RepeatedField<uint32_t>& indexes) {
  std::string text;
  for (const uint32_t i : indexes) {
    if (i >= static_cast<uint32_t>(segments.size())) continue;
    text += StrCat(text.empty() ? "" : " ", segments[static_cast<int>(i)].text());
  }
  return text;
}

// Reports are stored without the `text` of their segments and spans: those are bytes of the
// article's own texts (stored beside the report), and they made up most of the blob, which every
// submission writes and syncs. StoredReport serializes `report` so (its texts are moved out and
// back, not copied); ReadStoredReport parses a stored report and fills the texts in again.
std::string StoredReport(v1::CheckResponse* report) {
  std::vector<std::string> texts;
  const auto each_text = [report](const auto& visit) {
    for (auto* segments : {report->mutable_source_segments(), report->mutable_target_segments()}) {
      for (v1::Segment& s : *segments) visit(s.mutable_text());
    }
    for (v1::Finding& f : *report->mutable_findings()) {
      for (auto* spans : {f.mutable_source_spans(), f.mutable_target_spans()}) {
        for (v1::Span& s : *spans) visit(s.mutable_text());
      }
    }
  };
  each_text([&](std::string* text) {
    texts.push_back(std::move(*text));
    text->clear();
  });
  std::string blob = report->SerializeAsString();
  size_t next = 0;
  each_text([&](std::string* text) { *text = std::move(texts[next++]); });
  return blob;
}

absl::Status ReadStoredReport(const store::Article& article, v1::CheckResponse* report) {
  if (!report->ParseFromString(article.report)) {
    return absl::InternalError("stored report is unreadable");
  }
  // Offsets come from the engine that checked these very texts; out of range means corruption.
  const auto fill = [](std::string_view text, uint32_t begin, uint32_t end, std::string* out) {
    if (begin > end || end > text.size()) return false;
    out->assign(text.substr(begin, end - begin));
    return true;
  };
  bool ok = true;
  for (v1::Segment& s : *report->mutable_source_segments()) {
    ok &= fill(article.source_text, s.begin(), s.end(), s.mutable_text());
  }
  for (v1::Segment& s : *report->mutable_target_segments()) {
    ok &= fill(article.target_text, s.begin(), s.end(), s.mutable_text());
  }
  for (v1::Finding& f : *report->mutable_findings()) {
    for (v1::Span& s : *f.mutable_source_spans()) {
      ok &= fill(article.source_text, s.begin(), s.end(), s.mutable_text());
    }
    for (v1::Span& s : *f.mutable_target_spans()) {
      ok &= fill(article.target_text, s.begin(), s.end(), s.mutable_text());
    }
  }
  if (!ok) return absl::InternalError("stored report's offsets are outside the article's texts");
  return absl::OkStatus();
}

// The byte range a pair covers in the target text ([0, 0) when the pair has no English).
std::pair<uint32_t, uint32_t> TargetRange(const v1::CheckResponse& r, const v1::Pair& pair) {
  if (pair.target_indexes().empty()) return {0, 0};
  const uint32_t first = pair.target_indexes(0), last = *pair.target_indexes().rbegin();
  return {r.target_segments(static_cast<int>(first)).begin(),
          r.target_segments(static_cast<int>(last)).end()};
}

// The findings of `report` not suppressed, with the summary's counts brought in line.
void DropFindings(const std::vector<std::string>& suppressed, v1::CheckResponse* report) {
  if (suppressed.empty()) return;
  google::protobuf::RepeatedPtrField<v1::Finding> kept;
  for (v1::Finding& f : *report->mutable_findings()) {
    if (std::find(suppressed.begin(), suppressed.end(), f.fingerprint()) == suppressed.end()) {
      *kept.Add() = std::move(f);
    }
  }
  report->mutable_findings()->Swap(&kept);
  v1::Summary* s = report->mutable_summary();
  const double old_penalty = s->minor() + 5.0 * s->major() + 10.0 * s->critical();
  const double old_score = s->mqm_score();
  uint32_t counts[4] = {0, 0, 0, 0};
  std::vector<bool> flagged(static_cast<size_t>(report->pairs_size()), false);
  for (const v1::Finding& f : report->findings()) {
    ++counts[std::clamp(static_cast<int>(f.severity()), 1, 3)];
    if (f.pair_index() < flagged.size()) flagged[f.pair_index()] = true;
  }
  s->set_minor(counts[1]);
  s->set_major(counts[2]);
  s->set_critical(counts[3]);
  s->set_flagged_pairs(static_cast<uint32_t>(std::count(flagged.begin(), flagged.end(), true)));
  // The score is 100 - 100 x penalty / words: the word count follows from the old figures.
  const double penalty = counts[1] + 5.0 * counts[2] + 10.0 * counts[3];
  if (old_penalty > 0 && old_score > 0 && old_score < 100) {
    const double words = 100 * old_penalty / (100 - old_score);
    s->set_mqm_score(std::clamp(100 - 100 * penalty / words, 0.0, 100.0));
  } else if (penalty == 0) {
    s->set_mqm_score(100);
  }
}

class XmlBuffer {
 public:
  XmlBuffer() : buffer_(xmlBufferCreate()), writer_(xmlNewTextWriterMemory(buffer_, 0)) {
    xmlTextWriterSetIndent(writer_, 1);
    xmlTextWriterSetIndentString(writer_, BAD_CAST "  ");
    xmlTextWriterStartDocument(writer_, nullptr, "UTF-8", nullptr);
  }
  ~XmlBuffer() {
    if (writer_) xmlFreeTextWriter(writer_);
    xmlBufferFree(buffer_);
  }
  void Start(const char* name) { xmlTextWriterStartElement(writer_, BAD_CAST name); }
  void End() { xmlTextWriterEndElement(writer_); }
  void Attribute(const char* name, const std::string& value) {
    xmlTextWriterWriteAttribute(writer_, BAD_CAST name, BAD_CAST value.c_str());
  }
  void Text(const std::string& text) { xmlTextWriterWriteString(writer_, BAD_CAST text.c_str()); }
  void Element(const char* name, const std::string& text) {
    xmlTextWriterWriteElement(writer_, BAD_CAST name, BAD_CAST text.c_str());
  }
  std::string Finish() {
    xmlTextWriterEndDocument(writer_);
    xmlFreeTextWriter(writer_);
    writer_ = nullptr;
    return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_)),
                       static_cast<size_t>(xmlBufferLength(buffer_)));
  }

 private:
  xmlBufferPtr buffer_;
  xmlTextWriterPtr writer_;
};

}  // namespace

absl::StatusOr<int64_t> ParseName(std::string_view name, std::string_view collection,
                                  std::string_view field) {
  const std::string prefix = StrCat(collection, "/");
  const auto bad = [&] {
    return absl::InvalidArgumentError(
        StrCat(field, ": expected ", collection, "/{id}, got \"", name.substr(0, 64), "\""));
  };
  if (name.substr(0, prefix.size()) != prefix) return bad();
  const std::string_view digits = name.substr(prefix.size());
  if (digits.empty() || digits.size() > 18 ||
      digits.find_first_not_of("0123456789") != std::string_view::npos) {
    return bad();
  }
  return std::stoll(std::string(digits));
}

ReviewApi::ReviewApi(const checks::Engine& engine, store::ReviewStore& store, Options options)
    : engine_(engine), store_(store), options_(std::move(options)) {
  if (!options_.now_ms) {
    options_.now_ms = [] {
      return std::chrono::duration_cast<std::chrono::milliseconds>(
                 std::chrono::system_clock::now().time_since_epoch())
          .count();
    };
  }
}

absl::StatusOr<v1::SubmitArticleResponse> ReviewApi::SubmitArticle(
    const v1::SubmitArticleRequest& request, const std::string& user) {
  RETURN_IF_ERROR(CheckShortField(request.request_id(), "request_id"));
  RETURN_IF_ERROR(CheckShortField(request.external_id(), "external_id"));
  RETURN_IF_ERROR(CheckShortField(request.desk(), "desk"));
  // The pipeline first: it validates the texts (UTF-8, size, emptiness) and nothing is stored
  // when they are bad.
  v1::CheckRequest check;
  check.set_source_text(request.source_text());
  check.set_target_text(request.target_text());
  check.set_segmentation(request.segmentation());
  *check.mutable_glossary() = request.glossary();
  const auto check_start = std::chrono::steady_clock::now();
  absl::StatusOr<v1::CheckResponse> checked = Check(engine_, check);
  if (options_.observe_check_seconds) {
    options_.observe_check_seconds(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - check_start).count());
  }
  ASSIGN_OR_RETURN(v1::CheckResponse report, std::move(checked));

  std::vector<std::string> fingerprints;
  for (const v1::Finding& f : report.findings()) fingerprints.push_back(f.fingerprint());
  ASSIGN_OR_RETURN(const std::vector<std::string> suppressed,
                   store_.SuppressedAmong(fingerprints));
  const int before = report.findings_size();
  DropFindings(suppressed, &report);
  const int suppressed_count = before - report.findings_size();

  store::NewArticle article;
  article.request_id = request.request_id();
  article.external_id = request.external_id();
  article.desk = request.desk();
  article.submitter = user;
  article.source_text = request.source_text();
  article.target_text = request.target_text();
  article.report = StoredReport(&report);
  std::map<uint32_t, store::NewTask> tasks;  // By pair, in order.
  for (const v1::Finding& f : report.findings()) {
    store::NewTask& t = tasks[f.pair_index()];
    t.pair_index = f.pair_index();
    t.severity = std::max(t.severity, static_cast<int>(f.severity()));
    if (std::find(t.codes.begin(), t.codes.end(), f.code()) == t.codes.end()) {
      t.codes.push_back(f.code());
    }
  }
  for (auto& [index, t] : tasks) {
    if (index < static_cast<uint32_t>(report.pairs_size())) {
      const v1::Pair& pair = report.pairs(static_cast<int>(index));
      t.source_text = PairText(report.source_segments(), pair.source_indexes());
      t.target_text = PairText(report.target_segments(), pair.target_indexes());
    }
    article.tasks.push_back(std::move(t));
  }
  ASSIGN_OR_RETURN(store::SubmitResult stored, store_.SubmitArticle(article, options_.now_ms()));

  v1::SubmitArticleResponse response;
  FillArticle(stored.article, response.mutable_article());
  if (!stored.created) {
    // A retry: answer with what was stored the first time.
    report.Clear();
    RETURN_IF_ERROR(ReadStoredReport(stored.article, &report));
  }
  response.mutable_report()->Swap(&report);
  for (const store::Task& t : stored.tasks) *response.add_tasks() = TaskProto(t);
  response.set_created(stored.created);
  response.set_suppressed_findings(stored.created ? suppressed_count : 0);
  return response;
}

absl::StatusOr<v1::Article> ReviewApi::ArticleProto(int64_t id, bool full,
                                                    std::string_view only_submitter) {
  ASSIGN_OR_RETURN(const store::Article a, store_.GetArticle(id));
  if (!only_submitter.empty() && a.submitter != only_submitter) {
    return absl::PermissionDeniedError(
        StrCat("articles/", id, " was submitted by someone else; submitters read their own"));
  }
  v1::Article out;
  FillArticle(a, &out);
  if (full) {
    out.set_source_text(a.source_text);
    out.set_target_text(a.target_text);
    RETURN_IF_ERROR(ReadStoredReport(a, out.mutable_report()));
    ASSIGN_OR_RETURN(const std::vector<store::Task> tasks, store_.ArticleTasks(id));
    for (const store::Task& t : tasks) *out.add_tasks() = TaskProto(t);
  }
  return out;
}

absl::StatusOr<v1::Article> ReviewApi::GetArticle(const v1::GetArticleRequest& request,
                                                  std::string_view only_submitter) {
  ASSIGN_OR_RETURN(const int64_t id, ParseName(request.name(), "articles", "name"));
  return ArticleProto(id, true, only_submitter);
}

absl::StatusOr<v1::ListArticlesResponse> ReviewApi::ListArticles(
    const v1::ListArticlesRequest& request, std::string_view only_submitter) {
  if (request.page_size() < 0 || request.page_size() > 1000) {
    return absl::InvalidArgumentError("page_size: must be 0 (default 50) to 1000");
  }
  store::ArticleFilter filter;
  if (request.state() != v1::ARTICLE_STATE_UNSPECIFIED) {
    filter.state = static_cast<store::ArticleState>(request.state());
  }
  filter.external_id = request.external_id();
  filter.submitter = std::string(only_submitter);
  filter.created_after_ms = request.create_time_after_ms();
  filter.created_before_ms = request.create_time_before_ms();
  ASSIGN_OR_RETURN(const store::ArticlePage page,
                   store_.ListArticles(filter, request.page_size(), request.page_token()));
  v1::ListArticlesResponse response;
  for (const store::Article& a : page.articles) FillArticle(a, response.add_articles());
  response.set_next_page_token(page.next_page_token);
  return response;
}

absl::StatusOr<v1::ListTasksResponse> ReviewApi::ListTasks(const v1::ListTasksRequest& request) {
  if (request.page_size() < 0 || request.page_size() > 1000) {
    return absl::InvalidArgumentError("page_size: must be 0 (default 100) to 1000");
  }
  store::TaskFilter filter;
  if (request.state() != v1::TASK_STATE_UNSPECIFIED) {
    filter.state = static_cast<store::TaskState>(request.state());
  }
  filter.min_severity = static_cast<int>(request.min_severity());
  filter.code_prefix = request.code_prefix();
  filter.desk = request.desk();
  ASSIGN_OR_RETURN(const store::TaskPage page,
                   store_.ListTasks(filter, request.page_size(), request.page_token()));
  ASSIGN_OR_RETURN(const store::TaskSummary summary, store_.SummarizeTasks(filter));
  v1::ListTasksResponse response;
  for (const store::Task& t : page.tasks) *response.add_tasks() = TaskProto(t);
  response.set_next_page_token(page.next_page_token);
  response.set_total(static_cast<int32_t>(summary.total));
  response.set_claimed(static_cast<int32_t>(summary.claimed));
  for (const auto& [severity, n] : summary.by_severity) {
    v1::Count* c = response.add_by_severity();
    c->set_key(v1::Severity_Name(static_cast<v1::Severity>(severity)));
    c->set_count(static_cast<int32_t>(n));
  }
  for (const auto& [code, n] : summary.by_code) {
    v1::Count* c = response.add_by_code();
    c->set_key(code);
    c->set_count(static_cast<int32_t>(n));
  }
  return response;
}

absl::StatusOr<v1::Task> ReviewApi::ClaimNextTask(const v1::ClaimNextTaskRequest& request,
                                                  const std::string& user) {
  if (request.lease_ms() < 0 || request.lease_ms() > options_.max_lease_ms) {
    return absl::InvalidArgumentError(
        StrCat("lease_ms: must be 0 (default) to ", options_.max_lease_ms));
  }
  store::ClaimFilter filter;
  filter.min_severity = static_cast<int>(request.min_severity());
  filter.code_prefix = request.code_prefix();
  filter.desk = request.desk();
  const int64_t lease = request.lease_ms() > 0 ? request.lease_ms() : options_.default_lease_ms;
  ASSIGN_OR_RETURN(const store::Task task,
                   store_.ClaimNextTask(filter, user, options_.now_ms(), lease));
  return TaskProto(task);
}

absl::StatusOr<v1::Task> ReviewApi::RenewTask(const v1::RenewTaskRequest& request,
                                              const std::string& user) {
  ASSIGN_OR_RETURN(const int64_t id, ParseName(request.name(), "tasks", "name"));
  if (request.lease_ms() < 0 || request.lease_ms() > options_.max_lease_ms) {
    return absl::InvalidArgumentError(
        StrCat("lease_ms: must be 0 (default) to ", options_.max_lease_ms));
  }
  const int64_t lease = request.lease_ms() > 0 ? request.lease_ms() : options_.default_lease_ms;
  ASSIGN_OR_RETURN(const store::Task task, store_.RenewTask(id, user, options_.now_ms(), lease));
  return TaskProto(task);
}

absl::StatusOr<v1::Task> ReviewApi::ReleaseTask(const v1::ReleaseTaskRequest& request,
                                                const std::string& user) {
  ASSIGN_OR_RETURN(const int64_t id, ParseName(request.name(), "tasks", "name"));
  RETURN_IF_ERROR(store_.ReleaseTask(id, user, options_.now_ms()));
  ASSIGN_OR_RETURN(const store::Task task, store_.GetTask(id));
  return TaskProto(task);
}

absl::StatusOr<v1::Task> ReviewApi::ResolveTask(const v1::ResolveTaskRequest& request,
                                                const std::string& user) {
  ASSIGN_OR_RETURN(const int64_t id, ParseName(request.name(), "tasks", "name"));
  store::Resolution r;
  r.task_id = id;
  r.editor = user;
  switch (request.decision()) {
    case v1::DECISION_ACCEPT: r.decision = store::Decision::kAccept; break;
    case v1::DECISION_CORRECT: r.decision = store::Decision::kCorrect; break;
    case v1::DECISION_DISMISS: r.decision = store::Decision::kDismiss; break;
    default:
      return absl::InvalidArgumentError("decision: one of ACCEPT, CORRECT, DISMISS");
  }
  RETURN_IF_ERROR(text::ValidateUtf8(request.corrected_text(), "corrected_text"));
  RETURN_IF_ERROR(text::ValidateUtf8(request.comment(), "comment"));
  if (request.corrected_text().size() > engine_.options().max_text_bytes) {
    return absl::ResourceExhaustedError(StrCat("corrected_text: over the limit of ",
                                               engine_.options().max_text_bytes, " bytes"));
  }
  r.corrected_text = request.corrected_text();
  r.comment = request.comment();
  if (r.decision == store::Decision::kDismiss) {
    // The fingerprints of the pair's findings: learned as false alarms.
    ASSIGN_OR_RETURN(const store::Task held, store_.GetTask(id));
    ASSIGN_OR_RETURN(const store::Article article, store_.GetArticle(held.article_id));
    v1::CheckResponse report;
    RETURN_IF_ERROR(ReadStoredReport(article, &report));
    for (const v1::Finding& f : report.findings()) {
      if (f.pair_index() == held.pair_index) r.dismissed_fingerprints.push_back(f.fingerprint());
    }
  }
  ASSIGN_OR_RETURN(const store::Task task, store_.ResolveTask(r, options_.now_ms()));
  return TaskProto(task);
}

absl::StatusOr<v1::ExportArticleResponse> ReviewApi::ExportArticle(
    const v1::ExportArticleRequest& request, std::string_view only_submitter) {
  ASSIGN_OR_RETURN(const int64_t id, ParseName(request.name(), "articles", "name"));
  ASSIGN_OR_RETURN(const v1::Article article, ArticleProto(id, true, only_submitter));
  const v1::CheckResponse& report = article.report();
  std::map<uint32_t, const v1::Task*> task_of_pair;
  for (const v1::Task& t : article.tasks()) task_of_pair[t.pair_index()] = &t;
  // The English of each pair after the review.
  const auto english = [&](uint32_t index) {
    const auto it = task_of_pair.find(index);
    if (it != task_of_pair.end() && it->second->decision() == v1::DECISION_CORRECT) {
      return it->second->corrected_text();
    }
    return PairText(report.target_segments(), report.pairs(static_cast<int>(index)).target_indexes());
  };
  v1::ExportArticleResponse response;
  switch (request.format()) {
    case v1::EXPORT_FORMAT_UNSPECIFIED:
    case v1::EXPORT_FORMAT_TEXT: {
      // Corrections replace their pair's span; everything else stays as submitted.
      std::string text = article.target_text();
      for (auto it = task_of_pair.rbegin(); it != task_of_pair.rend(); ++it) {
        const v1::Task& t = *it->second;
        if (t.decision() != v1::DECISION_CORRECT) continue;
        const auto [begin, end] = TargetRange(report, report.pairs(static_cast<int>(t.pair_index())));
        if (end > begin && end <= text.size()) text.replace(begin, end - begin, t.corrected_text());
      }
      response.set_content(text);
      response.set_mime_type("text/plain; charset=utf-8");
      return response;
    }
    case v1::EXPORT_FORMAT_XLIFF: {
      XmlBuffer xml;
      xml.Start("xliff");
      xml.Attribute("xmlns", "urn:oasis:names:tc:xliff:document:2.0");
      xml.Attribute("version", "2.0");
      xml.Attribute("srcLang", "ko");
      xml.Attribute("trgLang", "en");
      xml.Start("file");
      xml.Attribute("id", "f1");
      xml.Attribute("original", article.name());
      for (int i = 0; i < report.pairs_size(); ++i) {
        const auto index = static_cast<uint32_t>(i);
        const auto it = task_of_pair.find(index);
        // final: approved article; reviewed: an editor decided; translated: not flagged or waiting.
        std::string state = "translated";
        if (article.state() == v1::ARTICLE_STATE_APPROVED) {
          state = "final";
        } else if (it != task_of_pair.end() && it->second->state() == v1::TASK_STATE_RESOLVED) {
          state = "reviewed";
        }
        xml.Start("unit");
        xml.Attribute("id", StrCat("p", i));
        if (it != task_of_pair.end()) {
          xml.Start("notes");
          for (const v1::Finding& f : report.findings()) {
            if (f.pair_index() != index) continue;
            xml.Start("note");
            xml.Attribute("category", f.code());
            xml.Text(f.message());
            xml.End();
          }
          xml.End();
        }
        xml.Start("segment");
        xml.Attribute("id", StrCat("s", i));
        xml.Attribute("state", state);
        xml.Element("source", PairText(report.source_segments(), report.pairs(i).source_indexes()));
        xml.Element("target", english(index));
        xml.End();  // segment
        xml.End();  // unit
      }
      xml.End();  // file
      xml.End();  // xliff
      response.set_content(xml.Finish());
      response.set_mime_type("application/xliff+xml");
      return response;
    }
    case v1::EXPORT_FORMAT_TMX: {
      XmlBuffer xml;
      xml.Start("tmx");
      xml.Attribute("version", "1.4");
      xml.Start("header");
      xml.Attribute("creationtool", "galley");
      xml.Attribute("creationtoolversion", "1");
      xml.Attribute("segtype", "sentence");
      xml.Attribute("o-tmf", "galley");
      xml.Attribute("adminlang", "en");
      xml.Attribute("srclang", "ko");
      xml.Attribute("datatype", "plaintext");
      xml.End();
      xml.Start("body");
      for (int i = 0; i < report.pairs_size(); ++i) {
        const auto index = static_cast<uint32_t>(i);
        const v1::Pair& pair = report.pairs(i);
        if (pair.source_indexes().empty() || pair.target_indexes().empty()) continue;
        // Approved pairs: unflagged ones, and flagged ones an editor has resolved.
        const auto it = task_of_pair.find(index);
        if (it != task_of_pair.end() && it->second->state() != v1::TASK_STATE_RESOLVED) continue;
        xml.Start("tu");
        xml.Attribute("tuid", StrCat(article.name(), "/p", i));
        xml.Start("tuv");
        xml.Attribute("xml:lang", "ko");
        xml.Element("seg", PairText(report.source_segments(), pair.source_indexes()));
        xml.End();
        xml.Start("tuv");
        xml.Attribute("xml:lang", "en");
        xml.Element("seg", english(index));
        xml.End();
        xml.End();  // tu
      }
      xml.End();  // body
      xml.End();  // tmx
      response.set_content(xml.Finish());
      response.set_mime_type("application/x-tmx+xml");
      return response;
    }
    default:
      return absl::InvalidArgumentError("format: one of TEXT, XLIFF, TMX");
  }
}

absl::StatusOr<v1::ListAuditEntriesResponse> ReviewApi::ListAuditEntries(
    const v1::ListAuditEntriesRequest& request) {
  ASSIGN_OR_RETURN(const int64_t id, ParseName(request.article(), "articles", "article"));
  ASSIGN_OR_RETURN(const std::vector<store::AuditEntry> entries, store_.AuditLog(id));
  v1::ListAuditEntriesResponse response;
  for (const store::AuditEntry& e : entries) {
    v1::AuditEntry* out = response.add_entries();
    out->set_time_ms(e.at_ms);
    out->set_actor(e.actor);
    out->set_action(e.action);
    if (e.task_id) out->set_task(StrCat("tasks/", e.task_id));
    out->set_before_text(e.before_text);
    out->set_after_text(e.after_text);
    for (const std::string& c : e.codes) out->add_codes(c);
    out->set_comment(e.comment);
  }
  return response;
}

absl::StatusOr<v1::ListSuppressionsResponse> ReviewApi::ListSuppressions() {
  ASSIGN_OR_RETURN(const std::vector<store::Suppression> all, store_.ListSuppressions());
  v1::ListSuppressionsResponse response;
  for (const store::Suppression& s : all) {
    v1::Suppression* out = response.add_suppressions();
    out->set_name(StrCat("suppressions/", s.fingerprint));
    out->set_fingerprint(s.fingerprint);
    out->set_created_by(s.created_by);
    out->set_reason(s.reason);
    out->set_create_time_ms(s.created_ms);
    out->set_task(StrCat("tasks/", s.task_id));
  }
  return response;
}

absl::StatusOr<v1::Suppression> ReviewApi::DeleteSuppression(
    const v1::DeleteSuppressionRequest& request) {
  constexpr std::string_view kPrefix = "suppressions/";
  const std::string& name = request.name();
  const std::string fingerprint =
      name.substr(0, kPrefix.size()) == kPrefix ? name.substr(kPrefix.size()) : "";
  if (fingerprint.size() != 16 || fingerprint.find_first_not_of("0123456789abcdef") != std::string::npos) {
    return absl::InvalidArgumentError(
        StrCat("name: expected suppressions/{16 hex digits}, got \"", name.substr(0, 64), "\""));
  }
  RETURN_IF_ERROR(store_.RevokeSuppression(fingerprint));
  v1::Suppression out;
  out.set_name(name);
  out.set_fingerprint(fingerprint);
  return out;
}

absl::StatusOr<std::vector<v1::QueueEvent>> ReviewApi::EventsAfter(int64_t after_sequence,
                                                                   int limit) {
  ASSIGN_OR_RETURN(const std::vector<store::QueueEvent> events,
                   store_.EventsAfter(after_sequence, limit));
  std::vector<v1::QueueEvent> out;
  for (const store::QueueEvent& e : events) {
    v1::QueueEvent event;
    event.set_sequence(e.sequence);
    event.set_time_ms(e.at_ms);
    event.set_kind(e.kind);
    event.set_article(StrCat("articles/", e.article_id));
    if (e.task_id) event.set_task(StrCat("tasks/", e.task_id));
    out.push_back(std::move(event));
  }
  return out;
}

}  // namespace galley::api
