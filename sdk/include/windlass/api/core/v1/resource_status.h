// windlass/api/core/v1/resource_status.h — core/v1 ResourceStatus: health of the resources a
// container got for one resource name.
//
//   core::v1::ResourceStatus v{.name = "example"};
#pragma once

#include <windlass/api/core/v1/resource_health.h>
#include <windlass/api/describe.h>

#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// Health of the resources a container got for one resource name (upstream `corev1.ResourceStatus`).
struct ResourceStatus {
  std::string name;
  std::vector<ResourceHealth> resources;
  UnknownFields unknown_fields;
  bool operator==(const ResourceStatus&) const = default;
};
WINDLASS_API_DESCRIBED(ResourceStatus);

}  // namespace windlass::api::core::v1
