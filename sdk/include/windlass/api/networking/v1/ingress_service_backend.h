// windlass/api/networking/v1/ingress_service_backend.h — networking/v1 IngressServiceBackend, a
// Service as the target of an Ingress route.
//
// The Service is in the Ingress's own namespace; its port is chosen by name or by number.
//
//   networking::v1::IngressServiceBackend b{.name = "web", .port = {.number = 8080}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/networking/v1/service_backend_port.h>

#include <string>

namespace windlass::api::networking::v1 {

// A Service port that receives an Ingress's traffic (upstream
// `networkingv1.IngressServiceBackend`).
struct IngressServiceBackend {
  std::string name;
  ServiceBackendPort port;
  UnknownFields unknown_fields;
  bool operator==(const IngressServiceBackend&) const = default;
};
WINDLASS_API_DESCRIBED(IngressServiceBackend);

}  // namespace windlass::api::networking::v1
