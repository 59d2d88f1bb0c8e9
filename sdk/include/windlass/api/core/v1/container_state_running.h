// windlass/api/core/v1/container_state_running.h — core/v1 ContainerStateRunning: a running
// container.
//
//   auto up_for = now - status.state.running->started_at.value;
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/time.h>

namespace windlass::api::core::v1 {

// A running container (upstream `corev1.ContainerStateRunning`).
struct ContainerStateRunning {
  Time started_at;
  UnknownFields unknown_fields;
  bool operator==(const ContainerStateRunning&) const = default;
};
WINDLASS_API_DESCRIBED(ContainerStateRunning);

}  // namespace windlass::api::core::v1
