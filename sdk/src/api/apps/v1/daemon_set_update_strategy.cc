#include <windlass/api/apps/v1/daemon_set_update_strategy.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(DaemonSetUpdateStrategy, d) {
  d.doc("How a DaemonSet replaces its pods when the template changes.");
  d.field("type", &DaemonSetUpdateStrategy::type)
      .doc("RollingUpdate (the default) or OnDelete (replace a pod only after it is deleted).")
      .enum_values({"OnDelete", "RollingUpdate"}).proto(1);
  d.field("rollingUpdate", &DaemonSetUpdateStrategy::rolling_update)
      .doc("Bounds of a rolling update; only with type RollingUpdate.").proto(2);
}

}  // namespace windlass::api::apps::v1
