#include <windlass/api/apps/v1/rolling_update_stateful_set_strategy.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(RollingUpdateStatefulSetStrategy, d) {
  d.doc("Which ordinals a StatefulSet rolling update replaces, and how many pods may be down at "
        "once.");
  d.field("partition", &RollingUpdateStatefulSetStrategy::partition)
      .doc("Only pods with an ordinal at or above this are updated (a staged rollout); 0 when "
           "unset.")
      .proto(1);
  d.field("maxUnavailable", &RollingUpdateStatefulSetStrategy::max_unavailable)
      .doc("Most pods that may be unavailable during the update, as a number or a percentage; 1 "
           "when unset. Alpha (MaxUnavailableStatefulSet).")
      .proto(2);
}

}  // namespace windlass::api::apps::v1
