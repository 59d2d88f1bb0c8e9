#include <windlass/api/core/v1/persistent_volume_claim_spec.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PersistentVolumeClaimSpec, d) {
  d.doc("The storage a claim asks for and how it may be provided.");
  d.field("accessModes", &PersistentVolumeClaimSpec::access_modes)
      .doc("How the volume must be mountable: ReadWriteOnce, ReadOnlyMany, ReadWriteMany or "
           "ReadWriteOncePod.")
      .list_atomic().proto(1);
  d.field("selector", &PersistentVolumeClaimSpec::selector)
      .doc("Only PersistentVolumes with matching labels may be bound.").proto(4);
  d.field("resources", &PersistentVolumeClaimSpec::resources)
      .doc("How much storage the claim needs; requests may grow later if the class allows "
           "expansion.")
      .proto(2);
  d.field("volumeName", &PersistentVolumeClaimSpec::volume_name)
      .doc("The PersistentVolume bound to this claim.").proto(3);
  d.field("storageClassName", &PersistentVolumeClaimSpec::storage_class_name)
      .doc("StorageClass to provision from; empty asks for a volume without a class, unset takes "
           "the default class.")
      .proto(5);
  d.field("volumeMode", &PersistentVolumeClaimSpec::volume_mode)
      .doc("Filesystem (the default) or Block for a raw device.")
      .enum_values({"Block", "Filesystem"}).proto(6);
  d.field("dataSource", &PersistentVolumeClaimSpec::data_source)
      .doc("A VolumeSnapshot or PersistentVolumeClaim in the same namespace to fill the new "
           "volume from.")
      .proto(7);
  d.field("dataSourceRef", &PersistentVolumeClaimSpec::data_source_ref)
      .doc("Any object a volume populator can fill the new volume from; supersedes dataSource "
           "and is kept in sync with it.")
      .proto(8);
  d.field("volumeAttributesClassName", &PersistentVolumeClaimSpec::volume_attributes_class_name)
      .doc("VolumeAttributesClass (mutable attributes such as IOPS) the volume should have. Beta.")
      .proto(9);
}

}  // namespace windlass::api::core::v1
