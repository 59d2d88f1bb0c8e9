#include <windlass/api/apps/v1/stateful_set_update_strategy.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(StatefulSetUpdateStrategy, d) {
  d.doc("How a StatefulSet replaces its pods when the template changes.");
  d.field("type", &StatefulSetUpdateStrategy::type)
      .doc("RollingUpdate (the default; highest ordinal first) or OnDelete (replace a pod only "
           "after it is deleted).")
      .enum_values({"OnDelete", "RollingUpdate"}).proto(1);
  d.field("rollingUpdate", &StatefulSetUpdateStrategy::rolling_update)
      .doc("Bounds of a rolling update; only with type RollingUpdate.").proto(2);
}

}  // namespace windlass::api::apps::v1
