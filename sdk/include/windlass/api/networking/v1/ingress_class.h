// windlass/api/networking/v1/ingress_class.h — the networking/v1 IngressClass kind.
//
// An IngressClass names an ingress controller (`spec.controller`, e.g. "k8s.io/ingress-nginx")
// and optionally points at a parameters object for it. Ingresses choose a class with
// `spec.ingressClassName`; the class annotated
// `ingressclass.kubernetes.io/is-default-class: "true"` applies to Ingresses that name none.
// IngressClasses are cluster-scoped and have no status.
//
//   networking::v1::IngressClass c{
//       .metadata = {.name = "nginx",
//                    .annotations = {{"ingressclass.kubernetes.io/is-default-class", "true"}}},
//       .spec = {.controller = "k8s.io/ingress-nginx"}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/networking/v1/ingress_class_spec.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::networking::v1 {

// A kind of ingress controller that Ingresses can select (upstream `networkingv1.IngressClass`).
struct IngressClass {
  std::string api_version = "networking.k8s.io/v1";
  std::string kind = "IngressClass";
  meta::v1::ObjectMeta metadata;
  IngressClassSpec spec;
  UnknownFields unknown_fields;
  bool operator==(const IngressClass&) const = default;
};
WINDLASS_API_DESCRIBED(IngressClass);
WINDLASS_API_RESOURCE(IngressClass);

}  // namespace windlass::api::networking::v1
