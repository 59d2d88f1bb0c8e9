#include <windlass/api/apps/v1/daemon_set.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(DaemonSet, d) {
  d.doc("Runs one copy of a pod on every eligible node, such as a log shipper or a network agent.");
  d.field("apiVersion", &DaemonSet::api_version)
      .doc("API version of this representation; \"apps/v1\".");
  d.field("kind", &DaemonSet::kind).doc("Kind of this representation; \"DaemonSet\".");
  d.field("metadata", &DaemonSet::metadata).doc("Standard object metadata.").proto(1);
  d.field("spec", &DaemonSet::spec).doc("The pod to run on each eligible node.").proto(2);
  d.field("status", &DaemonSet::status)
      .doc("What the daemon set controller last observed; written by the system.").proto(3);
}

WINDLASS_API_RESOURCE_INFO(DaemonSet) {
  return {.group = "apps",
          .version = "v1",
          .kind = "DaemonSet",
          .plural = "daemonsets",
          .singular = "daemonset",
          .short_names = {"ds"},
          .categories = {"all"},
          .status_subresource = true,
          .printer_columns = {
              {.name = "Desired", .type = "integer", .json_path = ".status.desiredNumberScheduled"},
              {.name = "Current", .type = "integer", .json_path = ".status.currentNumberScheduled"},
              {.name = "Ready", .type = "integer", .json_path = ".status.numberReady"},
              {.name = "Up-to-date", .type = "integer",
               .json_path = ".status.updatedNumberScheduled"},
              {.name = "Available", .type = "integer", .json_path = ".status.numberAvailable"},
              {.name = "Age", .type = "date", .json_path = ".metadata.creationTimestamp"},
              {.name = "Containers", .type = "string",
               .json_path = ".spec.template.spec.containers[*].name",
               .priority = 1},
              {.name = "Images", .type = "string",
               .json_path = ".spec.template.spec.containers[*].image",
               .priority = 1}}};
}

}  // namespace windlass::api::apps::v1
