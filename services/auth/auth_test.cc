#include "services/auth/auth.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "galley/v1/admin_service.pb.h"
#include "galley/v1/alignment_service.pb.h"
#include "galley/v1/check_service.pb.h"
#include "galley/v1/review_service.pb.h"

namespace galley::auth {
namespace {

namespace fs = std::filesystem;

TEST(PolicyTest, EveryRpcOfGalleyV1AndHttpRouteHasARuleAndNothingElseDoes) {
  std::set<std::string> rpcs;
  for (const google::protobuf::FileDescriptor* file :
       {v1::SegmentRequest::descriptor()->file(), v1::CheckBatchRequest::descriptor()->file(),
        v1::SubmitArticleRequest::descriptor()->file(), v1::Token::descriptor()->file()}) {
    ASSERT_GT(file->service_count(), 0) << file->name();
    for (int s = 0; s < file->service_count(); ++s) {
      const google::protobuf::ServiceDescriptor* service = file->service(s);
      for (int i = 0; i < service->method_count(); ++i) {
        rpcs.insert(service->name() + "/" + service->method(i)->name());
      }
    }
  }
  size_t count = 0;
  const MethodRule* rules = Rules(&count);
  std::set<std::string> ruled;
  for (size_t i = 0; i < count; ++i) {
    ruled.insert(std::string(rules[i].method));
    EXPECT_EQ(FindRule(rules[i].method), &rules[i]) << rules[i].method << " (table unsorted?)";
    EXPECT_TRUE(rules[i].admin) << rules[i].method;
  }
  // Besides the RPCs, the HTTP port's own routes.
  rpcs.insert("HttpGateway/Metrics");
  rpcs.insert("HttpGateway/WhoAmI");
  EXPECT_EQ(rpcs, ruled);
  EXPECT_EQ(FindRule("ReviewService/Nope"), nullptr);
}

// The roles as the product defines them (README "Security"), pinned independently of the table:
// submitters submit and read their own articles; editors work the queue and read; admins also
// delete suppressions.
TEST(PolicyTest, RolesAreWhatTheReadmeSays) {
  const auto can = [](std::string_view method, Role role) {
    const MethodRule* r = FindRule(method);
    if (r == nullptr) return false;
    return role == Role::kSubmitter ? r->submitter : role == Role::kEditor ? r->editor : r->admin;
  };
  for (std::string_view m : {"ReviewService/ClaimNextTask", "ReviewService/RenewTask",
                             "ReviewService/ReleaseTask", "ReviewService/ResolveTask",
                             "ReviewService/WatchQueue", "ReviewService/ListAuditEntries",
                             "ReviewService/ListSuppressions", "ReviewService/ListTasks"}) {
    EXPECT_FALSE(can(m, Role::kSubmitter)) << m;
    EXPECT_TRUE(can(m, Role::kEditor)) << m;
  }
  EXPECT_TRUE(can("ReviewService/SubmitArticle", Role::kSubmitter));
  EXPECT_FALSE(can("ReviewService/SubmitArticle", Role::kEditor));
  EXPECT_FALSE(can("ReviewService/DeleteSuppression", Role::kEditor));
  EXPECT_TRUE(can("ReviewService/DeleteSuppression", Role::kAdmin));
  for (std::string_view m :
       {"AdminService/ListTokens", "AdminService/CreateToken", "AdminService/RevokeToken"}) {
    EXPECT_FALSE(can(m, Role::kEditor)) << m;
    EXPECT_FALSE(can(m, Role::kSubmitter)) << m;
    EXPECT_TRUE(can(m, Role::kAdmin)) << m;
  }
  for (std::string_view m : {"ReviewService/GetArticle", "ReviewService/ListArticles",
                             "ReviewService/ExportArticle"}) {
    EXPECT_TRUE(can(m, Role::kSubmitter)) << m;
    EXPECT_TRUE(FindRule(m)->own_articles_only_for_submitter) << m;
  }
}

TEST(TokenTest, SecretsAreRandomAndOnlyTheirHashIsKept) {
  auto a = GenerateToken("kim", Role::kEditor, 5);
  auto b = GenerateToken("kim", Role::kEditor, 5);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->secret.rfind("glt_", 0), 0u);
  EXPECT_EQ(a->secret.size(), 4u + 43u);
  EXPECT_NE(a->secret, b->secret);
  EXPECT_NE(a->record.id, b->record.id);
  EXPECT_EQ(a->record.id.size(), 16u);
  EXPECT_EQ(Sha256Hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_FALSE(GenerateToken("", Role::kEditor, 0).ok());
  EXPECT_FALSE(GenerateToken("kim lee", Role::kEditor, 0).ok());
  EXPECT_FALSE(GenerateToken(std::string(65, 'a'), Role::kEditor, 0).ok());
  EXPECT_EQ(ParseRole("editor").value(), Role::kEditor);
  EXPECT_EQ(ParseRole("root").status().code(), absl::StatusCode::kInvalidArgument);
}

class GatekeeperTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("galley-auth-" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    store_ = std::move(store::OpenSqliteStore((dir_ / "db").string())).value();
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }
  std::string Bearer(std::string_view name, Role role) {
    auto t = GenerateToken(name, role, 1);
    EXPECT_TRUE(store_->CreateToken(t->record, Sha256Hex(t->secret)).ok());
    return "Bearer " + t->secret;
  }
  fs::path dir_;
  std::unique_ptr<store::ReviewStore> store_;
};

TEST_F(GatekeeperTest, DecidesByTokenAndRole) {
  Gatekeeper gate(store_.get(), Options{});
  const std::string editor = Bearer("kim", Role::kEditor);
  const std::string submitter = Bearer("cms", Role::kSubmitter);
  auto who = gate.Admit(editor, std::nullopt, "ReviewService/ClaimNextTask");
  ASSERT_TRUE(who.ok()) << who.status();
  EXPECT_EQ(who->name, "kim");
  EXPECT_EQ(who->role, Role::kEditor);
  // Scheme case does not matter (RFC 7235).
  EXPECT_TRUE(gate.Admit("bearer " + editor.substr(7), std::nullopt, "CheckService/Check").ok());

  EXPECT_EQ(gate.Admit(std::nullopt, "kim", "CheckService/Check").status().code(),
            absl::StatusCode::kUnauthenticated);
  EXPECT_EQ(gate.Admit("Basic a2ltOnB3", std::nullopt, "CheckService/Check").status().code(),
            absl::StatusCode::kUnauthenticated);
  auto bad = gate.Admit("Bearer glt_nope", std::nullopt, "CheckService/Check");
  EXPECT_EQ(bad.status().code(), absl::StatusCode::kUnauthenticated);
  EXPECT_EQ(bad.status().message().find("glt_nope"), std::string_view::npos);
  EXPECT_EQ(store::Reason(bad.status()), kReasonBadToken);

  // Submitters reach their own articles only where the rule says so; editors every article.
  EXPECT_EQ(gate.Admit(submitter, std::nullopt, "ReviewService/GetArticle")->articles_of, "cms");
  EXPECT_EQ(gate.Admit(submitter, std::nullopt, "CheckService/Check")->articles_of, "");
  EXPECT_EQ(gate.Admit(editor, std::nullopt, "ReviewService/GetArticle")->articles_of, "");
  auto denied = gate.Admit(submitter, std::nullopt, "ReviewService/ClaimNextTask");
  EXPECT_EQ(denied.status().code(), absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(store::Reason(denied.status()), kReasonRoleDenied);
  EXPECT_EQ(gate.Admit(editor, std::nullopt, "ReviewService/DeleteSuppression").status().code(),
            absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(gate.Admit(editor, std::nullopt, "NoSuch/Method").status().code(),
            absl::StatusCode::kPermissionDenied);

  ASSERT_TRUE(store_->RevokeTokens("kim", 2).ok());
  auto revoked = gate.Admit(editor, std::nullopt, "ReviewService/ClaimNextTask");
  EXPECT_EQ(revoked.status().code(), absl::StatusCode::kUnauthenticated);
  EXPECT_EQ(store::Reason(revoked.status()), kReasonRevokedToken);
}

TEST_F(GatekeeperTest, WithoutAuthenticationTheCallerNamesThemselves) {
  Gatekeeper gate(store_.get(), Options{.enabled = false});
  auto who = gate.Admit(std::nullopt, "kim", "ReviewService/DeleteSuppression");
  ASSERT_TRUE(who.ok());
  EXPECT_EQ(who->name, "kim");
  EXPECT_EQ(gate.Admit(std::nullopt, std::nullopt, "CheckService/Check")->name, "anonymous");
}

TEST_F(GatekeeperTest, RateIsLimitedPerTokenWithARetryDelay) {
  Gatekeeper gate(store_.get(), Options{.requests_per_second = 1, .burst = 3});
  const std::string a = Bearer("a", Role::kEditor);
  const std::string b = Bearer("b", Role::kEditor);
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(gate.Admit(a, std::nullopt, "CheckService/Check").ok());
  auto limited = gate.Admit(a, std::nullopt, "CheckService/Check");
  ASSERT_EQ(limited.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_EQ(store::Reason(limited.status()), kReasonRateLimited);
  ASSERT_TRUE(RetryAfterMs(limited.status()).has_value());
  EXPECT_GT(*RetryAfterMs(limited.status()), 0);
  EXPECT_LE(*RetryAfterMs(limited.status()), 1000);
  // Another token has its own bucket.
  EXPECT_TRUE(gate.Admit(b, std::nullopt, "CheckService/Check").ok());
}

}  // namespace
}  // namespace galley::auth
