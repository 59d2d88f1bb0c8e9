// windlass/api/core/v1/container_state_waiting.h — core/v1 ContainerStateWaiting: a container that
// is not running yet.
//
//   core::v1::ContainerStateWaiting v{.reason = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// A container that is not running yet (upstream `corev1.ContainerStateWaiting`).
struct ContainerStateWaiting {
  std::string reason;
  std::string message;
  UnknownFields unknown_fields;
  bool operator==(const ContainerStateWaiting&) const = default;
};
WINDLASS_API_DESCRIBED(ContainerStateWaiting);

}  // namespace windlass::api::core::v1
