// windlass/api/core/v1/topology_selector_label_requirement.h — core/v1
// TopologySelectorLabelRequirement: a topology label and the values it may take.
//
//   core::v1::TopologySelectorLabelRequirement r{.key = "topology.kubernetes.io/zone",
//                                                .values = {"eu-west-1a", "eu-west-1b"}};
#pragma once

#include <windlass/api/describe.h>

#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// A topology label and the values it may take (upstream `corev1.TopologySelectorLabelRequirement`).
struct TopologySelectorLabelRequirement {
  std::string key;
  std::vector<std::string> values;
  UnknownFields unknown_fields;
  bool operator==(const TopologySelectorLabelRequirement&) const = default;
};
WINDLASS_API_DESCRIBED(TopologySelectorLabelRequirement);

}  // namespace windlass::api::core::v1
