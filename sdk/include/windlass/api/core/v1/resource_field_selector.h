// windlass/api/core/v1/resource_field_selector.h — core/v1 ResourceFieldSelector: a resource
// request or limit of a container, scaled by a divisor.
//
//   core::v1::ResourceFieldSelector v{.container_name = "example"};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/quantity.h>

#include <string>

namespace windlass::api::core::v1 {

// A resource request or limit of a container, scaled by a divisor (upstream
// `corev1.ResourceFieldSelector`).
struct ResourceFieldSelector {
  std::string container_name;
  std::string resource;
  Quantity divisor;
  UnknownFields unknown_fields;
  bool operator==(const ResourceFieldSelector&) const = default;
};
WINDLASS_API_DESCRIBED(ResourceFieldSelector);

}  // namespace windlass::api::core::v1
