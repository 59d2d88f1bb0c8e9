#include <windlass/api/core/v1/load_balancer_ingress.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(LoadBalancerIngress, d) {
  d.doc("One entry point of a load balancer, by IP or by hostname.");
  d.field("ip", &LoadBalancerIngress::ip)
      .doc("The entry point's IP, for IP-based load balancers.").proto(1);
  d.field("hostname", &LoadBalancerIngress::hostname)
      .doc("The entry point's DNS name, for DNS-based load balancers.").proto(2);
  d.field("ipMode", &LoadBalancerIngress::ip_mode)
      .doc("VIP when traffic arrives with the IP as destination, Proxy when the load balancer "
           "rewrites it.")
      .proto(3);
  d.field("ports", &LoadBalancerIngress::ports)
      .doc("Per-port problems of this entry point.").list_atomic().proto(4);
}

}  // namespace windlass::api::core::v1
