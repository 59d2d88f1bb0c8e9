#include <windlass/api/core/v1/csi_persistent_volume_source.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(CSIPersistentVolumeSource, d) {
  d.doc("A PersistentVolume managed by an external CSI driver.");
  d.field("driver", &CSIPersistentVolumeSource::driver)
      .doc("Name of the CSI driver, such as ebs.csi.aws.com.").required().proto(1);
  d.field("volumeHandle", &CSIPersistentVolumeSource::volume_handle)
      .doc("The driver's identifier of the volume, as returned when it was created.")
      .required().proto(2);
  d.field("readOnly", &CSIPersistentVolumeSource::read_only)
      .doc("Publish the volume read-only.").proto(3);
  d.field("fsType", &CSIPersistentVolumeSource::fs_type)
      .doc("Filesystem to mount, such as ext4 or xfs.").proto(4);
  d.field("volumeAttributes", &CSIPersistentVolumeSource::volume_attributes)
      .doc("Driver-specific attributes of the volume, passed to the driver as is.").proto(5);
  d.field("controllerPublishSecretRef", &CSIPersistentVolumeSource::controller_publish_secret_ref)
      .doc("Secret for ControllerPublishVolume and ControllerUnpublishVolume.").proto(6);
  d.field("nodeStageSecretRef", &CSIPersistentVolumeSource::node_stage_secret_ref)
      .doc("Secret for NodeStageVolume and NodeUnstageVolume.").proto(7);
  d.field("nodePublishSecretRef", &CSIPersistentVolumeSource::node_publish_secret_ref)
      .doc("Secret for NodePublishVolume and NodeUnpublishVolume.").proto(8);
  d.field("controllerExpandSecretRef", &CSIPersistentVolumeSource::controller_expand_secret_ref)
      .doc("Secret for ControllerExpandVolume.").proto(9);
  d.field("nodeExpandSecretRef", &CSIPersistentVolumeSource::node_expand_secret_ref)
      .doc("Secret for NodeExpandVolume.").proto(10);
}

}  // namespace windlass::api::core::v1
