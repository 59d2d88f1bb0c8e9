#include <windlass/api/apps/v1/deployment.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(Deployment, d) {
  d.doc("A replicated set of stateless pods, updated declaratively by rolling out new "
        "ReplicaSets.");
  d.field("apiVersion", &Deployment::api_version)
      .doc("API version of this representation; \"apps/v1\".");
  d.field("kind", &Deployment::kind).doc("Kind of this representation; \"Deployment\".");
  d.field("metadata", &Deployment::metadata).doc("Standard object metadata.").proto(1);
  d.field("spec", &Deployment::spec).doc("The desired pods and how to roll out changes.").proto(2);
  d.field("status", &Deployment::status)
      .doc("What the deployment controller last observed; written by the system.").proto(3);
}

WINDLASS_API_RESOURCE_INFO(Deployment) {
  return {.group = "apps",
          .version = "v1",
          .kind = "Deployment",
          .plural = "deployments",
          .singular = "deployment",
          .short_names = {"deploy"},
          .categories = {"all"},
          .status_subresource = true,
          .scale = ScaleSubresource{.label_selector_path = ".status.selector"},
          .printer_columns = {
              {.name = "Up-to-date", .type = "integer", .json_path = ".status.updatedReplicas"},
              {.name = "Available", .type = "integer", .json_path = ".status.availableReplicas"},
              {.name = "Age", .type = "date", .json_path = ".metadata.creationTimestamp"},
              {.name = "Containers", .type = "string",
               .json_path = ".spec.template.spec.containers[*].name",
               .priority = 1},
              {.name = "Images", .type = "string",
               .json_path = ".spec.template.spec.containers[*].image",
               .priority = 1}}};
}

}  // namespace windlass::api::apps::v1
