#include <windlass/api/apps/v1/daemon_set_status.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(DaemonSetStatus, d) {
  d.doc("What the daemon set controller last observed about a DaemonSet's pods and nodes.");
  d.field("currentNumberScheduled", &DaemonSetStatus::current_number_scheduled)
      .doc("Nodes running at least one daemon pod that should run it.").required().proto(1);
  d.field("numberMisscheduled", &DaemonSetStatus::number_misscheduled)
      .doc("Nodes running a daemon pod that should not run it.").required().proto(2);
  d.field("desiredNumberScheduled", &DaemonSetStatus::desired_number_scheduled)
      .doc("Nodes that should run the daemon pod.").required().proto(3);
  d.field("numberReady", &DaemonSetStatus::number_ready)
      .doc("Nodes whose daemon pod has a Ready condition.").required().proto(4);
  d.field("observedGeneration", &DaemonSetStatus::observed_generation)
      .doc("The metadata.generation the controller last acted on.").proto(5);
  d.field("updatedNumberScheduled", &DaemonSetStatus::updated_number_scheduled)
      .doc("Nodes running the daemon pod of the current template.").proto(6);
  d.field("numberAvailable", &DaemonSetStatus::number_available)
      .doc("Nodes whose daemon pod has been ready for at least minReadySeconds.").proto(7);
  d.field("numberUnavailable", &DaemonSetStatus::number_unavailable)
      .doc("Nodes that should run the daemon pod but have none available.").proto(8);
  d.field("collisionCount", &DaemonSetStatus::collision_count)
      .doc("Bumped on a ControllerRevision name hash collision to make the next name unique.")
      .proto(9);
  d.field("conditions", &DaemonSetStatus::conditions)
      .doc("The latest observations of the DaemonSet's state.")
      .list_map({"type"}).patch_merge("type").proto(10);
}

}  // namespace windlass::api::apps::v1
