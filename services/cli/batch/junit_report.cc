// JUnit XML, as GitLab (artifacts:reports:junit) and Jenkins (junit step) read it: a <testsuite>
// per article, a <testcase> per check, a <failure> per finding, an <error> for an article that
// could not be read. Written with libxml2's streaming writer, so escaping is libxml2's.
#include <libxml/xmlwriter.h>

#include <cstdio>

#include "common/base/str_cat.h"
#include "services/cli/batch/report_formats.h"

namespace galley::cli {
namespace {

int WriteToStream(void* context, const char* buffer, int length) {
  auto* out = static_cast<std::ostream*>(context);
  out->write(buffer, length);
  return out->good() ? length : -1;
}

std::string Seconds(double seconds) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.3f", seconds);
  return buffer;
}

class JunitWriter final : public BatchReportWriter {
 public:
  JunitWriter(std::ostream* out, const ReportOptions& options) : options_(options) {
    xmlOutputBufferPtr buffer = xmlOutputBufferCreateIO(WriteToStream, nullptr, out, nullptr);
    writer_ = xmlNewTextWriter(buffer);  // Owns `buffer` from here on.
    xmlTextWriterSetIndent(writer_, 1);
    xmlTextWriterSetIndentString(writer_, BAD_CAST "  ");
    xmlTextWriterStartDocument(writer_, nullptr, "UTF-8", nullptr);
    xmlTextWriterStartElement(writer_, BAD_CAST "testsuites");
    Attribute("name", "galley");
  }
  ~JunitWriter() override {
    if (writer_ != nullptr) xmlFreeTextWriter(writer_);
  }

  void Add(const BatchResult& result) override {
    const std::string& id = result.item.id;
    const std::string classname = StrCat("galley.", id);
    xmlTextWriterStartElement(writer_, BAD_CAST "testsuite");
    Attribute("name", id);
    if (result.failed()) {
      Attribute("tests", "1");
      Attribute("failures", "0");
      Attribute("errors", "1");
      Attribute("skipped", "0");
      Attribute("time", Seconds(result.seconds));
      xmlTextWriterStartElement(writer_, BAD_CAST "testcase");
      Attribute("classname", classname);
      Attribute("name", "input");
      Attribute("time", "0.000");
      xmlTextWriterStartElement(writer_, BAD_CAST "error");
      Attribute("type", "INPUT_ERROR");
      Attribute("message", result.response.error_message());
      xmlTextWriterEndElement(writer_);  // error
      xmlTextWriterEndElement(writer_);  // testcase
      xmlTextWriterEndElement(writer_);  // testsuite
      return;
    }
    const v1::CheckResponse& response = result.response.response();
    std::vector<std::string_view> checks;
    for (std::string_view check : kCheckNames) {
      if (check != "glossary" || options_.glossary) checks.push_back(check);
    }
    size_t failing_checks = 0;
    for (std::string_view check : checks) {
      for (const v1::Finding& f : response.findings()) {
        if (CheckOfCode(f.code()) == check) {
          ++failing_checks;
          break;
        }
      }
    }
    Attribute("tests", std::to_string(checks.size()));
    Attribute("failures", std::to_string(failing_checks));
    Attribute("errors", "0");
    Attribute("skipped", "0");
    Attribute("time", Seconds(result.seconds));
    if (!result.item.target_path.empty()) Attribute("file", result.item.target_path);

    xmlTextWriterStartElement(writer_, BAD_CAST "properties");
    Property("source", result.item.source_path);
    Property("target", result.item.target_path);
    Property("aligned_pairs", std::to_string(response.pairs_size()));
    char score[32];
    std::snprintf(score, sizeof(score), "%.1f", response.summary().mqm_score());
    Property("mqm_score", score);
    xmlTextWriterEndElement(writer_);  // properties

    for (std::string_view check : checks) {
      xmlTextWriterStartElement(writer_, BAD_CAST "testcase");
      Attribute("classname", classname);
      Attribute("name", std::string(check));
      Attribute("time", "0.000");
      if (!result.item.target_path.empty()) Attribute("file", result.item.target_path);
      for (const v1::Finding& f : response.findings()) {
        if (CheckOfCode(f.code()) != check) continue;
        xmlTextWriterStartElement(writer_, BAD_CAST "failure");
        Attribute("type", f.code());
        Attribute("message", FindingWithSpans(f));
        xmlTextWriterWriteString(writer_, BAD_CAST Details(result, f).c_str());
        xmlTextWriterEndElement(writer_);  // failure
      }
      xmlTextWriterEndElement(writer_);  // testcase
    }
    xmlTextWriterEndElement(writer_);  // testsuite
  }

  void Finish(const BatchTotals& totals) override {
    if (totals.interrupted) {
      // Say so in the report itself, not only on the terminal.
      xmlTextWriterStartElement(writer_, BAD_CAST "testsuite");
      Attribute("name", "galley.batch");
      Attribute("tests", "1");
      Attribute("failures", "0");
      Attribute("errors", "1");
      xmlTextWriterStartElement(writer_, BAD_CAST "testcase");
      Attribute("classname", "galley.batch");
      Attribute("name", "complete");
      xmlTextWriterStartElement(writer_, BAD_CAST "error");
      Attribute("type", "INTERRUPTED");
      Attribute("message", StrCat("interrupted after ", totals.articles, " of ", totals.expected,
                                  " articles"));
      xmlTextWriterEndElement(writer_);
      xmlTextWriterEndElement(writer_);
      xmlTextWriterEndElement(writer_);
    }
    xmlTextWriterEndDocument(writer_);  // Closes <testsuites>.
    xmlFreeTextWriter(writer_);         // Flushes and frees the output buffer.
    writer_ = nullptr;
  }

 private:
  void Attribute(const char* name, const std::string& value) {
    xmlTextWriterWriteAttribute(writer_, BAD_CAST name, BAD_CAST value.c_str());
  }
  void Property(const char* name, const std::string& value) {
    xmlTextWriterStartElement(writer_, BAD_CAST "property");
    Attribute("name", name);
    Attribute("value", value);
    xmlTextWriterEndElement(writer_);
  }
  // The failure's body: where it is (file:line:column) and both sides' text.
  static std::string Details(const BatchResult& result, const v1::Finding& f) {
    std::string body = StrCat(SeverityWord(f.severity()), " ", f.code(), " in pair ",
                              f.pair_index(), "\n");
    auto where = [](const std::string& path, const std::string& text, const v1::Span& span) {
      const LineColumn at = LineColumnAt(text, span.begin());
      return StrCat(path.empty() ? "(inline)" : path, ":", at.line, ":", at.column);
    };
    for (const v1::Span& s : f.source_spans()) {
      body += StrCat("Korean  ", where(result.item.source_path, result.source_text, s), "  «",
                     s.text(), "»\n");
    }
    for (const v1::Span& s : f.target_spans()) {
      body += StrCat("English ", where(result.item.target_path, result.target_text, s), "  «",
                     s.text(), "»\n");
    }
    body += f.message();
    return body;
  }

  ReportOptions options_;
  xmlTextWriterPtr writer_ = nullptr;
};

}  // namespace

std::unique_ptr<BatchReportWriter> MakeJunitWriter(std::ostream* out,
                                                   const ReportOptions& options) {
  return std::make_unique<JunitWriter>(out, options);
}

std::string_view SeverityWord(v1::Severity severity) {
  switch (severity) {
    case v1::SEVERITY_CRITICAL:
      return "critical";
    case v1::SEVERITY_MAJOR:
      return "major";
    default:
      return "minor";
  }
}

std::string FindingWithSpans(const v1::Finding& f) {
  std::string text = StrCat(f.code(), " (", SeverityWord(f.severity()), "): ", f.message());
  std::string spans;
  for (const v1::Span& s : f.source_spans()) {
    spans += StrCat(spans.empty() ? "" : " | ", "Korean «", s.text(), "»");
  }
  for (const v1::Span& s : f.target_spans()) {
    spans += StrCat(spans.empty() ? "" : " | ", "English «", s.text(), "»");
  }
  if (!spans.empty()) text += StrCat(" [", spans, "]");
  return text;
}

}  // namespace galley::cli
