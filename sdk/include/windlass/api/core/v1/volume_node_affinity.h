// windlass/api/core/v1/volume_node_affinity.h — core/v1 VolumeNodeAffinity: the nodes from which a
// PersistentVolume can be reached.
//
//   core::v1::VolumeNodeAffinity a{.required = core::v1::NodeSelector{
//       .node_selector_terms = {{.match_expressions = {
//           {.key = "kubernetes.io/hostname", .operator_ = "In", .values = {"node-1"}}}}}}};
#pragma once

#include <windlass/api/core/v1/node_selector.h>
#include <windlass/api/describe.h>

#include <optional>

namespace windlass::api::core::v1 {

// The nodes from which a PersistentVolume can be reached; pods using it are scheduled there
// (upstream `corev1.VolumeNodeAffinity`).
struct VolumeNodeAffinity {
  std::optional<NodeSelector> required;
  UnknownFields unknown_fields;
  bool operator==(const VolumeNodeAffinity&) const = default;
};
WINDLASS_API_DESCRIBED(VolumeNodeAffinity);

}  // namespace windlass::api::core::v1
