#include <windlass/api/core/v1/node_affinity.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(NodeAffinity, d) {
  d.doc("Rules on the labels of candidate nodes.");
  d.field("requiredDuringSchedulingIgnoredDuringExecution", &NodeAffinity::required_during_scheduling_ignored_during_execution)
      .doc("Hard rule checked when scheduling only.").proto(1);
  d.field("preferredDuringSchedulingIgnoredDuringExecution", &NodeAffinity::preferred_during_scheduling_ignored_during_execution)
      .doc("Weighted soft rules; the node with the highest total wins.").list_atomic().proto(2);
}

}  // namespace windlass::api::core::v1
