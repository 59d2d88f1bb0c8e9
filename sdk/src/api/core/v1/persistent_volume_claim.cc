#include <windlass/api/core/v1/persistent_volume_claim.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PersistentVolumeClaim, d) {
  d.doc("A user's request for storage, bound to one PersistentVolume.");
  d.field("apiVersion", &PersistentVolumeClaim::api_version)
      .doc("API version of this representation; \"v1\".");
  d.field("kind", &PersistentVolumeClaim::kind)
      .doc("Kind of this representation; \"PersistentVolumeClaim\".");
  d.field("metadata", &PersistentVolumeClaim::metadata).doc("Standard object metadata.").proto(1);
  d.field("spec", &PersistentVolumeClaim::spec).doc("The storage asked for.").proto(2);
  d.field("status", &PersistentVolumeClaim::status)
      .doc("What the binder and the resizer last observed; written by the system.").proto(3);
}

WINDLASS_API_RESOURCE_INFO(PersistentVolumeClaim) {
  return {.group = "",
          .version = "v1",
          .kind = "PersistentVolumeClaim",
          .plural = "persistentvolumeclaims",
          .singular = "persistentvolumeclaim",
          .short_names = {"pvc"},
          .status_subresource = true,
          .printer_columns = {
              {.name = "Status", .type = "string", .json_path = ".status.phase"},
              {.name = "Volume", .type = "string", .json_path = ".spec.volumeName"},
              {.name = "Capacity", .type = "string", .json_path = ".status.capacity.storage"},
              {.name = "StorageClass", .type = "string", .json_path = ".spec.storageClassName"},
              {.name = "VolumeAttributesClass", .type = "string",
               .json_path = ".spec.volumeAttributesClassName"},
              {.name = "Age", .type = "date", .json_path = ".metadata.creationTimestamp"},
              {.name = "VolumeMode", .type = "string", .json_path = ".spec.volumeMode",
               .priority = 1}}};
}

}  // namespace windlass::api::core::v1
