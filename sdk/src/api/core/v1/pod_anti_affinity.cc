#include <windlass/api/core/v1/pod_anti_affinity.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PodAntiAffinity, d) {
  d.doc("Rules to stay away from pods matching a selector.");
  d.field("requiredDuringSchedulingIgnoredDuringExecution", &PodAntiAffinity::required_during_scheduling_ignored_during_execution)
      .doc("Hard rules checked when scheduling only; all must hold.").list_atomic().proto(1);
  d.field("preferredDuringSchedulingIgnoredDuringExecution", &PodAntiAffinity::preferred_during_scheduling_ignored_during_execution)
      .doc("Weighted soft rules.").list_atomic().proto(2);
}

}  // namespace windlass::api::core::v1
