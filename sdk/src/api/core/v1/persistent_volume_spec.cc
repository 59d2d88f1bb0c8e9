#include <windlass/api/core/v1/persistent_volume_spec.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PersistentVolumeSpec, d) {
  d.doc("What a PersistentVolume is, where its storage lives and who may claim it.");
  d.field("capacity", &PersistentVolumeSpec::capacity)
      .doc("Size and other resources of the volume, such as storage: 100Gi.").proto(1);
  d.field("gcePersistentDisk", &PersistentVolumeSpec::gce_persistent_disk)
      .doc("A GCE persistent disk (deprecated; untyped here).").proto_embedded(2, 1);
  d.field("awsElasticBlockStore", &PersistentVolumeSpec::aws_elastic_block_store)
      .doc("An AWS EBS volume (deprecated; untyped here).").proto_embedded(2, 2);
  d.field("hostPath", &PersistentVolumeSpec::host_path)
      .doc("A directory of the node; for single-node testing only.").proto_embedded(2, 3);
  d.field("glusterfs", &PersistentVolumeSpec::glusterfs)
      .doc("A GlusterFS volume (removed in 1.26; untyped here).").proto_embedded(2, 4);
  d.field("nfs", &PersistentVolumeSpec::nfs).doc("An NFS export.").proto_embedded(2, 5);
  d.field("rbd", &PersistentVolumeSpec::rbd)
      .doc("A Ceph RBD image (deprecated; untyped here).").proto_embedded(2, 6);
  d.field("iscsi", &PersistentVolumeSpec::iscsi)
      .doc("An iSCSI disk (untyped here).").proto_embedded(2, 7);
  d.field("cinder", &PersistentVolumeSpec::cinder)
      .doc("An OpenStack Cinder volume (deprecated; untyped here).").proto_embedded(2, 8);
  d.field("cephfs", &PersistentVolumeSpec::cephfs)
      .doc("A CephFS mount (deprecated; untyped here).").proto_embedded(2, 9);
  d.field("fc", &PersistentVolumeSpec::fc)
      .doc("A Fibre Channel disk (untyped here).").proto_embedded(2, 10);
  d.field("flocker", &PersistentVolumeSpec::flocker)
      .doc("A Flocker dataset (deprecated; untyped here).").proto_embedded(2, 11);
  d.field("flexVolume", &PersistentVolumeSpec::flex_volume)
      .doc("A FlexVolume driver volume (deprecated; untyped here).").proto_embedded(2, 12);
  d.field("azureFile", &PersistentVolumeSpec::azure_file)
      .doc("An Azure File share (deprecated; untyped here).").proto_embedded(2, 13);
  d.field("vsphereVolume", &PersistentVolumeSpec::vsphere_volume)
      .doc("A vSphere volume (deprecated; untyped here).").proto_embedded(2, 14);
  d.field("quobyte", &PersistentVolumeSpec::quobyte)
      .doc("A Quobyte volume (deprecated; untyped here).").proto_embedded(2, 15);
  d.field("azureDisk", &PersistentVolumeSpec::azure_disk)
      .doc("An Azure data disk (deprecated; untyped here).").proto_embedded(2, 16);
  d.field("photonPersistentDisk", &PersistentVolumeSpec::photon_persistent_disk)
      .doc("A Photon Controller disk (deprecated; untyped here).").proto_embedded(2, 17);
  d.field("portworxVolume", &PersistentVolumeSpec::portworx_volume)
      .doc("A Portworx volume (deprecated; untyped here).").proto_embedded(2, 18);
  d.field("scaleIO", &PersistentVolumeSpec::scale_io)
      .doc("A ScaleIO volume (deprecated; untyped here).").proto_embedded(2, 19);
  d.field("local", &PersistentVolumeSpec::local)
      .doc("A disk or directory of one node; needs nodeAffinity naming that node.")
      .proto_embedded(2, 20);
  d.field("storageos", &PersistentVolumeSpec::storageos)
      .doc("A StorageOS volume (deprecated; untyped here).").proto_embedded(2, 21);
  d.field("csi", &PersistentVolumeSpec::csi)
      .doc("A volume of an external CSI driver.").proto_embedded(2, 22);
  d.field("accessModes", &PersistentVolumeSpec::access_modes)
      .doc("How the volume can be mounted: ReadWriteOnce, ReadOnlyMany, ReadWriteMany or "
           "ReadWriteOncePod.")
      .list_atomic().proto(3);
  d.field("claimRef", &PersistentVolumeSpec::claim_ref)
      .doc("The claim bound to the volume, or reserved for it before binding.").proto(4);
  d.field("persistentVolumeReclaimPolicy", &PersistentVolumeSpec::persistent_volume_reclaim_policy)
      .doc("What happens when the claim is released: Retain (manual clean-up), Delete, or the "
           "deprecated Recycle.")
      .enum_values({"Delete", "Recycle", "Retain"}).proto(5);
  d.field("storageClassName", &PersistentVolumeSpec::storage_class_name)
      .doc("StorageClass of the volume; only claims asking for this class may bind it.").proto(6);
  d.field("mountOptions", &PersistentVolumeSpec::mount_options)
      .doc("Mount options, passed through without validation; a mount fails if one is invalid.")
      .list_atomic().proto(7);
  d.field("volumeMode", &PersistentVolumeSpec::volume_mode)
      .doc("Filesystem (the default) or Block for a raw device.")
      .enum_values({"Block", "Filesystem"}).proto(8);
  d.field("nodeAffinity", &PersistentVolumeSpec::node_affinity)
      .doc("The nodes from which the volume can be reached.").proto(9);
  d.field("volumeAttributesClassName", &PersistentVolumeSpec::volume_attributes_class_name)
      .doc("VolumeAttributesClass the volume belongs to. Beta.").proto(10);
}

}  // namespace windlass::api::core::v1
