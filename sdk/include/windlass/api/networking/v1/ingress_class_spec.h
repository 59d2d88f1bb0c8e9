// windlass/api/networking/v1/ingress_class_spec.h — networking/v1 IngressClassSpec, which
// controller implements a class and with what parameters.
//
// `controller` is a domain-prefixed name the controller recognises itself by; it cannot change
// after creation. `parameters` points at a controller-specific configuration object.
//
//   networking::v1::IngressClassSpec s{
//       .controller = "example.com/ingress-controller",
//       .parameters = networking::v1::IngressClassParametersReference{
//           .api_group = "example.com", .kind = "IngressParameters", .name = "external",
//           .scope = "Cluster"}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/networking/v1/ingress_class_parameters_reference.h>

#include <optional>
#include <string>

namespace windlass::api::networking::v1 {

// The controller of an IngressClass and its parameters (upstream
// `networkingv1.IngressClassSpec`).
struct IngressClassSpec {
  std::string controller;
  std::optional<IngressClassParametersReference> parameters;
  UnknownFields unknown_fields;
  bool operator==(const IngressClassSpec&) const = default;
};
WINDLASS_API_DESCRIBED(IngressClassSpec);

}  // namespace windlass::api::networking::v1
