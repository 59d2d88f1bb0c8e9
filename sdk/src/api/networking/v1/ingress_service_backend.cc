#include <windlass/api/networking/v1/ingress_service_backend.h>

namespace windlass::api::networking::v1 {

WINDLASS_API_DESCRIBE(IngressServiceBackend, d) {
  d.doc("A Service in the Ingress's namespace and the port that receives the traffic.");
  d.field("name", &IngressServiceBackend::name).doc("Name of the Service.").required().proto(1);
  d.field("port", &IngressServiceBackend::port)
      .doc("The Service port, by name or number.").map_atomic().proto(2);
}

}  // namespace windlass::api::networking::v1
