#include <windlass/api/core/v1/pod_condition.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PodCondition, d) {
  d.doc("One observation about a pod.");
  d.field("type", &PodCondition::type)
      .doc("The aspect observed, such as Ready or PodScheduled.").required().proto(1);
  d.field("status", &PodCondition::status)
      .doc("Whether the condition holds: True, False or Unknown.").required().proto(2);
  d.field("lastProbeTime", &PodCondition::last_probe_time)
      .doc("When the condition was last checked.").proto(3);
  d.field("lastTransitionTime", &PodCondition::last_transition_time)
      .doc("When status last changed.").proto(4);
  d.field("reason", &PodCondition::reason)
      .doc("Machine-readable CamelCase cause of the last transition.").proto(5);
  d.field("message", &PodCondition::message)
      .doc("Human-readable details of the last transition.").proto(6);
}

}  // namespace windlass::api::core::v1
