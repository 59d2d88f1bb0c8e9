#include <windlass/api/apps/v1/replica_set.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(ReplicaSet, d) {
  d.doc("Keeps a given number of identical pods running.");
  d.field("apiVersion", &ReplicaSet::api_version)
      .doc("API version of this representation; \"apps/v1\".");
  d.field("kind", &ReplicaSet::kind).doc("Kind of this representation; \"ReplicaSet\".");
  d.field("metadata", &ReplicaSet::metadata).doc("Standard object metadata.").proto(1);
  d.field("spec", &ReplicaSet::spec).doc("The desired pods.").proto(2);
  d.field("status", &ReplicaSet::status)
      .doc("What the replica set controller last observed; written by the system.").proto(3);
}

WINDLASS_API_RESOURCE_INFO(ReplicaSet) {
  return {.group = "apps",
          .version = "v1",
          .kind = "ReplicaSet",
          .plural = "replicasets",
          .singular = "replicaset",
          .short_names = {"rs"},
          .categories = {"all"},
          .status_subresource = true,
          .scale = ScaleSubresource{.label_selector_path = ".status.selector"},
          .printer_columns = {
              {.name = "Desired", .type = "integer", .json_path = ".spec.replicas"},
              {.name = "Current", .type = "integer", .json_path = ".status.replicas"},
              {.name = "Ready", .type = "integer", .json_path = ".status.readyReplicas"},
              {.name = "Age", .type = "date", .json_path = ".metadata.creationTimestamp"},
              {.name = "Containers", .type = "string",
               .json_path = ".spec.template.spec.containers[*].name",
               .priority = 1},
              {.name = "Images", .type = "string",
               .json_path = ".spec.template.spec.containers[*].image",
               .priority = 1}}};
}

}  // namespace windlass::api::apps::v1
