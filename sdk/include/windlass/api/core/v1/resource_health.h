// windlass/api/core/v1/resource_health.h — core/v1 ResourceHealth: health of one allocated resource
// instance.
//
//   core::v1::ResourceHealth v{.resource_id = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// Health of one allocated resource instance (upstream `corev1.ResourceHealth`).
struct ResourceHealth {
  std::string resource_id;
  std::string health;
  UnknownFields unknown_fields;
  bool operator==(const ResourceHealth&) const = default;
};
WINDLASS_API_DESCRIBED(ResourceHealth);

}  // namespace windlass::api::core::v1
