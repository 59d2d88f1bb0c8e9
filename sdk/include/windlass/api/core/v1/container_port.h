// windlass/api/core/v1/container_port.h — core/v1 ContainerPort: a network port of a container.
//
//   core::v1::ContainerPort v{.name = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <cstdint>
#include <string>

namespace windlass::api::core::v1 {

// A network port of a container (upstream `corev1.ContainerPort`).
struct ContainerPort {
  std::string name;
  std::int32_t host_port = 0;
  std::int32_t container_port = 0;
  std::string protocol;
  std::string host_ip;
  UnknownFields unknown_fields;
  bool operator==(const ContainerPort&) const = default;
};
WINDLASS_API_DESCRIBED(ContainerPort);

}  // namespace windlass::api::core::v1
