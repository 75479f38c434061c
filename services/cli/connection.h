// How the galley CLI reaches a galleyd: address, TLS, and the bearer token every call carries.
// Shared by the checking commands (--server) and the review commands.
#ifndef GALLEY_SERVICES_CLI_CONNECTION_H_
#define GALLEY_SERVICES_CLI_CONNECTION_H_

#include <grpcpp/grpcpp.h>

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "absl/status/statusor.h"

namespace galley::cli {

struct ConnectionOptions {
  std::string server;      // HOST:PORT.
  std::string token_file;  // File holding the token; else $GALLEY_TOKEN. Never a flag value
                           // (command lines are visible to every user of the machine).
  std::string user;        // x-galley-user, honoured only by a galleyd run --insecure-no-auth.
  std::string tls_ca;      // PEM roots: connect with TLS, trusting these.
  std::string tls_cert;    // PEM client certificate and key, for mutual TLS.
  std::string tls_key;
};

// Adds --token-file, --tls-ca, --tls-cert, --tls-key (and --as when with_user) to `cmd`. The
// caller adds --server itself (required or not).
void AddConnectionOptions(CLI::App* cmd, ConnectionOptions* o, bool with_user);

// A channel to o.server whose every call carries "authorization: Bearer <token>" (when there is
// a token) and x-galley-user (when o.user is set). INVALID_ARGUMENT names the unreadable file.
absl::StatusOr<std::shared_ptr<grpc::Channel>> OpenChannel(const ConnectionOptions& o);

// What to tell a CLI user about a refused call: for UNAUTHENTICATED, where the token comes from.
std::string AuthHint(const grpc::Status& status);

}  // namespace galley::cli

#endif  // GALLEY_SERVICES_CLI_CONNECTION_H_
