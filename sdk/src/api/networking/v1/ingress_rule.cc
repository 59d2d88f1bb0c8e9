#include <windlass/api/networking/v1/ingress_rule.h>

namespace windlass::api::networking::v1 {

WINDLASS_API_DESCRIBE(IngressRule, d) {
  d.doc("The HTTP routes for one host, or for every host when host is empty.");
  d.field("host", &IngressRule::host)
      .doc("The DNS name the rule applies to, optionally starting with a \"*.\" wildcard for "
           "one label; empty matches every host. No IP addresses, no port.")
      .proto(1);
  // Go declares `http` in the embedded IngressRuleValue (message 2 of IngressRule).
  d.field("http", &IngressRule::http)
      .doc("The path routes of the host.").proto_embedded(2, 1);
}

}  // namespace windlass::api::networking::v1
