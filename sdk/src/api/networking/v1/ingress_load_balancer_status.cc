#include <windlass/api/networking/v1/ingress_load_balancer_status.h>

namespace windlass::api::networking::v1 {

WINDLASS_API_DESCRIBE(IngressLoadBalancerStatus, d) {
  d.doc("The load-balancer addresses of an Ingress.");
  d.field("ingress", &IngressLoadBalancerStatus::ingress)
      .doc("One entry per address the load balancer accepts traffic on.")
      .list_atomic().proto(1);
}

}  // namespace windlass::api::networking::v1
