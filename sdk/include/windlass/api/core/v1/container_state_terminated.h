// windlass/api/core/v1/container_state_terminated.h — core/v1 ContainerStateTerminated: a container
// that exited.
//
//   core::v1::ContainerStateTerminated v{.exit_code = 1};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/time.h>

#include <cstdint>
#include <string>

namespace windlass::api::core::v1 {

// A container that exited (upstream `corev1.ContainerStateTerminated`).
struct ContainerStateTerminated {
  std::int32_t exit_code = 0;
  std::int32_t signal_ = 0;  // `signal` is a C++ keyword or macro
  std::string reason;
  std::string message;
  Time started_at;
  Time finished_at;
  std::string container_id;
  UnknownFields unknown_fields;
  bool operator==(const ContainerStateTerminated&) const = default;
};
WINDLASS_API_DESCRIBED(ContainerStateTerminated);

}  // namespace windlass::api::core::v1
