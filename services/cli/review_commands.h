// `galley submit | articles | queue | claim | renew | release | resolve | export`: the review
// queue from the command line, as a client of a running galleyd (ReviewService).
#ifndef GALLEY_SERVICES_CLI_REVIEW_COMMANDS_H_
#define GALLEY_SERVICES_CLI_REVIEW_COMMANDS_H_

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <string>

namespace galley::cli {

struct ReviewArgs;
struct ReviewArgsDeleter {
  void operator()(ReviewArgs* args) const;  // Defined where ReviewArgs is complete.
};
using ReviewArgsPtr = std::unique_ptr<ReviewArgs, ReviewArgsDeleter>;

// Adds the review subcommands to `app`. Each registers a callback that runs it and stores the
// exit code in *exit_code (0 ok, 2 error, with one line on stderr naming the problem). The
// returned options must outlive app's parse and callbacks.
ReviewArgsPtr AddReviewCommands(CLI::App* app, int* exit_code);

}  // namespace galley::cli

#endif  // GALLEY_SERVICES_CLI_REVIEW_COMMANDS_H_
