#include <windlass/api/apps/v1/daemon_set_condition.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(DaemonSetCondition, d) {
  d.doc("One observation about a DaemonSet.");
  d.field("type", &DaemonSetCondition::type)
      .doc("The aspect observed; upstream defines no condition types for this kind yet.")
      .required().proto(1);
  d.field("status", &DaemonSetCondition::status)
      .doc("Whether the condition holds: True, False or Unknown.").required().proto(2);
  d.field("lastTransitionTime", &DaemonSetCondition::last_transition_time)
      .doc("When status last changed.").proto(3);
  d.field("reason", &DaemonSetCondition::reason)
      .doc("Machine-readable CamelCase cause of the last transition.").proto(4);
  d.field("message", &DaemonSetCondition::message)
      .doc("Human-readable details of the last transition.").proto(5);
}

}  // namespace windlass::api::apps::v1
