// windlass/api/networking/v1/ingress.h — the networking/v1 Ingress kind.
//
// An Ingress maps HTTP hosts and paths to Services (or other backends) for an ingress
// controller to implement; the API server itself routes nothing. `spec.ingressClassName` picks
// the controller (through an IngressClass); `spec.rules` match a host and then a path; requests
// no rule matches go to `spec.defaultBackend`; `spec.tls` names the Secrets holding the
// certificates. The controller reports the addresses it serves on in `status.loadBalancer`,
// through the status subresource.
//
//   using namespace windlass::api::networking::v1;
//   HTTPIngressPath root{.path = "/", .path_type = "Prefix",
//                        .backend = {.service = IngressServiceBackend{.name = "web",
//                                                                     .port = {.number = 80}}}};
//   Ingress ing{.metadata = {.name = "web", .namespace_ = "prod"},
//               .spec = {.ingress_class_name = "nginx",
//                        .rules = {{.host = "shop.example.com",
//                                   .http = HTTPIngressRuleValue{.paths = {root}}}}}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/networking/v1/ingress_spec.h>
#include <windlass/api/networking/v1/ingress_status.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::networking::v1 {

// HTTP routing rules for an ingress controller (upstream `networkingv1.Ingress`).
struct Ingress {
  std::string api_version = "networking.k8s.io/v1";
  std::string kind = "Ingress";
  meta::v1::ObjectMeta metadata;
  IngressSpec spec;
  IngressStatus status;
  UnknownFields unknown_fields;
  bool operator==(const Ingress&) const = default;
};
WINDLASS_API_DESCRIBED(Ingress);
WINDLASS_API_RESOURCE(Ingress);

}  // namespace windlass::api::networking::v1
