// windlass/api/core/v1/container_image.h — core/v1 ContainerImage: one container image present on a
// node.
//
//   core::v1::ContainerImage img{.names = {"registry.k8s.io/pause:3.10"}, .size_bytes = 320368};
#pragma once

#include <windlass/api/describe.h>

#include <cstdint>
#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// One container image present on a node (upstream `corev1.ContainerImage`).
struct ContainerImage {
  std::vector<std::string> names;
  std::int64_t size_bytes = 0;
  UnknownFields unknown_fields;
  bool operator==(const ContainerImage&) const = default;
};
WINDLASS_API_DESCRIBED(ContainerImage);

}  // namespace windlass::api::core::v1
