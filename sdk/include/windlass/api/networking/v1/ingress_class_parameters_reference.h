// windlass/api/networking/v1/ingress_class_parameters_reference.h — networking/v1
// IngressClassParametersReference, the configuration object of an IngressClass.
//
// The object is identified by API group, kind and name. `scope` says whether it is
// cluster-scoped ("Cluster", the server's default) or lives in `namespace` ("Namespace").
// `scope` is a Go pointer without omitempty, so it is written as `null` when unset.
//
//   networking::v1::IngressClassParametersReference p{
//       .api_group = "k8s.example.com", .kind = "IngressParameters", .name = "team-a",
//       .scope = "Namespace", .namespace_ = "team-a"};
#pragma once

#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::networking::v1 {

// A typed reference to an IngressClass's parameters object (upstream
// `networkingv1.IngressClassParametersReference`).
struct IngressClassParametersReference {
  std::optional<std::string> api_group;
  std::string kind;
  std::string name;
  std::optional<std::string> scope;  // Cluster or Namespace
  std::optional<std::string> namespace_;  // `namespace` is a C++ keyword
  UnknownFields unknown_fields;
  bool operator==(const IngressClassParametersReference&) const = default;
};
WINDLASS_API_DESCRIBED(IngressClassParametersReference);

}  // namespace windlass::api::networking::v1
