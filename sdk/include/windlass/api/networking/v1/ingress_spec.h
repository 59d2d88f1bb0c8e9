// windlass/api/networking/v1/ingress_spec.h — networking/v1 IngressSpec, the routing an Ingress
// asks for.
//
// Rules are tried by host, then by path; a request no rule matches goes to `defaultBackend`
// (when unset, the controller decides, typically a 404). `tls` entries pair host names with the
// Secret holding their certificate. `ingressClassName` names the IngressClass, and so the
// controller, that should implement this Ingress; when unset, the class marked as default
// applies.
//
//   networking::v1::IngressSpec s{
//       .ingress_class_name = "nginx",
//       .tls = {{.hosts = {"shop.example.com"}, .secret_name = "shop-tls"}}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/networking/v1/ingress_backend.h>
#include <windlass/api/networking/v1/ingress_rule.h>
#include <windlass/api/networking/v1/ingress_tls.h>

#include <optional>
#include <string>
#include <vector>

namespace windlass::api::networking::v1 {

// The desired routing of an Ingress (upstream `networkingv1.IngressSpec`).
struct IngressSpec {
  std::optional<std::string> ingress_class_name;
  std::optional<IngressBackend> default_backend;
  std::vector<IngressTLS> tls;
  std::vector<IngressRule> rules;
  UnknownFields unknown_fields;
  bool operator==(const IngressSpec&) const = default;
};
WINDLASS_API_DESCRIBED(IngressSpec);

}  // namespace windlass::api::networking::v1
