// windlass/api/networking/v1/ingress_port_status.h — networking/v1 IngressPortStatus, the state
// of one port of an Ingress's load balancer.
//
// `error` is unset while the port works, and otherwise a CamelCase cause, optionally prefixed
// with a DNS subdomain ("example.com/CertificateExpired").
//
//   networking::v1::IngressPortStatus p{.port = 443, .protocol = "TCP"};
#pragma once

#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>
#include <string>

namespace windlass::api::networking::v1 {

// A load-balancer port and its error, if any (upstream `networkingv1.IngressPortStatus`).
struct IngressPortStatus {
  std::int32_t port = 0;
  std::string protocol;  // TCP, UDP, SCTP
  std::optional<std::string> error;
  UnknownFields unknown_fields;
  bool operator==(const IngressPortStatus&) const = default;
};
WINDLASS_API_DESCRIBED(IngressPortStatus);

}  // namespace windlass::api::networking::v1
