#include <windlass/api/apps/v1/daemon_set_spec.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(DaemonSetSpec, d) {
  d.doc("The pod a DaemonSet runs on every eligible node, and how it is updated.");
  d.field("selector", &DaemonSetSpec::selector)
      .doc("The pods the DaemonSet owns; must match the template's labels and cannot change.")
      .required().proto(1);
  d.field("template", &DaemonSetSpec::template_)
      .doc("The pod to run on each eligible node; its restartPolicy must be Always.")
      .required().proto(2);
  d.field("updateStrategy", &DaemonSetSpec::update_strategy)
      .doc("How pods are replaced when the template changes.").proto(3);
  d.field("minReadySeconds", &DaemonSetSpec::min_ready_seconds)
      .doc("How long a new pod must be ready, without crashing, before it counts as available.")
      .proto(4);
  d.field("revisionHistoryLimit", &DaemonSetSpec::revision_history_limit)
      .doc("How many old revisions to keep for rollback; 10 when unset.").proto(6);
}

}  // namespace windlass::api::apps::v1
