#include <windlass/api/apps/v1/replica_set_spec.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(ReplicaSetSpec, d) {
  d.doc("How many pods a ReplicaSet keeps running, which pods it owns, and the template for new "
        "ones.");
  d.field("replicas", &ReplicaSetSpec::replicas)
      .doc("How many pods to run; 1 when unset.").proto(1);
  d.field("minReadySeconds", &ReplicaSetSpec::min_ready_seconds)
      .doc("How long a new pod must be ready, without crashing, before it counts as available.")
      .proto(4);
  d.field("selector", &ReplicaSetSpec::selector)
      .doc("The pods the ReplicaSet owns; must match the template's labels.").required().proto(2);
  d.field("template", &ReplicaSetSpec::template_)
      .doc("The pods created when too few match; existing pods are not updated when it changes.")
      .proto(3);
}

}  // namespace windlass::api::apps::v1
