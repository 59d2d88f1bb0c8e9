#include <windlass/api/core/v1/persistent_volume.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PersistentVolume, d) {
  d.doc("A piece of storage in the cluster, provisioned by an administrator or from a "
        "StorageClass.");
  d.field("apiVersion", &PersistentVolume::api_version)
      .doc("API version of this representation; \"v1\".");
  d.field("kind", &PersistentVolume::kind)
      .doc("Kind of this representation; \"PersistentVolume\".");
  d.field("metadata", &PersistentVolume::metadata).doc("Standard object metadata.").proto(1);
  d.field("spec", &PersistentVolume::spec).doc("The storage and who may claim it.").proto(2);
  d.field("status", &PersistentVolume::status)
      .doc("The volume's lifecycle phase; written by the system.").proto(3);
}

WINDLASS_API_RESOURCE_INFO(PersistentVolume) {
  return {.group = "",
          .version = "v1",
          .kind = "PersistentVolume",
          .plural = "persistentvolumes",
          .singular = "persistentvolume",
          .short_names = {"pv"},
          .namespaced = false,
          .status_subresource = true,
          .printer_columns = {
              {.name = "Capacity", .type = "string", .json_path = ".spec.capacity.storage"},
              {.name = "Reclaim Policy", .type = "string",
               .json_path = ".spec.persistentVolumeReclaimPolicy"},
              {.name = "Status", .type = "string", .json_path = ".status.phase"},
              {.name = "StorageClass", .type = "string", .json_path = ".spec.storageClassName"},
              {.name = "VolumeAttributesClass", .type = "string",
               .json_path = ".spec.volumeAttributesClassName"},
              {.name = "Reason", .type = "string", .json_path = ".status.reason"},
              {.name = "Age", .type = "date", .json_path = ".metadata.creationTimestamp"},
              {.name = "VolumeMode", .type = "string", .json_path = ".spec.volumeMode",
               .priority = 1}}};
}

}  // namespace windlass::api::core::v1
