#include <windlass/api/storage/v1/storage_class.h>

namespace windlass::api::storage::v1 {

WINDLASS_API_DESCRIBE(StorageClass, d) {
  d.doc("A kind of storage that claims can ask for, and how its volumes are provisioned.");
  d.field("apiVersion", &StorageClass::api_version)
      .doc("API version of this representation; \"storage.k8s.io/v1\".");
  d.field("kind", &StorageClass::kind).doc("Kind of this representation; \"StorageClass\".");
  d.field("metadata", &StorageClass::metadata).doc("Standard object metadata.").proto(1);
  d.field("provisioner", &StorageClass::provisioner)
      .doc("The provisioner that creates volumes of this class, such as ebs.csi.aws.com.")
      .required().proto(2);
  d.field("parameters", &StorageClass::parameters)
      .doc("Provisioner-specific settings for new volumes (at most 512 entries, 256 KiB).")
      .proto(3);
  d.field("reclaimPolicy", &StorageClass::reclaim_policy)
      .doc("Reclaim policy given to provisioned volumes: Delete (the default) or Retain.")
      .enum_values({"Delete", "Recycle", "Retain"}).proto(4);
  d.field("mountOptions", &StorageClass::mount_options)
      .doc("Mount options given to provisioned volumes, not validated.").list_atomic().proto(5);
  d.field("allowVolumeExpansion", &StorageClass::allow_volume_expansion)
      .doc("Whether claims of this class may grow their requests.").proto(6);
  d.field("volumeBindingMode", &StorageClass::volume_binding_mode)
      .doc("When claims are provisioned and bound: Immediate (the default), or "
           "WaitForFirstConsumer to wait until a pod using the claim is scheduled.")
      .enum_values({"Immediate", "WaitForFirstConsumer"}).proto(7);
  d.field("allowedTopologies", &StorageClass::allowed_topologies)
      .doc("Topology domains where volumes may be provisioned; empty allows any.")
      .list_atomic().proto(8);
}

WINDLASS_API_RESOURCE_INFO(StorageClass) {
  return {.group = "storage.k8s.io",
          .version = "v1",
          .kind = "StorageClass",
          .plural = "storageclasses",
          .singular = "storageclass",
          .short_names = {"sc"},
          .namespaced = false,
          .printer_columns = {
              {.name = "Provisioner", .type = "string", .json_path = ".provisioner"},
              {.name = "ReclaimPolicy", .type = "string", .json_path = ".reclaimPolicy"},
              {.name = "VolumeBindingMode", .type = "string", .json_path = ".volumeBindingMode"},
              {.name = "AllowVolumeExpansion", .type = "boolean",
               .json_path = ".allowVolumeExpansion"},
              {.name = "Age", .type = "date", .json_path = ".metadata.creationTimestamp"}}};
}

}  // namespace windlass::api::storage::v1
