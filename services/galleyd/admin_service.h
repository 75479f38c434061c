// gRPC adapter for galley.v1.AdminService (tokens): admitted by services/auth (admins only),
// run on the worker pool.
#ifndef GALLEY_SERVICES_GALLEYD_ADMIN_SERVICE_H_
#define GALLEY_SERVICES_GALLEYD_ADMIN_SERVICE_H_

#include "galley/v1/admin_service.grpc.pb.h"
#include "services/api/admin.h"
#include "services/galleyd/services.h"

namespace galley::server {

class AdminServiceImpl final : public v1::AdminService::CallbackService {
 public:
  // api and what context points to outlive the service.
  AdminServiceImpl(api::AdminApi* api, const ServiceContext& context)
      : api_(api), context_(context) {}

  grpc::ServerUnaryReactor* ListTokens(grpc::CallbackServerContext* call,
                                       const v1::ListTokensRequest* request,
                                       v1::ListTokensResponse* response) override;
  grpc::ServerUnaryReactor* CreateToken(grpc::CallbackServerContext* call,
                                        const v1::CreateTokenRequest* request,
                                        v1::CreateTokenResponse* response) override;
  grpc::ServerUnaryReactor* RevokeToken(grpc::CallbackServerContext* call,
                                        const v1::RevokeTokenRequest* request,
                                        v1::Token* response) override;

 private:
  api::AdminApi* api_;
  ServiceContext context_;
};

}  // namespace galley::server

#endif  // GALLEY_SERVICES_GALLEYD_ADMIN_SERVICE_H_
