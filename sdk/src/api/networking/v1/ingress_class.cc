#include <windlass/api/networking/v1/ingress_class.h>

namespace windlass::api::networking::v1 {

WINDLASS_API_DESCRIBE(IngressClass, d) {
  d.doc("A kind of ingress controller, selected by Ingresses through ingressClassName.");
  d.field("apiVersion", &IngressClass::api_version)
      .doc("API version of this representation; \"networking.k8s.io/v1\".");
  d.field("kind", &IngressClass::kind).doc("Kind of this representation; \"IngressClass\".");
  d.field("metadata", &IngressClass::metadata).doc("Standard object metadata.").proto(1);
  d.field("spec", &IngressClass::spec)
      .doc("The controller implementing the class and its parameters.").proto(2);
}

WINDLASS_API_RESOURCE_INFO(IngressClass) {
  return {.group = "networking.k8s.io",
          .version = "v1",
          .kind = "IngressClass",
          .plural = "ingressclasses",
          .singular = "ingressclass",
          .namespaced = false};
}

}  // namespace windlass::api::networking::v1
