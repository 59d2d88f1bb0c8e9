// windlass/api/core/v1/container_resize_policy.h — core/v1 ContainerResizePolicy: how a container
// reacts to an in-place resize of one resource.
//
//   core::v1::ContainerResizePolicy v{.resource_name = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// How a container reacts to an in-place resize of one resource (upstream
// `corev1.ContainerResizePolicy`).
struct ContainerResizePolicy {
  std::string resource_name;
  std::string restart_policy;
  UnknownFields unknown_fields;
  bool operator==(const ContainerResizePolicy&) const = default;
};
WINDLASS_API_DESCRIBED(ContainerResizePolicy);

}  // namespace windlass::api::core::v1
