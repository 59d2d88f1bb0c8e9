// windlass/api/apiextensions/v1/service_reference.h — apiextensions/v1 ServiceReference, a
// webhook reached through a Service.
//
// The API server calls https://<name>.<namespace>.svc:<port><path>; the port defaults to 443.
//
//   apiextensions::v1::ServiceReference s{.namespace_ = "widgets", .name = "widget-webhook",
//                                         .port = 9443};
#pragma once

#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>
#include <string>

namespace windlass::api::apiextensions::v1 {

// The Service in front of a webhook (upstream `apiextensionsv1.ServiceReference`).
struct ServiceReference {
  std::string namespace_;  // `namespace` is a C++ keyword
  std::string name;
  std::optional<std::string> path;
  std::optional<std::int32_t> port;
  UnknownFields unknown_fields;
  bool operator==(const ServiceReference&) const = default;
};
WINDLASS_API_DESCRIBED(ServiceReference);

}  // namespace windlass::api::apiextensions::v1
