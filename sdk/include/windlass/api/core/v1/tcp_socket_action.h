// windlass/api/core/v1/tcp_socket_action.h — core/v1 TCPSocketAction: a TCP connection attempt.
//
//   core::v1::TCPSocketAction t{.port = IntOrString::of_int(5432)};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/int_or_string.h>

#include <string>

namespace windlass::api::core::v1 {

// A TCP connection attempt (upstream `corev1.TCPSocketAction`).
struct TCPSocketAction {
  IntOrString port;
  std::string host;
  UnknownFields unknown_fields;
  bool operator==(const TCPSocketAction&) const = default;
};
WINDLASS_API_DESCRIBED(TCPSocketAction);

}  // namespace windlass::api::core::v1
