#include <windlass/api/networking/v1/ingress_status.h>

namespace windlass::api::networking::v1 {

WINDLASS_API_DESCRIBE(IngressStatus, d) {
  d.doc("What the ingress controller reports about an Ingress.");
  d.field("loadBalancer", &IngressStatus::load_balancer)
      .doc("The load-balancer addresses the Ingress is served on.").proto(1);
}

}  // namespace windlass::api::networking::v1
