#include <windlass/api/networking/v1/ingress.h>

namespace windlass::api::networking::v1 {

WINDLASS_API_DESCRIBE(Ingress, d) {
  d.doc("HTTP host and path routing to Services, implemented by an ingress controller.");
  d.field("apiVersion", &Ingress::api_version)
      .doc("API version of this representation; \"networking.k8s.io/v1\".");
  d.field("kind", &Ingress::kind).doc("Kind of this representation; \"Ingress\".");
  d.field("metadata", &Ingress::metadata).doc("Standard object metadata.").proto(1);
  d.field("spec", &Ingress::spec).doc("The routing the Ingress asks for.").proto(2);
  d.field("status", &Ingress::status)
      .doc("The addresses the controller serves the Ingress on; written by the controller.")
      .proto(3);
}

WINDLASS_API_RESOURCE_INFO(Ingress) {
  return {.group = "networking.k8s.io",
          .version = "v1",
          .kind = "Ingress",
          .plural = "ingresses",
          .singular = "ingress",
          .short_names = {"ing"},
          .status_subresource = true};
}

}  // namespace windlass::api::networking::v1
