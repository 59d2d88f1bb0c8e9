// windlass/api/core/v1/container_state.h — core/v1 ContainerState: the state of a container;
// exactly one member is set (waiting when none is).
//
//   if (status.state.terminated) log(status.state.terminated->reason);
#pragma once

#include <windlass/api/core/v1/container_state_running.h>
#include <windlass/api/core/v1/container_state_terminated.h>
#include <windlass/api/core/v1/container_state_waiting.h>
#include <windlass/api/describe.h>

#include <optional>

namespace windlass::api::core::v1 {

// The state of a container; exactly one member is set (waiting when none is) (upstream
// `corev1.ContainerState`).
struct ContainerState {
  std::optional<ContainerStateWaiting> waiting;
  std::optional<ContainerStateRunning> running;
  std::optional<ContainerStateTerminated> terminated;
  UnknownFields unknown_fields;
  bool operator==(const ContainerState&) const = default;
};
WINDLASS_API_DESCRIBED(ContainerState);

}  // namespace windlass::api::core::v1
