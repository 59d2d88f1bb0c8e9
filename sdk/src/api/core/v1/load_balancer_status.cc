#include <windlass/api/core/v1/load_balancer_status.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(LoadBalancerStatus, d) {
  d.doc("The addresses of a load balancer.");
  d.field("ingress", &LoadBalancerStatus::ingress)
      .doc("The load balancer's entry points.").list_atomic().proto(1);
}

}  // namespace windlass::api::core::v1
