#include <windlass/api/networking/v1/ingress_tls.h>

namespace windlass::api::networking::v1 {

WINDLASS_API_DESCRIBE(IngressTLS, d) {
  d.doc("Hosts served over TLS and the Secret holding their certificate and key.");
  d.field("hosts", &IngressTLS::hosts)
      .doc("Host names the certificate covers; they should match hosts of the rules. Empty "
           "means the controller's default host.")
      .list_atomic().proto(1);
  d.field("secretName", &IngressTLS::secret_name)
      .doc("Name of a kubernetes.io/tls Secret in the Ingress's namespace; may be empty when "
           "the controller routes by SNI alone.")
      .proto(2);
}

}  // namespace windlass::api::networking::v1
