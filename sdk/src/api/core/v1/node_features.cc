#include <windlass/api/core/v1/node_features.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(NodeFeatures, d) {
  d.doc("Optional features a node implements.");
  d.field("supplementalGroupsPolicy", &NodeFeatures::supplemental_groups_policy)
      .doc("Whether the node honours a pod's supplementalGroupsPolicy.").proto(1);
}

}  // namespace windlass::api::core::v1
