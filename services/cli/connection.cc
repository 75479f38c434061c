#include "services/cli/connection.h"

#include <grpcpp/support/client_interceptor.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "common/base/str_cat.h"

namespace galley::cli {
namespace {

// Adds fixed metadata to every call of the channel.
class MetadataInterceptor final : public grpc::experimental::Interceptor {
 public:
  MetadataInterceptor(const std::string* authorization, const std::string* user)
      : authorization_(authorization), user_(user) {}
  void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override {
    if (methods->QueryInterceptionHookPoint(
            grpc::experimental::InterceptionHookPoints::PRE_SEND_INITIAL_METADATA)) {
      auto* metadata = methods->GetSendInitialMetadata();
      if (!authorization_->empty()) metadata->emplace("authorization", *authorization_);
      if (!user_->empty()) metadata->emplace("x-galley-user", *user_);
    }
    methods->Proceed();
  }

 private:
  const std::string* authorization_;
  const std::string* user_;
};

class MetadataInterceptorFactory final
    : public grpc::experimental::ClientInterceptorFactoryInterface {
 public:
  MetadataInterceptorFactory(std::string authorization, std::string user)
      : authorization_(std::move(authorization)), user_(std::move(user)) {}
  grpc::experimental::Interceptor* CreateClientInterceptor(
      grpc::experimental::ClientRpcInfo*) override {
    return new MetadataInterceptor(&authorization_, &user_);
  }

 private:
  // Owned by the factory, which the channel keeps for its life.
  std::string authorization_;
  std::string user_;
};

absl::StatusOr<std::string> ReadSmallFile(const std::string& path, std::string_view flag) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  if (!in) return absl::InvalidArgumentError(StrCat(flag, " ", path, ": cannot read it"));
  return content.str();
}

std::string Trim(std::string s) {
  const auto begin = s.find_first_not_of(" \t\r\n");
  const auto end = s.find_last_not_of(" \t\r\n");
  return begin == std::string::npos ? std::string() : s.substr(begin, end - begin + 1);
}

}  // namespace

void AddConnectionOptions(CLI::App* cmd, ConnectionOptions* o, bool with_user) {
  cmd->add_option("--token-file", o->token_file,
                  "file holding your galleyd token (default: $GALLEY_TOKEN)");
  cmd->add_option("--tls-ca", o->tls_ca, "connect with TLS, trusting this PEM CA")
      ->check(CLI::ExistingFile);
  cmd->add_option("--tls-cert", o->tls_cert, "PEM client certificate (mutual TLS)")
      ->check(CLI::ExistingFile);
  cmd->add_option("--tls-key", o->tls_key, "PEM key of --tls-cert")->check(CLI::ExistingFile);
  if (with_user) {
    cmd->add_option("--as", o->user,
                    "who you are, for a galleyd run with --insecure-no-auth (with tokens, the "
                    "token says who you are)");
  }
}

absl::StatusOr<std::shared_ptr<grpc::Channel>> OpenChannel(const ConnectionOptions& o) {
  std::string token;
  if (!o.token_file.empty()) {
    auto content = ReadSmallFile(o.token_file, "--token-file");
    if (!content.ok()) return content.status();
    token = Trim(*content);
    if (token.empty()) {
      return absl::InvalidArgumentError(StrCat("--token-file ", o.token_file, ": it is empty"));
    }
  } else if (const char* env = std::getenv("GALLEY_TOKEN"); env != nullptr) {
    token = Trim(env);
  }
  std::shared_ptr<grpc::ChannelCredentials> credentials;
  if (o.tls_ca.empty()) {
    if (!o.tls_cert.empty() || !o.tls_key.empty()) {
      return absl::InvalidArgumentError("--tls-cert and --tls-key need --tls-ca");
    }
    credentials = grpc::InsecureChannelCredentials();
  } else {
    grpc::SslCredentialsOptions ssl;
    auto roots = ReadSmallFile(o.tls_ca, "--tls-ca");
    if (!roots.ok()) return roots.status();
    ssl.pem_root_certs = *roots;
    if (!o.tls_cert.empty() || !o.tls_key.empty()) {
      if (o.tls_cert.empty() || o.tls_key.empty()) {
        return absl::InvalidArgumentError("--tls-cert and --tls-key go together");
      }
      auto cert = ReadSmallFile(o.tls_cert, "--tls-cert");
      if (!cert.ok()) return cert.status();
      auto key = ReadSmallFile(o.tls_key, "--tls-key");
      if (!key.ok()) return key.status();
      ssl.pem_cert_chain = *cert;
      ssl.pem_private_key = *key;
    }
    credentials = grpc::SslCredentials(ssl);
  }
  grpc::ChannelArguments args;
  args.SetMaxReceiveMessageSize(64 << 20);
  args.SetMaxSendMessageSize(64 << 20);
  std::vector<std::unique_ptr<grpc::experimental::ClientInterceptorFactoryInterface>> interceptors;
  interceptors.push_back(std::make_unique<MetadataInterceptorFactory>(
      token.empty() ? std::string() : "Bearer " + token, o.user));
  return grpc::experimental::CreateCustomChannelWithInterceptors(o.server, credentials, args,
                                                                 std::move(interceptors));
}

std::string AuthHint(const grpc::Status& status) {
  if (status.error_code() != grpc::StatusCode::UNAUTHENTICATED) return "";
  return "; give your token with --token-file FILE or the GALLEY_TOKEN variable";
}

}  // namespace galley::cli
