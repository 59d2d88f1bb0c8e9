#include <windlass/api/core/v1/pod_affinity.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PodAffinity, d) {
  d.doc("Rules to run near pods matching a selector.");
  d.field("requiredDuringSchedulingIgnoredDuringExecution", &PodAffinity::required_during_scheduling_ignored_during_execution)
      .doc("Hard rules checked when scheduling only; all must hold.").list_atomic().proto(1);
  d.field("preferredDuringSchedulingIgnoredDuringExecution", &PodAffinity::preferred_during_scheduling_ignored_during_execution)
      .doc("Weighted soft rules.").list_atomic().proto(2);
}

}  // namespace windlass::api::core::v1
