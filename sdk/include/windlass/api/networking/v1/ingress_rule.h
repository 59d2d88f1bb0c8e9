// windlass/api/networking/v1/ingress_rule.h — networking/v1 IngressRule, the routes for one
// host.
//
// `host` is a DNS name, optionally with a leading "*." wildcard for one label; empty matches
// every host. The routes are in `http`. Go declares `http` inside an embedded
// IngressRuleValue struct: inline in JSON, a nested message (field 2) in protobuf; here it is a
// plain member.
//
//   networking::v1::IngressRule r{
//       .host = "*.example.com",
//       .http = networking::v1::HTTPIngressRuleValue{.paths = {{.path = "/", .path_type = "Prefix",
//           .backend = {.service = networking::v1::IngressServiceBackend{
//               .name = "web", .port = {.number = 80}}}}}}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/networking/v1/http_ingress_rule_value.h>

#include <optional>
#include <string>

namespace windlass::api::networking::v1 {

// The HTTP routes of one host (upstream `networkingv1.IngressRule`, its IngressRuleValue
// inlined).
struct IngressRule {
  std::string host;
  std::optional<HTTPIngressRuleValue> http;
  UnknownFields unknown_fields;
  bool operator==(const IngressRule&) const = default;
};
WINDLASS_API_DESCRIBED(IngressRule);

}  // namespace windlass::api::networking::v1
