#include <windlass/api/core/v1/pod_dns_config.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PodDNSConfig, d) {
  d.doc("DNS resolver settings of a pod.");
  d.field("nameservers", &PodDNSConfig::nameservers)
      .doc("Extra name server IPs; at most three in total.").list_atomic().proto(1);
  d.field("searches", &PodDNSConfig::searches).doc("Extra search domains.").list_atomic().proto(2);
  d.field("options", &PodDNSConfig::options)
      .doc("Resolver options; they replace same-named ones from the policy.").list_atomic().proto(3);
}

}  // namespace windlass::api::core::v1
