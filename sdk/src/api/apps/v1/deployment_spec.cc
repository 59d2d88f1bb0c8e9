#include <windlass/api/apps/v1/deployment_spec.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(DeploymentSpec, d) {
  d.doc("The desired state of a Deployment: how many pods, from which template, and how changes "
        "roll out.");
  d.field("replicas", &DeploymentSpec::replicas)
      .doc("How many pods to run; 1 when unset.").proto(1);
  d.field("selector", &DeploymentSpec::selector)
      .doc("The pods the Deployment owns; must match the template's labels and cannot change.")
      .required().proto(2);
  d.field("template", &DeploymentSpec::template_)
      .doc("The pods to create; changing it starts a rollout.").required().proto(3);
  d.field("strategy", &DeploymentSpec::strategy)
      .doc("How old pods are replaced by new ones.").patch_strategy("retainKeys").proto(4);
  d.field("minReadySeconds", &DeploymentSpec::min_ready_seconds)
      .doc("How long a new pod must be ready, without crashing, before it counts as available.")
      .proto(5);
  d.field("revisionHistoryLimit", &DeploymentSpec::revision_history_limit)
      .doc("How many old ReplicaSets to keep for rollback; 10 when unset.").proto(6);
  d.field("paused", &DeploymentSpec::paused)
      .doc("Stop rolling out template changes until unpaused.").proto(7);
  d.field("progressDeadlineSeconds", &DeploymentSpec::progress_deadline_seconds)
      .doc("Seconds without progress after which the rollout is reported as failed (Progressing "
           "False, ProgressDeadlineExceeded); 600 when unset.")
      .proto(9);
}

}  // namespace windlass::api::apps::v1
