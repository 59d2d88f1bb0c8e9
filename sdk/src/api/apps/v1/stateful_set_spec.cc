#include <windlass/api/apps/v1/stateful_set_spec.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(StatefulSetSpec, d) {
  d.doc("The desired pods of a StatefulSet, their stable storage, and how they are updated.");
  d.field("replicas", &StatefulSetSpec::replicas)
      .doc("How many pods to run; 1 when unset.").proto(1);
  d.field("selector", &StatefulSetSpec::selector)
      .doc("The pods the StatefulSet owns; must match the template's labels and cannot change.")
      .required().proto(2);
  d.field("template", &StatefulSetSpec::template_)
      .doc("The pods to create; each gets a unique, stable identity.").required().proto(3);
  d.field("volumeClaimTemplates", &StatefulSetSpec::volume_claim_templates)
      .doc("Claims made for each pod, named <template>-<statefulset>-<ordinal> and mounted by "
           "the template's volumes of the same name.")
      .list_atomic().proto(4);
  d.field("serviceName", &StatefulSetSpec::service_name)
      .doc("The headless Service giving the pods their DNS names; it must exist before the set.")
      .required().proto(5);
  d.field("podManagementPolicy", &StatefulSetSpec::pod_management_policy)
      .doc("OrderedReady (the default: create in order, each ready before the next; delete in "
           "reverse) or Parallel.")
      .enum_values({"OrderedReady", "Parallel"}).proto(6);
  d.field("updateStrategy", &StatefulSetSpec::update_strategy)
      .doc("How pods are replaced when the template changes.").proto(7);
  d.field("revisionHistoryLimit", &StatefulSetSpec::revision_history_limit)
      .doc("How many old revisions to keep; 10 when unset.").proto(8);
  d.field("minReadySeconds", &StatefulSetSpec::min_ready_seconds)
      .doc("How long a new pod must be ready, without crashing, before it counts as available.")
      .proto(9);
  d.field("persistentVolumeClaimRetentionPolicy",
          &StatefulSetSpec::persistent_volume_claim_retention_policy)
      .doc("Whether claims made from volumeClaimTemplates are deleted with the set or on "
           "scale-down; kept when unset.")
      .proto(10);
  d.field("ordinals", &StatefulSetSpec::ordinals)
      .doc("Where pod numbering starts; 0 when unset.").proto(11);
}

}  // namespace windlass::api::apps::v1
