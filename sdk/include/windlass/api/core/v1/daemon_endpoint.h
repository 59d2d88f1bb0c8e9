// windlass/api/core/v1/daemon_endpoint.h — core/v1 DaemonEndpoint: the port of a daemon on a node.
//
// Its one field is spelled `Port` in JSON, capitalised, for compatibility with old releases.
//
//   core::v1::DaemonEndpoint e{.port = 10250};
#pragma once

#include <windlass/api/describe.h>

#include <cstdint>

namespace windlass::api::core::v1 {

// The port of a daemon on a node (upstream `corev1.DaemonEndpoint`).
struct DaemonEndpoint {
  std::int32_t port = 0;
  UnknownFields unknown_fields;
  bool operator==(const DaemonEndpoint&) const = default;
};
WINDLASS_API_DESCRIBED(DaemonEndpoint);

}  // namespace windlass::api::core::v1
