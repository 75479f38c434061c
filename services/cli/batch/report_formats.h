// The structured batch report writers (internal to the batch reports; use MakeReportWriter).
#ifndef GALLEY_SERVICES_CLI_BATCH_REPORT_FORMATS_H_
#define GALLEY_SERVICES_CLI_BATCH_REPORT_FORMATS_H_

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "services/cli/batch/batch_report.h"

namespace galley::cli {

std::unique_ptr<BatchReportWriter> MakeJunitWriter(std::ostream* out, const ReportOptions& options);
std::unique_ptr<BatchReportWriter> MakeSarifWriter(std::ostream* out, const ReportOptions& options);
std::unique_ptr<BatchReportWriter> MakeHtmlWriter(std::ostream* out, const ReportOptions& options);

// "major: Korean says 12,000; English says 1,200 [Korean «1만2천 명» | English «1,200»]": the
// message with both sides' spans, for one-line report fields.
std::string FindingWithSpans(const v1::Finding& finding);

}  // namespace galley::cli

#endif  // GALLEY_SERVICES_CLI_BATCH_REPORT_FORMATS_H_
