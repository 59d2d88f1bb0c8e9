#include <windlass/api/apiextensions/v1/custom_resource_subresource_scale.h>

namespace windlass::api::apiextensions::v1 {

WINDLASS_API_DESCRIBE(CustomResourceSubresourceScale, d) {
  d.doc("Where a custom resource keeps the replica counts its scale subresource serves.");
  d.field("specReplicasPath", &CustomResourceSubresourceScale::spec_replicas_path)
      .doc("JSON path of the desired replicas under .spec, such as .spec.replicas.")
      .required().proto(1);
  d.field("statusReplicasPath", &CustomResourceSubresourceScale::status_replicas_path)
      .doc("JSON path of the observed replicas under .status, such as .status.replicas.")
      .required().proto(2);
  d.field("labelSelectorPath", &CustomResourceSubresourceScale::label_selector_path)
      .doc("JSON path, under .status or .spec, of the pods' label selector as a string; "
           "needed by the HorizontalPodAutoscaler.")
      .proto(3);
}

}  // namespace windlass::api::apiextensions::v1
