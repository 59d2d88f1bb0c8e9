#include <windlass/api/apps/v1/stateful_set.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(StatefulSet, d) {
  d.doc("A set of pods with stable names, network identities and storage, created and updated "
        "in order.");
  d.field("apiVersion", &StatefulSet::api_version)
      .doc("API version of this representation; \"apps/v1\".");
  d.field("kind", &StatefulSet::kind).doc("Kind of this representation; \"StatefulSet\".");
  d.field("metadata", &StatefulSet::metadata).doc("Standard object metadata.").proto(1);
  d.field("spec", &StatefulSet::spec)
      .doc("The desired pods, their storage and update policy.").proto(2);
  d.field("status", &StatefulSet::status)
      .doc("What the stateful set controller last observed; written by the system.").proto(3);
}

WINDLASS_API_RESOURCE_INFO(StatefulSet) {
  return {.group = "apps",
          .version = "v1",
          .kind = "StatefulSet",
          .plural = "statefulsets",
          .singular = "statefulset",
          .short_names = {"sts"},
          .categories = {"all"},
          .status_subresource = true,
          .scale = ScaleSubresource{.label_selector_path = ".status.selector"},
          .printer_columns = {
              {.name = "Age", .type = "date", .json_path = ".metadata.creationTimestamp"},
              {.name = "Containers", .type = "string",
               .json_path = ".spec.template.spec.containers[*].name",
               .priority = 1},
              {.name = "Images", .type = "string",
               .json_path = ".spec.template.spec.containers[*].image",
               .priority = 1}}};
}

}  // namespace windlass::api::apps::v1
