#include <windlass/api/networking/v1/ingress_spec.h>

namespace windlass::api::networking::v1 {

WINDLASS_API_DESCRIBE(IngressSpec, d) {
  d.doc("The routing an Ingress asks for: rules by host and path, a default backend and TLS.");
  d.field("ingressClassName", &IngressSpec::ingress_class_name)
      .doc("Name of the IngressClass whose controller should implement this Ingress; unset "
           "means the default class.")
      .proto(4);
  d.field("defaultBackend", &IngressSpec::default_backend)
      .doc("Where requests that match no rule go; unset leaves it to the controller.").proto(1);
  d.field("tls", &IngressSpec::tls)
      .doc("TLS termination: which hosts are served over TLS and with which certificates.")
      .list_atomic().proto(2);
  d.field("rules", &IngressSpec::rules)
      .doc("Routing rules by host; requests matching none go to the default backend.")
      .list_atomic().proto(3);
}

}  // namespace windlass::api::networking::v1
