#include <windlass/api/networking/v1/ingress_load_balancer_ingress.h>

namespace windlass::api::networking::v1 {

WINDLASS_API_DESCRIBE(IngressLoadBalancerIngress, d) {
  d.doc("One address of an Ingress's load balancer: an IP or a DNS name.");
  d.field("ip", &IngressLoadBalancerIngress::ip)
      .doc("IP address of the load-balancer entry point.").proto(1);
  d.field("hostname", &IngressLoadBalancerIngress::hostname)
      .doc("DNS name of the load-balancer entry point, for load balancers that have no fixed "
           "IP.")
      .proto(2);
  d.field("ports", &IngressLoadBalancerIngress::ports)
      .doc("The state of each port of this entry point.").list_atomic().proto(4);
}

}  // namespace windlass::api::networking::v1
