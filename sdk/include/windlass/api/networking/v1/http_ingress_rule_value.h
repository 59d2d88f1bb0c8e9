// windlass/api/networking/v1/http_ingress_rule_value.h — networking/v1 HTTPIngressRuleValue, the
// path list of an Ingress rule.
//
// Each path maps a URL path (exactly or by prefix) to a backend; the controller picks the
// longest match. `paths` is always written, an empty list as `[]`.
//
//   networking::v1::HTTPIngressRuleValue v{.paths = {{.path = "/api", .path_type = "Prefix",
//       .backend = {.service = networking::v1::IngressServiceBackend{
//           .name = "api", .port = {.number = 8080}}}}}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/networking/v1/http_ingress_path.h>

#include <vector>

namespace windlass::api::networking::v1 {

// The URL paths routed for one host (upstream `networkingv1.HTTPIngressRuleValue`).
struct HTTPIngressRuleValue {
  std::vector<HTTPIngressPath> paths;
  UnknownFields unknown_fields;
  bool operator==(const HTTPIngressRuleValue&) const = default;
};
WINDLASS_API_DESCRIBED(HTTPIngressRuleValue);

}  // namespace windlass::api::networking::v1
