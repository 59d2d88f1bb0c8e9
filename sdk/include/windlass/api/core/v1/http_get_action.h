// windlass/api/core/v1/http_get_action.h — core/v1 HTTPGetAction: an HTTP GET request.
//
//   core::v1::HTTPGetAction v{.path = "example"};
#pragma once

#include <windlass/api/core/v1/http_header.h>
#include <windlass/api/describe.h>
#include <windlass/core/int_or_string.h>

#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// An HTTP GET request (upstream `corev1.HTTPGetAction`).
struct HTTPGetAction {
  std::string path;
  IntOrString port;
  std::string host;
  std::string scheme;
  std::vector<HTTPHeader> http_headers;
  UnknownFields unknown_fields;
  bool operator==(const HTTPGetAction&) const = default;
};
WINDLASS_API_DESCRIBED(HTTPGetAction);

}  // namespace windlass::api::core::v1
