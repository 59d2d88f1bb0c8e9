// windlass/api/networking/v1/ingress_tls.h — networking/v1 IngressTLS, TLS termination for some
// of an Ingress's hosts.
//
// The Secret (type kubernetes.io/tls, in the Ingress's namespace) holds the certificate and key
// for `hosts`; with no `secretName` a controller may fall back to its default certificate or to
// SNI routing.
//
//   networking::v1::IngressTLS t{.hosts = {"shop.example.com"}, .secret_name = "shop-tls"};
#pragma once

#include <windlass/api/describe.h>

#include <string>
#include <vector>

namespace windlass::api::networking::v1 {

// Host names served over TLS and the Secret with their certificate (upstream
// `networkingv1.IngressTLS`).
struct IngressTLS {
  std::vector<std::string> hosts;
  std::string secret_name;
  UnknownFields unknown_fields;
  bool operator==(const IngressTLS&) const = default;
};
WINDLASS_API_DESCRIBED(IngressTLS);

}  // namespace windlass::api::networking::v1
