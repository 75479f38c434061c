// The editors' page (web/), compiled into galleyd by cmake/embed_web.cmake.
#ifndef GALLEY_SERVICES_GALLEYD_WEB_ASSETS_H_
#define GALLEY_SERVICES_GALLEYD_WEB_ASSETS_H_

#include <string_view>
#include <vector>

namespace galley::server {

struct WebAsset {
  std::string_view path;       // "/index.html"
  std::string_view mime_type;  // "text/html; charset=utf-8"
  std::string_view body;       // Static storage.
};

const std::vector<WebAsset>& WebAssets();

}  // namespace galley::server

#endif  // GALLEY_SERVICES_GALLEYD_WEB_ASSETS_H_
