#include <windlass/api/networking/v1/ingress_backend.h>

namespace windlass::api::networking::v1 {

WINDLASS_API_DESCRIBE(IngressBackend, d) {
  d.doc("Where an Ingress sends matching requests: a Service port or another object.");
  d.field("service", &IngressBackend::service)
      .doc("A Service in the Ingress's namespace; exclusive with resource.").proto(4);
  d.field("resource", &IngressBackend::resource)
      .doc("Another object in the Ingress's namespace that the controller can serve from, "
           "such as a storage bucket; exclusive with service.")
      .map_atomic().proto(3);
}

}  // namespace windlass::api::networking::v1
