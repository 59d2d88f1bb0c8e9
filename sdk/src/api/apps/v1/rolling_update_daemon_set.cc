#include <windlass/api/apps/v1/rolling_update_daemon_set.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(RollingUpdateDaemonSet, d) {
  d.doc("How many nodes a DaemonSet rolling update may leave without a ready pod, or run two "
        "pods on, at once.");
  d.field("maxUnavailable", &RollingUpdateDaemonSet::max_unavailable)
      .doc("Most nodes whose pod may be unavailable during the update, as a number or a "
           "percentage.")
      .proto(1);
  d.field("maxSurge", &RollingUpdateDaemonSet::max_surge)
      .doc("Most nodes that may briefly run both the old and the new pod, as a number or a "
           "percentage.")
      .proto(2);
}

}  // namespace windlass::api::apps::v1
