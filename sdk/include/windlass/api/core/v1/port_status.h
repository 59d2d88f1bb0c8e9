// windlass/api/core/v1/port_status.h — core/v1 PortStatus: a problem with one port of a Service.
//
//   core::v1::PortStatus ps{.port = 53, .protocol = "UDP",
//                          .error = "MixedProtocolNotSupported"};
#pragma once

#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// A problem with one port of a Service (upstream `corev1.PortStatus`).
struct PortStatus {
  std::int32_t port = 0;
  std::string protocol;
  std::optional<std::string> error;
  UnknownFields unknown_fields;
  bool operator==(const PortStatus&) const = default;
};
WINDLASS_API_DESCRIBED(PortStatus);

}  // namespace windlass::api::core::v1
